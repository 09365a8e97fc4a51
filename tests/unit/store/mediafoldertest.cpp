// SPDX-License-Identifier: GPL-2.0-or-later
// Export and import of a folder with pages and media, and how an import shows in the history.
#include "mediafixtures.h"
#include "storetestsupport.h"

#include <core/mediaitem.h>
#include <store/markdownfolder.h>
#include <store/mediastore.h>
#include <store/pagestore.h>
#include <store/revisionstore.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

class MediaFolderTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(MediaFolderTest, ExportThenImportIntoAnEmptyStoreReproducesPagesAndMedia)
{
    PageStore source;
    ASSERT_TRUE(source.open(path(QStringLiteral("a.sqlite"))));
    MediaStore sourceMedia(source);
    writeBytes(path(QStringLiteral("bin.png")), imageBytes("png", 20, 10));
    writeBytes(path(QStringLiteral("Map (north).gif")), gifBytes());
    writeBytes(path(QStringLiteral("Council tax leaflet.pdf")), pdfBytes());
    const auto bin = sourceMedia.importFile(path(QStringLiteral("bin.png")));
    const auto map = sourceMedia.importFile(path(QStringLiteral("Map (north).gif")));
    const auto leaflet = sourceMedia.importFile(path(QStringLiteral("Council tax leaflet.pdf")));
    ASSERT_TRUE(bin && map && leaflet);
    ASSERT_TRUE(sourceMedia.setAlt(bin->uuid, QStringLiteral("A green \"bin\": recycling"), false));
    ASSERT_TRUE(sourceMedia.setAlt(map->uuid, QString(), true));

    core::Page withMedia = makePage(
        QStringLiteral("Bins"),
        core::MediaMarkdown::image(*sourceMedia.item(bin->uuid)) + QStringLiteral("\n\n") +
            core::MediaMarkdown::documentLink(*leaflet, QStringLiteral("Council tax leaflet")) +
            QStringLiteral("\n"));
    withMedia.fields.insert(QStringLiteral("localgov_common_tasks"),
                            QStringLiteral("Report a missed bin"));
    withMedia.reviewDate = QDate(2027, 3, 1);
    const QList<core::Page> pages = {
        withMedia, makePage(QStringLiteral("Parking"), QStringLiteral("Permits.\n"))};
    ASSERT_TRUE(source.insertMany(pages));

    const FolderReport exported = MarkdownFolder::exportTo(source, path(QStringLiteral("out")));
    ASSERT_TRUE(exported.ok) << exported.problems.join(u'\n').toStdString();
    EXPECT_EQ(exported.media, 3);
    const QDir mediaDir(path(QStringLiteral("out/media")));
    EXPECT_TRUE(mediaDir.exists(QStringLiteral("media.json")));
    EXPECT_TRUE(
        mediaDir.exists(bin->uuid.toString(QUuid::WithoutBraces) + QStringLiteral("-bin.png")));
    // Names keep to characters every file system takes.
    EXPECT_TRUE(mediaDir.exists(map->uuid.toString(QUuid::WithoutBraces) +
                                QStringLiteral("-Map-north-.gif")))
        << mediaDir.entryList().join(u' ').toStdString();

    PageStore target;
    ASSERT_TRUE(target.open(path(QStringLiteral("b.sqlite"))));
    const FolderReport imported = MarkdownFolder::importFrom(target, path(QStringLiteral("out")));
    ASSERT_TRUE(imported.ok) << imported.problems.join(u'\n').toStdString();
    EXPECT_EQ(imported.created, pages.size());
    EXPECT_EQ(imported.media, 3);

    for (const core::Page &page : pages) {
        const auto copy = target.page(page.uuid);
        ASSERT_TRUE(copy.has_value());
        EXPECT_EQ(copy->uuid, page.uuid);
        EXPECT_EQ(copy->body, page.body);
        EXPECT_EQ(*copy, page) << page.title.toStdString();
    }
    MediaStore targetMedia(target);
    const QList<core::MediaItem> items = sourceMedia.list();
    ASSERT_EQ(targetMedia.list().size(), items.size());
    for (const core::MediaItem &item : items) {
        EXPECT_EQ(targetMedia.item(item.uuid), item) << item.fileName.toStdString();
        EXPECT_EQ(targetMedia.data(item.uuid), sourceMedia.data(item.uuid));
    }
    EXPECT_EQ(targetMedia.item(bin->uuid)->alt, QStringLiteral("A green \"bin\": recycling"));
    EXPECT_TRUE(targetMedia.item(map->uuid)->decorative);

    // Importing the same folder again changes nothing.
    const FolderReport again = MarkdownFolder::importFrom(target, path(QStringLiteral("out")));
    EXPECT_TRUE(again.ok);
    EXPECT_EQ(again.unchanged, pages.size());
    EXPECT_EQ(again.media, 0);
}

TEST_F(MediaFolderTest, ImportOfAKnownPageIsARevisionOfKindImportAndANewUuidCreatesAPage)
{
    PageStore store;
    ASSERT_TRUE(store.open(path(QStringLiteral("s.sqlite"))));
    core::Page page = makePage(QStringLiteral("Parking permits"), QStringLiteral("Old text.\n"));
    ASSERT_TRUE(store.insert(page));
    RevisionStore revisions(store);
    ASSERT_TRUE(revisions.noteSaved(page));
    ASSERT_TRUE(MarkdownFolder::exportTo(store, path(QStringLiteral("f"))).ok);

    const QString file = path(QStringLiteral("f/parking-permits.md"));
    QString text = QString::fromUtf8(readBytes(file));
    text.replace(QStringLiteral("Old text."), QStringLiteral("New text from another tool."));
    writeBytes(file, text.toUtf8());
    const QUuid fresh = QUuid::createUuid();
    writeBytes(path(QStringLiteral("f/new.md")),
               QStringLiteral("---\nuuid: %1\nbundle: localgov_guides_page\ntitle: Planning\n---\n"
                              "Steps.\n")
                   .arg(fresh.toString(QUuid::WithoutBraces))
                   .toUtf8());

    const FolderReport report = MarkdownFolder::importFrom(store, path(QStringLiteral("f")));
    ASSERT_TRUE(report.ok) << report.problems.join(u'\n').toStdString();
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.created, 1);

    const QList<RevisionStore::Revision> history = revisions.history(page.uuid);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].kind, RevisionStore::Kind::Import);
    EXPECT_EQ(history[0].snapshot.body, QStringLiteral("New text from another tool.\n"));
    EXPECT_EQ(history[0].message, QStringLiteral("Imported from f"));
    EXPECT_EQ(history[1].kind, RevisionStore::Kind::Burst);
    EXPECT_EQ(store.page(page.uuid)->body, QStringLiteral("New text from another tool.\n"));

    const auto created = store.page(fresh);
    ASSERT_TRUE(created.has_value());
    EXPECT_EQ(created->title, QStringLiteral("Planning"));
    const QList<RevisionStore::Revision> newHistory = revisions.history(fresh);
    ASSERT_EQ(newHistory.size(), 1);
    EXPECT_EQ(newHistory[0].kind, RevisionStore::Kind::Import);

    // Nothing changed: no new revision either.
    ASSERT_TRUE(MarkdownFolder::importFrom(store, path(QStringLiteral("f"))).ok);
    EXPECT_EQ(revisions.history(page.uuid).size(), 2);
}

TEST_F(MediaFolderTest, ImportUpdatesAltOfKnownMediaAndRefusesAFileSwappedForAnotherType)
{
    PageStore store;
    ASSERT_TRUE(store.open(path(QStringLiteral("s.sqlite"))));
    MediaStore media(store);
    writeBytes(path(QStringLiteral("a.png")), imageBytes("png"));
    writeBytes(path(QStringLiteral("b.png")), imageBytes("png", 3, 3, Qt::red));
    const auto a = media.importFile(path(QStringLiteral("a.png")));
    const auto b = media.importFile(path(QStringLiteral("b.png")));
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(media.setAlt(a->uuid, QStringLiteral("Old alt"), false));
    ASSERT_TRUE(MarkdownFolder::exportTo(store, path(QStringLiteral("f"))).ok);

    const QString indexPath = path(QStringLiteral("f/media/media.json"));
    QJsonObject index = QJsonDocument::fromJson(readBytes(indexPath)).object();
    QJsonArray entries = index.value(QStringLiteral("media")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries[i].toObject();
        if (entry.value(QStringLiteral("uuid")).toString() ==
            a->uuid.toString(QUuid::WithoutBraces)) {
            entry.insert(QStringLiteral("alt"), QStringLiteral("New alt"));
        } else {
            // Another tool swapped the image for a script under the same name.
            writeBytes(
                path(QStringLiteral("f/media/") + entry.value(QStringLiteral("file")).toString()),
                "<script>alert(1)</script>");
        }
        entries[i] = entry;
    }
    index.insert(QStringLiteral("media"), entries);
    writeBytes(indexPath, QJsonDocument(index).toJson());

    const FolderReport report = MarkdownFolder::importFrom(store, path(QStringLiteral("f")));
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.media, 1);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(media.item(a->uuid)->alt, QStringLiteral("New alt"));
    EXPECT_EQ(media.data(b->uuid), imageBytes("png", 3, 3, Qt::red));
}
