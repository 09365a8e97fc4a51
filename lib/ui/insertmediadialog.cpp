// SPDX-License-Identifier: GPL-2.0-or-later
#include "insertmediadialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lga::ui {

namespace {

constexpr QSize kThumbnailSize(240, 160);

// A file name made readable as a first suggestion for a document's link text:
// "council_tax-leaflet-2026.pdf" → "Council tax leaflet 2026".
QString readableName(const QString &fileName)
{
    QString name = QFileInfo(fileName).completeBaseName();
    name.replace(u'_', u' ');
    name.replace(u'-', u' ');
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

InsertMediaDialog::InsertMediaDialog(store::MediaStore &media, core::MediaKind kind,
                                     QWidget *parent)
    : QDialog(parent)
    , m_media(media)
    , m_kind(kind)
{
    const bool image = kind == core::MediaKind::Image;
    setObjectName(image ? QStringLiteral("insertImageDialog")
                        : QStringLiteral("insertDocumentDialog"));
    setWindowTitle(image ? tr("Insert image") : tr("Insert document link"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *fileRow = new QHBoxLayout;
    m_fileInfo = new QLabel(tr("No file chosen"), this);
    m_fileInfo->setObjectName(QStringLiteral("mediaFileInfo"));
    m_fileInfo->setAccessibleName(tr("Chosen file"));
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseMediaFile"));
    choose->setAccessibleName(image ? tr("Choose an image file") : tr("Choose a document file"));
    choose->setAutoDefault(false);
    fileRow->addWidget(m_fileInfo, 1);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("File:"), this);
    form->addRow(fileLabel, fileRow);
    connect(choose, &QPushButton::clicked, this, &InsertMediaDialog::chooseFile);

    if (image) {
        m_thumbnail = new QLabel(this);
        m_thumbnail->setObjectName(QStringLiteral("mediaThumbnail"));
        m_thumbnail->setAccessibleName(tr("Image preview"));
        m_thumbnail->setFixedSize(kThumbnailSize);
        m_thumbnail->setAlignment(Qt::AlignCenter);
        m_thumbnail->setFrameShape(QFrame::StyledPanel);
        form->addRow(QString(), m_thumbnail);

        auto *guidance = new QLabel(
            tr("Alt text is read out to people who cannot see the image. Say what the image "
               "shows that matters for this page, in a sentence or less: for example "
               "“Green wheelie bin with a brown lid”. Do not start with “Image of” and do not "
               "use the file name. If the image only decorates the page and adds no "
               "information, tick “decorative” instead."),
            this);
        guidance->setObjectName(QStringLiteral("altGuidance"));
        guidance->setWordWrap(true);
        form->addRow(guidance);

        m_alt = new QLineEdit(this);
        m_alt->setObjectName(QStringLiteral("altText"));
        m_alt->setAccessibleName(tr("Alt text"));
        m_alt->setAccessibleDescription(tr("What the image shows, for people who cannot see it"));
        auto *altLabel = new QLabel(tr("&Alt text:"), this);
        altLabel->setBuddy(m_alt);
        form->addRow(altLabel, m_alt);

        m_reuseNote = new QLabel(this);
        m_reuseNote->setObjectName(QStringLiteral("altReuseNote"));
        m_reuseNote->setWordWrap(true);
        m_reuseNote->setVisible(false);
        form->addRow(QString(), m_reuseNote);

        m_decorative = new QCheckBox(tr("This image is &decorative (no alt text)"), this);
        m_decorative->setObjectName(QStringLiteral("decorativeImage"));
        m_decorative->setAccessibleName(tr("This image is decorative (no alt text)"));
        form->addRow(QString(), m_decorative);

        connect(m_alt, &QLineEdit::textChanged, this, &InsertMediaDialog::updateState);
        connect(m_decorative, &QCheckBox::toggled, this, &InsertMediaDialog::updateState);
    } else {
        m_linkText = new QLineEdit(this);
        m_linkText->setObjectName(QStringLiteral("linkText"));
        m_linkText->setAccessibleName(tr("Link text"));
        m_linkText->setAccessibleDescription(
            tr("Words that say what the document is; its type and size are added for you"));
        auto *textLabel = new QLabel(tr("&Link text:"), this);
        textLabel->setBuddy(m_linkText);
        form->addRow(textLabel, m_linkText);

        auto *guidance = new QLabel(
            tr("Say what the document is, such as “Council tax leaflet 2026”, not “click "
               "here”. The file type and size are added so people know what they will get."),
            this);
        guidance->setWordWrap(true);
        form->addRow(QString(), guidance);

        m_linkPreview = new QLabel(this);
        m_linkPreview->setObjectName(QStringLiteral("linkPreview"));
        m_linkPreview->setAccessibleName(tr("The link as it will read"));
        m_linkPreview->setWordWrap(true);
        form->addRow(tr("Link reads:"), m_linkPreview);
        connect(m_linkText, &QLineEdit::textChanged, this, &InsertMediaDialog::updateState);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("insertProblem"));
    m_problem->setAccessibleName(tr("Why the file cannot be inserted yet"));
    m_problem->setWordWrap(true);
    // Dark red with a bold weight, so the message stands out by more than colour.
    m_problem->setStyleSheet(QStringLiteral("color: #d4351c; font-weight: bold;"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *insert = m_buttons->button(QDialogButtonBox::Ok);
    insert->setText(tr("&Insert"));
    insert->setAccessibleName(image ? tr("Insert the image") : tr("Insert the document link"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InsertMediaDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(520, sizeHint().height());
    updateState();
}

QPushButton *InsertMediaDialog::insertButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void InsertMediaDialog::chooseFile()
{
    const bool image = m_kind == core::MediaKind::Image;
    const QString path =
        QFileDialog::getOpenFileName(this, image ? tr("Choose an image") : tr("Choose a document"),
                                     QString(), store::MediaStore::fileDialogFilter(m_kind));
    if (!path.isEmpty())
        setFilePath(path);
}

bool InsertMediaDialog::setFilePath(const QString &path)
{
    const bool image = m_kind == core::MediaKind::Image;
    m_prepared = m_media.prepareFile(path);
    m_loadProblem.clear();
    m_reused = false;
    if (!m_prepared) {
        m_loadProblem = m_media.lastError().message;
    } else if (m_prepared->item.kind != m_kind) {
        m_loadProblem =
            image ? tr("“%1” is a document, not an image. Use Insert document link for it.")
                        .arg(m_prepared->item.fileName)
                  : tr("“%1” is an image, not a document. Use Insert image for it.")
                        .arg(m_prepared->item.fileName);
        m_prepared.reset();
    }
    if (!m_prepared) {
        m_fileInfo->setText(tr("No file chosen"));
        if (m_thumbnail)
            m_thumbnail->clear();
        updateState();
        return false;
    }

    const core::MediaItem &item = m_prepared->item;
    const QString size = core::MediaMarkdown::humanSize(item.size);
    // The name the author chose, even when the same bytes are stored under another name.
    const QString chosenName = QFileInfo(path).fileName();
    m_fileInfo->setText(
        image ? tr("%1 (%2, %3 × %4 pixels, %5)")
                    .arg(chosenName, core::MediaMarkdown::typeLabel(item.mimeType))
                    .arg(item.width)
                    .arg(item.height)
                    .arg(size)
              : tr("%1 (%2, %3)")
                    .arg(chosenName, core::MediaMarkdown::typeLabel(item.mimeType), size));
    if (image) {
        const QImage picture = QImage::fromData(m_prepared->data);
        m_thumbnail->setPixmap(QPixmap::fromImage(
            picture.width() > kThumbnailSize.width() || picture.height() > kThumbnailSize.height()
                ? picture.scaled(kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                : picture));
        // Alt text written before for this very image is offered again, and said to be so; the
        // author can change it. Nothing else is ever put in the field for them.
        const bool reused = m_prepared->stored && item.hasTextAlternative();
        m_alt->setText(reused && !item.decorative ? item.alt : QString());
        m_decorative->setChecked(reused && item.decorative);
        m_reused = reused;
    } else {
        m_linkText->setText(readableName(chosenName));
    }
    updateState();
    return true;
}

QString InsertMediaDialog::altTextProblem(const QString &alt, const QString &fileName)
{
    const QString text = alt.trimmed();
    if (text.isEmpty())
        return tr("Write alt text, or tick “decorative” if the image adds no information.");
    const QFileInfo file(fileName);
    static const QStringList imageSuffixes = {QStringLiteral(".png"), QStringLiteral(".jpg"),
                                              QStringLiteral(".jpeg"), QStringLiteral(".gif")};
    const bool looksLikeFile =
        text.compare(file.fileName(), Qt::CaseInsensitive) == 0 ||
        text.compare(file.completeBaseName(), Qt::CaseInsensitive) == 0 ||
        std::any_of(imageSuffixes.begin(), imageSuffixes.end(), [&](const QString &suffix) {
            return text.endsWith(suffix, Qt::CaseInsensitive);
        });
    if (looksLikeFile)
        return tr("Alt text should say what the image shows, not name its file.");
    static const QStringList meaningless = {
        QStringLiteral("alt"),     QStringLiteral("chart"),       QStringLiteral("decorative"),
        QStringLiteral("image"),   QStringLiteral("graphic"),     QStringLiteral("photo"),
        QStringLiteral("picture"), QStringLiteral("placeholder"), QStringLiteral("spacer"),
        QStringLiteral("tbd"),     QStringLiteral("todo"),        QStringLiteral("to do")};
    if (meaningless.contains(text.toLower()))
        return tr("“%1” does not tell anyone what the image shows. Describe it.").arg(text);
    return {};
}

QString InsertMediaDialog::documentLinkText() const
{
    return m_linkText ? m_linkText->text().simplified() : QString();
}

void InsertMediaDialog::updateState()
{
    QString problem = m_loadProblem;
    if (problem.isEmpty() && !m_prepared) {
        problem = m_kind == core::MediaKind::Image ? tr("Choose an image file to insert.")
                                                   : tr("Choose a document to link to.");
    }
    if (m_kind == core::MediaKind::Image) {
        const bool decorative = m_decorative->isChecked();
        // A decorative image has no alt text; the field stays as typed in case of a change of
        // mind, but it is not used.
        m_alt->setEnabled(!decorative);
        if (problem.isEmpty() && !decorative)
            problem = altTextProblem(m_alt->text(), m_prepared->item.fileName);
        const bool reused = m_reused && m_prepared;
        if (reused && m_prepared->item.decorative == decorative &&
            (decorative || m_alt->text().trimmed() == m_prepared->item.alt)) {
            m_reuseNote->setText(decorative ? tr("You marked this image as decorative before.")
                                            : tr("Alt text you wrote before for this image. "
                                                 "Check it suits this page."));
        } else if (reused) {
            m_reuseNote->setText(
                tr("Your change will also be kept for the next time you use this image."));
        }
        m_reuseNote->setVisible(reused);
    } else {
        if (problem.isEmpty() && documentLinkText().isEmpty())
            problem = tr("Write the link text: what the document is.");
        m_linkPreview->setText(m_prepared && !documentLinkText().isEmpty()
                                   ? documentLinkText() + u' ' +
                                         core::MediaMarkdown::documentSuffix(m_prepared->item)
                                   : QString());
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    insertButton()->setEnabled(problem.isEmpty());
    insertButton()->setToolTip(problem);
}

void InsertMediaDialog::accept()
{
    updateState();
    if (!insertButton()->isEnabled() || !m_prepared)
        return;
    const bool image = m_kind == core::MediaKind::Image;
    store::MediaStore::Prepared prepared = *m_prepared;
    if (image) {
        prepared.item.decorative = m_decorative->isChecked();
        prepared.item.alt = prepared.item.decorative ? QString() : m_alt->text().trimmed();
    }
    std::optional<core::MediaItem> item = m_media.add(prepared);
    // The same image stored before keeps one alt text, the one the author has just confirmed.
    if (item && image &&
        (item->alt != prepared.item.alt || item->decorative != prepared.item.decorative)) {
        if (m_media.setAlt(item->uuid, prepared.item.alt, prepared.item.decorative))
            item = m_media.item(item->uuid);
        else
            item.reset();
    }
    if (!item) {
        m_problem->setText(tr("The file could not be added: %1").arg(m_media.lastError().message));
        m_problem->setVisible(true);
        return;
    }
    m_inserted = item;
    m_markdown = image ? core::MediaMarkdown::image(*item)
                       : core::MediaMarkdown::documentLink(*item, documentLinkText());
    QDialog::accept();
}

} // namespace lga::ui
