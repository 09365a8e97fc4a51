// SPDX-License-Identifier: GPL-2.0-or-later
#include "linktextprompt.h"

#include <check/domtext.h>
#include <check/repairs.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lga::ui {

LinkTextPrompt::LinkTextPrompt(const QString &address, const QString &currentText,
                               const QString &suggestion, const QString &startText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("linkTextPrompt"));
    setWindowTitle(tr("Rewrite link text"));
    setAccessibleName(tr("Rewrite link text"));
    setMinimumWidth(460);

    auto *layout = new QVBoxLayout(this);
    auto *guidance = new QLabel(tr("Say where the link goes or what it does, so that it makes "
                                   "sense on its own, for example “Pay your council tax”."),
                                this);
    guidance->setWordWrap(true);
    layout->addWidget(guidance);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *target = new QLabel(address.isEmpty() ? tr("Unknown") : address, this);
    target->setObjectName(QStringLiteral("linkTextAddress"));
    target->setAccessibleName(tr("Link address"));
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    target->setWordWrap(true);
    form->addRow(tr("Goes to:"), target);
    auto *current = new QLabel(currentText.trimmed().isEmpty() ? tr("None") : currentText, this);
    current->setObjectName(QStringLiteral("linkTextCurrent"));
    current->setAccessibleName(tr("Current link text"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    current->setWordWrap(true);
    form->addRow(tr("Current text:"), current);

    m_text = new QLineEdit(startText, this);
    m_text->setObjectName(QStringLiteral("linkTextEdit"));
    m_text->setAccessibleName(tr("Link text"));
    m_text->setPlaceholderText(tr("Where the link goes"));
    auto *textLabel = new QLabel(tr("&Link text:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);

    if (!suggestion.trimmed().isEmpty()) {
        // The author accepts the title with one click, or edits it; it is never written unasked.
        m_suggestion = new QPushButton(tr("&Use “%1”").arg(suggestion.simplified()), this);
        m_suggestion->setObjectName(QStringLiteral("linkTextSuggestion"));
        m_suggestion->setAccessibleName(tr("Use the linked page's title: %1").arg(suggestion));
        m_suggestion->setAutoDefault(false);
        form->addRow(tr("Page title:"), m_suggestion);
        connect(m_suggestion, &QPushButton::clicked, this, [this, suggestion] {
            m_text->setText(suggestion.simplified());
            m_text->setFocus();
        });
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("linkTextProblem"));
    m_problem->setAccessibleName(tr("Why OK is not available"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Change link text"));
    m_ok->setAccessibleName(tr("Change the link text in the page"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_text, &QLineEdit::textChanged, this, &LinkTextPrompt::updateState);
    m_text->setFocus();
    updateState();
}

QString LinkTextPrompt::linkText() const
{
    return m_text->text().simplified();
}

QString LinkTextPrompt::linkTextProblem(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return tr("Write the words the link will show.");
    if (check::domtext::isGenericLinkText(simplified))
        return tr("“%1” does not say where the link goes.").arg(simplified);
    static const QRegularExpression address(QStringLiteral(R"(^(https?://|www\.)\S*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (address.match(simplified).hasMatch())
        return tr("Use words rather than the web address.");
    return {};
}

void LinkTextPrompt::updateState()
{
    const QString problem = linkTextProblem(m_text->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace lga::ui
