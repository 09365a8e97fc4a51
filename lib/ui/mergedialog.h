// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <sync/threewaymerge.h>

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lga::ui {

/// Resolves the conflicts of a three-way merge one at a time: for each, the author's version,
/// the site's version and the last synced version side by side (read-only), and the result,
/// which the author sets with "Use mine", "Use theirs", "Use both" (body regions) or "Use base",
/// or edits by hand (title, summary and body). Parts that merged cleanly are not shown, except
/// the text around a body region as context. OK is enabled once every conflict is decided.
/// Next and previous conflict: F8 and Shift+F8, or Alt+N and Alt+P.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MergeDialog(const sync::ThreeWayMerge::Result &result, QWidget *parent = nullptr);

    /// The page with every conflict resolved as decided (undecided ones keep your version).
    core::Page resolvedPage() const;

    int conflictCount() const { return int(m_resolutions.size()); }
    int currentConflict() const { return m_current; }
    bool isDecided(int index) const { return m_resolutions.value(index).has_value(); }
    bool allDecided() const;

    /// Shows conflict \a index (clamped to the range).
    void showConflict(int index);
    void nextConflict();
    void previousConflict();
    /// Decides the conflict shown.
    void choose(sync::ThreeWayMerge::Choice choice);

    QPlainTextEdit *minePane() const { return m_mine; }
    QPlainTextEdit *theirsPane() const { return m_theirs; }
    QPlainTextEdit *basePane() const { return m_base; }
    QPlainTextEdit *resultPane() const { return m_result; }
    QPushButton *useMineButton() const { return m_useMine; }
    QPushButton *useTheirsButton() const { return m_useTheirs; }
    QPushButton *useBothButton() const { return m_useBoth; }
    QPushButton *useBaseButton() const { return m_useBase; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *okButton() const;
    /// "Conflict 2 of 5".
    QLabel *countLabel() const { return m_count; }

private:
    QString partName(const sync::ThreeWayMerge::Conflict &conflict) const;
    QString displayText(const sync::ThreeWayMerge::Conflict &conflict,
                        sync::ThreeWayMerge::Choice side) const;
    QString contextText(const sync::ThreeWayMerge::Conflict &conflict) const;
    bool resultEditable(const sync::ThreeWayMerge::Conflict &conflict) const;
    void showResult();
    void resultEdited();
    void updateState();

    sync::ThreeWayMerge::Result m_merge;
    QList<std::optional<sync::ThreeWayMerge::Resolution>> m_resolutions;
    int m_current = -1;
    bool m_settingResult = false;

    QLabel *m_count;
    QLabel *m_part;
    QLabel *m_status;
    QLabel *m_context;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_base;
    QPlainTextEdit *m_result;
    QPushButton *m_useMine;
    QPushButton *m_useTheirs;
    QPushButton *m_useBoth;
    QPushButton *m_useBase;
    QPushButton *m_previous;
    QPushButton *m_next;
    QDialogButtonBox *m_buttons;
};

} // namespace lga::ui
