// SPDX-License-Identifier: GPL-2.0-or-later
#include "mediafixtures.h"
#include "storetestsupport.h"

#include <store/mediastore.h>
#include <store/pagestore.h>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;
using namespace lga::store;
using namespace lga::store::test;

namespace {

class MediaStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite"))));
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeBytes(path, bytes);
        return path;
    }

    QTemporaryDir m_dir;
    PageStore m_store;
    MediaStore m_media{m_store};
};

} // namespace

TEST_F(MediaStoreTest, ImportsEachAllowedTypeReadingItsSizeFromTheContent)
{
    struct Case
    {
        QString name;
        QByteArray bytes;
        core::MediaKind kind;
        QString mime;
    };
    const QList<Case> cases = {
        {QStringLiteral("bins.png"), imageBytes("png", 40, 30), core::MediaKind::Image,
         QStringLiteral("image/png")},
        {QStringLiteral("Bins Photo.JPG"), imageBytes("jpeg", 40, 30, Qt::red),
         core::MediaKind::Image, QStringLiteral("image/jpeg")},
        {QStringLiteral("map.gif"), gifBytes(), core::MediaKind::Image,
         QStringLiteral("image/gif")},
        {QStringLiteral("leaflet.pdf"), pdfBytes(), core::MediaKind::Document,
         QStringLiteral("application/pdf")},
        {QStringLiteral("form.docx"), docxBytes(), core::MediaKind::Document,
         QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")},
    };
    for (const Case &c : cases) {
        ASSERT_FALSE(c.bytes.isEmpty()) << c.name.toStdString();
        const auto item = m_media.importFile(write(c.name, c.bytes));
        ASSERT_TRUE(item.has_value())
            << c.name.toStdString() << ": " << m_media.lastError().message.toStdString();
        EXPECT_EQ(item->kind, c.kind) << c.name.toStdString();
        EXPECT_EQ(item->mimeType, c.mime) << c.name.toStdString();
        EXPECT_EQ(item->fileName, c.name);
        EXPECT_EQ(item->size, c.bytes.size());
        // Documents have no pixels; the hand-made GIF is 1 × 1.
        const QSize expected = c.kind == core::MediaKind::Document ? QSize(0, 0)
                               : c.name.endsWith(u"gif")           ? QSize(1, 1)
                                                                   : QSize(40, 30);
        EXPECT_EQ(QSize(item->width, item->height), expected) << c.name.toStdString();
        EXPECT_TRUE(item->alt.isEmpty()) << "alt text is never made up from the file name";
        EXPECT_EQ(m_media.data(item->uuid), c.bytes);
        EXPECT_EQ(m_media.item(item->uuid), item);
    }
    EXPECT_EQ(m_media.list().size(), cases.size());
}

TEST_F(MediaStoreTest, TheSameBytesImportedAgainAreTheSameItemWithTheirAltText)
{
    const QByteArray png = imageBytes("png");
    const auto first = m_media.importFile(write(QStringLiteral("a.png"), png));
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(m_media.setAlt(first->uuid, QStringLiteral("  A green wheelie bin  "), false));

    const auto prepared = m_media.prepareFile(write(QStringLiteral("copy-of-a.png"), png));
    ASSERT_TRUE(prepared.has_value());
    EXPECT_TRUE(prepared->stored);
    EXPECT_EQ(prepared->item.uuid, first->uuid);
    EXPECT_EQ(prepared->item.alt, QStringLiteral("A green wheelie bin"));

    const auto again = m_media.importFile(write(QStringLiteral("copy-of-a.png"), png));
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->uuid, first->uuid);
    EXPECT_EQ(again->alt, QStringLiteral("A green wheelie bin"));
    EXPECT_EQ(m_media.list().size(), 1);

    const auto other =
        m_media.prepareFile(write(QStringLiteral("b.png"), imageBytes("png", 8, 6, Qt::yellow)));
    ASSERT_TRUE(other.has_value());
    EXPECT_FALSE(other->stored);
    EXPECT_TRUE(other->item.uuid.isNull());
}

TEST_F(MediaStoreTest, RefusesOtherTypesDamagedImagesAndMisnamedFilesSayingWhy)
{
    const auto refused = [&](const QString &name, const QByteArray &bytes) {
        EXPECT_FALSE(m_media.importFile(write(name, bytes)).has_value()) << name.toStdString();
        EXPECT_EQ(m_media.lastError().kind, StoreError::Invalid) << name.toStdString();
        EXPECT_TRUE(m_media.lastError().message.contains(name))
            << m_media.lastError().message.toStdString();
        return m_media.lastError().message;
    };
    const QString html = refused(QStringLiteral("page.html"), "<html><script>x</script></html>");
    EXPECT_TRUE(html.contains(QStringLiteral("PNG, JPEG or GIF"))) << html.toStdString();
    refused(QStringLiteral("script.png"), "<svg onload=alert(1)>");
    refused(QStringLiteral("empty.png"), QByteArray());
    // A zip that is not a Word document, and a Word document's bytes under another name.
    refused(QStringLiteral("archive.docx"), QByteArray("PK\x03\x04 nothing of Word here", 30));
    refused(QStringLiteral("form.zip"), docxBytes());
    // PNG content under a JPEG name.
    const QString misnamed = refused(QStringLiteral("photo.jpg"), imageBytes("png"));
    EXPECT_TRUE(misnamed.contains(QStringLiteral(".png"))) << misnamed.toStdString();
    // A PNG cut off half way: the header says PNG, the pixels are not there.
    const QByteArray png = imageBytes("png", 64, 64);
    const QString damaged = refused(QStringLiteral("cut.png"), png.left(60));
    EXPECT_TRUE(damaged.contains(QStringLiteral("damaged"))) << damaged.toStdString();
    EXPECT_TRUE(m_media.list().isEmpty());

    EXPECT_FALSE(m_media.importFile(m_dir.filePath(QStringLiteral("missing.png"))).has_value());
    EXPECT_EQ(m_media.lastError().kind, StoreError::NotFound);
}

TEST_F(MediaStoreTest, RefusesFilesOverTheSizeLimit)
{
    QByteArray big = pdfBytes();
    big.append(QByteArray(MediaStore::kMaxFileSize, ' '));
    const QString path = write(QStringLiteral("huge.pdf"), big);
    EXPECT_FALSE(m_media.importFile(path).has_value());
    EXPECT_EQ(m_media.lastError().kind, StoreError::Invalid);
    EXPECT_TRUE(m_media.lastError().message.contains(QStringLiteral("50 MB")))
        << m_media.lastError().message.toStdString();
}

TEST_F(MediaStoreTest, AltTextIsRequiredUnlessTheImageIsDecorative)
{
    const auto item = m_media.importFile(write(QStringLiteral("a.png"), imageBytes("png")));
    ASSERT_TRUE(item.has_value());
    EXPECT_FALSE(item->hasTextAlternative());
    EXPECT_FALSE(m_media.setAlt(item->uuid, QString(), false));
    EXPECT_FALSE(m_media.setAlt(item->uuid, QStringLiteral(" \t\n "), false));
    EXPECT_EQ(m_media.lastError().kind, StoreError::Invalid);

    ASSERT_TRUE(m_media.setAlt(item->uuid, QStringLiteral("Map of the recycling centre"), false));
    EXPECT_EQ(m_media.item(item->uuid)->alt, QStringLiteral("Map of the recycling centre"));
    EXPECT_FALSE(m_media.item(item->uuid)->decorative);

    // Decorative wins and keeps no alt, so the page gets alt="" and nothing stale.
    ASSERT_TRUE(m_media.setAlt(item->uuid, QStringLiteral("ignored"), true));
    const auto decorative = m_media.item(item->uuid);
    EXPECT_TRUE(decorative->decorative);
    EXPECT_TRUE(decorative->alt.isEmpty());
    EXPECT_TRUE(decorative->hasTextAlternative());

    EXPECT_FALSE(m_media.setAlt(QUuid::createUuid(), QStringLiteral("x"), false));
    EXPECT_EQ(m_media.lastError().kind, StoreError::NotFound);
}

TEST_F(MediaStoreTest, RemoveDeletesTheItemAndItsBytes)
{
    const auto item = m_media.importFile(write(QStringLiteral("l.pdf"), pdfBytes()));
    ASSERT_TRUE(item.has_value());
    ASSERT_TRUE(m_media.remove(item->uuid));
    EXPECT_FALSE(m_media.item(item->uuid).has_value());
    EXPECT_EQ(m_media.lastError().kind, StoreError::NotFound);
    EXPECT_FALSE(m_media.data(item->uuid).has_value());
    EXPECT_FALSE(m_media.remove(item->uuid));
    QSqlQuery count(m_store.database());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM media")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);
}

TEST_F(MediaStoreTest, AHostileFileNameIsStoredAsDataNotSql)
{
    const QString name = QStringLiteral("x'); DROP TABLE media; --.pdf");
    const auto item = m_media.importFile(write(name, pdfBytes()));
    ASSERT_TRUE(item.has_value()) << m_media.lastError().message.toStdString();
    EXPECT_EQ(m_media.item(item->uuid)->fileName, name);
}
