// SPDX-License-Identifier: GPL-2.0-or-later
// Review decisions synced as workflow transitions against the CMS emulator over real HTTP on
// 127.0.0.1: who may decide what (localgov.md §3.2), decisions taken offline, and decisions on
// a page that changed on the site after the reviewer opened it.
#include <cms-emulator/account.h>
#include <cms-emulator/accountstore.h>
#include <cms-emulator/server.h>
#include <store/pagestore.h>
#include <store/syncstore.h>
#include <sync/credentials.h>
#include <sync/reviewdecision.h>
#include <sync/siteclient.h>
#include <sync/syncengine.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace lga;
using namespace Qt::Literals::StringLiterals;

namespace {

using Kind = sync::ReviewDecision::Kind;

struct Http
{
    int status = 0;
    QJsonObject document;
};

class ReviewSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        startServer();
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"store.sqlite"_s)))
            << m_store.lastError().message.toStdString();
    }

    // The same site file on the same port, so that a restart is the same site to the app.
    void startServer()
    {
        m_server.reset();
        m_server = std::make_unique<emulator::Server>(m_dir.filePath(u"cms.sqlite"_s),
                                                      emulator::Seeder::spread(300),
                                                      emulator::ServerOptions{});
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(m_port);
        ASSERT_NE(m_port, 0);
    }

    QString site() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    sync::Credentials as(const QString &user) const
    {
        sync::Credentials credentials;
        credentials.site = QUrl(site());
        credentials.method = sync::AuthMethod::Basic;
        credentials.userName = user;
        credentials.password = user + u"-pass"_s;
        return credentials;
    }

    sync::SyncReport runSync(const QString &user, QStringList *roles = nullptr, bool pull = true,
                             bool push = true)
    {
        sync::SyncEngine engine(m_store, as(user));
        sync::RetryPolicy policy;
        policy.firstDelay = std::chrono::milliseconds(20);
        policy.maxDelay = std::chrono::milliseconds(100);
        policy.maxAttempts = 2;
        policy.transferTimeout = std::chrono::milliseconds(3000);
        engine.client().setRetryPolicy(policy);
        engine.setDirections(pull, push);
        sync::SyncReport report;
        QEventLoop loop;
        QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
                         [&](const sync::SyncReport &r) {
                             report = r;
                             loop.quit();
                         });
        QTimer::singleShot(30000, &loop, [&] {
            report.error = u"test timed out"_s;
            loop.quit();
        });
        engine.run();
        loop.exec();
        if (roles)
            *roles = engine.roles();
        return report;
    }

    Http http(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(site() + path));
        request.setRawHeader("Accept", "application/vnd.api+json");
        request.setRawHeader("Authorization",
                             "Basic " + QByteArray("editor:editor-pass").toBase64());
        QByteArray data;
        if (!body.isEmpty()) {
            request.setRawHeader("Content-Type", "application/vnd.api+json");
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, data);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Http result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.document = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    static QString nodePath(const QJsonObject &resource)
    {
        return u"/jsonapi/node/"_s + resource.value(u"type"_s).toString().mid(6) + u'/' +
               resource.value(u"id"_s).toString();
    }

    QJsonObject remote(const QUuid &page)
    {
        const std::optional<store::SyncRecord> record = store::SyncStore(m_store).record(page);
        EXPECT_TRUE(record);
        if (!record)
            return {};
        const Http answer = http("GET", nodePath(record->resource));
        EXPECT_EQ(answer.status, 200);
        return answer.document.value(u"data"_s).toObject();
    }

    QString remoteState(const QUuid &page)
    {
        return remote(page).value(u"attributes"_s)[u"moderation_state"_s].toString();
    }

    // A colleague changes the page on the site (in the web admin, as the editor), keeping or
    // changing its state.
    void changeOnSite(const QUuid &page, const QString &state = {}, const QString &title = {})
    {
        const QJsonObject resource = remote(page);
        QJsonObject attributes{
            {u"moderation_state"_s, state.isEmpty()
                                        ? resource.value(u"attributes"_s)[u"moderation_state"_s]
                                        : QJsonValue(state)},
            {u"revision_log"_s, u"Changed on the site"_s}};
        if (!title.isEmpty())
            attributes.insert(u"title"_s, title);
        const QJsonObject patch{{u"data"_s, QJsonObject{{u"type"_s, resource.value(u"type"_s)},
                                                        {u"id"_s, resource.value(u"id"_s)},
                                                        {u"attributes"_s, attributes}}}};
        const Http answer = http("PATCH", nodePath(resource), patch);
        ASSERT_EQ(answer.status, 200) << QJsonDocument(answer.document).toJson().toStdString();
    }

    // Drafts on the site (never published) owned by \a uid, as pulled into the store.
    QList<QUuid> draftsOwnedBy(qint64 uid)
    {
        QList<QUuid> result;
        store::SyncStore sync(m_store);
        for (const core::PageSummary &summary : m_store.summaries()) {
            const std::optional<store::SyncRecord> record = sync.record(summary.uuid);
            if (!record || summary.state != core::ModerationState::Draft)
                continue;
            const QString owner =
                record->resource.value(u"relationships"_s)[u"uid"_s][u"data"_s][u"id"_s].toString();
            if (owner == emulator::Account::uuidForUser(uid))
                result.append(summary.uuid);
        }
        return result;
    }

    int transitionsQueued(const QUuid &page)
    {
        int count = 0;
        for (const store::OutboxEntry &entry : store::SyncStore(m_store).outbox())
            count +=
                entry.page == page && entry.operation == store::OutboxEntry::Operation::Transition;
        return count;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<emulator::Server> m_server;
    quint16 m_port = 0;
    store::PageStore m_store;
};

TEST_F(ReviewSyncTest, EachUserLearnsTheirRoleOnConnect)
{
    for (const QString &user : {u"editor"_s, u"author"_s, u"contributor"_s}) {
        QStringList roles;
        const sync::SyncReport report = runSync(user, &roles, false, false);
        ASSERT_TRUE(report.ok()) << report.error.toStdString();
        EXPECT_EQ(roles, QStringList{u"localgov_"_s + user}) << user.toStdString();
    }
}

// One decision by one user on a page they own, in the state the decision starts from.
struct DecisionRow
{
    const char *user;
    qint64 uid;
    core::ModerationState from;
    Kind kind;
    bool allowed;      // §3.2
    const char *after; // The state on the site afterwards.
};

TEST_F(ReviewSyncTest, DecisionsFollowTheRoleTableHereAndOnTheSite)
{
    using S = core::ModerationState;
    using Accounts = emulator::AccountStore;
    const QList<DecisionRow> rows{
        {"editor", Accounts::editorUid, S::Review, Kind::Approve, true, "published"},
        {"editor", Accounts::editorUid, S::Review, Kind::SendBack, true, "draft"},
        {"editor", Accounts::editorUid, S::Review, Kind::Archive, true, "archived"},
        {"editor", Accounts::editorUid, S::Draft, Kind::SubmitForReview, true, "review"},
        {"author", Accounts::authorUid, S::Review, Kind::Approve, false, "review"},
        {"author", Accounts::authorUid, S::Review, Kind::SendBack, true, "draft"},
        {"author", Accounts::authorUid, S::Review, Kind::Archive, true, "archived"},
        {"author", Accounts::authorUid, S::Draft, Kind::SubmitForReview, true, "review"},
        {"contributor", Accounts::contributorUid, S::Review, Kind::Approve, false, "review"},
        {"contributor", Accounts::contributorUid, S::Review, Kind::SendBack, true, "draft"},
        {"contributor", Accounts::contributorUid, S::Review, Kind::Archive, false, "review"},
        {"contributor", Accounts::contributorUid, S::Draft, Kind::SubmitForReview, true, "review"},
    };
    ASSERT_TRUE(runSync(u"editor"_s).ok());
    // Each row gets a draft of its own; those starting in review are submitted on the site.
    QHash<qint64, QList<QUuid>> drafts;
    QList<QUuid> pages;
    for (const DecisionRow &row : rows) {
        if (!drafts.contains(row.uid))
            drafts.insert(row.uid, draftsOwnedBy(row.uid));
        ASSERT_FALSE(drafts[row.uid].isEmpty()) << "not enough drafts owned by " << row.user;
        pages.append(drafts[row.uid].takeFirst());
        if (row.from == S::Review)
            changeOnSite(pages.last(), u"review"_s);
    }

    store::SyncStore sync(m_store);
    for (const QString &user : {u"editor"_s, u"author"_s, u"contributor"_s}) {
        QStringList roles;
        ASSERT_TRUE(runSync(user, &roles, true, false).ok());
        sync::ReviewDecision decision(m_store, roles);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const DecisionRow &row = rows[i];
            if (user != QString::fromLatin1(row.user))
                continue;
            SCOPED_TRACE(std::string(row.user) + " " +
                         sync::ReviewDecision::transitionId(row.kind).toStdString());
            ASSERT_EQ(decision.pendingState(pages[i]), row.from);
            const bool offered = decision.available(pages[i]).contains(row.kind);
            const bool queued = decision.queue(pages[i], row.kind, u"Decided by %1"_s.arg(user));
            EXPECT_EQ(queued, row.allowed) << decision.error().toStdString();
            EXPECT_EQ(offered, row.allowed);
            EXPECT_EQ(transitionsQueued(pages[i]), row.allowed ? 1 : 0);
            if (!row.allowed) {
                EXPECT_TRUE(decision.error().contains(u"role"_s)) << decision.error().toStdString();
                // The site agrees: the same move sent anyway (say with roles changed since the
                // last connect) is refused there, with its own words.
                const std::optional<store::SyncRecord> record = sync.record(pages[i]);
                ASSERT_TRUE(sync.enqueue(
                    pages[i], store::OutboxEntry::Operation::Transition,
                    QJsonObject{
                        {u"state"_s, row.kind == Kind::Approve ? u"published"_s : u"archived"_s},
                        {u"log"_s, u"Not allowed"_s},
                        {u"changed"_s,
                         record->resource.value(u"attributes"_s)[u"changed"_s].toString()}}));
            }
        }
        const sync::SyncReport report = runSync(user, nullptr, false, true);
        ASSERT_TRUE(report.ok()) << report.error.toStdString();
    }

    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DecisionRow &row = rows[i];
        SCOPED_TRACE(std::string(row.user) + " " +
                     sync::ReviewDecision::transitionId(row.kind).toStdString());
        const QJsonObject attributes = remote(pages[i]).value(u"attributes"_s).toObject();
        EXPECT_EQ(attributes.value(u"moderation_state"_s).toString(), QLatin1StringView(row.after));
        const std::optional<store::SyncRecord> record = sync.record(pages[i]);
        ASSERT_TRUE(record);
        EXPECT_EQ(transitionsQueued(pages[i]), 0);
        if (row.allowed) {
            EXPECT_EQ(attributes.value(u"revision_log"_s).toString(),
                      u"Decided by "_s + QLatin1StringView(row.user));
            EXPECT_EQ(record->status, store::SyncStatus::Synced) << record->message.toStdString();
            EXPECT_EQ(m_store.page(pages[i])->state,
                      core::moderationStateFromMachineName(QLatin1StringView(row.after)));
        } else {
            EXPECT_EQ(record->status, store::SyncStatus::Error);
            EXPECT_TRUE(record->message.contains(u"You do not have access to transition"_s))
                << record->message.toStdString();
            EXPECT_EQ(m_store.page(pages[i])->state, row.from);
        }
    }
}

TEST_F(ReviewSyncTest, SendingBackWithoutACommentIsRefusedAndNothingIsQueued)
{
    ASSERT_TRUE(runSync(u"editor"_s).ok());
    const QList<QUuid> drafts = draftsOwnedBy(emulator::AccountStore::editorUid);
    ASSERT_FALSE(drafts.isEmpty());
    changeOnSite(drafts.first(), u"review"_s);
    QStringList roles;
    ASSERT_TRUE(runSync(u"editor"_s, &roles).ok());
    sync::ReviewDecision decision(m_store, roles);
    EXPECT_FALSE(decision.queue(drafts.first(), Kind::SendBack, u"   "_s));
    EXPECT_TRUE(decision.error().contains(u"comment"_s)) << decision.error().toStdString();
    EXPECT_EQ(transitionsQueued(drafts.first()), 0);
    // Approving a draft is not a move the workflow has, whatever the role.
    EXPECT_FALSE(decision.queue(drafts.at(1), Kind::Approve));
    EXPECT_FALSE(decision.error().isEmpty());
    EXPECT_EQ(transitionsQueued(drafts.at(1)), 0);
    // Without a known role nothing is decided.
    sync::ReviewDecision unknown(m_store, {});
    EXPECT_FALSE(unknown.queue(drafts.first(), Kind::Approve));
    EXPECT_TRUE(unknown.available(drafts.first()).isEmpty());
    EXPECT_EQ(transitionsQueued(drafts.first()), 0);
}

TEST_F(ReviewSyncTest, DecisionsTakenOfflineAreSentInOrderOnTheNextSync)
{
    QStringList roles;
    ASSERT_TRUE(runSync(u"editor"_s, &roles).ok());
    const QList<QUuid> drafts = draftsOwnedBy(emulator::AccountStore::editorUid);
    ASSERT_GE(drafts.size(), 2);
    const QUuid first = drafts[0];
    const QUuid second = drafts[1];

    m_server.reset(); // Offline.
    sync::ReviewDecision decision(m_store, roles);
    ASSERT_TRUE(decision.queue(first, Kind::SubmitForReview, u"Ready"_s))
        << decision.error().toStdString();
    // The approval follows the submission: the page will be in review by then.
    EXPECT_EQ(decision.pendingState(first), core::ModerationState::Review);
    ASSERT_TRUE(decision.queue(first, Kind::Approve, u"Approved offline"_s))
        << decision.error().toStdString();
    ASSERT_TRUE(decision.queue(second, Kind::Archive, u"No longer needed"_s))
        << decision.error().toStdString();
    const sync::SyncReport offline = runSync(u"editor"_s);
    EXPECT_FALSE(offline.ok());
    EXPECT_EQ(store::SyncStore(m_store).outbox().size(), 3);

    startServer();
    const sync::SyncReport online = runSync(u"editor"_s);
    ASSERT_TRUE(online.ok()) << online.error.toStdString();
    EXPECT_EQ(online.updated, 3);
    EXPECT_TRUE(store::SyncStore(m_store).outbox().isEmpty());
    const QJsonObject approved = remote(first).value(u"attributes"_s).toObject();
    EXPECT_EQ(approved.value(u"moderation_state"_s).toString(), u"published"_s);
    EXPECT_EQ(approved.value(u"revision_log"_s).toString(), u"Approved offline"_s);
    EXPECT_EQ(remoteState(second), u"archived"_s);
    EXPECT_EQ(m_store.page(first)->state, core::ModerationState::Published);
    EXPECT_EQ(m_store.page(second)->state, core::ModerationState::Archived);

    // Sent once: the next sync has nothing to send.
    const sync::SyncReport again = runSync(u"editor"_s);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.updated, 0);
}

TEST_F(ReviewSyncTest, ADecisionOnAPageThatChangedOnTheSiteSinceIsRefused)
{
    ASSERT_TRUE(runSync(u"editor"_s).ok());
    const QList<QUuid> drafts = draftsOwnedBy(emulator::AccountStore::editorUid);
    ASSERT_FALSE(drafts.isEmpty());
    const QUuid page = drafts.first();
    changeOnSite(page, u"review"_s);
    QStringList roles;
    ASSERT_TRUE(runSync(u"editor"_s, &roles).ok());

    sync::ReviewDecision decision(m_store, roles);
    ASSERT_TRUE(decision.queue(page, Kind::Approve, u"Looks good"_s))
        << decision.error().toStdString();
    // The author changes the page on the site before the approval reaches it.
    changeOnSite(page, {}, u"A title nobody reviewed"_s);

    const sync::SyncReport report = runSync(u"editor"_s);
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    const QJsonObject attributes = remote(page).value(u"attributes"_s).toObject();
    EXPECT_EQ(attributes.value(u"moderation_state"_s).toString(), u"review"_s);
    EXPECT_EQ(attributes.value(u"title"_s).toString(), u"A title nobody reviewed"_s);
    const std::optional<store::SyncRecord> record = store::SyncStore(m_store).record(page);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->status, store::SyncStatus::Error);
    EXPECT_TRUE(record->message.contains(u"changed on the site after you opened it"_s))
        << record->message.toStdString();
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(transitionsQueued(page), 0);
    // The reviewer now sees the new version, in review, and may decide again.
    const std::optional<core::Page> local = m_store.page(page);
    EXPECT_EQ(local->title, u"A title nobody reviewed"_s);
    EXPECT_EQ(local->state, core::ModerationState::Review);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
