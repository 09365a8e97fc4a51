// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/frontmatter.h>
#include <store/markdownfolder.h>
#include <store/pagestore.h>

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

// Pages whose text stresses the file format: quotes, colons, line breaks, markers and Unicode.
QList<core::Page> awkwardPages()
{
    core::Page quotes = makePage(QStringLiteral("Bins: \"what\" goes where \\ why"),
                                 QStringLiteral("## Heading\n\n---\n\nA rule above.\n"));
    quotes.summary = QStringLiteral("Line one\nline two: with a colon");
    core::Page leading =
        makePage(QStringLiteral("Café opening times – Ystradgynlais"),
                 QStringLiteral("\n\nStarts with blank lines and has no end newline"));
    leading.state = core::ModerationState::Published;
    leading.bundle = QStringLiteral("localgov_news_article");
    core::Page html =
        makePage(QStringLiteral("Council tax"),
                 QStringLiteral("<p class=\"callout\">Hi</p>\r\n# not front matter\n---\n"));
    html.format = core::SourceFormat::Html;
    html.state = core::ModerationState::Review;
    core::Page empty = makePage(QStringLiteral("Empty page"));
    return {quotes, leading, html, empty};
}

class MarkdownFolderTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(MarkdownFolderTest, FrontMatterRoundTripsEveryFieldExactly)
{
    for (const core::Page &page : awkwardPages()) {
        QString problem;
        const auto back = FrontMatter::parse(FrontMatter::write(page), &problem);
        ASSERT_TRUE(back.has_value()) << problem.toStdString();
        EXPECT_EQ(*back, page) << page.title.toStdString();
    }
}

TEST_F(MarkdownFolderTest, ExportThenImportIntoAnEmptyStoreReproducesThePages)
{
    PageStore source;
    ASSERT_TRUE(source.open(path(QStringLiteral("a.sqlite"))));
    const QList<core::Page> pages = awkwardPages();
    ASSERT_TRUE(source.insertMany(pages));
    const FolderReport exported = MarkdownFolder::exportTo(source, path(QStringLiteral("out")));
    ASSERT_TRUE(exported.ok) << exported.problems.join(u'\n').toStdString();
    EXPECT_EQ(exported.written, pages.size());

    PageStore target;
    ASSERT_TRUE(target.open(path(QStringLiteral("b.sqlite"))));
    const FolderReport imported = MarkdownFolder::importFrom(target, path(QStringLiteral("out")));
    ASSERT_TRUE(imported.ok) << imported.problems.join(u'\n').toStdString();
    EXPECT_EQ(imported.created, pages.size());
    for (const core::Page &page : pages) {
        const auto copy = target.page(page.uuid);
        ASSERT_TRUE(copy.has_value());
        EXPECT_EQ(*copy, page) << page.title.toStdString();
    }
}

TEST_F(MarkdownFolderTest, ImportUpdatesKnownPagesAsLocalEditsAndCreatesNewOnes)
{
    PageStore store;
    ASSERT_TRUE(store.open(path(QStringLiteral("s.sqlite"))));
    core::Page page = makePage(QStringLiteral("Parking permits"), QStringLiteral("Old text.\n"));
    ASSERT_TRUE(store.insert(page));
    ASSERT_TRUE(MarkdownFolder::exportTo(store, path(QStringLiteral("f"))).ok);

    // Edit the exported file as another tool would, and drop in a new page without a uuid.
    const QString file = path(QStringLiteral("f/parking-permits.md"));
    QString text = QString::fromUtf8(readBytes(file));
    text.replace(QStringLiteral("Old text."), QStringLiteral("New text from another tool."));
    writeBytes(file, text.toUtf8());
    writeBytes(path(QStringLiteral("f/new.md")),
               "---\nbundle: localgov_guides_page\ntitle: Planning: how to apply\n---\nSteps.\n");
    writeBytes(path(QStringLiteral("f/broken.md")), "no front matter here\n");

    const FolderReport report = MarkdownFolder::importFrom(store, path(QStringLiteral("f")));
    EXPECT_FALSE(report.ok);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_TRUE(report.problems.first().startsWith(QStringLiteral("broken.md: ")));
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.created, 1);

    const auto edited = store.page(page.uuid);
    ASSERT_TRUE(edited.has_value());
    EXPECT_EQ(edited->body, QStringLiteral("New text from another tool.\n"));
    EXPECT_EQ(edited->created, page.created);
    EXPECT_GT(edited->updated, page.updated);
    EXPECT_EQ(store.count(), 2);

    // A second import of the same folder changes nothing.
    const FolderReport again = MarkdownFolder::importFrom(store, path(QStringLiteral("f")));
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 1);
    EXPECT_EQ(again.created, 1) << "a file without a uuid is a new page each time";
}

TEST_F(MarkdownFolderTest, ReexportAfterARenameKeepsTheFileAndClashingTitlesGetDistinctNames)
{
    PageStore store;
    ASSERT_TRUE(store.open(path(QStringLiteral("s.sqlite"))));
    core::Page a = makePage(QStringLiteral("Council tax"));
    const core::Page b = makePage(QStringLiteral("Council Tax!"));
    ASSERT_TRUE(store.insertMany({a, b}));
    ASSERT_TRUE(MarkdownFolder::exportTo(store, path(QStringLiteral("f"))).ok);
    QDir folder(path(QStringLiteral("f")));
    EXPECT_EQ(folder.entryList({QStringLiteral("*.md")}, QDir::Files).size(), 2);

    a.title = QStringLiteral("Pay your council tax");
    ASSERT_TRUE(store.save(a));
    ASSERT_TRUE(MarkdownFolder::exportTo(store, path(QStringLiteral("f"))).ok);
    const QStringList files = folder.entryList({QStringLiteral("*.md")}, QDir::Files);
    EXPECT_EQ(files.size(), 2) << files.join(u' ').toStdString();
}

TEST_F(MarkdownFolderTest, AMissingFolderIsAClearError)
{
    PageStore store;
    ASSERT_TRUE(store.open(path(QStringLiteral("s.sqlite"))));
    const FolderReport report = MarkdownFolder::importFrom(store, path(QStringLiteral("nope")));
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(report.message.contains(QStringLiteral("nope")));
}
