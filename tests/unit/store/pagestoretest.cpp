// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/pagestore.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;
using namespace std::chrono_literals;

namespace {

class PageStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString &name = QStringLiteral("store.sqlite")) const
    {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
};

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

TEST_F(PageStoreTest, OpenCreatesTheFileAndItsFoldersAndStartsEmpty)
{
    const QString file = m_dir.filePath(QStringLiteral("a/b/store.sqlite"));
    PageStore store;
    ASSERT_TRUE(store.open(file)) << qPrintable(store.lastError().message);
    EXPECT_TRUE(store.isOpen());
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_TRUE(store.isEmpty());
    EXPECT_EQ(store.count(), 0);
    EXPECT_TRUE(store.summaries().isEmpty());
    EXPECT_FALSE(store.lastError().isError());
}

TEST_F(PageStoreTest, PagesRoundTripThroughInsertSaveAndRemove)
{
    PageStore store;
    ASSERT_TRUE(store.open(path()));
    core::Page page = makePage(QStringLiteral("Bin collections"));
    page.format = core::SourceFormat::Html;
    page.state = core::ModerationState::Review;
    ASSERT_TRUE(store.insert(page)) << qPrintable(store.lastError().message);
    EXPECT_EQ(store.page(page.uuid), page);

    core::Page edited = page;
    edited.title = QStringLiteral("Bin collection days");
    edited.summary = QString(); // A null string is stored as an empty one.
    edited.body = QStringLiteral("Your bins are collected every week.\n");
    edited.bundle = QStringLiteral("localgov_guides_page");
    edited.format = core::SourceFormat::Markdown;
    edited.state = core::ModerationState::Published;
    edited.updated = page.updated.addSecs(90);
    edited.created = page.created.addDays(-5); // save() never rewrites when a page was created.
    ASSERT_TRUE(store.save(edited)) << qPrintable(store.lastError().message);
    const std::optional<core::Page> loaded = store.page(page.uuid);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->title, edited.title);
    EXPECT_TRUE(loaded->summary.isEmpty());
    EXPECT_EQ(loaded->body, edited.body);
    EXPECT_EQ(loaded->bundle, edited.bundle);
    EXPECT_EQ(loaded->format, core::SourceFormat::Markdown);
    EXPECT_EQ(loaded->state, core::ModerationState::Published);
    EXPECT_EQ(loaded->updated, edited.updated);
    EXPECT_EQ(loaded->created, page.created);

    ASSERT_TRUE(store.remove(page.uuid));
    EXPECT_FALSE(store.page(page.uuid));
    EXPECT_EQ(store.lastError().kind, StoreError::NotFound);
    EXPECT_FALSE(store.remove(page.uuid));
    EXPECT_EQ(store.lastError().kind, StoreError::NotFound);
    EXPECT_FALSE(store.save(edited));
    EXPECT_EQ(store.lastError().kind, StoreError::NotFound);
    EXPECT_FALSE(store.lastError().message.isEmpty());
    EXPECT_TRUE(store.isEmpty());
}

TEST_F(PageStoreTest, FieldsAndReviewDateRoundTripAndReachTheSummary)
{
    PageStore store;
    ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
    core::Page page = makePage(QStringLiteral("Bin collections"));
    page.fields.insert(QStringLiteral("localgov_common_tasks"),
                       QJsonArray{QJsonObject{{QStringLiteral("uri"), QStringLiteral("/bins")},
                                              {QStringLiteral("title"), QStringLiteral("Báin")}}});
    page.reviewDate = QDate(2027, 2, 28);
    ASSERT_TRUE(store.insert(page)) << qPrintable(store.lastError().message);
    EXPECT_EQ(store.page(page.uuid), page);
    EXPECT_EQ(store.summaries().value(0).reviewDate, QDate(2027, 2, 28));

    page.fields.remove(QStringLiteral("localgov_common_tasks"));
    page.reviewDate = {};
    ASSERT_TRUE(store.save(page)) << qPrintable(store.lastError().message);
    EXPECT_EQ(store.page(page.uuid), page) << "cleared fields and date stay cleared";
    EXPECT_TRUE(store.summaries().value(0).reviewDate.isNull());
}

TEST_F(PageStoreTest, SummariesAreMostRecentlyUpdatedFirstWithoutBodies)
{
    PageStore store;
    ASSERT_TRUE(store.open(path()));
    core::Page old = makePage(QStringLiteral("Old"));
    old.updated = at(1'000'000);
    core::Page newest = makePage(QStringLiteral("Newest"));
    newest.updated = at(3'000'000);
    core::Page middle = makePage(QStringLiteral("Middle"));
    middle.updated = at(2'000'000);
    middle.state = core::ModerationState::Archived;
    ASSERT_TRUE(store.insertMany({old, newest, middle}));

    const QList<core::PageSummary> summaries = store.summaries();
    ASSERT_EQ(summaries.size(), 3);
    EXPECT_EQ(summaries.at(0).title, QStringLiteral("Newest"));
    EXPECT_EQ(summaries.at(1).title, QStringLiteral("Middle"));
    EXPECT_EQ(summaries.at(2).title, QStringLiteral("Old"));
    EXPECT_EQ(summaries.at(1), middle.toSummary());
}

TEST_F(PageStoreTest, InsertRefusesADuplicateOrMissingUuid)
{
    PageStore store;
    ASSERT_TRUE(store.open(path()));
    const core::Page page = makePage(QStringLiteral("Council tax"));
    ASSERT_TRUE(store.insert(page));
    EXPECT_FALSE(store.insert(page));
    EXPECT_EQ(store.lastError().kind, StoreError::Invalid);
    EXPECT_FALSE(store.lastError().message.isEmpty());

    core::Page anonymous = makePage(QStringLiteral("No id"));
    anonymous.uuid = QUuid();
    EXPECT_FALSE(store.insert(anonymous));
    EXPECT_EQ(store.lastError().kind, StoreError::Invalid);
    EXPECT_EQ(store.count(), 1);
}

TEST_F(PageStoreTest, InsertManyStoresAllOrNone)
{
    PageStore store;
    ASSERT_TRUE(store.open(path()));
    const core::Page a = makePage(QStringLiteral("A"));
    const core::Page b = makePage(QStringLiteral("B"));
    EXPECT_FALSE(store.insertMany({a, b, a}));
    EXPECT_EQ(store.lastError().kind, StoreError::Invalid);
    EXPECT_EQ(store.count(), 0);

    QList<core::Page> many;
    for (int i = 0; i < 250; ++i)
        many.append(makePage(QStringLiteral("Page %1").arg(i)));
    ASSERT_TRUE(store.insertMany(many));
    EXPECT_EQ(store.count(), 250);
    EXPECT_TRUE(store.insertMany({}));
}

TEST_F(PageStoreTest, MissingTimesAreFilledIn)
{
    PageStore store;
    ASSERT_TRUE(store.open(path()));
    core::Page page = makePage(QStringLiteral("Undated"));
    page.created = QDateTime();
    page.updated = QDateTime();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    ASSERT_TRUE(store.insert(page));
    const std::optional<core::Page> loaded = store.page(page.uuid);
    ASSERT_TRUE(loaded);
    EXPECT_GE(loaded->created.toMSecsSinceEpoch(), before);
    EXPECT_EQ(loaded->updated, loaded->created);
}

TEST_F(PageStoreTest, ReopeningKeepsEveryPage)
{
    const core::Page page = makePage(QStringLiteral("Parking permits"));
    {
        PageStore store;
        ASSERT_TRUE(store.open(path()));
        ASSERT_TRUE(store.insert(page));
    }
    PageStore store;
    ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
    EXPECT_EQ(store.page(page.uuid), page);

    store.close();
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(store.count(), -1);
    EXPECT_FALSE(store.isEmpty());
    EXPECT_FALSE(store.insert(makePage(QStringLiteral("After close"))));
    EXPECT_EQ(store.lastError().kind, StoreError::Io);
}

TEST_F(PageStoreTest, FileLayoutIsWalWithCanonicalUuidsAndMillisecondTimes)
{
    const core::Page page = makePage(QStringLiteral("Libraries"));
    {
        PageStore store;
        ASSERT_TRUE(store.open(path()));
        ASSERT_TRUE(store.insert(page));
    }
    RawConnection raw(path());
    ASSERT_TRUE(raw.isOpen());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
              PageStore::schemaVersion());
    const QString uuid = raw.scalar(QStringLiteral("SELECT uuid FROM pages")).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"))
                    .match(uuid)
                    .hasMatch())
        << qPrintable(uuid);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT updated FROM pages")).toLongLong(),
              page.updated.toMSecsSinceEpoch());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT typeof(created) FROM pages")).toString(),
              QStringLiteral("integer"));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                        " AND name = 'pages_list'"))
                  .toInt(),
              1);
    // The page list is read from the index alone, never from the rows that hold the bodies.
    QSqlQuery plan(raw.database());
    ASSERT_TRUE(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT uuid, bundle, title, state, updated, review_date FROM pages"
        " ORDER BY updated DESC, uuid")));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + u'\n';
    EXPECT_TRUE(steps.contains(QStringLiteral("COVERING INDEX pages_list"))) << qPrintable(steps);
    EXPECT_FALSE(steps.contains(QStringLiteral("TEMP B-TREE"))) << qPrintable(steps);
}

TEST_F(PageStoreTest, AnEmptyExistingFileIsMigratedToTheCurrentSchema)
{
    writeBytes(path(), {});
    ASSERT_TRUE(QFile::exists(path()));
    ASSERT_EQ(QFileInfo(path()).size(), 0);
    {
        PageStore store;
        ASSERT_TRUE(store.open(path())) << qPrintable(store.lastError().message);
        EXPECT_TRUE(store.isEmpty());
        EXPECT_TRUE(store.insert(makePage(QStringLiteral("First"))));
    }
    RawConnection raw(path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
              PageStore::schemaVersion());
    EXPECT_GE(PageStore::schemaVersion(), 1);
}

TEST_F(PageStoreTest, AStoreFromANewerVersionIsRefusedAndLeftUntouched)
{
    const int future = PageStore::schemaVersion() + 1;
    {
        RawConnection raw(path());
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE pages (uuid TEXT, shiny TEXT)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO pages VALUES ('x', 'from the future')")));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    }
    const QByteArray before = readBytes(path());
    ASSERT_FALSE(before.isEmpty());

    PageStore store;
    EXPECT_FALSE(store.open(path()));
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(store.lastError().kind, StoreError::TooNew);
    EXPECT_TRUE(store.lastError().message.contains(QString::number(future)))
        << qPrintable(store.lastError().message);
    EXPECT_EQ(readBytes(path()), before);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral(".lock")));
}

struct DamagedFile
{
    const char *name;
    QByteArray bytes;
};

// Names the case in test output instead of dumping the struct's bytes.
void PrintTo(const DamagedFile &file, std::ostream *out)
{
    *out << file.name;
}

class PageStoreDamagedFileTest : public ::testing::TestWithParam<DamagedFile>
{
};

TEST_P(PageStoreDamagedFileTest, IsReportedCorruptAndLeftByteForByte)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("store.sqlite"));
    writeBytes(file, GetParam().bytes);

    PageStore store;
    EXPECT_FALSE(store.open(file));
    EXPECT_EQ(store.lastError().kind, StoreError::Corrupt);
    EXPECT_TRUE(store.lastError().message.contains(QDir::toNativeSeparators(file)))
        << qPrintable(store.lastError().message);
    EXPECT_EQ(readBytes(file), GetParam().bytes);
}

INSTANTIATE_TEST_SUITE_P(
    PageStore, PageStoreDamagedFileTest,
    ::testing::Values(DamagedFile{"TextFile",
                                  QByteArray("Minutes of the parks committee, not a database.\n")
                                      .repeated(4096 / 48)},
                      DamagedFile{"ShortBinary", QByteArray(50, char(0xa5))},
                      DamagedFile{"SqliteMagicThenGarbage",
                                  QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x')}),
    [](const ::testing::TestParamInfo<DamagedFile> &info) { return std::string(info.param.name); });

TEST_F(PageStoreTest, ADamagedPageInsideARealStoreIsReportedCorruptAndLeftUntouched)
{
    {
        PageStore store;
        ASSERT_TRUE(store.open(path()));
        QList<core::Page> pages;
        for (int i = 0; i < 300; ++i)
            pages.append(
                makePage(QStringLiteral("Page %1").arg(i), QString(2000, QChar(u'a' + i % 26))));
        ASSERT_TRUE(store.insertMany(pages));
    }
    QByteArray bytes = readBytes(path());
    ASSERT_GE(bytes.size(), 50 * 4096) << "expected a store of many pages";
    // Overwrite one whole database page in the middle with text.
    const qsizetype offset = (bytes.size() / 4096 / 2) * 4096;
    const QByteArray garbage = QByteArray("This is not a b-tree page. ").repeated(4096 / 27 + 1);
    bytes.replace(offset, 4096, garbage.left(4096));
    writeBytes(path(), bytes);

    PageStore store;
    EXPECT_FALSE(store.open(path()));
    EXPECT_EQ(store.lastError().kind, StoreError::Corrupt);
    EXPECT_FALSE(store.lastError().message.isEmpty());
    EXPECT_EQ(readBytes(path()), bytes);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
}

TEST_F(PageStoreTest, AFolderThatIsReallyAFileIsUnwritable)
{
    writeBytes(path(QStringLiteral("notes.txt")), "a file, not a folder\n");
    PageStore store;
    EXPECT_FALSE(store.open(m_dir.filePath(QStringLiteral("notes.txt/store.sqlite"))));
    EXPECT_EQ(store.lastError().kind, StoreError::Unwritable);
    EXPECT_FALSE(store.lastError().message.isEmpty());
    EXPECT_EQ(readBytes(path(QStringLiteral("notes.txt"))), QByteArray("a file, not a folder\n"));
}

TEST_F(PageStoreTest, AReadOnlyFolderIsUnwritable)
{
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    // The temporary folder must be reachable for the unprivileged user that root becomes below.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString file = folder + QStringLiteral("/store.sqlite");

    PageStore store;
    bool opened = true;
    {
        AsUnprivilegedUser user;
        ASSERT_TRUE(!runningAsRoot() || user.isActive()) << "could not drop root privileges";
        opened = store.open(file);
    }
    EXPECT_FALSE(opened);
    EXPECT_EQ(store.lastError().kind, StoreError::Unwritable);
    EXPECT_FALSE(QFile::exists(file));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(PageStoreTest, AReadOnlyStoreFileIsUnwritableAndLeftUntouched)
{
    {
        PageStore store;
        ASSERT_TRUE(store.open(path()));
        ASSERT_TRUE(store.insert(makePage(QStringLiteral("Keep me"))));
    }
    const QByteArray before = readBytes(path());
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);

    PageStore store;
    bool opened = true;
    {
        AsUnprivilegedUser user;
        ASSERT_TRUE(!runningAsRoot() || user.isActive()) << "could not drop root privileges";
        opened = store.open(path());
    }
    EXPECT_FALSE(opened);
    EXPECT_EQ(store.lastError().kind, StoreError::Unwritable);
    EXPECT_EQ(readBytes(path()), before);
}

TEST_F(PageStoreTest, AWriteThatHitsTheFileSizeLimitIsReportedAndLosesNothingStored)
{
    PageStore store;
    ASSERT_TRUE(store.open(path()));
    const core::Page kept = makePage(QStringLiteral("Kept"));
    ASSERT_TRUE(store.insert(kept));

    // RLIMIT_FSIZE makes the kernel refuse writes past a size, as a full disk does, and binds root
    // too. SIGXFSZ would otherwise end the test process.
    struct rlimit previous = {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = previous;
    limited.rlim_cur = 256 * 1024;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const core::Page huge = makePage(QStringLiteral("Huge"), QString(2 * 1024 * 1024, u'x'));
    const bool inserted = store.insert(huge);
    const StoreError error = store.lastError();
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_FALSE(inserted);
    EXPECT_EQ(error.kind, StoreError::Io) << qPrintable(error.detail);
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_FALSE(store.page(huge.uuid));
    EXPECT_EQ(store.page(kept.uuid), kept);
    const core::Page later = makePage(QStringLiteral("Later"));
    EXPECT_TRUE(store.insert(later)) << qPrintable(store.lastError().message);
    EXPECT_EQ(store.count(), 2);
}

TEST_F(PageStoreTest, AWriteBlockedByAnotherProgramIsReportedAsLocked)
{
    PageStore store;
    ASSERT_TRUE(store.open(path()));
    store.setBusyTimeout(50ms);
    core::Page page = makePage(QStringLiteral("Busy"));
    ASSERT_TRUE(store.insert(page));

    RawConnection other(path());
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    page.title = QStringLiteral("Busy, edited");
    EXPECT_FALSE(store.save(page));
    EXPECT_EQ(store.lastError().kind, StoreError::Locked);
    EXPECT_FALSE(store.lastError().message.isEmpty());
    ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
    EXPECT_TRUE(store.save(page)) << qPrintable(store.lastError().message);
    EXPECT_EQ(store.page(page.uuid)->title, QStringLiteral("Busy, edited"));
}
