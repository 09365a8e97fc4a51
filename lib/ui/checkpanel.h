// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "findingsmodel.h"

#include <check/finding.h>
#include <check/readability.h>

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeView;

namespace lga::ui {

/// The checker's findings beside the editor: the page's readability, the findings grouped by
/// severity, and for the selected one what is wrong, why it matters, its WCAG criterion, and
/// buttons to repair it or (for warnings and tips) dismiss it. Enter on a finding asks to jump
/// to its text.
class CheckPanel : public QWidget
{
    Q_OBJECT
public:
    /// "Error", "Warning" or "Tip", as the panel and the review view name a finding's weight.
    static QString severityName(check::Finding::Severity severity);

    explicit CheckPanel(QWidget *parent = nullptr);

    /// Shows a check's outcome, keeping the selected finding selected when it is still there.
    void setFindings(const QList<check::Finding> &findings,
                     const QList<DismissedFinding> &dismissed,
                     const check::Readability &readability);

    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The selected finding, or nullptr.
    const check::Finding *currentFinding() const;
    /// Selects the finding after (or before) the selected one, wrapping round, and returns it;
    /// nullptr when there is none.
    const check::Finding *selectAdjacent(bool forward);
    /// Moves the keyboard focus to the list, selecting the first finding when none is.
    void focusFindings();

Q_SIGNALS:
    /// The author asked to see the finding's text (Enter or a double-click).
    void findingActivated(const lga::check::Finding &finding);
    void repairRequested(const lga::check::Finding &finding, const QString &actionId);
    void dismissRequested(const lga::check::Finding &finding, const QString &reason);
    void restoreRequested(const lga::check::Finding &finding);

private:
    void showDetails();
    void askDismiss();
    void select(const QModelIndex &index);

    FindingsModel *m_model;
    QLabel *m_readability;
    QTreeView *m_view;
    QLabel *m_details;
    QWidget *m_repairs;
    QHBoxLayout *m_repairLayout;
    QPushButton *m_dismiss;
    QPushButton *m_restore;
    QCheckBox *m_showDismissed;
};

} // namespace lga::ui
