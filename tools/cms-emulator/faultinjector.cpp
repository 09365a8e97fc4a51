// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/faultinjector.h>

#include <cms-emulator/capturesocket.h>
#include <cms-emulator/errordocument.h>

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace lga::emulator {

namespace {

const QString adminPath = QStringLiteral("/emulator/faults");
const QByteArray jsonApiType = QByteArrayLiteral("application/vnd.api+json");

QString methodName(const QHttpServerRequest &request)
{
    return QString::fromLatin1(
        QByteArray(
            QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
            .toUpper());
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Server Error");
    }
}

// A complete HTTP/1.1 response; the connection stays open for the next request.
QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                     "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + body;
}

// Drupal's error document with the title its HttpExceptionNormalizer takes from Symfony.
QByteArray errorBody(int status, const QString &detail, const QString &via)
{
    QJsonObject document = ErrorDocument::make(status, detail, via);
    QJsonArray errors = document.value(u"errors").toArray();
    QJsonObject error = errors.first().toObject();
    error.insert(QStringLiteral("title"), QString::fromLatin1(reasonPhrase(status)));
    errors.replace(0, error);
    document.insert(QStringLiteral("errors"), errors);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QByteArray adminBody(const QList<Fault> &faults)
{
    QJsonArray list;
    for (const Fault &fault : faults)
        list.append(fault.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("faults"), list}})
        .toJson(QJsonDocument::Compact);
}

// A reset (RST) rather than an orderly close, as when a server process or proxy dies.
void resetConnection(QTcpSocket *socket)
{
    socket->flush();
#ifdef Q_OS_UNIX
    const linger immediate{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate,
                 sizeof immediate);
#endif
    socket->abort();
}

int brokenLength(const Fault &fault, qsizetype full)
{
    const qsizetype wanted = fault.bytes >= 0 ? fault.bytes : full / 2;
    return int(qBound(qsizetype(0), wanted, qMax(qsizetype(0), full - 1)));
}

} // namespace

FaultInjector::FaultInjector(Dispatch dispatch, QObject *parent)
    : QObject(parent)
    , m_dispatch(std::move(dispatch))
{}

void FaultInjector::add(const Fault &fault)
{
    m_faults.append(fault);
}

bool FaultInjector::addSpec(const QString &spec, QString *error)
{
    const std::optional<Fault> fault = Fault::fromSpec(spec, error);
    if (fault)
        add(*fault);
    return fault.has_value();
}

void FaultInjector::clear()
{
    m_faults.clear();
}

bool FaultInjector::intercept(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_dispatching)
        return false;
    const QString path = request.url().path();
    if (path == adminPath) {
        admin(request, socket);
        return true;
    }
    if (path.startsWith(u"/emulator/"))
        return false;

    // Every matching fault counts the request; latency faults add up, and the first other
    // fault that is due decides how the request ends.
    const QString method = methodName(request);
    int delay = 0;
    std::optional<Fault> outcome;
    for (Fault &fault : m_faults) {
        if (!path.startsWith(fault.path) ||
            (!fault.methods.isEmpty() && !fault.methods.contains(method)))
            continue;
        ++fault.seen;
        if (fault.seen <= fault.after || (fault.count >= 0 && fault.applied >= fault.count))
            continue;
        if (fault.kind == Fault::Kind::Latency) {
            delay += fault.ms;
            ++fault.applied;
        } else if (!outcome) {
            outcome = fault;
            ++fault.applied;
        }
    }
    if (delay == 0 && !outcome)
        return false;
    if (delay == 0) {
        respond(request, socket, outcome);
        return true;
    }
    // The request object lives as long as its connection, so it can be answered later.
    const QPointer<QTcpSocket> held(socket);
    const QHttpServerRequest *later = &request;
    QTimer::singleShot(delay, this, [this, held, later, outcome] {
        // A client that gave up waiting never reached the site: nothing runs.
        if (held && held->state() == QAbstractSocket::ConnectedState)
            respond(*later, held, outcome);
    });
    return true;
}

void FaultInjector::admin(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray json = QByteArrayLiteral("application/json");
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        break;
    case QHttpServerRequest::Method::Delete:
        clear();
        break;
    case QHttpServerRequest::Method::Post: {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        QString error;
        if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
            !document.object().value(u"faults").isArray())
            error = QStringLiteral("Send {\"faults\": [ … ]}.");
        QList<Fault> parsed;
        const QJsonArray list = document.object().value(u"faults").toArray();
        for (qsizetype i = 0; error.isEmpty() && i < list.size(); ++i) {
            const std::optional<Fault> fault = Fault::fromJson(list.at(i).toObject(), &error);
            if (fault)
                parsed.append(*fault);
            else
                error = QStringLiteral("faults[%1]: %2").arg(i).arg(error);
        }
        if (!error.isEmpty()) {
            const QJsonObject answer{{QStringLiteral("error"), error}};
            socket->write(
                httpResponse(400, json, QJsonDocument(answer).toJson(QJsonDocument::Compact)));
            return;
        }
        m_faults = parsed;
        break;
    }
    default:
        socket->write(
            httpResponse(405, json, QByteArrayLiteral("{\"error\": \"Use GET, POST or DELETE.\"}"),
                         {{QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST, DELETE")}}));
        return;
    }
    socket->write(httpResponse(200, json, adminBody(m_faults)));
}

void FaultInjector::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                            const std::optional<Fault> &outcome)
{
    if (!outcome) {
        dispatch(request, socket);
        return;
    }
    const Fault &fault = *outcome;
    const QString via = request.url().toString();
    switch (fault.kind) {
    case Fault::Kind::Latency:
        dispatch(request, socket);
        return;
    case Fault::Kind::Status: {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (fault.retryAfter >= 0)
            headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfter)});
        socket->write(httpResponse(
            fault.status, jsonApiType,
            errorBody(
                fault.status,
                QStringLiteral("The website encountered an unexpected error. Try again later."),
                via),
            headers));
        return;
    }
    case Fault::Kind::Maintenance: {
        // Drupal's JsonapiMaintenanceModeSubscriber picks Retry-After between 5 and 10 seconds.
        const int seconds =
            fault.retryAfter >= 0 ? fault.retryAfter : QRandomGenerator::global()->bounded(5, 11);
        socket->write(httpResponse(
            503, jsonApiType,
            errorBody(503,
                      QStringLiteral("LocalGov Emulator is currently under maintenance. We should "
                                     "be back shortly. Thank you for your patience."),
                      via),
            {{QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)}}));
        return;
    }
    case Fault::Kind::Reset: {
        // Executed: the site did the work and died while answering. Not executed: the
        // connection dropped before the site saw the request, so no bytes come back.
        const QByteArray response = fault.executed ? capture(request) : QByteArray();
        socket->write(response.left(brokenLength(fault, response.size())));
        resetConnection(socket);
        return;
    }
    case Fault::Kind::Truncate: {
        QByteArray head;
        QByteArray body;
        if (fault.executed) {
            CaptureSocket captured;
            dispatch(request, &captured);
            head = captured.head();
            body = captured.body();
        }
        if (body.isEmpty()) {
            // Nothing real to cut short: promise a JSON:API document and send part of it.
            body = QJsonDocument(
                       QJsonObject{{QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
                                   {QStringLiteral("data"), QJsonArray()}})
                       .toJson(QJsonDocument::Compact);
            head = httpResponse(200, jsonApiType, body);
            head.chop(body.size());
        }
        socket->write(head + body.left(brokenLength(fault, body.size())));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    case Fault::Kind::Malformed: {
        // Executed: a PHP notice printed ahead of the real document, as a misconfigured site
        // does. Not executed: a proxy's HTML page in place of the site's answer.
        QByteArray body;
        if (fault.executed) {
            CaptureSocket captured;
            dispatch(request, &captured);
            body = "<br />\n<b>Deprecated</b>:  Creation of dynamic property is deprecated in "
                   "<b>example.module</b> on line <b>42</b><br />\n" +
                   captured.body();
        } else {
            body =
                QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Please wait</title></head>"
                                  "<body><p>Checking your connection...</p></body></html>\n");
        }
        socket->write(httpResponse(200, jsonApiType, body));
        return;
    }
    }
}

void FaultInjector::dispatch(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_dispatching = true;
    m_dispatch(request, socket);
    m_dispatching = false;
}

QByteArray FaultInjector::capture(const QHttpServerRequest &request)
{
    CaptureSocket captured;
    dispatch(request, &captured);
    return captured.written();
}

} // namespace lga::emulator
