// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/pagestore.h>
#include <store/seeder.h>

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

class SeederTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString seed(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        writeBytes(path, text);
        return path;
    }

    QTemporaryDir m_dir;
};

const QByteArray kCouncilTax = "---\n"
                               "bundle: localgov_services_page\n"
                               "title: Council tax\n"
                               "---\n"
                               "Pay your council tax.\n";

} // namespace

TEST_F(SeederTest, FrontMatterIsParsedWithQuotesAndCrlf)
{
    const QString path =
        seed(QStringLiteral("bins.md"), "---\r\n"
                                        "uuid: 8D2F1C3E-0B7A-4F7E-9C1D-2A3B4C5D6E7F\r\n"
                                        "bundle: localgov_services_page\r\n"
                                        "title: \"Bins: when \\\"we\\\" collect\"\r\n"
                                        "summary:   Find your bin collection day   \r\n"
                                        "state: published\r\n"
                                        "---\r\n"
                                        "\r\n"
                                        "## Find your day\r\n"
                                        "\r\n"
                                        "Enter your postcode.\r\n"
                                        "\r\n");
    const QList<core::Page> pages = Seeder::pagesFromMarkdownFiles({path});
    ASSERT_EQ(pages.size(), 1);
    const core::Page &page = pages.first();
    EXPECT_EQ(page.uuid, QUuid::fromString(u"8d2f1c3e-0b7a-4f7e-9c1d-2a3b4c5d6e7f"));
    EXPECT_EQ(page.bundle, QStringLiteral("localgov_services_page"));
    EXPECT_EQ(page.title, QStringLiteral("Bins: when \"we\" collect"));
    EXPECT_EQ(page.summary, QStringLiteral("Find your bin collection day"));
    EXPECT_EQ(page.state, core::ModerationState::Published);
    EXPECT_EQ(page.format, core::SourceFormat::Markdown);
    EXPECT_EQ(page.body, QStringLiteral("## Find your day\n\nEnter your postcode.\n"));
    EXPECT_TRUE(page.created.isValid());
    EXPECT_EQ(page.updated, page.created);
}

TEST_F(SeederTest, AMissingUuidGetsAFreshOneAndStateDefaultsToDraft)
{
    const QString path = seed(QStringLiteral("tax.md"), kCouncilTax);
    const QList<core::Page> first = Seeder::pagesFromMarkdownFiles({path});
    const QList<core::Page> second = Seeder::pagesFromMarkdownFiles({path});
    ASSERT_EQ(first.size(), 1);
    ASSERT_EQ(second.size(), 1);
    EXPECT_FALSE(first.first().uuid.isNull());
    EXPECT_NE(first.first().uuid, second.first().uuid);
    EXPECT_EQ(first.first().state, core::ModerationState::Draft);
}

struct BadSeed
{
    const char *name;
    QByteArray text;
};

void PrintTo(const BadSeed &seed, std::ostream *out)
{
    *out << seed.name;
}

class SeederBadFileTest : public ::testing::TestWithParam<BadSeed>
{
};

TEST_P(SeederBadFileTest, IsSkippedAndTheOthersKept)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.md"));
    const QString bad = dir.filePath(QStringLiteral("bad.md"));
    writeBytes(good, kCouncilTax);
    writeBytes(bad, GetParam().text);
    const QList<core::Page> pages = Seeder::pagesFromMarkdownFiles({bad, good});
    ASSERT_EQ(pages.size(), 1);
    EXPECT_EQ(pages.first().title, QStringLiteral("Council tax"));
}

INSTANTIATE_TEST_SUITE_P(
    Seeder, SeederBadFileTest,
    ::testing::Values(
        BadSeed{"UnknownBundle", "---\nbundle: article\ntitle: Blog post\n---\nText\n"},
        BadSeed{"MissingBundle", "---\ntitle: Orphan\n---\nText\n"},
        BadSeed{"MissingTitle", "---\nbundle: localgov_guides_page\n---\nText\n"},
        BadSeed{"NoFrontMatter", "# Just Markdown\n\nNo front matter here.\n"},
        BadSeed{"UnclosedFrontMatter", "---\nbundle: localgov_guides_page\ntitle: Open\n"},
        BadSeed{"MalformedUuid",
                "---\nuuid: not-a-uuid\nbundle: localgov_guides_page\ntitle: X\n---\n"},
        BadSeed{"UnknownState",
                "---\nbundle: localgov_guides_page\ntitle: X\nstate: needs_review\n---\n"},
        BadSeed{"LineWithoutColon", "---\nbundle: localgov_guides_page\ntitle X\n---\n"},
        BadSeed{"Empty", ""}),
    [](const ::testing::TestParamInfo<BadSeed> &info) { return std::string(info.param.name); });

TEST_F(SeederTest, AMissingFileOrARepeatedUuidIsSkipped)
{
    const QByteArray fixed = "---\nuuid: 11111111-2222-4333-8444-555555555555\n"
                             "bundle: localgov_news_article\ntitle: %1\n---\n";
    const QString a = seed(QStringLiteral("a.md"), QByteArray(fixed).replace("%1", "First"));
    const QString b = seed(QStringLiteral("b.md"), QByteArray(fixed).replace("%1", "Second"));
    const QList<core::Page> pages =
        Seeder::pagesFromMarkdownFiles({a, m_dir.filePath(QStringLiteral("missing.md")), b});
    ASSERT_EQ(pages.size(), 1);
    EXPECT_EQ(pages.first().title, QStringLiteral("First"));
}

TEST_F(SeederTest, SeedIfEmptySeedsOnceWithTheFirstFileMostRecent)
{
    QStringList paths;
    for (const char *title : {"Alpha", "Bravo", "Charlie", "Delta"}) {
        paths.append(seed(QString::fromLatin1(title) + QStringLiteral(".md"),
                          QByteArray("---\nbundle: localgov_guides_page\ntitle: ") + title +
                              "\n---\nBody\n"));
    }
    PageStore store;
    ASSERT_TRUE(store.open(m_dir.filePath(QStringLiteral("store.sqlite"))));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    EXPECT_EQ(Seeder::seedIfEmpty(store, paths), 4);

    const QList<core::PageSummary> summaries = store.summaries();
    ASSERT_EQ(summaries.size(), 4);
    QStringList titles;
    for (const core::PageSummary &summary : summaries) {
        titles.append(summary.title);
        EXPECT_LT(summary.updated.toMSecsSinceEpoch(), now + 1000);
        EXPECT_GT(summary.updated.toMSecsSinceEpoch(), now - 7LL * 24 * 3600 * 1000);
    }
    EXPECT_EQ(titles, QStringList({QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                   QStringLiteral("Charlie"), QStringLiteral("Delta")}));
    const std::optional<core::Page> alpha = store.page(summaries.first().uuid);
    ASSERT_TRUE(alpha);
    EXPECT_LT(alpha->created, alpha->updated);

    EXPECT_EQ(Seeder::seedIfEmpty(store, paths), 0);
    EXPECT_EQ(store.count(), 4);
}

TEST_F(SeederTest, SeedIfEmptyReportsAStoreThatIsNotOpen)
{
    PageStore store;
    EXPECT_EQ(Seeder::seedIfEmpty(store, {seed(QStringLiteral("tax.md"), kCouncilTax)}), -1);
    EXPECT_EQ(store.lastError().kind, StoreError::Io);
}

TEST_F(SeederTest, TheShippedSeedFilesAllParse)
{
    const QDir seeds(QStringLiteral(LGA_SOURCE_DIR "/resources/seed"));
    QStringList paths;
    for (const QString &name : seeds.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths.append(seeds.filePath(name));
    if (paths.isEmpty())
        GTEST_SKIP() << "no seed files in " << qPrintable(seeds.path());
    EXPECT_EQ(Seeder::pagesFromMarkdownFiles(paths).size(), paths.size());
}
