// SPDX-License-Identifier: GPL-2.0-or-later
// Faults injected into the CMS emulator, observed as the sync client meets them: over real HTTP
// on 127.0.0.1 with QNetworkAccessManager.
#include <cms-emulator/server.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace lga::emulator;

namespace {

// The real emulator, counting how often its request handler runs: a request that the injector
// lets run passes through the handler twice.
class CountingServer : public Server
{
public:
    using Server::Server;
    int calls = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++calls;
        return Server::handleRequest(request, socket);
    }
};

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray retryAfter;
    QByteArray body;
    qint64 elapsedMs = 0;

    bool parses() const
    {
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError;
    }
    QJsonObject document() const { return QJsonDocument::fromJson(body).object(); }
};

class EmulatorFaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server = std::make_unique<CountingServer>(
            m_dir.filePath(QStringLiteral("cms.sqlite")),
            SeedPlan{{QStringLiteral("localgov_services_page"), 6},
                     {QStringLiteral("localgov_news_article"), 3}});
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(0);
        ASSERT_NE(m_port, 0);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port) + path);
    }

    QNetworkReply *start(const QString &path, const QByteArray &verb = QByteArrayLiteral("GET"),
                         const QByteArray &body = {}, int timeoutMs = 0)
    {
        QNetworkRequest request(url(path));
        request.setRawHeader("Accept", "application/vnd.api+json");
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        if (timeoutMs > 0)
            request.setTransferTimeout(timeoutMs);
        return m_network.sendCustomRequest(request, verb, body);
    }

    Answer finish(QNetworkReply *reply)
    {
        QElapsedTimer timer;
        timer.start();
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Answer answer;
        answer.error = reply->error();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.retryAfter = reply->rawHeader("Retry-After");
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return answer;
    }

    Answer send(const QString &path, const QByteArray &verb = QByteArrayLiteral("GET"),
                const QByteArray &body = {}, int timeoutMs = 0)
    {
        QElapsedTimer timer;
        timer.start();
        Answer answer = finish(start(path, verb, body, timeoutMs));
        answer.elapsedMs = timer.elapsed();
        return answer;
    }

    Answer configure(const char *faultsJson)
    {
        return send(QStringLiteral("/emulator/faults"), QByteArrayLiteral("POST"),
                    QByteArray("{\"faults\": ") + faultsJson + '}');
    }

    // Lets the server notice a connection the client dropped.
    static void settle(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CountingServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

const QString services = QStringLiteral("/jsonapi/node/localgov_services_page");
const QString news = QStringLiteral("/jsonapi/node/localgov_news_article");

TEST_F(EmulatorFaultTest, AdminRouteListsReplacesAndClearsFaults)
{
    Answer listed = send(QStringLiteral("/emulator/faults"));
    ASSERT_EQ(listed.status, 200);
    EXPECT_TRUE(listed.document().value(u"faults").toArray().isEmpty());

    // A fault on every path does not reach the admin route itself.
    const Answer set = configure(R"([{"kind": "status", "status": 502},
                                     {"kind": "latency", "ms": 10, "methods": ["PATCH"]}])");
    ASSERT_EQ(set.status, 200);
    listed = send(QStringLiteral("/emulator/faults"));
    ASSERT_EQ(listed.status, 200);
    const QJsonArray faults = listed.document().value(u"faults").toArray();
    ASSERT_EQ(faults.size(), 2);
    EXPECT_EQ(faults[0].toObject().value(u"kind").toString(), u"status");
    EXPECT_EQ(faults[0].toObject().value(u"status").toInt(), 502);
    EXPECT_EQ(faults[1].toObject().value(u"methods").toArray().first().toString(), u"PATCH");
    EXPECT_EQ(send(services).status, 502);

    // An invalid list is refused whole and the faults in force stay.
    const Answer refused = configure(R"([{"kind": "latency", "ms": 5}, {"kind": "explode"}])");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(refused.document().value(u"error").toString().contains(u"faults[1]"));
    EXPECT_EQ(send(QStringLiteral("/emulator/faults")).document().value(u"faults").toArray().size(),
              2);

    EXPECT_EQ(send(QStringLiteral("/emulator/faults"), QByteArrayLiteral("DELETE")).status, 200);
    EXPECT_TRUE(
        send(QStringLiteral("/emulator/faults")).document().value(u"faults").toArray().isEmpty());
    EXPECT_EQ(send(services).status, 200);
}

TEST_F(EmulatorFaultTest, StatusFaultAnswersDrupalErrorWithRetryAfterWithoutRunning)
{
    const Answer healthy = send(services);
    ASSERT_EQ(healthy.status, 200);
    ASSERT_EQ(
        configure(R"([{"kind": "status", "status": 503, "retry-after": 2, "count": 1}])").status,
        200);
    const int before = m_server->calls;
    const Answer failed = send(services);
    EXPECT_EQ(m_server->calls - before, 1) << "the faulted request must not run";
    EXPECT_EQ(failed.error, QNetworkReply::ServiceUnavailableError);
    EXPECT_EQ(failed.status, 503);
    EXPECT_EQ(failed.retryAfter, "2");
    const QJsonObject error = failed.document().value(u"errors").toArray().first().toObject();
    EXPECT_EQ(error.value(u"status").toString(), u"503");
    EXPECT_EQ(error.value(u"title").toString(), u"Service Unavailable");
    EXPECT_TRUE(error.value(u"links").toObject().contains(u"via"));

    // The fault was used up: the client recovers on retry.
    const Answer recovered = send(services);
    EXPECT_EQ(recovered.status, 200);
    EXPECT_EQ(recovered.document(), healthy.document());

    ASSERT_EQ(configure(R"([{"kind": "status"}])").status, 200);
    const Answer internal = send(services);
    EXPECT_EQ(internal.status, 500);
    EXPECT_TRUE(internal.retryAfter.isEmpty());
}

TEST_F(EmulatorFaultTest, MaintenanceModeAnswers503WithDrupalsMessageAndRetryAfter)
{
    ASSERT_EQ(configure(R"([{"kind": "maintenance"}])").status, 200);
    const int before = m_server->calls;
    for (int i = 0; i < 5; ++i) {
        const Answer answer = send(news);
        EXPECT_EQ(answer.status, 503);
        const int seconds = answer.retryAfter.toInt();
        EXPECT_GE(seconds, 5);
        EXPECT_LE(seconds, 10);
        EXPECT_TRUE(answer.document()
                        .value(u"errors")
                        .toArray()
                        .first()
                        .toObject()
                        .value(u"detail")
                        .toString()
                        .endsWith(u"is currently under maintenance. We should be back shortly. "
                                  u"Thank you for your patience."));
    }
    EXPECT_EQ(m_server->calls - before, 5) << "requests in maintenance mode must not run";
}

TEST_F(EmulatorFaultTest, AfterAndCountChooseWhichMatchingRequestsFail)
{
    ASSERT_EQ(configure(R"([{"kind": "status", "status": 500, "after": 2, "count": 2}])").status,
              200);
    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses << send(services).status;
    EXPECT_EQ(statuses, (QList<int>{200, 200, 500, 500, 200, 200}));
    const QJsonObject listed = send(QStringLiteral("/emulator/faults"))
                                   .document()
                                   .value(u"faults")
                                   .toArray()[0]
                                   .toObject();
    EXPECT_EQ(listed.value(u"seen").toInt(), 6);
    EXPECT_EQ(listed.value(u"applied").toInt(), 2);
}

TEST_F(EmulatorFaultTest, FaultsMatchOnPathPrefixAndMethod)
{
    m_server->faults().add(*Fault::fromSpec(QStringLiteral("status=502,path=") + news, nullptr));
    m_server->faults().add(
        *Fault::fromSpec(QStringLiteral("status=503,methods=PATCH|POST"), nullptr));
    EXPECT_EQ(send(news).status, 502);
    EXPECT_EQ(send(news + QStringLiteral("?page[limit]=1")).status, 502);
    EXPECT_EQ(send(services).status, 200);
    EXPECT_EQ(send(QStringLiteral("/jsonapi")).status, 200);
    EXPECT_EQ(send(services, QByteArrayLiteral("PATCH"), QByteArrayLiteral("{}")).status, 503);
    // The first matching fault decides.
    EXPECT_EQ(send(news, QByteArrayLiteral("POST"), QByteArrayLiteral("{}")).status, 502);
}

TEST_F(EmulatorFaultTest, CommandLineSpecsAreCheckedAndParsed)
{
    QString error;
    const auto fault = Fault::fromSpec(
        QStringLiteral("status=503,retry-after=2,count=3,methods=GET,path=/jsonapi/node"), &error);
    ASSERT_TRUE(fault) << error.toStdString();
    EXPECT_EQ(fault->kind, Fault::Kind::Status);
    EXPECT_EQ(fault->status, 503);
    EXPECT_EQ(fault->retryAfter, 2);
    EXPECT_EQ(fault->count, 3);
    EXPECT_EQ(fault->methods, QStringList{QStringLiteral("GET")});
    EXPECT_EQ(fault->path, u"/jsonapi/node");

    const auto reset = Fault::fromSpec(QStringLiteral("reset=10,executed=false"), &error);
    ASSERT_TRUE(reset) << error.toStdString();
    EXPECT_EQ(reset->bytes, 10);
    EXPECT_FALSE(reset->executed);
    EXPECT_TRUE(Fault::fromSpec(QStringLiteral("truncate"), &error)->executed);

    EXPECT_FALSE(Fault::fromSpec(QStringLiteral("status=404"), &error));
    EXPECT_FALSE(Fault::fromSpec(QStringLiteral("latency"), &error));
    EXPECT_FALSE(Fault::fromSpec(QStringLiteral("maintenance,executed=true"), &error));
    EXPECT_FALSE(Fault::fromSpec(QStringLiteral("reset,methods=FETCH"), &error));
    EXPECT_FALSE(Fault::fromSpec(QStringLiteral("malformed,cuont=2"), &error));
    EXPECT_TRUE(error.contains(u"cuont"));
}

TEST_F(EmulatorFaultTest, LatencyDelaysTheAnswerWithoutBlockingOtherRequests)
{
    const Answer healthy = send(news);
    ASSERT_EQ(healthy.status, 200);
    ASSERT_EQ(
        configure(
            R"([{"kind": "latency", "ms": 700, "path": "/jsonapi/node/localgov_news_article"}])")
            .status,
        200);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow = start(news);
    const Answer quick = send(services);
    EXPECT_EQ(quick.status, 200);
    EXPECT_LT(timer.elapsed(), 500) << "a held request must not block the server";
    const Answer late = finish(slow);
    EXPECT_EQ(late.status, 200);
    EXPECT_GE(timer.elapsed(), 700);
    EXPECT_EQ(late.document(), healthy.document());
}

TEST_F(EmulatorFaultTest, ClientThatTimesOutDuringLatencyNeverHasItsRequestRun)
{
    ASSERT_EQ(configure(R"([{"kind": "latency", "ms": 600}])").status, 200);
    const int before = m_server->calls;
    const Answer timedOut = send(services, QByteArrayLiteral("GET"), {}, 150);
    EXPECT_NE(timedOut.error, QNetworkReply::NoError);
    EXPECT_LT(timedOut.elapsedMs, 550);
    settle(700);
    EXPECT_EQ(m_server->calls - before, 1) << "the abandoned request ran";

    // Latency in front of another fault: slow, then the error.
    ASSERT_EQ(
        configure(R"([{"kind": "latency", "ms": 300}, {"kind": "status", "status": 502}])").status,
        200);
    const Answer slowError = send(services);
    EXPECT_EQ(slowError.status, 502);
    EXPECT_GE(slowError.elapsedMs, 300);
}

TEST_F(EmulatorFaultTest, ResetBreaksTheConnectionAfterTheRequestRanOrNot)
{
    ASSERT_EQ(configure(R"([{"kind": "reset", "count": 1}])").status, 200);
    int before = m_server->calls;
    const Answer reset = send(services);
    EXPECT_NE(reset.error, QNetworkReply::NoError);
    // Half the real answer got through: its status line is there, but the reply failed.
    EXPECT_EQ(reset.status, 200);
    EXPECT_FALSE(reset.parses());
    EXPECT_EQ(m_server->calls - before, 2) << "by default the request ran before the reset";
    EXPECT_EQ(send(services).status, 200);

    ASSERT_EQ(configure(R"([{"kind": "reset", "executed": false, "bytes": 0}])").status, 200);
    before = m_server->calls;
    const Answer dropped = send(news);
    EXPECT_NE(dropped.error, QNetworkReply::NoError);
    EXPECT_EQ(dropped.status, 0);
    // Every attempt, including the one retry QNetworkAccessManager makes by itself when a
    // connection drops before any answer, is dropped unrun.
    const int calls = m_server->calls - before;
    const QJsonObject listed = send(QStringLiteral("/emulator/faults"))
                                   .document()
                                   .value(u"faults")
                                   .toArray()[0]
                                   .toObject();
    EXPECT_EQ(calls, listed.value(u"applied").toInt());
    EXPECT_GE(calls, 1);
}

TEST_F(EmulatorFaultTest, TruncatedBodyFailsAndShowsWhetherTheRequestRan)
{
    // The real answer (404 for an unknown uuid) cut short: the client sees the status, an error
    // and a body that does not parse.
    ASSERT_EQ(configure(R"([{"kind": "truncate"}])").status, 200);
    const QString missing = services + QStringLiteral("/00000000-0000-4000-8000-000000000000");
    int before = m_server->calls;
    const Answer cut = send(missing);
    EXPECT_EQ(m_server->calls - before, 2);
    EXPECT_EQ(cut.status, 404);
    EXPECT_NE(cut.error, QNetworkReply::NoError);
    EXPECT_FALSE(cut.parses());

    ASSERT_EQ(configure(R"([{"kind": "truncate", "executed": false, "bytes": 12}])").status, 200);
    before = m_server->calls;
    const Answer unrun = send(missing);
    EXPECT_EQ(m_server->calls - before, 1);
    EXPECT_EQ(unrun.status, 200);
    EXPECT_NE(unrun.error, QNetworkReply::NoError);
    EXPECT_FALSE(unrun.parses());
}

TEST_F(EmulatorFaultTest, MalformedBodyComesWithStatus200)
{
    ASSERT_EQ(configure(R"([{"kind": "malformed", "count": 1}])").status, 200);
    int before = m_server->calls;
    const Answer noisy = send(news);
    EXPECT_EQ(noisy.error, QNetworkReply::NoError);
    EXPECT_EQ(noisy.status, 200);
    EXPECT_FALSE(noisy.parses());
    EXPECT_TRUE(noisy.body.contains("\"data\"")) << "the real document follows the PHP notice";
    EXPECT_EQ(m_server->calls - before, 2);
    EXPECT_TRUE(send(news).parses());

    ASSERT_EQ(configure(R"([{"kind": "malformed", "executed": false}])").status, 200);
    before = m_server->calls;
    const Answer page = send(news);
    EXPECT_EQ(page.status, 200);
    EXPECT_FALSE(page.parses());
    EXPECT_EQ(m_server->calls - before, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
