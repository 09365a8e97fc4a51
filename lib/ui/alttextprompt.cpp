// SPDX-License-Identifier: GPL-2.0-or-later
#include "alttextprompt.h"

#include "insertmediadialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lga::ui {

namespace {

constexpr QSize kImageSize(320, 200);

} // namespace

AltTextPrompt::AltTextPrompt(const QString &imageSource, const QString &currentAlt,
                             const QString &startText, QWidget *parent)
    : QDialog(parent)
    , m_imageSource(imageSource)
{
    setObjectName(QStringLiteral("altTextPrompt"));
    setWindowTitle(tr("Write alt text"));
    setAccessibleName(tr("Write alt text"));
    setMinimumWidth(460);

    auto *layout = new QVBoxLayout(this);
    auto *guidance = new QLabel(
        tr("Describe what the image shows, for people who cannot see it. Say what matters on "
           "this page in a sentence or two; do not start with “Image of”."),
        this);
    guidance->setWordWrap(true);
    layout->addWidget(guidance);

    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("altTextImage"));
    m_image->setAccessibleName(tr("The image"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setVisible(false);
    layout->addWidget(m_image, 0, Qt::AlignHCenter);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *source = new QLabel(imageSource, this);
    source->setObjectName(QStringLiteral("altTextImageSource"));
    source->setAccessibleName(tr("Image address"));
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source->setWordWrap(true);
    form->addRow(tr("Image:"), source);
    auto *current = new QLabel(currentAlt.trimmed().isEmpty() ? tr("None") : currentAlt, this);
    current->setObjectName(QStringLiteral("altTextCurrent"));
    current->setAccessibleName(tr("Current alt text"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    current->setWordWrap(true);
    form->addRow(tr("Current alt text:"), current);

    m_alt = new QLineEdit(startText, this);
    m_alt->setObjectName(QStringLiteral("altTextEdit"));
    m_alt->setAccessibleName(tr("Alt text"));
    m_alt->setPlaceholderText(tr("What the image shows"));
    auto *altLabel = new QLabel(tr("&Alt text:"), this);
    altLabel->setBuddy(m_alt);
    form->addRow(altLabel, m_alt);

    m_decorative = new QCheckBox(tr("The image is &decorative: it adds no information"), this);
    m_decorative->setObjectName(QStringLiteral("altTextDecorative"));
    m_decorative->setAccessibleName(tr("Decorative image"));
    m_decorative->setAccessibleDescription(
        tr("Screen readers skip a decorative image. Its alt text is left empty."));
    form->addRow(QString(), m_decorative);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("altTextProblem"));
    m_problem->setAccessibleName(tr("Why OK is not available"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    // Wide enough for either label, so that ticking "decorative" does not cut the text off.
    m_ok->setText(tr("Mark as decorative"));
    const int wide = m_ok->sizeHint().width();
    m_ok->setText(tr("Write alt text"));
    m_ok->setMinimumWidth(std::max(wide, m_ok->sizeHint().width()));
    m_ok->setAccessibleName(tr("Write the alt text into the page"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_alt, &QLineEdit::textChanged, this, &AltTextPrompt::updateState);
    connect(m_decorative, &QCheckBox::toggled, this, &AltTextPrompt::updateState);
    m_alt->setFocus();
    updateState();
}

void AltTextPrompt::setImage(const QPixmap &image)
{
    if (image.isNull())
        return;
    m_image->setPixmap(image.scaled(kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_image->setVisible(true);
}

QString AltTextPrompt::altText() const
{
    return isDecorative() ? QString() : m_alt->text().simplified();
}

bool AltTextPrompt::isDecorative() const
{
    return m_decorative->isChecked();
}

void AltTextPrompt::updateState()
{
    const bool decorative = m_decorative->isChecked();
    m_alt->setEnabled(!decorative);
    const QString problem =
        decorative ? QString() : InsertMediaDialog::altTextProblem(m_alt->text(), m_imageSource);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
    m_ok->setText(decorative ? tr("Mark as decorative") : tr("Write alt text"));
}

} // namespace lga::ui
