// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/frontmatter.h>

#include <core/contenttype.h>
#include <store/storelog.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace lga::store {

namespace {

QString quote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else
            out += c;
    }
    out += u'"';
    return out;
}

QString unquote(const QString &value)
{
    if (value.size() < 2 || !value.startsWith(u'"') || !value.endsWith(u'"'))
        return value;
    QString result;
    result.reserve(value.size() - 2);
    for (qsizetype i = 1; i < value.size() - 1; ++i) {
        QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size() - 1) {
            c = value.at(++i);
            if (c == u'n')
                c = u'\n';
            else if (c == u'r')
                c = u'\r';
        }
        result.append(c);
    }
    return result;
}

// A field value as one line of JSON, which is also YAML's flow style. QJsonDocument writes only
// arrays and objects, so the value goes in an array whose brackets are then taken off.
QString fieldValue(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// What a hand-written value means: JSON when it is JSON (quoted text, lists, true/false,
// numbers), otherwise plain text as YAML would read it.
QJsonValue parseFieldValue(const QString &raw)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + raw.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().at(0);
    return raw;
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString FrontMatter::write(const core::Page &page)
{
    QString out;
    out += QLatin1String("---\n");
    out += QLatin1String("uuid: ") + page.uuid.toString(QUuid::WithoutBraces) + u'\n';
    out += QLatin1String("bundle: ") + page.bundle + u'\n';
    out += QLatin1String("title: ") + quote(page.title) + u'\n';
    out += QLatin1String("summary: ") + quote(page.summary) + u'\n';
    out += QLatin1String("state: ") + core::toMachineName(page.state) + u'\n';
    out += QLatin1String("format: ") + core::toMachineName(page.format) + u'\n';
    if (page.created.isValid())
        out += QLatin1String("created: ") + timestamp(page.created) + u'\n';
    if (page.updated.isValid())
        out += QLatin1String("updated: ") + timestamp(page.updated) + u'\n';
    if (page.reviewDate.isValid())
        out += QLatin1String("review_date: ") + page.reviewDate.toString(Qt::ISODate) + u'\n';
    // QJsonObject keeps its keys sorted, so the same fields always give the same file.
    for (auto it = page.fields.constBegin(); it != page.fields.constEnd(); ++it)
        out += it.key() + QLatin1String(": ") + fieldValue(it.value()) + u'\n';
    // One blank line keeps the file readable; parse() takes it off again.
    out += QLatin1String("---\n\n");
    out += page.body;
    return out;
}

std::optional<core::Page> FrontMatter::parse(QString text, QString *problem)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    // A file whose first line ends in CRLF was saved by a Windows editor: read it all as LF.
    if (text.startsWith(QLatin1String("---\r\n")))
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!text.startsWith(QLatin1String("---\n"))) {
        *problem = QStringLiteral("no front matter (the file must start with a --- line)");
        return std::nullopt;
    }
    qsizetype lineStart = 4;
    qsizetype bodyStart = -1;
    core::Page page;
    int lineNumber = 1;
    while (lineStart < text.size()) {
        ++lineNumber;
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart).trimmed();
        lineStart = lineEnd + 1;
        if (line == QLatin1String("---")) {
            bodyStart = lineStart;
            break;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *problem = QStringLiteral("front matter line %1 is not \"key: value\"").arg(lineNumber);
            return std::nullopt;
        }
        const QString key = line.left(colon).trimmed().toLower();
        const QString raw = line.mid(colon + 1).trimmed();
        const QString value = unquote(raw);
        if (key == QLatin1String("uuid")) {
            page.uuid = QUuid::fromString(value);
            if (page.uuid.isNull()) {
                *problem = QStringLiteral("\"%1\" is not a uuid").arg(value);
                return std::nullopt;
            }
        } else if (key == QLatin1String("bundle")) {
            page.bundle = value;
        } else if (key == QLatin1String("title")) {
            page.title = value;
        } else if (key == QLatin1String("summary")) {
            page.summary = value;
        } else if (key == QLatin1String("state")) {
            const auto state = core::moderationStateFromMachineName(value);
            if (!state) {
                *problem = QStringLiteral("unknown state \"%1\"").arg(value);
                return std::nullopt;
            }
            page.state = *state;
        } else if (key == QLatin1String("format")) {
            const auto format = core::sourceFormatFromMachineName(value);
            if (!format) {
                *problem = QStringLiteral("unknown format \"%1\"").arg(value);
                return std::nullopt;
            }
            page.format = *format;
        } else if (key == QLatin1String("created") || key == QLatin1String("updated")) {
            const QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!when.isValid()) {
                *problem = QStringLiteral("\"%1\" is not a date and time").arg(value);
                return std::nullopt;
            }
            (key == QLatin1String("created") ? page.created : page.updated) = when.toUTC();
        } else if (key == QLatin1String("review_date")) {
            page.reviewDate = QDate::fromString(value, Qt::ISODate);
            if (!page.reviewDate.isValid()) {
                *problem =
                    QStringLiteral("review_date \"%1\" is not a date (YYYY-MM-DD)").arg(value);
                return std::nullopt;
            }
        } else if (!raw.isEmpty()) {
            // Every other key is a field of the page's bundle, by its Drupal machine name;
            // fields the app has no control for are kept as they are for the site.
            page.fields.insert(line.left(colon).trimmed(), parseFieldValue(raw));
        }
    }
    if (bodyStart < 0) {
        *problem = QStringLiteral("the front matter has no closing --- line");
        return std::nullopt;
    }
    if (!core::isKnownBundle(page.bundle)) {
        *problem = QStringLiteral("unknown bundle \"%1\"").arg(page.bundle);
        return std::nullopt;
    }
    if (page.title.isEmpty()) {
        *problem = QStringLiteral("no title");
        return std::nullopt;
    }
    if (page.uuid.isNull())
        page.uuid = QUuid::createUuid();
    page.body = text.mid(bodyStart);
    if (page.body.startsWith(u'\n'))
        page.body.remove(0, 1);
    return page;
}

} // namespace lga::store
