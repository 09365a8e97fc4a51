// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <sync/credentials.h>
#include <sync/syncreport.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace lga::store {
class PageStore;
class SyncStore;
} // namespace lga::store
namespace lga::sync {
class CredentialStore;
class SyncEngine;
} // namespace lga::sync

namespace lga::ui {

/// The main window's link to one LocalGov Drupal site: which site and how to sign in (the
/// non-secret parts in the settings group "Sync", the secrets in the keychain), running a sync
/// on the window's store, and the one line the status bar shows about it.
class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NotConnected,
        Idle, ///< A site is set and no sync has run in this session.
        Running,
        Synced,
        Conflicts,
        Failed,
    };
    Q_ENUM(State)

    explicit SyncController(store::PageStore &store, QObject *parent = nullptr);
    ~SyncController() override;

    /// The site and sign-in, with the secrets when known.
    const sync::Credentials &credentials() const { return m_credentials; }
    bool hasSite() const { return m_credentials.site.isValid(); }
    /// Takes \a credentials as the site to sync with. With \a remember, the non-secret parts go
    /// to the settings (the Connect dialog already put the secrets in the keychain); without,
    /// they last until the app closes (the demo's preset).
    void setCredentials(const sync::Credentials &credentials, bool remember);

    store::SyncStore &syncStore() const { return *m_syncStore; }

    /// Starts a sync; the caller saves the open page first. Does nothing while one runs.
    void syncNow();
    void cancel();
    bool isRunning() const;

    State state() const { return m_state; }
    /// "Not connected", "Syncing… 240 pages read", "Synced 14:02", "Sync failed: …", "2 conflicts".
    QString statusText() const { return m_statusText; }
    /// What the last sync did, in plain words, with the pages the site refused and why.
    QString details() const;
    const sync::SyncReport &lastReport() const { return m_report; }
    /// The user's role machine names on the site (e.g. `localgov_editor`) as the last sync
    /// learnt them. They are kept in the settings with the site and user they belong to, so
    /// review decisions are offered offline too; empty until a sync as this user has run.
    const QStringList &roles() const { return m_roles; }
    /// Shorter waits between retries, for tests.
    void setFastRetries(bool fast) { m_fastRetries = fast; }

signals:
    void statusChanged();
    /// The site (or the way of signing in to it) was set or changed.
    void siteChanged();
    /// The user's roles on the site were learnt or forgotten.
    void rolesChanged();
    void started();
    void finished(const lga::sync::SyncReport &report);

private:
    void loadSettings();
    void start();
    void onFinished(const sync::SyncReport &report);
    void setStatus(State state, const QString &text);
    bool haveSecrets() const;
    /// Who the kept roles belong to: the site and the user name.
    QString rolesOwner() const;
    void loadRoles();
    void keepRoles(const QStringList &roles);

    store::PageStore &m_store;
    std::unique_ptr<store::SyncStore> m_syncStore;
    sync::CredentialStore *m_keychain;
    QPointer<sync::SyncEngine> m_engine;
    sync::Credentials m_credentials;
    sync::SyncReport m_report;
    QStringList m_roles;
    QDateTime m_finishedAt;
    State m_state = State::NotConnected;
    QString m_statusText;
    bool m_loadingSecrets = false;
    bool m_fastRetries = false;
};

} // namespace lga::ui
