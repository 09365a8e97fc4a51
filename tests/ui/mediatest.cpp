// SPDX-License-Identifier: GPL-2.0-or-later
// Images and documents: the insert dialogs' alt-text rules, the media library, and the preview
// showing media through the lga-media: scheme handler.
#include "support/previewprobe.h"

#include <core/mediaitem.h>
#include <render/allowlist.h>
#include <render/markdownrenderer.h>
#include <render/sanitizer.h>
#include <store/mediastore.h>
#include <store/pagestore.h>
#include <ui/insertmediadialog.h>
#include <ui/mainwindow.h>
#include <ui/medialibrarydialog.h>
#include <ui/mediaschemehandler.h>
#include <ui/pageeditor.h>
#include <ui/sourceeditor.h>

#include <QCheckBox>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <gtest/gtest.h>

using namespace lga;

namespace {

/// Receives the URLs the app hands to the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class MediaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("pages.sqlite"))))
            << qPrintable(m_store.lastError().message);
    }

    QString writeImage(const QString &name, QColor color, QSize size = QSize(64, 48))
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(color);
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(image.save(path));
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    static QByteArray pdf() { return QByteArrayLiteral("%PDF-1.4\n%%EOF\n"); }

    QTemporaryDir m_dir;
    store::PageStore m_store;
    store::MediaStore m_media{m_store};
};

/// The first image in the preview as [naturalWidth, src], once it has finished loading.
QVariantList previewImage(ui::PreviewView *preview)
{
    QVariantList result;
    (void)QTest::qWaitFor(
        [&] {
            result = test::evaluate(
                         preview,
                         QStringLiteral("(() => { const i = document.querySelector('img');"
                                        " return i && i.complete ? [i.naturalWidth, i.src] : null;"
                                        " })()"))
                         .toList();
            return !result.isEmpty();
        },
        10000);
    return result;
}

} // namespace

TEST_F(MediaTest, InsertIsDisabledUntilAltTextOrDecorativeIsGiven)
{
    const QString path = writeImage(QStringLiteral("green-bin.png"), QColor(0, 112, 60));
    ui::InsertMediaDialog dialog(m_media, core::MediaKind::Image);
    EXPECT_FALSE(dialog.insertButton()->isEnabled()) << "no file chosen yet";
    ASSERT_TRUE(dialog.setFilePath(path));

    // Never suggested from the file name: the field starts empty and says why Insert waits.
    EXPECT_TRUE(dialog.altEdit()->text().isEmpty());
    EXPECT_FALSE(dialog.insertButton()->isEnabled());
    EXPECT_FALSE(dialog.problemLabel()->text().isEmpty());
    EXPECT_TRUE(dialog.problemLabel()->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.reuseNote()->isVisibleTo(&dialog));

    for (const QString &poor :
         {QStringLiteral("   "), QStringLiteral("green-bin.png"), QStringLiteral("green-bin"),
          QStringLiteral("Image"), QStringLiteral("photo.JPG")}) {
        dialog.altEdit()->setText(poor);
        EXPECT_FALSE(dialog.insertButton()->isEnabled()) << poor.toStdString();
        EXPECT_FALSE(dialog.problemLabel()->text().isEmpty()) << poor.toStdString();
    }
    // Pressing Insert anyway does nothing.
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(m_media.list().isEmpty()) << "nothing is stored before Insert";

    dialog.altEdit()->setText(QStringLiteral("  Green wheelie bin with a brown lid "));
    EXPECT_TRUE(dialog.insertButton()->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->text().isEmpty());
    QTest::mouseClick(dialog.insertButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto item = dialog.insertedItem();
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->alt, QStringLiteral("Green wheelie bin with a brown lid"));
    EXPECT_EQ(
        dialog.markdown(),
        QStringLiteral("![Green wheelie bin with a brown lid](%1)").arg(item->url().toString()));
    EXPECT_EQ(m_media.item(item->uuid)->alt, QStringLiteral("Green wheelie bin with a brown lid"));
}

TEST_F(MediaTest, DecorativeIsAnExplicitChoiceThatInsertsAnEmptyAlt)
{
    ui::InsertMediaDialog dialog(m_media, core::MediaKind::Image);
    ASSERT_TRUE(dialog.setFilePath(writeImage(QStringLiteral("swirl.png"), Qt::magenta)));
    EXPECT_FALSE(dialog.decorativeBox()->isChecked());
    EXPECT_FALSE(dialog.insertButton()->isEnabled());
    dialog.decorativeBox()->setChecked(true);
    EXPECT_TRUE(dialog.insertButton()->isEnabled());
    EXPECT_FALSE(dialog.altEdit()->isEnabled());
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.markdown().startsWith(QStringLiteral("![](lga-media:")));
    EXPECT_TRUE(m_media.item(dialog.insertedItem()->uuid)->decorative);
}

TEST_F(MediaTest, TheSameImageAgainOffersTheAltTextWrittenBefore)
{
    const QString first = writeImage(QStringLiteral("bin.png"), Qt::darkGreen);
    {
        ui::InsertMediaDialog dialog(m_media, core::MediaKind::Image);
        ASSERT_TRUE(dialog.setFilePath(first));
        dialog.altEdit()->setText(QStringLiteral("Green wheelie bin"));
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
    }
    // The same bytes under another name are the same image.
    QFile::copy(first, m_dir.filePath(QStringLiteral("IMG_0042.png")));
    ui::InsertMediaDialog again(m_media, core::MediaKind::Image);
    ASSERT_TRUE(again.setFilePath(m_dir.filePath(QStringLiteral("IMG_0042.png"))));
    EXPECT_EQ(again.altEdit()->text(), QStringLiteral("Green wheelie bin"));
    EXPECT_TRUE(again.reuseNote()->isVisibleTo(&again));
    EXPECT_TRUE(again.reuseNote()->text().contains(QStringLiteral("Alt text you wrote before")));
    EXPECT_TRUE(again.insertButton()->isEnabled());

    // Changing it there keeps the new text for next time, and the item stays one.
    again.altEdit()->setText(QStringLiteral("Green wheelie bin on a pavement"));
    again.accept();
    ASSERT_EQ(again.result(), QDialog::Accepted);
    ASSERT_EQ(m_media.list().size(), 1);
    EXPECT_EQ(m_media.list().first().alt, QStringLiteral("Green wheelie bin on a pavement"));

    // A different image is a fresh start.
    ui::InsertMediaDialog other(m_media, core::MediaKind::Image);
    ASSERT_TRUE(other.setFilePath(writeImage(QStringLiteral("other.png"), Qt::red)));
    EXPECT_TRUE(other.altEdit()->text().isEmpty());
    EXPECT_FALSE(other.reuseNote()->isVisibleTo(&other));
}

TEST_F(MediaTest, RefusedFilesSayWhyAndKeepInsertDisabled)
{
    ui::InsertMediaDialog dialog(m_media, core::MediaKind::Image);
    EXPECT_FALSE(dialog.setFilePath(writeFile(QStringLiteral("notes.txt"), "hello")));
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("notes.txt")));
    EXPECT_FALSE(dialog.insertButton()->isEnabled());
    EXPECT_FALSE(dialog.setFilePath(writeFile(QStringLiteral("leaflet.pdf"), pdf())));
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("not an image")));
    EXPECT_FALSE(dialog.insertButton()->isEnabled());
}

TEST_F(MediaTest, DocumentLinkSuggestsTextFromTheFileNameAndAddsTypeAndSize)
{
    ui::InsertMediaDialog dialog(m_media, core::MediaKind::Document);
    ASSERT_TRUE(dialog.setFilePath(writeFile(QStringLiteral("council_tax-leaflet.pdf"), pdf())));
    EXPECT_EQ(dialog.linkTextEdit()->text(), QStringLiteral("Council tax leaflet"));
    dialog.linkTextEdit()->clear();
    EXPECT_FALSE(dialog.insertButton()->isEnabled());
    dialog.linkTextEdit()->setText(QStringLiteral("Council tax leaflet 2026"));
    EXPECT_TRUE(dialog.insertButton()->isEnabled());
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.markdown(), QStringLiteral("[Council tax leaflet 2026 (PDF, %1 bytes)](%2)")
                                     .arg(pdf().size())
                                     .arg(dialog.insertedItem()->url().toString()));
}

TEST_F(MediaTest, EveryControlHasAnAccessibleNameOrALabel)
{
    for (core::MediaKind kind : {core::MediaKind::Image, core::MediaKind::Document}) {
        ui::InsertMediaDialog dialog(m_media, kind);
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)) {
                EXPECT_FALSE(widget->accessibleName().isEmpty())
                    << widget->metaObject()->className() << " "
                    << widget->objectName().toStdString();
            }
        }
    }
}

TEST_F(MediaTest, MediaLibraryEditsAltTextAndUpdatesTheCurrentPage)
{
    const auto item = m_media.importFile(writeImage(QStringLiteral("map.png"), Qt::blue));
    ASSERT_TRUE(item.has_value());
    ASSERT_TRUE(m_media.setAlt(item->uuid, QStringLiteral("Map"), false));
    const QString body = QStringLiteral("Intro\n\n![Map](%1)\n").arg(item->url().toString());

    ui::MediaLibraryDialog dialog(m_media, body);
    ASSERT_EQ(dialog.list()->count(), 1);
    ASSERT_TRUE(dialog.selectItem(item->uuid));
    EXPECT_EQ(dialog.altEdit()->text(), QStringLiteral("Map"));
    EXPECT_FALSE(dialog.saveButton()->isEnabled()) << "nothing changed yet";
    EXPECT_TRUE(dialog.updatePageBox()->isEnabled());

    dialog.altEdit()->clear();
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    dialog.altEdit()->setText(QStringLiteral("Map of the recycling centre entrance"));
    EXPECT_TRUE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    EXPECT_EQ(m_media.item(item->uuid)->alt,
              QStringLiteral("Map of the recycling centre entrance"));
    ASSERT_TRUE(dialog.updatedBody().has_value());
    EXPECT_EQ(*dialog.updatedBody(), QStringLiteral("Intro\n\n![Map of the recycling centre "
                                                    "entrance](%1)\n")
                                         .arg(item->url().toString()));
}

TEST_F(MediaTest, ThePreviewShowsAnInsertedImageThroughTheSchemeHandler)
{
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Bin collections");
    page.body = QStringLiteral("Intro text.\n\n");
    ASSERT_TRUE(m_store.insert(page));
    ui::MainWindow window(m_store);
    window.resize(1200, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.preview()->isReady(); }, 20000));
    ASSERT_TRUE(test::waitForPreviewText(window.preview(), QStringLiteral("Intro text.")));

    ui::InsertMediaDialog dialog(window.media(), core::MediaKind::Image, &window);
    ASSERT_TRUE(
        dialog.setFilePath(writeImage(QStringLiteral("bin.png"), Qt::darkGreen, QSize(120, 80))));
    dialog.altEdit()->setText(QStringLiteral("Green wheelie bin"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    window.editor()->bodyEditor()->moveCursor(QTextCursor::End);
    window.insertAtCursor(dialog.markdown());
    EXPECT_TRUE(window.editor()->page().body.endsWith(dialog.markdown()));

    const QVariantList image = previewImage(window.preview());
    ASSERT_EQ(image.size(), 2);
    EXPECT_EQ(image[0].toInt(), 120) << "the bytes came through the handler and decoded";
    EXPECT_TRUE(image[1].toString().startsWith(QStringLiteral("lga-media:")))
        << image[1].toString().toStdString();
    EXPECT_EQ(test::evaluate(window.preview(),
                             QStringLiteral("document.querySelector('img').getAttribute('alt')")),
              QVariant(QStringLiteral("Green wheelie bin")));
}

TEST_F(MediaTest, AnUnknownMediaUuidShowsNothingAndNoOtherSchemeIsServed)
{
    ui::MediaSchemeHandler handler(m_media);
    ui::PreviewView view;
    view.setMediaHandler(&handler);
    view.resize(800, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.isReady(); }, 20000));
    const QString unknown = core::MediaMarkdown::url(QUuid::createUuid()).toString();
    view.showBlocks(
        1, {render::Block{QStringLiteral("<p><img src=\"%1\" alt=\"x\"> Missing</p>").arg(unknown),
                          1, 1}});
    ASSERT_TRUE(test::waitForPreviewText(&view, QStringLiteral("Missing")));
    const QVariantList image = previewImage(&view);
    ASSERT_EQ(image.size(), 2);
    EXPECT_EQ(image[0].toInt(), 0);
}

TEST_F(MediaTest, ClickingADocumentLinkOpensACopyAndNeverNavigatesThePreview)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const auto leaflet = m_media.importFile(writeFile(QStringLiteral("leaflet.pdf"), pdf()));
    ASSERT_TRUE(leaflet.has_value());
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Council tax");
    page.body = core::MediaMarkdown::documentLink(*leaflet, QStringLiteral("Leaflet")) +
                QStringLiteral("\n");
    ASSERT_TRUE(m_store.insert(page));
    ui::MainWindow window(m_store);
    window.resize(1200, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.preview()->isReady(); }, 20000));
    ASSERT_TRUE(test::waitForPreviewText(window.preview(), QStringLiteral("Leaflet (PDF")));
    test::evaluate(window.preview(),
                   QStringLiteral("document.querySelector('a[href^=\"lga-media:\"]').click(); 0"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !catcher.urls.isEmpty(); }, 5000));
    ASSERT_EQ(catcher.urls.size(), 1);
    QFile copy(catcher.urls.first().toLocalFile());
    EXPECT_TRUE(copy.fileName().endsWith(QStringLiteral("/leaflet.pdf")));
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), pdf());
    QTest::qWait(300);
    EXPECT_EQ(window.preview()->url(), QUrl(QStringLiteral("qrc:/preview/preview.html")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

#include "mediatest.moc"
