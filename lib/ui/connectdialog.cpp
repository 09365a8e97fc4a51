// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectdialog.h"

#include "settingsdialog.h"

#include <core/contenttype.h>
#include <core/settingsresolver.h>
#include <sync/credentialstore.h>

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lga::ui {

using sync::AuthMethod;

ConnectDialog::ConnectDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_probe(new sync::SiteProbe(network, this))
    , m_oauth(new sync::OAuthFlow(network, this))
    , m_keychain(new sync::CredentialStore(this))
{
    setWindowTitle(tr("Connect to a site"));
    setAccessibleName(tr("Connect to a site"));
    m_oauth->setBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); });

    m_site = new QLineEdit(this);
    m_site->setPlaceholderText(tr("https://www.example.gov.uk"));
    m_site->setAccessibleName(tr("Site address"));
    m_site->setAccessibleDescription(
        tr("The address of the council's LocalGov Drupal site, starting with https://"));

    m_method = new QComboBox(this);
    m_method->addItem(tr("Sign in with the site (OAuth2)"), int(AuthMethod::OAuth2));
    m_method->addItem(tr("User name and password (Basic)"), int(AuthMethod::Basic));
    m_method->addItem(tr("Session login (Cookie)"), int(AuthMethod::Cookie));
    m_method->setAccessibleName(tr("How to sign in"));

    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_clientId = new QLineEdit(QStringLiteral("localgov-author"), this);
    m_clientId->setAccessibleName(tr("Client id"));
    m_clientId->setAccessibleDescription(
        tr("The OAuth consumer the site's administrators set up for LocalGov Author"));

    auto *form = new QFormLayout;
    auto *siteLabel = new QLabel(tr("&Site address:"), this);
    siteLabel->setBuddy(m_site);
    auto *methodLabel = new QLabel(tr("Sign in &with:"), this);
    methodLabel->setBuddy(m_method);
    m_userLabel = new QLabel(tr("&User name:"), this);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    m_clientIdLabel = new QLabel(tr("C&lient id:"), this);
    m_clientIdLabel->setBuddy(m_clientId);
    form->addRow(siteLabel, m_site);
    form->addRow(methodLabel, m_method);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_clientIdLabel, m_clientId);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Connecting"));
    m_busy->hide();

    m_resultLabel = new QLabel(this);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_resultLabel->setFocusPolicy(Qt::StrongFocus);
    m_resultLabel->setAccessibleName(tr("Connection result"));
    m_resultLabel->setMinimumHeight(m_resultLabel->fontMetrics().lineSpacing() * 4);
    m_resultLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(this);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::ActionRole);
    m_connect->setDefault(true);
    m_connect->setAccessibleName(tr("Connect"));
    m_done = m_buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    m_done->setEnabled(false);
    m_done->setAccessibleName(tr("Done"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_resultLabel, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_site, m_method);
    setTabOrder(m_method, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_clientId);
    setTabOrder(m_clientId, m_resultLabel);

    connect(m_method, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateMethodFields);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToSite);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    disconnect(m_buttons, &QDialogButtonBox::rejected, nullptr, nullptr);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::cancelOrClose);
    connect(m_probe, &sync::SiteProbe::finished, this, &ConnectDialog::onProbed);
    connect(m_oauth, &sync::OAuthFlow::finished, this,
            [this](bool ok, const sync::Credentials &credentials, const QString &error) {
                if (ok) {
                    probe(credentials);
                } else {
                    setBusy(false);
                    showResult(error, true);
                }
            });
    // Any change to the form makes an earlier result stale.
    for (QLineEdit *edit : {m_site, m_user, m_password, m_clientId})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_done->setEnabled(false); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] { m_done->setEnabled(false); });

    m_method->setCurrentIndex(0);
    applyPolicy();
    updateMethodFields();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setCredentials(const sync::Credentials &credentials)
{
    m_site->setText(credentials.site.toString());
    m_method->setCurrentIndex(m_method->findData(int(credentials.method)));
    m_user->setText(credentials.userName);
    if (!credentials.clientId.isEmpty())
        m_clientId->setText(credentials.clientId);
    applyPolicy();
    updateMethodFields();
}

void ConnectDialog::applyPolicy()
{
    const core::SettingsResolver resolved;
    const bool siteLocked = resolved.isLocked(QStringLiteral("Sync/Site"));
    const bool clientIdLocked = resolved.isLocked(QStringLiteral("Sync/ClientId"));
    m_methodLocked = resolved.isLocked(QStringLiteral("Sync/Method"));
    if (siteLocked)
        m_site->setText(resolved.site());
    if (m_methodLocked) {
        const auto method = sync::authMethodFromMachineName(resolved.authMethod());
        m_method->setCurrentIndex(m_method->findData(int(method.value_or(AuthMethod::OAuth2))));
    }
    if (clientIdLocked)
        m_clientId->setText(resolved.clientId());
    if (m_policyMarked)
        return;
    m_policyMarked = true;
    auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    const auto lock = [form](QWidget *field) {
        // Read-only rather than disabled, so the address can still be read and copied.
        if (auto *edit = qobject_cast<QLineEdit *>(field)) {
            edit->setReadOnly(true);
            edit->setToolTip(SettingsDialog::lockedText());
            edit->setAccessibleDescription(SettingsDialog::lockedText() + u". " +
                                           edit->accessibleDescription());
        } else {
            SettingsDialog::markLocked(field);
        }
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        auto *note = new QLabel(SettingsDialog::lockedText(), field->parentWidget());
        note->setObjectName(QStringLiteral("lockedNote"));
        QFont font = note->font();
        font.setItalic(true);
        note->setFont(font);
        form->insertRow(row + 1, QString(), note);
    };
    // From the bottom up, so each row number stays right.
    if (clientIdLocked)
        lock(m_clientId);
    if (m_methodLocked)
        lock(m_method);
    if (siteLocked)
        lock(m_site);
}

void ConnectDialog::setBrowser(sync::OAuthFlow::Browser browser)
{
    m_oauth->setBrowser(std::move(browser));
}

QString ConnectDialog::siteError(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty())
        return tr("Enter the site's address, for example https://www.example.gov.uk.");
    if (!url.isValid() || url.host().isEmpty() ||
        !text.trimmed().contains(QLatin1StringView("://")))
        return tr("The site address must be a full web address starting with https://.");
    const bool local =
        url.host() == u"127.0.0.1" || url.host() == u"localhost" || url.host() == u"::1";
    if (url.scheme() == u"https" || (url.scheme() == u"http" && local))
        return {};
    if (url.scheme() == u"http")
        return tr("The site address must start with https://, so that passwords are never sent "
                  "unencrypted.");
    return tr("The site address must be a full web address starting with https://.");
}

bool ConnectDialog::isBusy() const
{
    return m_busy->isVisible() || m_probe->isRunning() || m_oauth->isRunning() || m_saving;
}

QString ConnectDialog::resultText() const
{
    return m_resultLabel->text();
}

void ConnectDialog::updateMethodFields()
{
    const auto method = AuthMethod(m_method->currentData().toInt());
    const bool password = method != AuthMethod::OAuth2;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_userLabel), static_cast<QWidget *>(m_user),
          static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_password)})
        widget->setVisible(password);
    m_clientIdLabel->setVisible(!password);
    m_clientId->setVisible(!password);
}

sync::Credentials ConnectDialog::formCredentials() const
{
    sync::Credentials credentials;
    credentials.site =
        QUrl::fromUserInput(m_site->text().trimmed())
            .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    credentials.method = AuthMethod(m_method->currentData().toInt());
    if (credentials.method == AuthMethod::OAuth2) {
        credentials.clientId = m_clientId->text().trimmed();
    } else {
        credentials.userName = m_user->text().trimmed();
        credentials.password = m_password->text();
    }
    return credentials;
}

void ConnectDialog::connectToSite()
{
    if (isBusy())
        return;
    if (const QString error = siteError(m_site->text()); !error.isEmpty()) {
        showResult(error, true);
        m_site->setFocus();
        return;
    }
    const sync::Credentials credentials = formCredentials();
    if (credentials.method == AuthMethod::OAuth2) {
        if (credentials.clientId.isEmpty()) {
            showResult(tr("Enter the client id the site's administrators gave you."), true);
            m_clientId->setFocus();
            return;
        }
    } else if (credentials.userName.isEmpty() || credentials.password.isEmpty()) {
        showResult(tr("Enter your user name and password for the site."), true);
        (credentials.userName.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    m_done->setEnabled(false);
    setBusy(true);
    if (credentials.method == AuthMethod::OAuth2) {
        showResult(tr("Finish signing in in your web browser…"), false);
        m_oauth->signIn(credentials);
    } else {
        probe(credentials);
    }
}

void ConnectDialog::probe(const sync::Credentials &credentials)
{
    m_pending = credentials;
    showResult(tr("Checking the site…"), false);
    m_probe->start(credentials);
}

void ConnectDialog::onProbed(const sync::ProbeResult &result)
{
    if (!result.ok) {
        setBusy(false);
        showResult(result.error, true);
        return;
    }
    m_probed = result;
    sync::Credentials credentials = m_pending;
    if (credentials.method == AuthMethod::OAuth2)
        credentials.userName = result.userName;

    QStringList types;
    for (const QString &bundle : result.bundles) {
        const core::ContentType type = core::contentType(bundle);
        types << (type.bundle.isEmpty() ? bundle : type.label);
    }
    QStringList lines;
    lines << (result.roles.isEmpty()
                  ? tr("Connected as %1.").arg(result.userName)
                  : tr("Connected as %1 (%2).")
                        .arg(result.userName, result.roleLabels().join(tr(", "))));
    lines << (result.writable ? tr("The site accepts changes.") : result.notice);
    lines << (types.isEmpty() ? tr("The site lists no content types.")
                              : tr("Content types: %1.").arg(types.join(tr(", "))));

    m_saving = true;
    m_keychain->save(credentials, [this, credentials,
                                   lines](const sync::CredentialStore::Result &saved) mutable {
        m_saving = false;
        setBusy(false);
        if (!saved.message.isEmpty())
            lines << saved.message;
        m_credentials = credentials;
        showResult(lines.join(u'\n'), false);
        m_done->setEnabled(true);
        m_done->setDefault(true);
        m_done->setFocus();
    });
}

void ConnectDialog::cancelOrClose()
{
    if (m_probe->isRunning() || m_oauth->isRunning()) {
        m_probe->cancel();
        m_oauth->cancel();
        setBusy(false);
        showResult(tr("Connecting was cancelled."), false);
        return;
    }
    reject();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_connect->setEnabled(!busy);
    for (QWidget *widget : {static_cast<QWidget *>(m_site), static_cast<QWidget *>(m_method),
                            static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password),
                            static_cast<QWidget *>(m_clientId)})
        widget->setEnabled(!busy);
    m_method->setEnabled(!busy && !m_methodLocked);
    if (busy)
        m_cancel->setFocus();
}

void ConnectDialog::showResult(const QString &text, bool error)
{
    m_resultLabel->setText(text);
    // Errors in a dark red that keeps 4.5:1 contrast on the light window background.
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_resultLabel->setPalette(palette);
}

} // namespace lga::ui
