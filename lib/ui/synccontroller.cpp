// SPDX-License-Identifier: GPL-2.0-or-later
#include "synccontroller.h"

#include <core/settingsresolver.h>
#include <store/pagestore.h>
#include <store/syncstore.h>
#include <sync/credentialstore.h>
#include <sync/siteclient.h>
#include <sync/syncengine.h>

#include <QLocale>
#include <QSettings>

namespace lga::ui {

namespace {

QString key(const char *name)
{
    return QStringLiteral("Sync/") + QLatin1StringView(name);
}

} // namespace

SyncController::SyncController(store::PageStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_syncStore(std::make_unique<store::SyncStore>(store))
    , m_keychain(new sync::CredentialStore(this))
{
    loadSettings();
}

SyncController::~SyncController()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncController::loadSettings()
{
    // The site, method and client id may be set by the organisation's policy, which wins over
    // the user's choice; the user still signs in.
    const core::SettingsResolver resolved;
    const QSettings settings;
    sync::Credentials credentials;
    credentials.site = QUrl(resolved.site());
    credentials.method =
        sync::authMethodFromMachineName(resolved.authMethod()).value_or(sync::AuthMethod::OAuth2);
    credentials.userName = settings.value(key("UserName")).toString();
    credentials.clientId = resolved.clientId();
    m_credentials = credentials.site.isValid() ? credentials : sync::Credentials{};
    loadRoles();
    if (hasSite())
        setStatus(State::Idle, tr("Not synced yet"));
    else
        setStatus(State::NotConnected, tr("Not connected"));
}

void SyncController::setCredentials(const sync::Credentials &credentials, bool remember)
{
    m_credentials = credentials;
    if (remember) {
        // What policy sets is not the user's to keep: their own earlier choice stays as it was.
        const core::SettingsResolver resolved;
        resolved.setUserValue(key("Site"), credentials.site.toString());
        resolved.setUserValue(key("Method"), sync::toMachineName(credentials.method));
        QSettings().setValue(key("UserName"), credentials.userName);
        resolved.setUserValue(key("ClientId"), credentials.clientId);
    }
    // Roles kept for another site or user are not this user's.
    const QStringList before = m_roles;
    loadRoles();
    if (m_roles != before)
        emit rolesChanged();
    if (!isRunning()) {
        if (hasSite())
            setStatus(State::Idle, tr("Not synced yet"));
        else
            setStatus(State::NotConnected, tr("Not connected"));
    }
    emit siteChanged();
}

bool SyncController::haveSecrets() const
{
    switch (m_credentials.method) {
    case sync::AuthMethod::OAuth2:
        return !m_credentials.accessToken.isEmpty() || !m_credentials.refreshToken.isEmpty();
    case sync::AuthMethod::Basic:
    case sync::AuthMethod::Cookie:
        return !m_credentials.password.isEmpty();
    }
    return false;
}

bool SyncController::isRunning() const
{
    return m_loadingSecrets || (m_engine && m_engine->isRunning());
}

void SyncController::syncNow()
{
    if (!hasSite() || isRunning())
        return;
    m_report = {};
    setStatus(State::Running, tr("Syncing…"));
    emit started();
    if (haveSecrets()) {
        start();
        return;
    }
    // The secrets stay in the keychain until a sync needs them.
    m_loadingSecrets = true;
    m_keychain->load(m_credentials, [this](const sync::CredentialStore::Result &result) {
        m_loadingSecrets = false;
        if (result.succeeded())
            m_credentials = result.credentials;
        if (!result.succeeded() || !haveSecrets()) {
            sync::SyncReport report;
            report.error = tr("The password for this site is not saved on this computer. Use "
                              "File > Connect to site… to sign in again.");
            onFinished(report);
            return;
        }
        start();
    });
}

void SyncController::start()
{
    auto *engine = new sync::SyncEngine(m_store, m_credentials, this);
    m_engine = engine;
    if (m_fastRetries) {
        sync::RetryPolicy policy;
        policy.firstDelay = std::chrono::milliseconds(20);
        policy.maxDelay = std::chrono::milliseconds(200);
        policy.transferTimeout = std::chrono::milliseconds(5000);
        engine->client().setRetryPolicy(policy);
    }
    engine->setRevisionLog(tr("Sent from LocalGov Author"));
    connect(engine, &sync::SyncEngine::progress, this,
            [this](sync::SyncEngine::Phase phase, int done, int total) {
                if (phase == sync::SyncEngine::Phase::Pulling)
                    setStatus(State::Running, tr("Syncing… %n page(s) read", nullptr, done));
                else if (phase == sync::SyncEngine::Phase::Pushing && total > 0)
                    setStatus(State::Running, tr("Syncing… %1 of %2 sent").arg(done).arg(total));
            });
    connect(&engine->client(), &sync::SiteClient::retrying, this,
            [this](const QString &reason, int, int) {
                setStatus(State::Running, tr("Syncing… %1 Trying again.").arg(reason));
            });
    connect(engine, &sync::SyncEngine::credentialsChanged, this,
            [this](const sync::Credentials &credentials) {
                // A refreshed OAuth2 token replaces the old one in the keychain too.
                m_credentials = credentials;
                m_keychain->save(credentials, [](const sync::CredentialStore::Result &) {});
            });
    connect(engine, &sync::SyncEngine::finished, this, [this, engine](const sync::SyncReport &r) {
        engine->deleteLater();
        // The roles are learnt on connect; a sync that stopped before that leaves them as kept.
        if (!engine->roles().isEmpty() || r.ok())
            keepRoles(engine->roles());
        onFinished(r);
    });
    engine->run();
}

void SyncController::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncController::onFinished(const sync::SyncReport &report)
{
    m_report = report;
    m_finishedAt = QDateTime::currentDateTime();
    const int conflicts = m_syncStore->conflictCount();
    if (report.canceled)
        setStatus(State::Failed, tr("Sync cancelled"));
    else if (!report.error.isEmpty())
        setStatus(State::Failed, tr("Sync failed: %1").arg(report.error));
    else if (conflicts > 0)
        setStatus(State::Conflicts, tr("%n conflict(s)", nullptr, conflicts));
    else if (!report.problems.isEmpty())
        setStatus(State::Failed, tr("Sync failed: the site refused %n page(s)", nullptr,
                                    int(report.problems.size())));
    else
        setStatus(
            State::Synced,
            tr("Synced %1").arg(QLocale().toString(m_finishedAt.time(), QLocale::ShortFormat)));
    emit finished(report);
}

QString SyncController::details() const
{
    if (!hasSite())
        return tr("No site is set. Use File > Connect to site… to choose one.");
    if (!m_finishedAt.isValid())
        return tr("No sync has run yet. Press Sync now (Ctrl+Shift+Y).");
    QStringList lines;
    lines.append(tr("Last sync with %1 at %2.")
                     .arg(m_credentials.site.toDisplayString(),
                          QLocale().toString(m_finishedAt, QLocale::ShortFormat)));
    if (!m_report.error.isEmpty())
        lines.append(tr("It stopped: %1").arg(m_report.error));
    lines.append(tr("Brought in %1, merged %2, created on the site %3, updated on the site %4, "
                    "in conflict %5.")
                     .arg(m_report.pulled)
                     .arg(m_report.merged)
                     .arg(m_report.created)
                     .arg(m_report.updated)
                     .arg(m_report.conflicts));
    for (const sync::PageProblem &problem : m_report.problems)
        lines.append(tr("• %1: %2")
                         .arg(problem.title.isEmpty() ? problem.page.toString(QUuid::WithoutBraces)
                                                      : problem.title,
                              problem.message));
    return lines.join(u'\n');
}

QString SyncController::rolesOwner() const
{
    return m_credentials.site.toString() + u' ' + m_credentials.userName;
}

void SyncController::loadRoles()
{
    const QSettings settings;
    m_roles = hasSite() && settings.value(key("RolesOf")).toString() == rolesOwner()
                  ? settings.value(key("Roles")).toStringList()
                  : QStringList();
}

void SyncController::keepRoles(const QStringList &roles)
{
    QSettings settings;
    settings.setValue(key("Roles"), roles);
    settings.setValue(key("RolesOf"), rolesOwner());
    if (roles == m_roles)
        return;
    m_roles = roles;
    emit rolesChanged();
}

void SyncController::setStatus(State state, const QString &text)
{
    m_state = state;
    m_statusText = text;
    emit statusChanged();
}

} // namespace lga::ui
