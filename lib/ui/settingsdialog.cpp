// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingsdialog.h"

#include "connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lga::ui {

namespace {

const QString kSite = QStringLiteral("Sync/Site");
const QString kMethod = QStringLiteral("Sync/Method");
const QString kClientId = QStringLiteral("Sync/ClientId");
const QString kBlockSubmit = QStringLiteral("Review/BlockSubmitOnErrors");
const QString kLanguage = QStringLiteral("Interface/Language");
const QString kDisableCheck = QStringLiteral("Updates/DisableCheck");

QWidget *page(QTabWidget *tabs, const QString &title, const QString &accessibleName,
              QFormLayout *&form)
{
    auto *widget = new QWidget(tabs);
    widget->setAccessibleName(accessibleName);
    form = new QFormLayout(widget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    tabs->addTab(widget, title);
    return widget;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Settings pages"));

    QFormLayout *form = nullptr;
    QWidget *sitePage = page(m_tabs, tr("&Site"), tr("Site"), form);
    m_site = new QLineEdit(sitePage);
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setPlaceholderText(tr("https://www.example.gov.uk"));
    m_site->setAccessibleName(tr("Site address"));
    m_site->setAccessibleDescription(
        tr("The address of the council's LocalGov Drupal site, starting with https://"));
    m_method = new QComboBox(sitePage);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItem(tr("Sign in with the site (OAuth2)"), QStringLiteral("oauth2"));
    m_method->addItem(tr("User name and password (Basic)"), QStringLiteral("basic"));
    m_method->addItem(tr("Session login (Cookie)"), QStringLiteral("cookie"));
    m_method->setAccessibleName(tr("How to sign in"));
    m_clientId = new QLineEdit(sitePage);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("OAuth2 client id"));
    m_clientId->setAccessibleDescription(
        tr("The OAuth consumer the site's administrators set up for LocalGov Author"));
    auto *siteLabel = new QLabel(tr("Site a&ddress:"), sitePage);
    siteLabel->setBuddy(m_site);
    auto *methodLabel = new QLabel(tr("Sign in &with:"), sitePage);
    methodLabel->setBuddy(m_method);
    auto *clientIdLabel = new QLabel(tr("C&lient id:"), sitePage);
    clientIdLabel->setBuddy(m_clientId);
    form->addRow(siteLabel, row(kSite, m_site));
    form->addRow(methodLabel, row(kMethod, m_method));
    form->addRow(clientIdLabel, row(kClientId, m_clientId));
    form->addRow(explanation(tr("You sign in with File > Connect to site…; your password and "
                                "tokens are kept in the system's keychain."),
                             sitePage));

    QWidget *reviewPage = page(m_tabs, tr("&Review"), tr("Review"), form);
    m_blockSubmit = new QCheckBox(
        tr("Re&fuse “Submit for review” while the accessibility audit finds errors"), reviewPage);
    m_blockSubmit->setObjectName(QStringLiteral("blockSubmit"));
    m_blockSubmit->setAccessibleName(
        tr("Refuse “Submit for review” while the accessibility audit finds errors"));
    form->addRow(row(kBlockSubmit, m_blockSubmit));

    QWidget *interfacePage = page(m_tabs, tr("&Interface"), tr("Interface"), form);
    m_language = new QComboBox(interfacePage);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so a reader of either can find theirs.
    m_language->addItem(QStringLiteral("English (United Kingdom)"), QStringLiteral("en_GB"));
    m_language->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setAccessibleDescription(tr("Takes effect when you restart LocalGov Author."));
    auto *languageLabel = new QLabel(tr("Lan&guage:"), interfacePage);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, row(kLanguage, m_language));
    form->addRow(QString(),
                 explanation(tr("Takes effect when you restart LocalGov Author."), interfacePage));

    QWidget *updatesPage = page(m_tabs, tr("&Updates"), tr("Updates"), form);
    m_checkUpdates =
        new QCheckBox(tr("Check for a &newer version when LocalGov Author starts"), updatesPage);
    m_checkUpdates->setObjectName(QStringLiteral("checkUpdates"));
    m_checkUpdates->setAccessibleName(tr("Check for a newer version when LocalGov Author starts"));
    form->addRow(row(kDisableCheck, m_checkUpdates));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Settings problem"));
    QPalette palette = m_error->palette();
    // A dark red that keeps 4.5:1 contrast on the light window background.
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Apply"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    for (QLineEdit *edit : {m_site, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    for (QComboBox *combo : {m_method, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateButtons);
    for (QCheckBox *box : {m_blockSubmit, m_checkUpdates})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::updateButtons);

    load();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QString SettingsDialog::lockedText()
{
    return tr("Set by your organisation");
}

void SettingsDialog::markLocked(QWidget *field)
{
    field->setEnabled(false);
    field->setToolTip(lockedText());
    const QString description = field->accessibleDescription();
    if (!description.startsWith(lockedText()))
        field->setAccessibleDescription(description.isEmpty() ? lockedText()
                                                              : lockedText() + u". " + description);
}

QWidget *SettingsDialog::row(const QString &key, QWidget *field)
{
    m_fields.insert(key, field);
    auto *container = new QWidget(field->parentWidget());
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    if (m_resolver.isLocked(key)) {
        markLocked(field);
        auto *note = new QLabel(lockedText(), container);
        note->setObjectName(QStringLiteral("lockedNote"));
        note->setAccessibleName(lockedText());
        note->setBuddy(field);
        QFont font = note->font();
        font.setItalic(true);
        note->setFont(font);
        layout->addWidget(note);
    }
    return container;
}

void SettingsDialog::load()
{
    m_site->setText(m_resolver.site());
    m_method->setCurrentIndex(std::max(0, m_method->findData(m_resolver.authMethod())));
    m_clientId->setText(m_resolver.clientId());
    m_blockSubmit->setChecked(m_resolver.blockSubmitOnErrors());
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_resolver.interfaceLanguage())));
    m_checkUpdates->setChecked(!m_resolver.updateCheckDisabled());
    m_loaded.clear();
    for (const QString &key : m_fields.keys())
        m_loaded.insert(key, current(key));
    updateButtons();
}

QVariant SettingsDialog::current(const QString &key) const
{
    if (key == kSite)
        return m_site->text().trimmed();
    if (key == kMethod)
        return m_method->currentData();
    if (key == kClientId)
        return m_clientId->text().trimmed();
    if (key == kBlockSubmit)
        return m_blockSubmit->isChecked();
    if (key == kLanguage)
        return m_language->currentData();
    if (key == kDisableCheck)
        return !m_checkUpdates->isChecked();
    return {};
}

void SettingsDialog::updateButtons()
{
    bool changed = false;
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it)
        changed = changed || current(it.key()) != it.value();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(changed);
}

bool SettingsDialog::apply()
{
    const QString site = m_site->text().trimmed();
    if (!m_resolver.isLocked(kSite) && !site.isEmpty()) {
        if (const QString error = ConnectDialog::siteError(site); !error.isEmpty()) {
            m_error->setText(error);
            m_error->show();
            m_tabs->setCurrentIndex(0);
            m_site->setFocus();
            return false;
        }
    }
    m_error->hide();
    bool siteChanged = false;
    bool any = false;
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it) {
        const QVariant value = current(it.key());
        if (value == it.value() || m_resolver.isLocked(it.key()))
            continue;
        m_resolver.setUserValue(it.key(), value);
        any = true;
        siteChanged = siteChanged || it.key().startsWith(u"Sync/");
    }
    load();
    if (any)
        emit applied(siteChanged);
    return true;
}

} // namespace lga::ui
