// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/pagestore.h>
#include <store/revisionstore.h>
#include <store/schema.h>

#include <QLocale>
#include <QTemporaryDir>

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;
using namespace std::chrono_literals;

namespace {

using Kind = RevisionStore::Kind;
using Revision = RevisionStore::Revision;

QDateTime utc(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 5, 4), QTime(hour, minute, second), Qt::UTC);
}

class RevisionStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(path())) << qPrintable(m_store.lastError().message);
        m_revisions.setClock([this] { return m_now; });
    }

    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    // Saves the page as the autosaver would, then tells the history about it.
    void save(core::Page &page, const QString &body)
    {
        page.body = body;
        page.updated = m_now;
        ASSERT_TRUE(m_store.save(page)) << qPrintable(m_store.lastError().message);
        ASSERT_TRUE(m_revisions.noteSaved(page)) << qPrintable(m_revisions.lastError().message);
    }

    core::Page inserted(const QString &title)
    {
        core::Page page = makePage(title);
        page.created = m_now;
        page.updated = m_now;
        EXPECT_TRUE(m_store.insert(page)) << qPrintable(m_store.lastError().message);
        return page;
    }

    QStringList bodies(const QUuid &page) const
    {
        QStringList result;
        for (const Revision &revision : m_revisions.history(page))
            result.append(revision.snapshot.body);
        return result;
    }

    QTemporaryDir m_dir;
    PageStore m_store;
    RevisionStore m_revisions{m_store};
    QDateTime m_now = utc(9, 0);
};

} // namespace

TEST_F(RevisionStoreTest, SavesWithinTheWindowMakeOneRevisionWithTheLastContent)
{
    core::Page page = inserted(QStringLiteral("Bin collections"));
    const QDateTime start = m_now;
    for (int i = 1; i <= 10; ++i) {
        save(page, QStringLiteral("Draft %1").arg(i));
        m_now = m_now.addSecs(30);
    }
    QList<Revision> history = m_revisions.history(page.uuid);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).kind, Kind::Burst);
    EXPECT_TRUE(history.at(0).message.isEmpty());
    EXPECT_EQ(history.at(0).created, start) << "a burst is dated by its first save";
    EXPECT_EQ(history.at(0).snapshot.body, QStringLiteral("Draft 10"));
    EXPECT_EQ(history.at(0).snapshot.title, page.title);
    EXPECT_EQ(history.at(0).snapshot.uuid, page.uuid);
    EXPECT_EQ(history.at(0).snapshot.updated, start);

    // The last save was at 09:04:30; six minutes of quiet end the burst.
    m_now = utc(9, 10, 30);
    save(page, QStringLiteral("After a break"));
    history = m_revisions.history(page.uuid);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).snapshot.body, QStringLiteral("After a break"));
    EXPECT_EQ(history.at(0).created, utc(9, 10, 30));
    EXPECT_EQ(history.at(1).snapshot.body, QStringLiteral("Draft 10"));
    EXPECT_EQ(m_revisions.revision(history.at(1).id), history.at(1));
}

TEST_F(RevisionStoreTest, TheWindowCountsFromTheLastSaveAndCanBeChanged)
{
    core::Page page = inserted(QStringLiteral("Parking"));
    // Each save comes four minutes after the one before, so the burst never ends.
    for (int i = 1; i <= 4; ++i) {
        save(page, QStringLiteral("Edit %1").arg(i));
        m_now = m_now.addSecs(4 * 60);
    }
    EXPECT_EQ(bodies(page.uuid), QStringList{QStringLiteral("Edit 4")});

    m_revisions.setBurstWindow(1min);
    EXPECT_EQ(m_revisions.burstWindow(), 1min);
    m_now = m_now.addSecs(-4 * 60 + 61);
    save(page, QStringLiteral("Edit 5"));
    EXPECT_EQ(bodies(page.uuid), (QStringList{QStringLiteral("Edit 5"), QStringLiteral("Edit 4")}));
}

TEST_F(RevisionStoreTest, AClockThatWentBackwardsStartsANewRevision)
{
    core::Page page = inserted(QStringLiteral("Libraries"));
    save(page, QStringLiteral("Before"));
    m_now = m_now.addSecs(-60);
    save(page, QStringLiteral("After"));
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 2);
}

TEST_F(RevisionStoreTest, EndBurstMakesTheNextSaveStartANewRevision)
{
    core::Page page = inserted(QStringLiteral("Council tax"));
    core::Page other = inserted(QStringLiteral("Housing"));
    save(page, QStringLiteral("One"));
    m_now = m_now.addSecs(10);
    ASSERT_TRUE(m_revisions.endBurst(page.uuid));
    save(other, QStringLiteral("Elsewhere"));
    m_now = m_now.addSecs(10);
    save(page, QStringLiteral("Two"));
    EXPECT_EQ(bodies(page.uuid), (QStringList{QStringLiteral("Two"), QStringLiteral("One")}));
    EXPECT_EQ(bodies(other.uuid), QStringList{QStringLiteral("Elsewhere")});

    // Ending a burst that is already over, or of a page without history, is harmless.
    EXPECT_TRUE(m_revisions.endBurst(other.uuid));
    EXPECT_TRUE(m_revisions.endBurst(other.uuid));
    EXPECT_TRUE(m_revisions.endBurst(QUuid::createUuid()));
}

TEST_F(RevisionStoreTest, SaveVersionRecordsItsMessageAndEndsTheBurst)
{
    core::Page page = inserted(QStringLiteral("Planning"));
    save(page, QStringLiteral("Typed"));
    m_now = m_now.addSecs(20);
    page.body = QStringLiteral("Ready for review");
    ASSERT_TRUE(m_store.save(page));
    ASSERT_TRUE(m_revisions.saveVersion(page, QStringLiteral("Sent to Priya")))
        << qPrintable(m_revisions.lastError().message);

    QList<Revision> history = m_revisions.history(page.uuid);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).kind, Kind::Version);
    EXPECT_EQ(history.at(0).message, QStringLiteral("Sent to Priya"));
    EXPECT_EQ(history.at(0).snapshot.body, QStringLiteral("Ready for review"));
    EXPECT_EQ(history.at(1).kind, Kind::Burst);
    EXPECT_EQ(history.at(1).snapshot.body, QStringLiteral("Typed"));

    // The version is never overwritten by the saves that follow it.
    m_now = m_now.addSecs(20);
    save(page, QStringLiteral("More typing"));
    m_now = m_now.addSecs(20);
    save(page, QStringLiteral("Even more typing"));
    EXPECT_EQ(bodies(page.uuid),
              (QStringList{QStringLiteral("Even more typing"), QStringLiteral("Ready for review"),
                           QStringLiteral("Typed")}));
}

TEST_F(RevisionStoreTest, SaveVersionOfWhatTheBurstHoldsNamesThatRevision)
{
    core::Page page = inserted(QStringLiteral("Schools"));
    save(page, QStringLiteral("Term dates"));
    m_now = m_now.addSecs(5);
    ASSERT_TRUE(m_revisions.saveVersion(page, QStringLiteral("Checked")));
    QList<Revision> history = m_revisions.history(page.uuid);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).kind, Kind::Version);
    EXPECT_EQ(history.at(0).message, QStringLiteral("Checked"));

    // Saving the same version twice adds nothing; a new message on the same text is kept.
    ASSERT_TRUE(m_revisions.saveVersion(page, QStringLiteral("Checked")));
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 1);
    ASSERT_TRUE(m_revisions.saveVersion(page, QStringLiteral("Approved by legal")));
    history = m_revisions.history(page.uuid);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).message, QStringLiteral("Approved by legal"));

    // The next save starts a burst of its own.
    m_now = m_now.addSecs(5);
    save(page, QStringLiteral("Term dates for 2027"));
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 3);
}

TEST_F(RevisionStoreTest, RestoreWritesTheOldContentAsANewRevisionAndKeepsTheRest)
{
    core::Page page = inserted(QStringLiteral("Recycling"));
    save(page, QStringLiteral("First"));
    const QDateTime firstTime = m_now;
    m_now = m_now.addSecs(10 * 60);
    page.state = core::ModerationState::Review;
    save(page, QStringLiteral("Second"));
    m_now = m_now.addSecs(10 * 60);
    save(page, QStringLiteral("Third"));
    const QList<Revision> before = m_revisions.history(page.uuid);
    ASSERT_EQ(before.size(), 3);
    const Revision first = before.at(2);
    ASSERT_EQ(first.snapshot.body, QStringLiteral("First"));

    m_now = m_now.addSecs(60);
    const std::optional<core::Page> restored = m_revisions.restore(first.id);
    ASSERT_TRUE(restored) << qPrintable(m_revisions.lastError().message);
    EXPECT_EQ(restored->body, QStringLiteral("First"));
    EXPECT_EQ(restored->state, core::ModerationState::Draft);
    EXPECT_EQ(restored->updated, m_now);
    EXPECT_EQ(restored->created, page.created);
    EXPECT_EQ(restored->bundle, page.bundle);
    EXPECT_EQ(m_store.page(page.uuid), restored);

    const QList<Revision> after = m_revisions.history(page.uuid);
    ASSERT_EQ(after.size(), 4);
    EXPECT_EQ(after.at(0).kind, Kind::Restore);
    EXPECT_EQ(after.at(0).snapshot.body, QStringLiteral("First"));
    EXPECT_EQ(after.at(0).created, m_now);
    EXPECT_TRUE(after.at(0).message.contains(
        QLocale().toString(firstTime.toLocalTime(), QLocale::ShortFormat)))
        << qPrintable(after.at(0).message);
    EXPECT_EQ(after.mid(1), before) << "every earlier revision is still there, unchanged";

    // Saves after a restore start a new burst instead of overwriting the restore.
    m_now = m_now.addSecs(10);
    save(page, QStringLiteral("First, edited"));
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 5);

    // Restoring the restore brings back the same text again, and is recorded again.
    m_now = m_now.addSecs(10);
    ASSERT_TRUE(m_revisions.restore(after.at(0).id));
    EXPECT_EQ(m_store.page(page.uuid)->body, QStringLiteral("First"));
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 6);
    // Restoring what the page already holds adds nothing.
    ASSERT_TRUE(m_revisions.restore(first.id));
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 6);
}

TEST_F(RevisionStoreTest, RestoringAnUnknownRevisionIsNotFound)
{
    const core::Page page = inserted(QStringLiteral("Roads"));
    EXPECT_FALSE(m_revisions.restore(987654));
    EXPECT_EQ(m_revisions.lastError().kind, StoreError::NotFound);
    EXPECT_FALSE(m_revisions.lastError().message.isEmpty());
    EXPECT_FALSE(m_revisions.revision(987654));
    EXPECT_EQ(m_revisions.lastError().kind, StoreError::NotFound);
    EXPECT_EQ(m_store.page(page.uuid), page);
}

TEST_F(RevisionStoreTest, ASaveThatChangesNothingAddsNoRevision)
{
    core::Page page = inserted(QStringLiteral("Leisure"));
    save(page, QStringLiteral("Opening hours"));
    m_now = m_now.addSecs(60 * 60);
    save(page, QStringLiteral("Opening hours"));
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 1);

    // Each field counts as a change, the workflow state as much as the text.
    const auto changed = [&](auto change) {
        m_now = m_now.addSecs(60 * 60);
        change(page);
        ASSERT_TRUE(m_revisions.noteSaved(page));
    };
    changed([](core::Page &p) { p.title = QStringLiteral("Leisure centres"); });
    changed([](core::Page &p) { p.summary = QStringLiteral("Pools and gyms"); });
    changed([](core::Page &p) { p.format = core::SourceFormat::Html; });
    changed([](core::Page &p) { p.state = core::ModerationState::Published; });
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 5);
    changed([](core::Page &p) { p.updated = p.updated.addDays(1); });
    EXPECT_EQ(m_revisions.history(page.uuid).size(), 5) << "the time alone is not content";
}

TEST_F(RevisionStoreTest, ASaveOfAPageThatIsNotStoredFails)
{
    const core::Page stray = makePage(QStringLiteral("Not stored"));
    EXPECT_FALSE(m_revisions.noteSaved(stray));
    EXPECT_EQ(m_revisions.lastError().kind, StoreError::NotFound);
    EXPECT_FALSE(m_revisions.saveVersion(stray, QStringLiteral("v1")));
    EXPECT_EQ(m_revisions.lastError().kind, StoreError::NotFound);
    EXPECT_TRUE(m_revisions.history(stray.uuid).isEmpty());
    EXPECT_FALSE(m_revisions.lastError().isError());
}

TEST_F(RevisionStoreTest, DeletingAPageDeletesItsHistory)
{
    core::Page page = inserted(QStringLiteral("Cemeteries"));
    core::Page kept = inserted(QStringLiteral("Markets"));
    save(page, QStringLiteral("One"));
    m_now = m_now.addSecs(10 * 60);
    save(page, QStringLiteral("Two"));
    save(kept, QStringLiteral("Stalls"));
    const qint64 id = m_revisions.history(page.uuid).at(0).id;

    ASSERT_TRUE(m_store.remove(page.uuid));
    EXPECT_TRUE(m_revisions.history(page.uuid).isEmpty());
    EXPECT_FALSE(m_revisions.revision(id));
    EXPECT_EQ(m_revisions.lastError().kind, StoreError::NotFound);
    EXPECT_FALSE(m_revisions.restore(id));
    EXPECT_FALSE(m_store.page(page.uuid));
    EXPECT_EQ(bodies(kept.uuid), QStringList{QStringLiteral("Stalls")});

    m_store.close();
    RawConnection raw(path());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM revisions")).toInt(), 1);
}

TEST_F(RevisionStoreTest, MessagesAndTextAreStoredVerbatim)
{
    core::Page page = inserted(QStringLiteral("Robert'); DROP TABLE revisions; --"));
    const QString message =
        QStringLiteral("'); DELETE FROM pages; -- \"quoted\" %1 :title ? \\ \u00e9\u4e2d\n");
    page.body = QStringLiteral("x' OR '1'='1");
    ASSERT_TRUE(m_store.save(page));
    ASSERT_TRUE(m_revisions.saveVersion(page, message))
        << qPrintable(m_revisions.lastError().message);
    const QList<Revision> history = m_revisions.history(page.uuid);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).message, message);
    EXPECT_EQ(history.at(0).snapshot.title, page.title);
    EXPECT_EQ(history.at(0).snapshot.body, page.body);
    EXPECT_EQ(m_store.count(), 1);

    // A null message is an empty one.
    m_now = m_now.addSecs(1);
    page.body = QStringLiteral("Changed");
    ASSERT_TRUE(m_revisions.saveVersion(page, QString()));
    EXPECT_TRUE(m_revisions.history(page.uuid).at(0).message.isEmpty());
}

TEST_F(RevisionStoreTest, MigratingGivesEveryExistingPageOneRevision)
{
    m_store.close();
    const QString file = m_dir.filePath(QStringLiteral("old.sqlite"));
    core::Page first = makePage(QStringLiteral("Allotments"));
    first.updated = utc(8, 0);
    first.state = core::ModerationState::Published;
    core::Page second = makePage(QStringLiteral("Bus passes"), QStringLiteral(""));
    second.format = core::SourceFormat::Html;
    second.updated = utc(8, 59);
    // Version 2 is the last one without revisions; later steps only add to it. Its pages had no
    // fields either.
    const int previous = 2;
    first.fields = {};
    second.fields = {};
    {
        RawConnection raw(file);
        ASSERT_TRUE(raw.isOpen());
        for (int step = 0; step < previous; ++step) {
            for (const QString &statement : schema::migrations().at(step))
                ASSERT_TRUE(raw.exec(statement)) << qPrintable(statement);
        }
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(previous)));
        // The pages as version 2's own SQL wrote them.
        for (const core::Page &page : {first, second}) {
            QSqlQuery insert(raw.database());
            insert.prepare(QStringLiteral(
                "INSERT INTO pages (uuid, bundle, title, summary, body, format, state, created,"
                " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value :
                 {QVariant(page.uuid.toString(QUuid::WithoutBraces)), QVariant(page.bundle),
                  QVariant(page.title), QVariant(page.summary), QVariant(page.body),
                  QVariant(core::toMachineName(page.format)),
                  QVariant(core::toMachineName(page.state)),
                  QVariant(page.created.toMSecsSinceEpoch()),
                  QVariant(page.updated.toMSecsSinceEpoch())})
                insert.addBindValue(value);
            ASSERT_TRUE(insert.exec()) << qPrintable(insert.lastError().text());
        }
    }

    m_store.setClock([] { return utc(7, 30); });
    ASSERT_TRUE(m_store.open(file)) << qPrintable(m_store.lastError().message);
    for (const core::Page &page : {first, second}) {
        const QList<Revision> history = m_revisions.history(page.uuid);
        ASSERT_EQ(history.size(), 1) << qPrintable(page.title);
        EXPECT_EQ(history.at(0).kind, Kind::Burst);
        EXPECT_TRUE(history.at(0).message.isEmpty());
        EXPECT_EQ(history.at(0).created, page.updated);
        EXPECT_EQ(history.at(0).snapshot, page) << "the revision holds the page as it was";
    }

    // The first save after the update never overwrites the only copy of the old text, even
    // when the page was changed moments before the update.
    m_now = utc(9, 0);
    save(second, QStringLiteral("<p>New fares</p>"));
    EXPECT_EQ(bodies(second.uuid), (QStringList{QStringLiteral("<p>New fares</p>"), QString()}));
}

TEST_F(RevisionStoreTest, KindsHaveStableMachineNames)
{
    for (Kind kind : {Kind::Burst, Kind::Version, Kind::Restore, Kind::Import})
        EXPECT_EQ(RevisionStore::kindFromMachineName(RevisionStore::toMachineName(kind)), kind);
    EXPECT_EQ(RevisionStore::toMachineName(Kind::Version), QStringLiteral("version"));
    EXPECT_FALSE(RevisionStore::kindFromMachineName(QStringLiteral("Burst")));
}

TEST_F(RevisionStoreTest, CallsOnAClosedStoreFail)
{
    const core::Page page = inserted(QStringLiteral("Closed"));
    m_store.close();
    EXPECT_FALSE(m_revisions.noteSaved(page));
    EXPECT_EQ(m_revisions.lastError().kind, StoreError::Io);
    EXPECT_FALSE(m_revisions.endBurst(page.uuid));
    EXPECT_FALSE(m_revisions.saveVersion(page, QStringLiteral("x")));
    EXPECT_FALSE(m_revisions.restore(1));
    EXPECT_TRUE(m_revisions.history(page.uuid).isEmpty());
    EXPECT_EQ(m_revisions.lastError().kind, StoreError::Io);
}
