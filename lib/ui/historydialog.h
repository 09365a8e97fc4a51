// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <review/worddiff.h>
#include <store/revisionstore.h>

#include <QDialog>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace lga::ui {

/// A page's local history: its revisions newest first, what changed between the chosen one and
/// any other (by default the one before it; also the current text), word by word for the text
/// and as "old → new" lines for the other fields, and a way to restore any revision. Restoring
/// is itself a new revision, so nothing is ever lost.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /// The "Compare with" choices that are not a revision, as held in compareWith()'s item data.
    static constexpr qint64 kPreviousRevision = -1;
    static constexpr qint64 kCurrentText = -2;

    HistoryDialog(store::RevisionStore &revisions, const core::Page &current,
                  QWidget *parent = nullptr);

    /// The page as restored, once the author restored a revision.
    std::optional<core::Page> restoredPage() const { return m_restored; }

    QListWidget *revisionList() const { return m_list; }
    /// What the chosen revision is compared with: the revision before it, the current text, or
    /// any revision of the page.
    QComboBox *compareWith() const { return m_compareWith; }
    QTextBrowser *changes() const { return m_changes; }

    /// Compares the chosen revision with revision \a id, kPreviousRevision or kCurrentText.
    /// False when there is no such choice.
    bool setComparison(qint64 id);

    /// The word diff of title, summary and body now shown, from the older side to the newer.
    const QList<review::DiffSegment> &textChanges() const { return m_textChanges; }
    /// The other changes now shown, one "Label: old → new" line each (status, review date and
    /// the content type's fields).
    const QStringList &fieldChanges() const { return m_fieldChanges; }

    /// Restores the selected revision and closes the dialog; false if nothing was restored.
    bool restoreSelected();

    /// A field's JSON value in words: text as it is, lists joined, links as "title (address)",
    /// true and false as yes and no.
    static QString readableValue(const QJsonValue &value);

private:
    void showChanges();
    QString revisionLabel(int row) const;
    QStringList otherChanges(const core::Page &from, const core::Page &to) const;

    store::RevisionStore &m_revisions;
    core::Page m_current;
    QList<store::RevisionStore::Revision> m_history;
    QListWidget *m_list;
    QComboBox *m_compareWith;
    QLabel *m_changesLabel;
    QTextBrowser *m_changes;
    QPushButton *m_restore;
    QList<review::DiffSegment> m_textChanges;
    QStringList m_fieldChanges;
    std::optional<core::Page> m_restored;
};

} // namespace lga::ui
