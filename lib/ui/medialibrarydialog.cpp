// SPDX-License-Identifier: GPL-2.0-or-later
#include "medialibrarydialog.h"

#include "insertmediadialog.h"

#include <store/mediastore.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace lga::ui {

namespace {

constexpr int kUuidRole = Qt::UserRole + 1;
constexpr QSize kIconSize(48, 48);
constexpr QSize kThumbnailSize(200, 140);

QString describe(const core::MediaItem &item)
{
    if (item.kind == core::MediaKind::Document)
        return MediaLibraryDialog::tr("%1 %2").arg(item.fileName,
                                                   core::MediaMarkdown::documentSuffix(item));
    if (item.decorative)
        return MediaLibraryDialog::tr("%1: decorative").arg(item.fileName);
    if (item.alt.isEmpty())
        return MediaLibraryDialog::tr("%1: no alt text yet").arg(item.fileName);
    return MediaLibraryDialog::tr("%1: “%2”").arg(item.fileName, item.alt);
}

} // namespace

MediaLibraryDialog::MediaLibraryDialog(store::MediaStore &media, const QString &currentBody,
                                       QWidget *parent)
    : QDialog(parent)
    , m_media(media)
    , m_originalBody(currentBody)
    , m_body(currentBody)
{
    setObjectName(QStringLiteral("mediaLibraryDialog"));
    setWindowTitle(tr("Media library"));

    auto *layout = new QVBoxLayout(this);
    auto *listLabel = new QLabel(tr("&Images and documents in this store:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("mediaList"));
    m_list->setAccessibleName(tr("Images and documents"));
    m_list->setIconSize(kIconSize);
    m_list->setMinimumHeight(160);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);

    auto *detailsRow = new QHBoxLayout;
    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("mediaLibraryThumbnail"));
    m_thumbnail->setAccessibleName(tr("Image preview"));
    m_thumbnail->setFixedSize(kThumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    detailsRow->addWidget(m_thumbnail);
    auto *form = new QFormLayout;
    detailsRow->addLayout(form, 1);
    layout->addLayout(detailsRow);

    m_details = new QLabel(this);
    m_details->setAccessibleName(tr("File details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_details);

    m_alt = new QLineEdit(this);
    m_alt->setObjectName(QStringLiteral("libraryAltText"));
    m_alt->setAccessibleName(tr("Alt text"));
    auto *altLabel = new QLabel(tr("&Alt text:"), this);
    altLabel->setBuddy(m_alt);
    form->addRow(altLabel, m_alt);

    m_decorative = new QCheckBox(tr("This image is &decorative (no alt text)"), this);
    m_decorative->setObjectName(QStringLiteral("libraryDecorative"));
    m_decorative->setAccessibleName(tr("This image is decorative (no alt text)"));
    form->addRow(QString(), m_decorative);

    m_updatePage = new QCheckBox(this);
    m_updatePage->setObjectName(QStringLiteral("updatePageAlt"));
    m_updatePage->setChecked(true);
    form->addRow(QString(), m_updatePage);

    m_save = new QPushButton(tr("&Save alt text"), this);
    m_save->setObjectName(QStringLiteral("saveAltText"));
    m_save->setAccessibleName(tr("Save alt text"));
    m_save->setAutoDefault(false);
    form->addRow(QString(), m_save);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mediaLibraryMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    connect(m_list, &QListWidget::currentRowChanged, this, &MediaLibraryDialog::showSelected);
    connect(m_alt, &QLineEdit::textChanged, this, &MediaLibraryDialog::updateState);
    connect(m_decorative, &QCheckBox::toggled, this, &MediaLibraryDialog::updateState);
    connect(m_save, &QPushButton::clicked, this, &MediaLibraryDialog::saveAlt);

    resize(620, 560);
    reload({});
}

void MediaLibraryDialog::reload(const QUuid &select)
{
    m_items = m_media.list();
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const core::MediaItem &item = m_items[i];
        auto *entry = new QListWidgetItem(describe(item), m_list);
        entry->setData(kUuidRole, item.uuid);
        if (item.kind == core::MediaKind::Image) {
            if (const auto data = m_media.data(item.uuid)) {
                const QImage image = QImage::fromData(*data);
                entry->setIcon(QIcon(QPixmap::fromImage(
                    image.scaled(kIconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
            }
        }
        if (item.uuid == select)
            row = i;
    }
    if (m_items.isEmpty())
        m_message->setText(tr("There are no images or documents yet. Use Insert image or "
                              "Insert document link to add some."));
    m_list->setCurrentRow(m_items.isEmpty() ? -1 : row);
    showSelected();
}

bool MediaLibraryDialog::selectItem(const QUuid &uuid)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].uuid == uuid) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

std::optional<core::MediaItem> MediaLibraryDialog::selected() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items[row];
}

void MediaLibraryDialog::showSelected()
{
    const std::optional<core::MediaItem> item = selected();
    const bool image = item && item->kind == core::MediaKind::Image;
    m_thumbnail->clear();
    if (image) {
        if (const auto data = m_media.data(item->uuid)) {
            const QImage picture = QImage::fromData(*data);
            m_thumbnail->setPixmap(QPixmap::fromImage(
                picture.width() > kThumbnailSize.width() ||
                        picture.height() > kThumbnailSize.height()
                    ? picture.scaled(kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                    : picture));
        }
    }
    if (item) {
        m_details->setText(
            image ? tr("%1 (%2, %3 × %4 pixels, %5)")
                        .arg(item->fileName, core::MediaMarkdown::typeLabel(item->mimeType))
                        .arg(item->width)
                        .arg(item->height)
                        .arg(core::MediaMarkdown::humanSize(item->size))
                  : tr("%1 %2").arg(item->fileName, core::MediaMarkdown::documentSuffix(*item)));
    } else {
        m_details->clear();
    }
    {
        // Filling the fields is not an edit.
        const QSignalBlocker altBlocker(m_alt);
        const QSignalBlocker decorativeBlocker(m_decorative);
        m_alt->setText(image ? item->alt : QString());
        m_decorative->setChecked(image && item->decorative);
    }
    m_alt->setEnabled(image);
    m_decorative->setEnabled(image);
    m_message->clear();
    updateState();
}

void MediaLibraryDialog::updateState()
{
    const std::optional<core::MediaItem> item = selected();
    const bool image = item && item->kind == core::MediaKind::Image;
    const bool decorative = m_decorative->isChecked();
    if (image)
        m_alt->setEnabled(!decorative);
    const int uses = image ? core::MediaMarkdown::imageReferences(m_body, item->uuid) : 0;
    m_updatePage->setText(tr("Also change it where the current page shows this image"));
    m_updatePage->setAccessibleName(m_updatePage->text());
    m_updatePage->setAccessibleDescription(uses > 0
                                               ? tr("The current page shows this image")
                                               : tr("The current page does not show this image"));
    m_updatePage->setEnabled(uses > 0);
    m_updatePage->setVisible(image);

    QString problem;
    if (image && !decorative)
        problem = InsertMediaDialog::altTextProblem(m_alt->text(), item->fileName);
    const bool changed = image && (decorative != item->decorative ||
                                   (!decorative && m_alt->text().trimmed() != item->alt));
    m_save->setEnabled(changed && problem.isEmpty());
    m_save->setToolTip(problem);
    if (changed && !problem.isEmpty())
        m_message->setText(problem);
    else if (changed)
        m_message->clear();
}

bool MediaLibraryDialog::saveAlt()
{
    const std::optional<core::MediaItem> item = selected();
    if (!item || item->kind != core::MediaKind::Image)
        return false;
    const bool decorative = m_decorative->isChecked();
    const QString alt = decorative ? QString() : m_alt->text().trimmed();
    if (!decorative && !InsertMediaDialog::altTextProblem(alt, item->fileName).isEmpty()) {
        m_message->setText(InsertMediaDialog::altTextProblem(alt, item->fileName));
        return false;
    }
    if (!m_media.setAlt(item->uuid, alt, decorative)) {
        m_message->setText(
            tr("The alt text could not be saved: %1").arg(m_media.lastError().message));
        return false;
    }
    int changed = 0;
    if (m_updatePage->isEnabled() && m_updatePage->isChecked())
        m_body = core::MediaMarkdown::replaceImageAlt(m_body, item->uuid, alt, &changed);
    reload(item->uuid);
    m_message->setText(changed > 0 ? tr("Saved, and changed in the current page. It will be "
                                        "offered the next time you insert this image.")
                                   : tr("Saved. It will be offered the next time you insert "
                                        "this image."));
    return true;
}

std::optional<QString> MediaLibraryDialog::updatedBody() const
{
    if (m_body == m_originalBody)
        return std::nullopt;
    return m_body;
}

} // namespace lga::ui
