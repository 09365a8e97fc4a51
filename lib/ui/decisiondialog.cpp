// SPDX-License-Identifier: GPL-2.0-or-later
#include "decisiondialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lga::ui {

using Kind = sync::ReviewDecision::Kind;

DecisionDialog::DecisionDialog(Kind kind, const QString &pageTitle, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_summary(new QLabel(this))
    , m_message(new QPlainTextEdit(this))
    , m_reason(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_auditSummary(new QLabel(this))
    , m_auditErrors(new QListWidget(this))
    , m_showErrors(new QPushButton(tr("Show the &errors"), this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    QString title;
    QString summary;
    QString prompt;
    QString okText;
    switch (kind) {
    case Kind::SubmitForReview:
        title = tr("Submit for review");
        summary = tr("Submit “%1” for review? An editor is asked to approve it once the next "
                     "sync has sent it.")
                      .arg(pageTitle);
        prompt = tr("&Message for the reviewer (optional):");
        okText = tr("&Submit");
        break;
    case Kind::Approve:
        title = tr("Approve and publish");
        summary = tr("Approve and publish “%1”? It goes live on the site at the next sync.")
                      .arg(pageTitle);
        prompt = tr("&Message for the revision log (optional):");
        okText = tr("&Approve");
        break;
    case Kind::SendBack:
        title = tr("Send back");
        summary = tr("Send “%1” back to its author as a draft? It leaves the review queue at the "
                     "next sync and stays unpublished.")
                      .arg(pageTitle);
        prompt = tr("&What should the author change? (required)");
        okText = tr("Send &back");
        break;
    case Kind::Archive:
        title = tr("Archive");
        summary = tr("Archive “%1”? It is taken off the site at the next sync; an editor can "
                     "restore it later.")
                      .arg(pageTitle);
        prompt = tr("&Message for the revision log (optional):");
        okText = tr("Arc&hive");
        break;
    }
    setWindowTitle(title);
    m_summary->setText(summary);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *label = new QLabel(prompt, this);
    label->setBuddy(m_message);
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_message->setAccessibleName(label->text().remove(u'&'));
    m_message->setAccessibleDescription(summary);
    // Tab leaves the field, so the buttons are reached from the keyboard.
    m_message->setTabChangesFocus(true);
    m_message->setPlaceholderText(tr("Kept with the page's history on the site. Ctrl+Enter "
                                     "confirms."));
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setWordWrap(true);
    m_reason->setText(tr("Write what the author should change: they see it with the page, and "
                         "the site keeps it in the page's history."));

    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setAccessibleName(title);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_message, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_ok->isEnabled())
                accept();
        });
    }

    m_auditSummary->setObjectName(QStringLiteral("auditSummary"));
    m_auditSummary->setWordWrap(true);
    m_auditSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_auditSummary->setBuddy(m_auditErrors);
    m_auditErrors->setObjectName(QStringLiteral("auditErrors"));
    m_auditErrors->setAccessibleName(tr("Accessibility errors in this page"));
    m_auditErrors->setWordWrap(true);
    m_auditErrors->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_showErrors->setObjectName(QStringLiteral("showErrors"));
    m_showErrors->setAccessibleName(tr("Show the errors in the checker"));
    connect(m_showErrors, &QPushButton::clicked, this, [this] { done(ShowErrors); });
    m_buttons->addButton(m_showErrors, QDialogButtonBox::ActionRole);
    m_auditSummary->hide();
    m_auditErrors->hide();
    m_showErrors->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_auditSummary);
    layout->addWidget(m_auditErrors);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
    m_message->setFocus();
    updateOk();
}

QString DecisionDialog::message() const
{
    return m_message->toPlainText().trimmed();
}

void DecisionDialog::setAuditResult(const QList<check::Finding> &errors,
                                    const QString &auditFailure, bool blockOnErrors)
{
    QStringList lines;
    if (errors.isEmpty()) {
        lines.append(auditFailure.isEmpty()
                         ? tr("The full accessibility audit found no errors in this page.")
                         : tr("The checker found no errors in this page."));
    } else {
        lines.append(tr("The checker and the full accessibility audit found %n error(s) in this "
                        "page:",
                        nullptr, int(errors.size())));
    }
    if (!auditFailure.isEmpty())
        lines.append(tr("The full audit did not run: %1").arg(auditFailure));
    m_auditSummary->setText(lines.join(u' '));
    m_auditSummary->show();

    m_auditErrors->clear();
    for (const check::Finding &finding : errors) {
        const QString text = finding.line > 0
                                 ? tr("Line %1: %2").arg(finding.line).arg(finding.message)
                                 : finding.message;
        auto *item = new QListWidgetItem(text, m_auditErrors);
        item->setToolTip(finding.why);
    }
    m_auditErrors->setVisible(!errors.isEmpty());
    m_showErrors->setVisible(!errors.isEmpty());
    m_blocked = blockOnErrors && !errors.isEmpty();
    if (m_blocked)
        m_showErrors->setDefault(true);
    updateOk();
    resize(width(), sizeHint().height());
}

void DecisionDialog::updateOk()
{
    const bool missing = m_kind == Kind::SendBack && message().isEmpty();
    if (m_blocked) {
        m_reason->setText(tr("Your organisation does not allow a page to be submitted for "
                             "review while it has accessibility errors. Fix them, then submit "
                             "again."));
    }
    const bool off = missing || m_blocked;
    m_ok->setEnabled(!off);
    m_ok->setToolTip(off ? m_reason->text() : QString());
    m_reason->setVisible(off);
}

} // namespace lga::ui
