// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/server.h>

#include <cms-emulator/collectionquery.h>
#include <cms-emulator/errordocument.h>
#include <cms-emulator/resourcenormalizer.h>

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

namespace lga::emulator {

namespace {

const QByteArray mediaType = QByteArrayLiteral("application/vnd.api+json");

QString baseOf(const QHttpServerRequest &request)
{
    return request.url()
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
        .toString();
}

// Drupal builds pager links from the request's own parameters with page[offset] and
// page[limit] replaced, every key and value percent-encoded.
QString pageUrl(const QString &collectionUrl, const QUrlQuery &query, int offset, int limit)
{
    QStringList parts;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"page[offset]" || key == u"page[limit]")
            continue;
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                     QUrl::toPercentEncoding(value));
    }
    parts << QStringLiteral("page%5Boffset%5D=") + QString::number(offset)
          << QStringLiteral("page%5Blimit%5D=") + QString::number(limit);
    return collectionUrl + u'?' + parts.join(u'&');
}

QJsonObject href(const QString &url)
{
    return QJsonObject{{QStringLiteral("href"), url}};
}

} // namespace

const QStringList &Server::bundles()
{
    static const QStringList list{QStringLiteral("localgov_guides_overview"),
                                  QStringLiteral("localgov_guides_page"),
                                  QStringLiteral("localgov_news_article"),
                                  QStringLiteral("localgov_newsroom"),
                                  QStringLiteral("localgov_services_landing"),
                                  QStringLiteral("localgov_services_page"),
                                  QStringLiteral("localgov_services_status"),
                                  QStringLiteral("localgov_services_sublanding"),
                                  QStringLiteral("localgov_step_by_step_overview"),
                                  QStringLiteral("localgov_step_by_step_page")};
    return list;
}

Server::Server(const QString &dataFile, const SeedPlan &plan, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(dataFile)
{
    m_ready = m_store.open(&m_error);
    if (m_ready && m_store.count() == 0)
        m_ready = m_store.insert(Seeder::generate(plan), &m_error);
}

quint16 Server::listen(quint16 port)
{
    if (!m_ready)
        return 0;
    return QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Reply reply = route(request);
    makeResponder(request, socket)
        .write(QJsonDocument(reply.document).toJson(QJsonDocument::Compact),
               {{QByteArrayLiteral("Content-Type"), mediaType}},
               QHttpServerResponder::StatusCode(reply.status));
    return true;
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only satisfies the interface.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

Server::Reply Server::route(const QHttpServerRequest &request) const
{
    const QString base = baseOf(request);
    const QString via = request.url().toString();
    const QString method =
        QString::fromLatin1(QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                           int(request.method())))
                                .toUpper());
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    const bool known =
        !segments.isEmpty() && segments[0] == u"jsonapi" &&
        (segments.size() == 1 || ((segments.size() == 3 || segments.size() == 4) &&
                                  segments[1] == u"node" && bundles().contains(segments[2])));
    if (!known)
        return {404, ErrorDocument::make(
                         404,
                         QStringLiteral("No route found for \"%1 %2\"")
                             .arg(method, request.url().adjusted(QUrl::RemoveQuery).toString()),
                         via)};

    const bool writes = request.method() == QHttpServerRequest::Method::Post ||
                        request.method() == QHttpServerRequest::Method::Patch;
    if (writes || !request.body().isEmpty()) {
        const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type"));
        if (contentType.split(';').constFirst().trimmed() != mediaType)
            return {415, ErrorDocument::make(
                             415,
                             QStringLiteral("No route found that matches \"Content-Type: %1\"")
                                 .arg(QString::fromLatin1(contentType)),
                             via)};
    }
    if (request.method() != QHttpServerRequest::Method::Get)
        return {405, ErrorDocument::make(
                         405,
                         QStringLiteral("JSON:API is configured to accept only read operations. "
                                        "Site administrators can configure this at <a "
                                        "href=\"%1/admin/config/services/jsonapi\">%1/admin/config/"
                                        "services/jsonapi</a>.")
                             .arg(base),
                         via)};
    if (segments.size() == 1)
        return entryPoint(base);
    if (segments.size() == 3)
        return collection(request, base, segments[2]);
    return individual(request, base, segments[2], segments[3]);
}

Server::Reply Server::entryPoint(const QString &base) const
{
    QJsonObject links{{QStringLiteral("self"), href(base + QStringLiteral("/jsonapi"))}};
    for (const QString &bundle : bundles())
        links.insert(QStringLiteral("node--") + bundle,
                     href(base + QStringLiteral("/jsonapi/node/") + bundle));
    return {200, QJsonObject{{QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
                             {QStringLiteral("data"), QJsonArray()},
                             {QStringLiteral("links"), links}}};
}

Server::Reply Server::collection(const QHttpServerRequest &request, const QString &base,
                                 const QString &bundle) const
{
    const QString type = QStringLiteral("node--") + bundle;
    const QUrlQuery urlQuery = request.query();
    CollectionQuery query;
    QString error;
    if (!query.parse(urlQuery, type, &error))
        return {400, ErrorDocument::make(400, error, request.url().toString())};

    const ResourceNormalizer normalizer(base);
    QList<Node> nodes = m_store.list(bundle, query);
    const bool more = nodes.size() > query.limit();
    if (more)
        nodes.removeLast();
    QJsonArray data;
    for (const Node &node : std::as_const(nodes))
        data.append(normalizer.normalize(node, query.fields()));

    const QString url = normalizer.collectionUrl(bundle);
    QString self = url;
    if (!urlQuery.isEmpty())
        self += u'?' + request.url().query(QUrl::FullyEncoded);
    QJsonObject links{{QStringLiteral("self"), href(self)}};
    if (more)
        links.insert(QStringLiteral("next"),
                     href(pageUrl(url, urlQuery, query.offset() + query.limit(), query.limit())));
    if (query.offset() > 0) {
        links.insert(QStringLiteral("first"), href(pageUrl(url, urlQuery, 0, query.limit())));
        links.insert(
            QStringLiteral("prev"),
            href(pageUrl(url, urlQuery, qMax(0, query.offset() - query.limit()), query.limit())));
    }
    return {200, QJsonObject{{QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
                             {QStringLiteral("data"), data},
                             {QStringLiteral("links"), links}}};
}

Server::Reply Server::individual(const QHttpServerRequest &request, const QString &base,
                                 const QString &bundle, const QString &uuid) const
{
    const std::optional<Node> node = m_store.find(bundle, uuid);
    if (!node)
        return {404, ErrorDocument::make(
                         404,
                         QStringLiteral("The \"entity\" parameter was not converted for the path "
                                        "\"/jsonapi/node/%1/{entity}\" (route name: "
                                        "\"jsonapi.node--%1.individual\")")
                             .arg(bundle),
                         request.url().toString())};
    const ResourceNormalizer normalizer(base);
    CollectionQuery query;
    QString error;
    if (!query.parse(request.query(), QStringLiteral("node--") + bundle, &error))
        return {400, ErrorDocument::make(400, error, request.url().toString())};
    return {200, QJsonObject{{QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
                             {QStringLiteral("data"), normalizer.normalize(*node, query.fields())},
                             {QStringLiteral("links"),
                              QJsonObject{{QStringLiteral("self"),
                                           href(normalizer.individualUrl(*node))}}}}};
}

} // namespace lga::emulator
