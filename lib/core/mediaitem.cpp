// SPDX-License-Identifier: GPL-2.0-or-later
#include "mediaitem.h"

#include <QRegularExpression>

namespace lga::core {

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Matches Markdown images of one media item; group 1 is the alt text as written. Backslash
// escapes inside the brackets are skipped over, so an alt with an escaped `]` is one alt.
QRegularExpression imagePattern(const QUuid &uuid)
{
    return QRegularExpression(
        QStringLiteral("!\\[((?:\\\\.|[^\\]\\\\])*)\\]\\(%1:%2\\)")
            .arg(MediaMarkdown::scheme(), QRegularExpression::escape(uuidText(uuid))),
        QRegularExpression::CaseInsensitiveOption);
}

} // namespace

QString toMachineName(MediaKind kind)
{
    return kind == MediaKind::Document ? QStringLiteral("document") : QStringLiteral("image");
}

std::optional<MediaKind> mediaKindFromMachineName(const QString &name)
{
    if (name == QLatin1String("image"))
        return MediaKind::Image;
    if (name == QLatin1String("document"))
        return MediaKind::Document;
    return std::nullopt;
}

QUrl MediaItem::url() const
{
    return MediaMarkdown::url(uuid);
}

QString MediaMarkdown::scheme()
{
    return QStringLiteral("lga-media");
}

QUrl MediaMarkdown::url(const QUuid &uuid)
{
    return QUrl(scheme() + u':' + uuidText(uuid));
}

std::optional<QUuid> MediaMarkdown::uuidFromUrl(const QUrl &url)
{
    if (url.scheme().compare(scheme(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(url.path());
    if (uuid.isNull())
        return std::nullopt;
    return uuid;
}

QString MediaMarkdown::image(const MediaItem &item)
{
    const QString alt = item.decorative ? QString() : escapeLinkText(item.alt.trimmed());
    return QStringLiteral("![%1](%2)").arg(alt, item.url().toString());
}

QString MediaMarkdown::documentLink(const MediaItem &item, const QString &text)
{
    return QStringLiteral("[%1 %2](%3)")
        .arg(escapeLinkText(text.trimmed()), escapeLinkText(documentSuffix(item)),
             item.url().toString());
}

QString MediaMarkdown::documentSuffix(const MediaItem &item)
{
    return tr("(%1, %2)").arg(typeLabel(item.mimeType), humanSize(item.size));
}

QString MediaMarkdown::typeLabel(const QString &mimeType)
{
    if (mimeType == QLatin1String("application/pdf"))
        return tr("PDF");
    if (mimeType ==
        QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        return tr("Word document");
    if (mimeType == QLatin1String("image/png"))
        return tr("PNG image");
    if (mimeType == QLatin1String("image/jpeg"))
        return tr("JPEG image");
    if (mimeType == QLatin1String("image/gif"))
        return tr("GIF image");
    return tr("file");
}

QString MediaMarkdown::humanSize(qint64 bytes)
{
    // One decimal place, dropped when it is zero: "1.2 MB", "20 KB".
    const auto scaled = [](double value) {
        QString text = QString::number(value, 'f', value < 10 ? 1 : 0);
        if (text.endsWith(QLatin1String(".0")))
            text.chop(2);
        return text;
    };
    if (bytes < 1024)
        return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(scaled(double(bytes) / 1024));
    return tr("%1 MB").arg(scaled(double(bytes) / (1024.0 * 1024.0)));
}

QString MediaMarkdown::escapeLinkText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            out += u' ';
            continue;
        }
        if (c == u'\\' || c == u'[' || c == u']')
            out += u'\\';
        out += c;
    }
    return out;
}

QString MediaMarkdown::replaceImageAlt(const QString &body, const QUuid &uuid, const QString &alt,
                                       int *count)
{
    const QString replacement =
        QStringLiteral("![%1](%2)").arg(escapeLinkText(alt.trimmed()), url(uuid).toString());
    QString result;
    int changed = 0;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = imagePattern(uuid).globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(body).mid(last, match.capturedStart() - last);
        result += replacement;
        last = match.capturedEnd();
        if (match.captured(0) != replacement)
            ++changed;
    }
    result += QStringView(body).mid(last);
    if (count)
        *count = changed;
    return result;
}

int MediaMarkdown::imageReferences(const QString &body, const QUuid &uuid)
{
    int n = 0;
    QRegularExpressionMatchIterator it = imagePattern(uuid).globalMatch(body);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace lga::core
