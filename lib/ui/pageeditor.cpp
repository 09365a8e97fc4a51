// SPDX-License-Identifier: GPL-2.0-or-later
#include "pageeditor.h"

#include "sourceeditor.h"

#include <core/contenttype.h>

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lga::ui {

PageEditor::PageEditor(QWidget *parent)
    : QWidget(parent)
    , m_meta(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_body(new SourceEditor(this))
{
    m_meta->setObjectName(QStringLiteral("pageMeta"));
    m_meta->setAccessibleName(tr("Page type and status"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Page title"));
    m_title->setPlaceholderText(tr("Page title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setAccessibleName(tr("Page summary"));
    m_summary->setPlaceholderText(
        tr("Summary: one or two sentences that say what the page is for"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 3 + 12);

    auto *titleLabel = new QLabel(tr("&Title"), this);
    titleLabel->setBuddy(m_title);
    auto *summaryLabel = new QLabel(tr("S&ummary"), this);
    summaryLabel->setBuddy(m_summary);
    m_bodyLabel = new QLabel(this);
    m_bodyLabel->setObjectName(QStringLiteral("bodyLabel"));
    m_bodyLabel->setBuddy(m_body);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meta);
    layout->addWidget(titleLabel);
    layout->addWidget(m_title);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(m_body, 1);
    setTabOrder(m_title, m_summary);
    setTabOrder(m_summary, m_body);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_page.title = text;
        Q_EMIT headerEdited();
        Q_EMIT edited();
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_page.summary = m_summary->toPlainText();
        Q_EMIT headerEdited();
        Q_EMIT edited();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_page.body = m_body->toPlainText();
        Q_EMIT bodyEdited();
        Q_EMIT edited();
    });
    setPage({});
}

void PageEditor::setPage(const core::Page &page)
{
    m_loading = true;
    m_page = page;
    const bool enabled = !page.uuid.isNull();
    m_title->setText(page.title);
    m_summary->setPlainText(page.summary);
    m_body->setSource(page.body, page.format);
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_summary),
                       static_cast<QWidget *>(m_body)})
        w->setEnabled(enabled);
    updateMeta();
    m_loading = false;
    Q_EMIT pageShown();
}

void PageEditor::setFields(const QJsonObject &fields, const QDate &reviewDate)
{
    if (m_page.uuid.isNull() || (fields == m_page.fields && reviewDate == m_page.reviewDate))
        return;
    m_page.fields = fields;
    m_page.reviewDate = reviewDate;
    Q_EMIT edited();
}

void PageEditor::updateMeta()
{
    m_bodyLabel->setText(m_page.format == core::SourceFormat::Html ? tr("&Body (HTML)")
                                                                   : tr("&Body (Markdown)"));
    if (m_page.uuid.isNull()) {
        m_meta->setText(tr("No page open. Choose a page from the list or create a new one."));
        return;
    }
    const QString type = core::contentType(m_page.bundle).label;
    m_meta->setText(
        tr("%1 · %2").arg(type.isEmpty() ? m_page.bundle : type, core::displayName(m_page.state)));
}

} // namespace lga::ui
