// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>
#include <sync/reviewdecision.h>

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lga::ui {

/// Confirms one review decision on a page: says in plain words what will happen, and takes the
/// message the site keeps as the revision log. Sending a page back needs a comment, so OK stays
/// off until there is one, with the reason shown. Ctrl+Enter confirms from the message field.
///
/// Before a submission it also lists the accessibility errors the checker and the full audit
/// found; when the organisation's policy blocks submitting with errors, OK stays off while any
/// remain. "Show the errors" closes the dialog with ShowErrors so the author can fix them.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    /// The result of exec() when the author chose to see the errors in the checker.
    static constexpr int ShowErrors = 2;

    DecisionDialog(sync::ReviewDecision::Kind kind, const QString &pageTitle,
                   QWidget *parent = nullptr);

    sync::ReviewDecision::Kind kind() const { return m_kind; }
    /// The message as written, trimmed.
    QString message() const;

    QLabel *summary() const { return m_summary; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }
    /// Why OK is off; hidden while it is on.
    QLabel *reason() const { return m_reason; }

    /// Shows what the audit before a submission found: the page's accessibility \a errors,
    /// why the full audit could not run (\a auditFailure, empty when it did), and whether the
    /// organisation blocks submitting while errors remain.
    void setAuditResult(const QList<check::Finding> &errors, const QString &auditFailure,
                        bool blockOnErrors);
    /// What the audit found, in words; hidden for decisions other than a submission.
    QLabel *auditSummary() const { return m_auditSummary; }
    QListWidget *auditErrors() const { return m_auditErrors; }
    QPushButton *showErrorsButton() const { return m_showErrors; }

private:
    void updateOk();

    sync::ReviewDecision::Kind m_kind;
    QLabel *m_summary;
    QPlainTextEdit *m_message;
    QLabel *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QLabel *m_auditSummary;
    QListWidget *m_auditErrors;
    QPushButton *m_showErrors;
    bool m_blocked = false;
};

} // namespace lga::ui
