// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/dismissalstore.h>
#include <store/pagestore.h>
#include <store/schema.h>

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

class DismissalStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(path())) << qPrintable(m_store.lastError().message);
        m_dismissals.setClock([this] { return m_now; });
        ASSERT_TRUE(m_store.insert(m_page)) << qPrintable(m_store.lastError().message);
        ASSERT_TRUE(m_store.insert(m_other)) << qPrintable(m_store.lastError().message);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    QTemporaryDir m_dir;
    PageStore m_store;
    DismissalStore m_dismissals{m_store};
    QDateTime m_now = QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);
    core::Page m_page = makePage(QStringLiteral("Bins"), QStringLiteral("[click here](/bins)"));
    core::Page m_other = makePage(QStringLiteral("Parking"));
};

TEST_F(DismissalStoreTest, ADismissalIsKeptForItsPageOnlyWithItsReasonAndDate)
{
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("link-generic-text"),
                                     QStringLiteral("click here"),
                                     QStringLiteral("Checked and OK")));
    const QList<Dismissal> list = m_dismissals.list(m_page.uuid);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first(),
              (Dismissal{m_page.uuid, QStringLiteral("link-generic-text"),
                         QStringLiteral("click here"), QStringLiteral("Checked and OK"), m_now}));
    EXPECT_TRUE(m_dismissals.list(m_other.uuid).isEmpty());
}

TEST_F(DismissalStoreTest, DismissingAgainReplacesTheReasonInsteadOfAddingARow)
{
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("caps"), QStringLiteral("FREE"),
                                     QStringLiteral("Checked and OK")));
    m_now = m_now.addSecs(60);
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("caps"), QStringLiteral("FREE"),
                                     QStringLiteral("  It is the scheme's name  ")));
    const QList<Dismissal> list = m_dismissals.list(m_page.uuid);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().reason, QStringLiteral("It is the scheme's name"));
    EXPECT_EQ(list.first().created, m_now);
}

TEST_F(DismissalStoreTest, TheSameRuleWithOtherWordsIsADifferentDismissal)
{
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("caps"), QStringLiteral("FREE"),
                                     QString()));
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("caps"), QString(), QString()));
    EXPECT_EQ(m_dismissals.list(m_page.uuid).size(), 2);
}

TEST_F(DismissalStoreTest, RestoringRemovesOnlyThatDismissal)
{
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("caps"), QStringLiteral("FREE"),
                                     QString()));
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("link-generic-text"),
                                     QStringLiteral("click here"), QString()));
    ASSERT_TRUE(m_dismissals.restore(m_page.uuid, QStringLiteral("caps"), QStringLiteral("FREE")));
    const QList<Dismissal> list = m_dismissals.list(m_page.uuid);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().ruleId, QStringLiteral("link-generic-text"));
    EXPECT_TRUE(m_dismissals.restore(m_page.uuid, QStringLiteral("caps"), QStringLiteral("FREE")));
}

TEST_F(DismissalStoreTest, DismissalsSurviveReopeningTheStore)
{
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("caps"), QStringLiteral("FREE"),
                                     QStringLiteral("Checked and OK")));
    m_store.close();
    PageStore reopened;
    ASSERT_TRUE(reopened.open(path())) << qPrintable(reopened.lastError().message);
    DismissalStore again(reopened);
    ASSERT_EQ(again.list(m_page.uuid).size(), 1);
    EXPECT_EQ(again.list(m_page.uuid).first().reason, QStringLiteral("Checked and OK"));
}

TEST_F(DismissalStoreTest, DeletingAPageDeletesItsDismissals)
{
    ASSERT_TRUE(m_dismissals.dismiss(m_page.uuid, QStringLiteral("caps"), QStringLiteral("FREE"),
                                     QString()));
    ASSERT_TRUE(m_dismissals.dismiss(m_other.uuid, QStringLiteral("caps"), QStringLiteral("FREE"),
                                     QString()));
    ASSERT_TRUE(m_store.remove(m_page.uuid)) << qPrintable(m_store.lastError().message);
    EXPECT_TRUE(m_dismissals.list(m_page.uuid).isEmpty());
    EXPECT_EQ(m_dismissals.list(m_other.uuid).size(), 1);
    m_store.close();
    RawConnection raw(path());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM dismissals")).toInt(), 1);
}

TEST_F(DismissalStoreTest, APageNotInTheStoreCannotHaveDismissals)
{
    EXPECT_FALSE(m_dismissals.dismiss(QUuid::createUuid(), QStringLiteral("caps"),
                                      QStringLiteral("FREE"), QString()));
    EXPECT_TRUE(m_dismissals.lastError().isError());
    EXPECT_FALSE(m_dismissals.dismiss(QUuid(), QStringLiteral("caps"), QString(), QString()));
    EXPECT_EQ(m_dismissals.lastError().kind, StoreError::Invalid);
}

TEST_F(DismissalStoreTest, AStoreOfTheEarlierSchemaGainsTheTableWhenOpened)
{
    // The fixture of the schema before dismissals: migrating it must add an empty table that
    // then takes dismissals for its pages.
    m_store.close();
    const QString copy = m_dir.filePath(QStringLiteral("v7.sqlite"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(LGA_SOURCE_DIR "/tests/fixtures/store-v7.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    PageStore migrated;
    ASSERT_TRUE(migrated.open(copy)) << qPrintable(migrated.lastError().message);
    QSqlError error;
    EXPECT_EQ(schema::userVersion(migrated.database(), &error), schema::latestVersion());
    DismissalStore dismissals(migrated);
    const QUuid bins = QUuid::fromString(QStringLiteral("0b6f2a3e-5c1d-4e8a-9f2b-7d3c1a6e4b01"));
    EXPECT_TRUE(dismissals.list(bins).isEmpty());
    EXPECT_FALSE(dismissals.lastError().isError());
    EXPECT_TRUE(dismissals.dismiss(bins, QStringLiteral("table-no-headers"), QString(),
                                   QStringLiteral("Checked and OK")));
    EXPECT_EQ(dismissals.list(bins).size(), 1);
}

} // namespace
