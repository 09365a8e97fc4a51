// SPDX-License-Identifier: GPL-2.0-or-later
#include "decisiondialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
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

void DecisionDialog::updateOk()
{
    const bool missing = m_kind == Kind::SendBack && message().isEmpty();
    m_ok->setEnabled(!missing);
    m_ok->setToolTip(missing ? m_reason->text() : QString());
    m_reason->setVisible(missing);
}

} // namespace lga::ui
