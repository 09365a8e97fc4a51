// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncengine.h"

#include "errordocument.h"
#include "pulljob.h"
#include "pushjob.h"
#include "siteclient.h"

#include <core/contenttype.h>
#include <store/pagestore.h>
#include <store/syncstore.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

// The role machine names of a user--user resource object (relationship `roles`).
QStringList rolesOf(const QJsonObject &user)
{
    QStringList roles;
    for (const QJsonValue &role : user.value(u"relationships"_s)[u"roles"_s][u"data"_s].toArray()) {
        const QString name = role[u"meta"_s][u"drupal_internal__target_id"_s].toString();
        if (!name.isEmpty())
            roles.append(name);
    }
    return roles;
}

} // namespace

SyncEngine::SyncEngine(store::PageStore &store, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(std::make_unique<store::SyncStore>(store))
    , m_client(new SiteClient(credentials, this))
    , m_revisionLog(tr("Edited in LocalGov Author"))
{
    connect(m_client, &SiteClient::credentialsChanged, this, &SyncEngine::credentialsChanged);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setDirections(bool pull, bool push)
{
    m_doPull = pull;
    m_doPush = push;
}

void SyncEngine::run()
{
    if (m_running)
        return;
    m_running = true;
    m_canceled = false;
    m_report = {};
    m_requestsBefore = m_client->requestsSent();
    connectToSite();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    if (m_pull)
        m_pull->cancel();
    if (m_push)
        m_push->cancel();
    m_client->cancelAll();
}

void SyncEngine::connectToSite()
{
    emit phaseChanged(Phase::Connecting);
    emit progress(Phase::Connecting, 0, 0);
    m_client->send(
        SiteRequest{QByteArrayLiteral("GET"), QUrl(u"/jsonapi"_s), {}, {}, true},
        [this](const SiteResponse &response) {
            if (response.canceled || m_canceled)
                return finish();
            if (!response.transportError.isEmpty())
                return finish(response.transportError);
            if (response.status == 404 ||
                (response.isSuccess() && !response.json.object().contains(u"links"_s)))
                return finish(tr("This site does not offer JSON:API. Its "
                                 "administrators need to switch on the JSON:API "
                                 "module."));
            if (!response.isSuccess())
                return finish(ErrorDocument::parse(response.body, response.status).message());
            const QJsonObject links = response.json.object().value(u"links"_s).toObject();
            m_bundles.clear();
            for (const core::ContentType &type : core::contentTypes())
                if (links.contains(u"node--"_s + type.bundle))
                    m_bundles.append(type.bundle);
            const QJsonObject me =
                response.json.object().value(u"meta"_s)[u"links"_s][u"me"_s].toObject();
            if (me.isEmpty()) {
                // Drupal treats a wrong Basic password as an anonymous visit; trying
                // again would count towards locking the account.
                return finish(tr("The site did not accept the user name or password "
                                 "(or the sign-in). Check them before trying again: "
                                 "after five failed tries the site locks the account "
                                 "for some hours."));
            }
            identify(QUrl(me.value(u"href"_s).toString()));
        });
}

void SyncEngine::identify(const QUrl &me)
{
    m_client->send(SiteRequest{QByteArrayLiteral("GET"), me, {}, {}, true},
                   [this](const SiteResponse &response) {
                       if (response.canceled || m_canceled)
                           return finish();
                       if (response.isSuccess()) {
                           const QJsonObject user =
                               response.json.object().value(u"data"_s).toObject();
                           m_userName = user.value(u"attributes"_s)[u"name"_s].toString();
                           m_roles = rolesOf(user);
                       }
                       if (m_doPull)
                           pull();
                       else
                           push();
                   });
}

void SyncEngine::pull()
{
    emit phaseChanged(Phase::Pulling);
    m_pull = new PullJob(*m_client, m_store, *m_sync, m_bundles, this);
    connect(m_pull, &PullJob::progress, this,
            [this](int pages) { emit progress(Phase::Pulling, pages, 0); });
    connect(m_pull, &PullJob::finished, this, [this](const SyncReport &report) {
        m_pull->deleteLater();
        m_report.pulled = report.pulled;
        m_report.unchanged = report.unchanged;
        m_report.merged = report.merged;
        m_report.conflicts = report.conflicts;
        m_report.problems = report.problems;
        if (report.canceled || m_canceled)
            return finish();
        if (!report.error.isEmpty())
            return finish(report.error);
        if (m_doPush)
            push();
        else
            finish();
    });
    m_pull->start();
}

void SyncEngine::push()
{
    emit phaseChanged(Phase::Pushing);
    m_push = new PushJob(*m_client, m_store, *m_sync, m_revisionLog, this);
    connect(m_push, &PushJob::progress, this,
            [this](int done, int total) { emit progress(Phase::Pushing, done, total); });
    connect(m_push, &PushJob::finished, this, [this](const SyncReport &report) {
        m_push->deleteLater();
        m_report.created = report.created;
        m_report.updated = report.updated;
        m_report.merged += report.merged;
        m_report.conflicts += report.conflicts;
        m_report.problems += report.problems;
        if (report.canceled || m_canceled)
            return finish();
        finish(report.error);
    });
    m_push->start();
}

void SyncEngine::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_report.error = error;
    m_report.canceled = m_canceled;
    m_report.requests = m_client->requestsSent() - m_requestsBefore;
    emit finished(m_report);
}

} // namespace lga::sync
