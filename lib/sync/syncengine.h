// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "credentials.h"
#include "syncreport.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace lga::store {
class PageStore;
class SyncStore;
} // namespace lga::store

namespace lga::sync {

class PullJob;
class PushJob;
class SiteClient;

/// One sync with one site: checks who the author is on the site, pulls what changed there,
/// then pushes the outbox. Runs on the thread of the PageStore it is given, without blocking it:
/// the network is asynchronous and the store is written one collection page (or one page) per
/// transaction. finished() comes exactly once per run().
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Connecting,
        Pulling,
        Pushing,
    };
    Q_ENUM(Phase)

    /// \a store must stay open for as long as a run lasts.
    SyncEngine(store::PageStore &store, const Credentials &credentials, QObject *parent = nullptr);
    ~SyncEngine() override;

    SiteClient &client() { return *m_client; }
    /// The revision log sent with every write (Drupal shows it in the page's revisions).
    void setRevisionLog(const QString &log) { m_revisionLog = log; }
    /// Only pull, or only push; both by default.
    void setDirections(bool pull, bool push);

    void run();
    void cancel();
    bool isRunning() const { return m_running; }

    /// The site's node content types the app knows, from the JSON:API entry point.
    const QStringList &bundles() const { return m_bundles; }
    /// The signed-in user's name on the site, from `meta.links.me`; empty for anonymous.
    const QString &userName() const { return m_userName; }
    /// The signed-in user's roles on the site, as machine names (e.g. `localgov_editor`), read
    /// with the user on connect; empty when the site does not say.
    const QStringList &roles() const { return m_roles; }

signals:
    void phaseChanged(lga::sync::SyncEngine::Phase phase);
    /// Pages pulled so far, or writes pushed of \a total.
    void progress(lga::sync::SyncEngine::Phase phase, int done, int total);
    void finished(const lga::sync::SyncReport &report);
    void credentialsChanged(const lga::sync::Credentials &credentials);

private:
    void connectToSite();
    void identify(const QUrl &me);
    void pull();
    void push();
    void finish(const QString &error = {});

    store::PageStore &m_store;
    std::unique_ptr<store::SyncStore> m_sync;
    SiteClient *m_client = nullptr;
    QPointer<PullJob> m_pull;
    QPointer<PushJob> m_push;
    QString m_revisionLog;
    QStringList m_bundles;
    QString m_userName;
    QStringList m_roles;
    SyncReport m_report;
    int m_requestsBefore = 0;
    bool m_doPull = true;
    bool m_doPush = true;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace lga::sync
