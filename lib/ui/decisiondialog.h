// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <sync/reviewdecision.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lga::ui {

/// Confirms one review decision on a page: says in plain words what will happen, and takes the
/// message the site keeps as the revision log. Sending a page back needs a comment, so OK stays
/// off until there is one, with the reason shown. Ctrl+Enter confirms from the message field.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
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

private:
    void updateOk();

    sync::ReviewDecision::Kind m_kind;
    QLabel *m_summary;
    QPlainTextEdit *m_message;
    QLabel *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

} // namespace lga::ui
