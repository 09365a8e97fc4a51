// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/collectionquery.h>

#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace lga::emulator {

namespace {

// Public field names that can be filtered and sorted on, and the column behind each.
QString columnFor(const QString &path)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("id"), QStringLiteral("uuid")},
        {QStringLiteral("drupal_internal__nid"), QStringLiteral("nid")},
        {QStringLiteral("drupal_internal__vid"), QStringLiteral("vid")},
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("moderation_state"), QStringLiteral("moderation_state")},
        {QStringLiteral("created"), QStringLiteral("created")},
        {QStringLiteral("changed"), QStringLiteral("changed")},
        {QStringLiteral("body.value"), QStringLiteral("body_value")},
        {QStringLiteral("body.summary"), QStringLiteral("body_summary")},
        {QStringLiteral("body.format"), QStringLiteral("body_format")},
    };
    return columns.value(path);
}

QString unknownFieldError(const QString &path)
{
    const QString first = path.section(QLatin1Char('.'), 0, 0);
    return QStringLiteral("Invalid nested filtering. The field `%1`, given in the path `%2`, "
                          "does not exist.")
        .arg(first, path);
}

// Splits `filter[a][b][c]` into {"filter", "a", "b", "c"}.
QStringList bracketParts(const QString &key)
{
    QStringList parts;
    const qsizetype open = key.indexOf(QLatin1Char('['));
    parts << key.left(open < 0 ? key.size() : open);
    if (open < 0)
        return parts;
    static const QRegularExpression segment(QStringLiteral("\\[([^\\]]*)\\]"));
    for (auto it = segment.globalMatch(key, open); it.hasNext();)
        parts << it.next().captured(1);
    return parts;
}

} // namespace

bool CollectionQuery::addCondition(const QString &path, const QString &op, const QString &value,
                                   QString *error)
{
    const QString column = columnFor(path);
    if (column.isEmpty()) {
        *error = unknownFieldError(path);
        return false;
    }
    static const QStringList comparisons{QStringLiteral("="), QStringLiteral("<>"),
                                         QStringLiteral(">"), QStringLiteral(">="),
                                         QStringLiteral("<"), QStringLiteral("<=")};
    QVariant bound = value;
    if (column == u"status") {
        // Drupal's boolean columns hold 1 and 0; the query also accepts the words.
        bound = (value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0) ? 1 : 0;
    } else if (column == u"nid" || column == u"vid" || column == u"created" ||
               column == u"changed") {
        bound = value.toLongLong();
    }
    if (comparisons.contains(op)) {
        m_conditions.append({column, op, bound});
    } else if (op == u"STARTS_WITH") {
        m_conditions.append({column, QStringLiteral("LIKE"), QVariant(value + u'%')});
    } else if (op == u"CONTAINS") {
        m_conditions.append({column, QStringLiteral("LIKE"), QVariant(u'%' + value + u'%')});
    } else if (op == u"ENDS_WITH") {
        m_conditions.append({column, QStringLiteral("LIKE"), QVariant(u'%' + value)});
    } else {
        *error = QStringLiteral("The '%1' operator is not allowed in a filter parameter.").arg(op);
        return false;
    }
    return true;
}

bool CollectionQuery::parse(const QUrlQuery &query, const QString &resourceType, QString *error)
{
    static const QStringList reserved{QStringLiteral("filter"),  QStringLiteral("sort"),
                                      QStringLiteral("page"),    QStringLiteral("fields"),
                                      QStringLiteral("include"), QStringLiteral("resourceVersion")};
    // Named and per-field filters arrive as several parameters; gather them before use.
    QMap<QString, QHash<QString, QString>> filters;
    QStringList invalid;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QStringList parts = bracketParts(key);
        const QString &name = parts.first();
        if (name == u"_format") {
            *error = QStringLiteral("JSON:API does not need that ugly '_format' query string! 🤘 "
                                    "Use the URL provided in 'links' 🙏");
            return false;
        }
        if (!reserved.contains(name)) {
            // The JSON:API 1.0 spec lets implementations add parameters only if their names
            // hold a character outside a-z.
            static const QRegularExpression lowercase(QStringLiteral("^[a-z]+$"));
            if (lowercase.match(name).hasMatch())
                invalid << name;
            continue;
        }
        if (name == u"page" && parts.size() == 2) {
            if (parts[1] == u"offset") {
                m_offset = qMax(0, value.toInt());
            } else if (parts[1] == u"limit") {
                bool ok = false;
                const int limit = value.toInt(&ok);
                if (!ok || limit <= 0) {
                    *error = QStringLiteral("The page size needs to be a positive integer.");
                    return false;
                }
                m_limit = qMin(limit, maxLimit);
            }
        } else if (name == u"fields" && parts.size() == 2) {
            if (parts[1] == resourceType)
                m_fields = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (name == u"sort" && parts.size() == 1) {
            for (QString field : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const bool descending = field.startsWith(QLatin1Char('-'));
                if (descending)
                    field.remove(0, 1);
                const QString column = columnFor(field.trimmed());
                if (column.isEmpty()) {
                    *error = unknownFieldError(field.trimmed());
                    return false;
                }
                m_sort.append({column, descending});
            }
        } else if (name == u"filter" && parts.size() >= 2) {
            // filter[f]=v, filter[f][value|operator]=…, filter[x][condition][path|value|operator]=…
            const QString &id = parts[1];
            if (parts.size() == 2)
                filters[id].insert(QStringLiteral("value"), value);
            else if (parts.size() == 3)
                filters[id].insert(parts[2], value);
            else if (parts.size() == 4 && parts[2] == u"condition")
                filters[id].insert(QStringLiteral("c.") + parts[3], value);
        }
    }
    if (!invalid.isEmpty()) {
        *error = QStringLiteral("The following query parameters violate the JSON:API spec: '%1'.")
                     .arg(invalid.join(QStringLiteral("', '")));
        return false;
    }
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        const QHash<QString, QString> &f = it.value();
        const bool named = f.contains(QStringLiteral("c.path"));
        const QString path = named ? f.value(QStringLiteral("c.path")) : it.key();
        const QString prefix = named ? QStringLiteral("c.") : QString();
        const QString op = f.value(prefix + QStringLiteral("operator"), QStringLiteral("="));
        if (!addCondition(path, op, f.value(prefix + QStringLiteral("value")), error))
            return false;
    }
    return true;
}

} // namespace lga::emulator
