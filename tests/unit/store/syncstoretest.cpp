// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <fixtures/fixturedata.h>

#include <store/mediastore.h>
#include <store/pagestore.h>
#include <store/schema.h>
#include <store/syncstore.h>
#include <store/transaction.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

const QString kSite = QStringLiteral("https://www.example.gov.uk");

class SyncStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("store.sqlite"))))
            << qPrintable(m_store.lastError().message);
        ASSERT_TRUE(m_store.insert(m_page));
        ASSERT_TRUE(m_store.insert(m_new));
    }

    QJsonObject resource() const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("node--localgov_services_page")},
                           {QStringLiteral("id"), m_page.uuid.toString(QUuid::WithoutBraces)}};
    }

    QTemporaryDir m_dir;
    PageStore m_store;
    SyncStore m_sync{m_store};
    core::Page m_page = makePage(QStringLiteral("Bins"), QStringLiteral("Put bins out by 7am."));
    core::Page m_new = makePage(QStringLiteral("Parking"));
};

TEST_F(SyncStoreTest, APageNeverSyncedIsToBeCreatedAndASyncedOneIsNot)
{
    EXPECT_EQ(m_sync.pagesNotOnSite().size(), 2);
    ASSERT_TRUE(m_sync.setBase(m_page.uuid, kSite, resource(), 1714521600, 12, false, true));
    EXPECT_EQ(m_sync.pagesNotOnSite(), QList<QUuid>{m_new.uuid});
    const std::optional<SyncRecord> record = m_sync.record(m_page.uuid);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->resource, resource());
    EXPECT_EQ(record->changed, 1714521600);
    EXPECT_EQ(record->vid, 12);
    EXPECT_EQ(record->status, SyncStatus::Synced);
    EXPECT_FALSE(record->localChanges);
}

TEST_F(SyncStoreTest, EverySaveOfTheAuthorsCopyMarksLocalChanges)
{
    ASSERT_TRUE(m_sync.setBase(m_page.uuid, kSite, resource(), 1, 1, false, true));
    EXPECT_TRUE(m_sync.pagesToPush().isEmpty());
    core::Page edited = m_page;
    edited.body += QStringLiteral("\n\nBring them in by 8pm.");
    ASSERT_TRUE(m_store.save(edited));
    EXPECT_EQ(m_sync.pagesToPush(), QList<QUuid>{m_page.uuid});
    EXPECT_TRUE(m_sync.record(m_page.uuid)->localChanges);

    // Taking a new base after a push clears it; taking one after a merge keeps it.
    ASSERT_TRUE(m_sync.setBase(m_page.uuid, kSite, resource(), 2, 2, false, false));
    EXPECT_TRUE(m_sync.record(m_page.uuid)->localChanges);
    ASSERT_TRUE(m_sync.setBase(m_page.uuid, kSite, resource(), 2, 2, false, true));
    EXPECT_FALSE(m_sync.record(m_page.uuid)->localChanges);
}

TEST_F(SyncStoreTest, APageInConflictIsNotPushedAndKeepsTheSitesCopy)
{
    ASSERT_TRUE(m_sync.setBase(m_page.uuid, kSite, resource(), 1, 1, false, true));
    ASSERT_TRUE(m_sync.setLocalChanges(m_page.uuid, true));
    const QJsonObject theirs{{QStringLiteral("id"), QStringLiteral("theirs")}};
    ASSERT_TRUE(
        m_sync.setStatus(m_page.uuid, SyncStatus::Conflict, QStringLiteral("Both"), theirs));
    EXPECT_TRUE(m_sync.pagesToPush().isEmpty());
    EXPECT_EQ(m_sync.conflictCount(), 1);
    EXPECT_EQ(m_sync.record(m_page.uuid)->theirs, theirs);
    EXPECT_EQ(m_sync.states().value(m_page.uuid).status, SyncStatus::Conflict);
}

TEST_F(SyncStoreTest, TheOutboxKeepsOneWriteOfAPageButEveryDecisionInOrder)
{
    using Op = OutboxEntry::Operation;
    ASSERT_TRUE(m_sync.enqueue(m_page.uuid, Op::Update));
    ASSERT_TRUE(m_sync.enqueue(m_page.uuid, Op::Update));
    ASSERT_TRUE(m_sync.enqueue(m_new.uuid, Op::Create));
    const QJsonObject approve{{QStringLiteral("state"), QStringLiteral("published")}};
    ASSERT_TRUE(m_sync.enqueue(m_page.uuid, Op::Transition, approve));
    ASSERT_TRUE(m_sync.enqueue(m_page.uuid, Op::Transition, approve));
    QList<OutboxEntry> entries = m_sync.outbox();
    ASSERT_EQ(entries.size(), 4);
    EXPECT_EQ(entries[0].operation, Op::Update);
    EXPECT_EQ(entries[1].operation, Op::Create);
    EXPECT_EQ(entries[2].payload, approve);

    ASSERT_TRUE(m_sync.recordAttempt(entries[1].id, QStringLiteral("The site is busy.")));
    ASSERT_TRUE(m_sync.dropQueued(m_page.uuid));
    entries = m_sync.outbox();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[0].attempts, 1);
    EXPECT_EQ(entries[0].lastError, QStringLiteral("The site is busy."));
    ASSERT_TRUE(m_sync.complete(entries[0].id));
    EXPECT_EQ(m_sync.outbox().size(), 2);
}

TEST_F(SyncStoreTest, ThePullTimeIsKeptPerSite)
{
    EXPECT_EQ(m_sync.lastPull(kSite), 0);
    ASSERT_TRUE(m_sync.setLastPull(kSite, 1714521600));
    ASSERT_TRUE(m_sync.setLastPull(QStringLiteral("http://127.0.0.1:8080"), 5));
    EXPECT_EQ(m_sync.lastPull(kSite), 1714521600);
}

TEST_F(SyncStoreTest, MediaSentToASiteAreRememberedPerSiteAndGoWithTheMedia)
{
    MediaStore media(m_store);
    const std::optional<core::MediaItem> image =
        media.add(*media.prepareData(test::fixtures::MediaRow().data, QStringLiteral("bin.png")));
    ASSERT_TRUE(image) << qPrintable(media.lastError().message);
    EXPECT_TRUE(m_sync.mediaOnSite(kSite).isEmpty());
    ASSERT_TRUE(m_sync.setMediaOnSite(image->uuid, kSite, QStringLiteral("/files/bin.png")));
    EXPECT_EQ(m_sync.mediaOnSite(kSite).value(image->uuid), QStringLiteral("/files/bin.png"));
    EXPECT_TRUE(m_sync.mediaOnSite(QStringLiteral("http://127.0.0.1:8080")).isEmpty());
    ASSERT_TRUE(media.remove(image->uuid));
    EXPECT_TRUE(m_sync.mediaOnSite(kSite).isEmpty());
}

TEST_F(SyncStoreTest, DeletingAPageDeletesItsRecord)
{
    ASSERT_TRUE(m_sync.setBase(m_page.uuid, kSite, resource(), 1, 1, false, true));
    ASSERT_TRUE(m_store.remove(m_page.uuid));
    EXPECT_FALSE(m_sync.record(m_page.uuid));
    EXPECT_FALSE(m_sync.lastError().isError());
}

TEST_F(SyncStoreTest, AStoreOfTheEarlierSchemaGainsTheTablesWhenOpened)
{
    m_store.close();
    const QString copy = m_dir.filePath(QStringLiteral("v8.sqlite"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(LGA_SOURCE_DIR "/tests/fixtures/store-v8.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    PageStore migrated;
    ASSERT_TRUE(migrated.open(copy)) << qPrintable(migrated.lastError().message);
    SyncStore sync(migrated);
    // Every page of a store from before sync is the author's own, not yet on any site.
    EXPECT_EQ(sync.pagesNotOnSite().size(), migrated.count());
    EXPECT_TRUE(sync.outbox().isEmpty());
    EXPECT_FALSE(sync.lastError().isError());
}

} // namespace
