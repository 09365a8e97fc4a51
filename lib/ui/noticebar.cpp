// SPDX-License-Identifier: GPL-2.0-or-later
#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lga::ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setAccessibleName(tr("Notice"));
    setFrameShape(QFrame::StyledPanel);
    // The colour only adds to the word "Important" that starts the text, which says the same.
    setStyleSheet(QStringLiteral("#noticeBar { background: #fff7bf; border: 1px solid #b58a00; }"
                                 "#noticeBar QLabel { color: #0b0c0c; }"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, &NoticeBar::dismiss);
    hide();
}

void NoticeBar::addNotice(const QString &text)
{
    if (text.isEmpty() || m_notices.contains(text))
        return;
    m_notices.append(text);
    QString html = QLatin1String("<b>") + tr("Important:").toHtmlEscaped() + QLatin1String("</b> ");
    html += m_notices.join(u'\n').toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    m_text->setText(html);
    // A screen reader reaches the text through the button, the bar's only stop in the tab order.
    m_dismiss->setAccessibleDescription(m_notices.join(u' '));
    setAccessibleDescription(m_notices.join(u' '));
    show();
}

void NoticeBar::dismiss()
{
    m_notices.clear();
    m_text->clear();
    hide();
}

} // namespace lga::ui
