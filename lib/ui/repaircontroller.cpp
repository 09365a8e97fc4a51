// SPDX-License-Identifier: GPL-2.0-or-later
#include "repaircontroller.h"

#include "alttextprompt.h"
#include "linktextprompt.h"
#include "sourceeditor.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextCursor>

namespace lga::ui {

namespace {

// "245 KB", "1.2 MB", "800 bytes" → bytes; -1 when it is not a size.
qint64 parseSize(const QString &text)
{
    static const QRegularExpression size(
        QStringLiteral(R"(^\s*(\d+(?:[.,]\d+)?)\s*(bytes?|b|kb|k|mb|m|gb|g)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = size.match(text);
    if (!match.hasMatch())
        return -1;
    const double value = match.captured(1).replace(u',', u'.').toDouble();
    const QChar unit = match.captured(2).front().toLower();
    const double scale = unit == u'k'   ? 1024.0
                         : unit == u'm' ? 1024.0 * 1024
                         : unit == u'g' ? 1024.0 * 1024 * 1024
                                        : 1.0;
    return qint64(value * scale + 0.5);
}

} // namespace

RepairController::RepairController(SourceEditor *editor, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_dialogParent(dialogParent)
{}

void RepairController::setDocumentLookup(DocumentLookup lookup)
{
    m_documentLookup = std::move(lookup);
}

void RepairController::setTitleLookup(TitleLookup lookup)
{
    m_titleLookup = std::move(lookup);
}

void RepairController::setImageLoader(ImageLoader loader)
{
    m_imageLoader = std::move(loader);
}

bool RepairController::repair(const check::Finding &finding, const QString &actionId)
{
    const QString source = m_editor->toPlainText();
    std::optional<check::RepairInput> input = check::RepairInput{};
    if (actionId == u"write-alt")
        input = askAltText(finding, source);
    else if (actionId == u"rewrite-link-text")
        input = askLinkText(finding, source);
    else if (actionId == u"add-file-info")
        input = fileInfo(finding, source);
    if (!input)
        return false;
    // A modal prompt keeps the author from typing meanwhile, but the checker's finding may
    // already have been stale; edits() checks the text again.
    const auto edits =
        check::Repairs::edits(actionId, finding, m_editor->toPlainText(), m_format, *input);
    if (!edits || edits->isEmpty())
        return false;

    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto it = edits->crbegin(); it != edits->crend(); ++it) {
        cursor.setPosition(int(it->start));
        cursor.setPosition(int(it->start + it->length), QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
    // Edits are applied from the last, so the first one's offsets still hold.
    QTextCursor at(m_editor->document());
    at.setPosition(int(edits->front().start + edits->front().replacement.size()));
    m_editor->setTextCursor(at);
    m_editor->ensureCursorVisible();
    Q_EMIT repaired(finding, actionId);
    return true;
}

std::optional<check::RepairInput> RepairController::askAltText(const check::Finding &finding,
                                                               const QString &source)
{
    const auto context =
        check::Repairs::context(QStringLiteral("write-alt"), finding, source, m_format);
    if (!context)
        return std::nullopt;
    // Alt text that describes the image, only too long or with "image of", is worth editing;
    // a file name or a placeholder word is not offered back.
    const bool worthEditing =
        finding.ruleId == u"alt-too-long" || finding.ruleId == u"alt-redundant-prefix";
    AltTextPrompt prompt(context->url, context->text,
                         worthEditing ? context->text.simplified() : QString(), m_dialogParent);
    if (m_imageLoader)
        prompt.setImage(m_imageLoader(QUrl(context->url)));
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    check::RepairInput input;
    input.text = prompt.altText();
    return input;
}

std::optional<check::RepairInput> RepairController::askLinkText(const check::Finding &finding,
                                                                const QString &source)
{
    const auto context =
        check::Repairs::context(QStringLiteral("rewrite-link-text"), finding, source, m_format);
    if (!context)
        return std::nullopt;
    const QString title = m_titleLookup ? m_titleLookup(QUrl(context->url)) : QString();
    // Text that is only the same as another link's is worth editing; "click here" is not.
    const bool worthEditing = finding.ruleId == u"link-same-text-different-target";
    LinkTextPrompt prompt(context->url, context->text, title,
                          worthEditing ? context->text : QString(), m_dialogParent);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    check::RepairInput input;
    input.text = prompt.linkText();
    return input;
}

std::optional<check::RepairInput> RepairController::fileInfo(const check::Finding &finding,
                                                             const QString &source)
{
    const auto context =
        check::Repairs::context(QStringLiteral("add-file-info"), finding, source, m_format);
    if (!context)
        return std::nullopt;
    check::RepairInput input;
    if (m_documentLookup)
        std::tie(input.fileType, input.fileSize) = m_documentLookup(QUrl(context->url));
    if (input.fileType.isEmpty())
        input.fileType = QFileInfo(QUrl(context->url).path()).suffix();
    if (input.fileSize >= 0 && !input.fileType.isEmpty())
        return input;
    // The media library does not know this document: the author does, or can find out.
    bool ok = false;
    const QString answer = QInputDialog::getText(
        m_dialogParent, tr("Add file type and size"),
        tr("How big is “%1”? For example “245 KB” or “1.2 MB”.").arg(context->url),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    input.fileSize = parseSize(answer);
    if (input.fileSize < 0 || input.fileType.isEmpty())
        return std::nullopt;
    return input;
}

} // namespace lga::ui
