// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/seeder.h>

#include <core/contenttype.h>
#include <store/pagestore.h>
#include <store/storelog.h>

#include <QFile>
#include <QSet>

#include <optional>

namespace lga::store {

namespace {

QString unquote(const QString &value)
{
    if (value.size() < 2 || !value.startsWith(u'"') || !value.endsWith(u'"'))
        return value;
    QString result;
    result.reserve(value.size() - 2);
    for (qsizetype i = 1; i < value.size() - 1; ++i) {
        QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size() - 1)
            c = value.at(++i);
        result.append(c);
    }
    return result;
}

// Parses one seed file's text; on failure returns std::nullopt and says why in \a problem.
std::optional<core::Page> parse(QString text, QString *problem)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(u'\n');

    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---")) {
        *problem = QStringLiteral("no front matter (the file must start with a --- line)");
        return std::nullopt;
    }
    qsizetype end = 1;
    while (end < lines.size() && lines.at(end).trimmed() != QLatin1String("---"))
        ++end;
    if (end == lines.size()) {
        *problem = QStringLiteral("the front matter has no closing --- line");
        return std::nullopt;
    }

    core::Page page;
    for (qsizetype i = 1; i < end; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *problem = QStringLiteral("front matter line %1 is not \"key: value\"").arg(i + 1);
            return std::nullopt;
        }
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = unquote(line.mid(colon + 1).trimmed());
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
        } else {
            qCDebug(lcStore) << "seed front matter key ignored:" << key;
        }
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

    QString body = lines.mid(end + 1).join(u'\n');
    while (body.startsWith(u'\n'))
        body.remove(0, 1);
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    if (!body.isEmpty())
        body.append(u'\n');
    page.body = body;
    return page;
}

} // namespace

QList<core::Page> Seeder::pagesFromMarkdownFiles(const QStringList &paths)
{
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QList<core::Page> pages;
    QSet<QUuid> seen;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcStore) << "seed file skipped:" << path << file.errorString();
            continue;
        }
        QString problem;
        std::optional<core::Page> page = parse(QString::fromUtf8(file.readAll()), &problem);
        if (!page) {
            qCWarning(lcStore).noquote() << "seed file skipped:" << path << "-" << problem;
            continue;
        }
        if (seen.contains(page->uuid)) {
            qCWarning(lcStore) << "seed file skipped:" << path << "- its uuid" << page->uuid
                               << "is already used by another seed file";
            continue;
        }
        seen.insert(page->uuid);
        page->created = now;
        page->updated = now;
        pages.append(*page);
    }
    return pages;
}

int Seeder::seedIfEmpty(PageStore &store, const QStringList &paths)
{
    const int existing = store.count();
    if (existing < 0)
        return -1;
    if (existing > 0)
        return 0;

    QList<core::Page> pages = pagesFromMarkdownFiles(paths);
    // Uneven steps of a few hours make the list look like real recent work; fixed steps keep the
    // order the same on every machine.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 day = 24 * 60 * minute;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const qint64 updated = now - (20 + i * 337) * minute;
        const qint64 created = updated - (14 + 3 * i) * day;
        pages[i].updated = QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC);
        pages[i].created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    }
    if (!store.insertMany(pages))
        return -1;
    qCInfo(lcStore) << "seeded the store with" << pages.size() << "pages";
    return int(pages.size());
}

} // namespace lga::store
