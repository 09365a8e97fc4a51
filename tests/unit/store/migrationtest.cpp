// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <fixtures/fixturedata.h>
#include <store/backupmanager.h>
#include <store/mediastore.h>
#include <store/pagesearch.h>
#include <store/pagestore.h>
#include <store/revisionstore.h>
#include <store/schema.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(LGA_SOURCE_DIR "/tests/fixtures/store-v%1.sqlite").arg(version);
}

QDateTime fromMsecs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The page as PageStore must return it after migrating the fixture.
core::Page expectedPage(const fixtures::Page &row)
{
    core::Page page;
    page.uuid = QUuid::fromString(row.uuid);
    page.bundle = row.bundle;
    page.title = row.title;
    page.summary = row.summary;
    page.body = row.body;
    page.format = core::sourceFormatFromMachineName(row.format).value();
    page.state = core::moderationStateFromMachineName(row.state).value();
    page.created = fromMsecs(row.created);
    page.updated = fromMsecs(row.updated);
    page.fields = row.fields;
    page.reviewDate = QDate::fromString(row.reviewDate, Qt::ISODate);
    return page;
}

struct ExpectedRevision
{
    RevisionStore::Kind kind;
    QString message;
    QDateTime created;
    core::Page snapshot;
};

// The history of page \a index, newest first, as RevisionStore must list it.
QList<ExpectedRevision> expectedHistory(int version, int index)
{
    const fixtures::Page row = fixtures::pages(version).at(index);
    const core::Page page = expectedPage(row);
    QList<ExpectedRevision> result;
    if (version < 3) {
        // Step 3 gives every page one closed revision holding its content at the time.
        result.append({RevisionStore::Kind::Burst, QString(), page.updated, page});
        return result;
    }
    for (const fixtures::Revision &revision : fixtures::revisions(version)) {
        if (revision.page != index)
            continue;
        core::Page snapshot = page;
        snapshot.title = revision.title;
        snapshot.summary = revision.summary;
        snapshot.body = revision.body;
        snapshot.format = core::sourceFormatFromMachineName(revision.format).value();
        snapshot.state = core::moderationStateFromMachineName(revision.state).value();
        snapshot.updated = fromMsecs(revision.created);
        snapshot.fields = revision.fields;
        snapshot.reviewDate = QDate::fromString(revision.reviewDate, Qt::ISODate);
        result.prepend({RevisionStore::kindFromMachineName(revision.kind).value(), revision.message,
                        fromMsecs(revision.created), snapshot});
    }
    return result;
}

const QDateTime kOpenedAt(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC);

class MigrationTest : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path() const { return m_dir.filePath(QStringLiteral("pages.sqlite")); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_P(MigrationTest, AFixtureOfThisVersionOpensWithEveryPageAndItsHistoryIntact)
{
    const int version = GetParam();
    const QString fixture = fixturePath(version);
    const QByteArray original = readBytes(fixture);
    ASSERT_FALSE(original.isEmpty()) << "missing fixture " << qPrintable(fixture);
    ASSERT_TRUE(QFile::copy(fixture, path()));
    {
        RawConnection raw(path());
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version)
            << "the fixture is not of the version its name says";
    }

    PageStore store;
    store.setClock([] { return kOpenedAt; });
    ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
    QSqlError error;
    EXPECT_EQ(schema::userVersion(store.database(), &error), schema::latestVersion());

    // Every page reads back exactly as the fixture wrote it.
    const QList<fixtures::Page> rows = fixtures::pages(version);
    EXPECT_EQ(store.count(), rows.size());
    for (const fixtures::Page &row : rows) {
        const std::optional<core::Page> page = store.page(QUuid::fromString(row.uuid));
        ASSERT_TRUE(page) << qPrintable(row.title);
        EXPECT_EQ(*page, expectedPage(row)) << qPrintable(row.title);
    }

    // Full-text search finds each page, including by a word whose accent the search ignores.
    const PageSearch search(store);
    for (const fixtures::Page &row : rows) {
        const QList<SearchHit> hits = search.search(row.searchWord);
        EXPECT_TRUE(std::any_of(
            hits.begin(), hits.end(),
            [&row](const SearchHit &hit) { return hit.page.uuid == QUuid::fromString(row.uuid); }))
            << qPrintable(row.searchWord) << " did not find " << qPrintable(row.title);
    }

    // Every page has a history, and a fixture's own revisions come through as they were.
    RevisionStore revisions(store);
    for (int i = 0; i < rows.size(); ++i) {
        const QList<RevisionStore::Revision> history =
            revisions.history(QUuid::fromString(rows.at(i).uuid));
        const QList<ExpectedRevision> expected = expectedHistory(version, i);
        ASSERT_GE(history.size(), 1) << qPrintable(rows.at(i).title);
        ASSERT_EQ(history.size(), expected.size()) << qPrintable(rows.at(i).title);
        for (int r = 0; r < history.size(); ++r) {
            EXPECT_EQ(history.at(r).kind, expected.at(r).kind);
            EXPECT_EQ(history.at(r).message, expected.at(r).message);
            EXPECT_EQ(history.at(r).created, expected.at(r).created);
            EXPECT_EQ(history.at(r).snapshot, expected.at(r).snapshot)
                << qPrintable(rows.at(i).title) << " revision " << r;
        }
    }

    // Media come through with their bytes and alt text.
    const QList<core::MediaItem> media = MediaStore(store).list();
    if (version >= 5) {
        const fixtures::MediaRow row;
        ASSERT_EQ(media.size(), 1);
        EXPECT_EQ(media.first().uuid, QUuid::fromString(row.uuid));
        EXPECT_EQ(media.first().alt, row.alt);
        EXPECT_EQ(MediaStore(store).data(media.first().uuid), row.data);
    } else {
        EXPECT_TRUE(media.isEmpty());
    }

    // The store was copied, as it was, before its schema changed.
    const QStringList before = BackupManager::backups(path(), BackupManager::Kind::PreMigration);
    ASSERT_EQ(before.size(), 1);
    EXPECT_TRUE(QFileInfo(before.first())
                    .fileName()
                    .endsWith(QStringLiteral("-premigration-v%1.sqlite").arg(version)));
    EXPECT_TRUE(BackupManager::isHealthy(before.first()));
    {
        RawConnection backup(before.first());
        EXPECT_EQ(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
        EXPECT_EQ(backup.scalar(QStringLiteral("SELECT count(*) FROM pages")).toInt(), rows.size());
    }

    // The migrated store takes new work: a save is searchable and lands in the history.
    core::Page edited = expectedPage(rows.first());
    edited.body += QStringLiteral("\n\nGarden waste is collected on Wednesdays.");
    edited.fields.insert(QStringLiteral("localgov_hide_related_topics"), true);
    edited.reviewDate = QDate(2027, 1, 31);
    edited.updated = kOpenedAt;
    ASSERT_TRUE(store.save(edited)) << qPrintable(store.lastError().message);
    ASSERT_TRUE(revisions.noteSaved(edited)) << qPrintable(revisions.lastError().message);
    EXPECT_EQ(store.page(edited.uuid), edited);
    EXPECT_EQ(search.search(QStringLiteral("Wednesdays")).size(), 1);
    EXPECT_EQ(revisions.history(edited.uuid).size(), expectedHistory(version, 0).size() + 1);
    store.close();

    EXPECT_EQ(readBytes(fixture), original) << "the fixture itself must never change";
    EXPECT_FALSE(QFile::exists(fixture + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(fixture + QStringLiteral("-shm")));
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationTest,
                         ::testing::Range(fixtures::kFirstVersion, fixtures::kLastVersion + 1),
                         [](const ::testing::TestParamInfo<int> &info) {
                             // Appended rather than "V" + ..., which GCC 12 warns
                             // about wrongly (-Wrestrict).
                             std::string name(1, 'V');
                             name += std::to_string(info.param);
                             return name;
                         });

TEST(MigrationFixtures, ThereIsAFixtureForEveryEarlierVersion)
{
    // A new schema step needs a fixture of the version before it (see tests/fixtures/README.md).
    EXPECT_EQ(fixtures::kLastVersion, schema::latestVersion() - 1);
    for (int version = fixtures::kFirstVersion; version <= fixtures::kLastVersion; ++version)
        EXPECT_TRUE(QFileInfo::exists(fixturePath(version))) << version;
}

TEST(MigrationNewerStore, AStoreFromANewerVersionIsRefusedAndLeftByteForByte)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
    ASSERT_TRUE(QFile::copy(fixturePath(fixtures::kLastVersion), path));
    {
        RawConnection raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = readBytes(path);

    {
        PageStore store;
        store.setClock([] { return kOpenedAt; });
        EXPECT_FALSE(store.open(path));
        EXPECT_EQ(store.lastError().kind, StoreError::TooNew);
        EXPECT_TRUE(store.lastError().message.contains(QStringLiteral("99")))
            << qPrintable(store.lastError().message);
    }
    EXPECT_EQ(readBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(BackupManager::folder(path))) << "nothing is written beside it";
}
