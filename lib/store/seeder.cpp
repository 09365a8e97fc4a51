// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/seeder.h>

#include <core/contenttype.h>
#include <store/frontmatter.h>
#include <store/pagestore.h>
#include <store/storelog.h>

#include <QFile>
#include <QSet>

#include <optional>

namespace lga::store {

namespace {

// Seed files are written by hand: tidy the blank lines around the body.
std::optional<core::Page> parse(const QString &text, QString *problem)
{
    std::optional<core::Page> page = FrontMatter::parse(text, problem);
    if (!page)
        return page;
    QString &body = page->body;
    while (body.startsWith(u'\n'))
        body.remove(0, 1);
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    if (!body.isEmpty())
        body.append(u'\n');
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
