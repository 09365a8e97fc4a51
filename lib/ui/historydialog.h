// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QDialog>

#include <optional>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace lga::store {
class RevisionStore;
}

namespace lga::ui {

/// A page's local history: its revisions newest first, what changed between the chosen one and
/// the one before it (or the current text), and a way to restore any of them. Restoring is
/// itself a new revision, so nothing is ever lost.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(store::RevisionStore &revisions, const core::Page &current,
                  QWidget *parent = nullptr);

    /// The page as restored, once the author restored a revision.
    std::optional<core::Page> restoredPage() const { return m_restored; }

    QListWidget *revisionList() const { return m_list; }
    QTextBrowser *changes() const { return m_changes; }
    /// Restores the selected revision and closes the dialog; false if nothing was restored.
    bool restoreSelected();

private:
    void showChanges();

    store::RevisionStore &m_revisions;
    core::Page m_current;
    QListWidget *m_list;
    QTextBrowser *m_changes;
    QPushButton *m_restore;
    std::optional<core::Page> m_restored;
};

} // namespace lga::ui
