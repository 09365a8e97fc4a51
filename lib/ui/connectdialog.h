// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <sync/credentials.h>
#include <sync/oauthflow.h>
#include <sync/siteprobe.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace lga::sync {
class CredentialStore;
}

namespace lga::ui {

/// Connects the app to a LocalGov Drupal site: the site's address, how to sign in (OAuth2,
/// Basic or Cookie) and the details that method needs. "Connect" signs in (OAuth2 through the
/// browser), probes the site and shows, in plain words, who the author is there, their roles,
/// whether the site accepts changes and its content types, or what went wrong. On success the
/// secrets go to the keychain and "Done" accepts the dialog.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    /// `network` carries the requests (and, for Cookie, keeps the session cookie afterwards).
    explicit ConnectDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// Fills the form from earlier credentials (the secrets are not shown).
    void setCredentials(const sync::Credentials &credentials);
    /// Replaces the system browser for OAuth2 sign-in (tests play the browser).
    void setBrowser(sync::OAuthFlow::Browser browser);

    /// After success: the credentials with their secrets, and what the probe found.
    sync::Credentials credentials() const { return m_credentials; }
    sync::ProbeResult probeResult() const { return m_probed; }

    /// Why `text` cannot be a site address, or empty when it can: it must be an https URL,
    /// except on this computer (127.0.0.1, localhost).
    static QString siteError(const QString &text);

    bool isBusy() const;
    /// The text of the result or error line, as the author reads it.
    QString resultText() const;

private:
    void updateMethodFields();
    /// Fills in and locks what the organisation's policy sets: the site, the sign-in method and
    /// the client id.
    void applyPolicy();
    void connectToSite();
    void probe(const sync::Credentials &credentials);
    void onProbed(const sync::ProbeResult &result);
    void cancelOrClose();
    void setBusy(bool busy);
    void showResult(const QString &text, bool error);
    sync::Credentials formCredentials() const;

    QNetworkAccessManager *m_network;
    sync::SiteProbe *m_probe;
    sync::OAuthFlow *m_oauth;
    sync::CredentialStore *m_keychain;
    QLineEdit *m_site;
    QComboBox *m_method;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QProgressBar *m_busy;
    QLabel *m_resultLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    QPushButton *m_done;
    QPushButton *m_cancel;
    sync::Credentials m_credentials;
    sync::Credentials m_pending;
    sync::ProbeResult m_probed;
    bool m_saving = false;
    bool m_methodLocked = false;
    bool m_policyMarked = false;
};

} // namespace lga::ui
