// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/server.h>

#include <cms-emulator/collectionquery.h>
#include <cms-emulator/errordocument.h>
#include <cms-emulator/nodewriter.h>
#include <cms-emulator/resourcenormalizer.h>

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QUrlQuery>

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

Reply readOnlyRefusal(const QString &base, const QString &via)
{
    return {405, ErrorDocument::make(
                     405,
                     QStringLiteral("JSON:API is configured to accept only read operations. "
                                    "Site administrators can configure this at <a "
                                    "href=\"%1/admin/config/services/jsonapi\">%1/admin/config/"
                                    "services/jsonapi</a>.")
                         .arg(base),
                     via)};
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

Server::Server(const QString &dataFile, const SeedPlan &plan, const ServerOptions &options,
               QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_store(dataFile)
    , m_mediaStore(dataFile)
    , m_oauth(m_accounts, options.tokenLifetime)
    , m_auth(m_accounts, m_oauth)
{
    m_ready = m_store.open(&m_error) && m_accounts.open(m_store.database(), &m_error) &&
              m_mediaStore.open(&m_error);
    if (m_ready && m_store.count() == 0) {
        const QList<Node> nodes = Seeder::generate(plan);
        m_ready = m_store.insert(nodes, &m_error);
        // A few published pages have a draft on top, as after an editor saved one in the web UI.
        for (const Node &node : nodes) {
            if (m_ready && node.status && node.nid % 10 == 4)
                m_ready = NodeWriter::addWorkingCopy(m_store, node.uuid, &m_error);
        }
    }
}

quint16 Server::listen(quint16 port)
{
    if (!m_ready)
        return 0;
    return QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_faults.intercept(request, socket))
        return true;
    const Reply reply = route(request);
    send(request, socket, reply);
    return true;
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only satisfies the interface.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

Reply Server::route(const QHttpServerRequest &request)
{
    const QString base = baseOf(request);
    const QString via = request.url().toString();
    const QString method =
        QString::fromLatin1(QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                           int(request.method())))
                                .toUpper());
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (auto reply = admin(request))
        return *reply;
    if (auto reply = m_oauth.handle(request))
        return *reply;
    const Identity identity = m_auth.identify(request);
    if (identity.refusal)
        return *identity.refusal;
    if (auto reply = m_auth.handle(request, identity))
        return *reply;
    // Files and media: uploads are writes like any other, but binary ones.
    if (MediaRoutes::handles(segments)) {
        const bool write = request.method() != QHttpServerRequest::Method::Get;
        if (auto refusal = MediaRoutes::refuseContentType(request))
            return *refusal;
        if (write && m_options.readOnly)
            return readOnlyRefusal(base, via);
        if (write && !identity.account)
            return Authenticator::challenge(via);
        if (auto refusal = write ? m_auth.checkCsrf(request, identity) : std::nullopt)
            return *refusal;
        return m_media.answer(request, base, identity.account);
    }
    const bool users = segments.size() >= 3 && segments.size() <= 4 && segments[1] == u"user" &&
                       segments[2] == u"user";
    const bool known = !segments.isEmpty() && segments[0] == u"jsonapi" &&
                       (segments.size() == 1 || users ||
                        ((segments.size() == 3 || segments.size() == 4) && segments[1] == u"node" &&
                         bundles().contains(segments[2])));
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
    if (request.method() != QHttpServerRequest::Method::Get && m_options.readOnly)
        return readOnlyRefusal(base, via);
    if (request.method() != QHttpServerRequest::Method::Get)
        return write(request, base, segments, identity);
    if (segments.size() == 1)
        return entryPoint(base, identity);
    if (users)
        return user(request, base, segments.value(3), identity);
    if (segments.size() == 3)
        return collection(request, base, segments[2], identity);
    return individual(request, base, segments[2], segments[3], identity);
}

void Server::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const bool raw = !reply.contentType.isEmpty();
    const QByteArray body =
        raw ? reply.raw : QJsonDocument(reply.document).toJson(QJsonDocument::Compact);
    // Qt 6.4's write() takes a fixed header list, so the answer is written piece by piece.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), raw ? reply.contentType : mediaType);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

int Server::submitDraftsForReview(int count)
{
    int done = 0;
    for (const QString &uuid : m_store.draftUuids(count)) {
        QString problem;
        done += NodeWriter::submitForReview(m_store, uuid, &problem);
    }
    return done;
}

std::optional<Reply> Server::admin(const QHttpServerRequest &request)
{
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (request.method() != QHttpServerRequest::Method::Post || segments.value(0) != u"emulator")
        return std::nullopt;
    auto plain = [](int status, const QByteArray &text) {
        Reply r;
        r.status = status;
        r.raw = text;
        r.contentType = QByteArrayLiteral("text/plain; charset=UTF-8");
        return r;
    };
    if (segments.size() == 2 && segments[1] == u"expire-tokens") {
        m_oauth.expireAccessTokens();
        return plain(200, QByteArrayLiteral("Every access token has expired.\n"));
    }
    if (segments.size() == 2 && segments[1] == u"submit-for-review") {
        const int count = QUrlQuery(request.url()).queryItemValue(QStringLiteral("count")).toInt();
        const int done = submitDraftsForReview(count > 0 ? count : 1);
        return plain(200, QByteArray::number(done) + " pages submitted for review.\n");
    }
    if (segments.size() == 4 && segments[1] == u"nodes" && segments[3] == u"working-copy") {
        QString problem;
        if (!NodeWriter::addWorkingCopy(m_store, segments[2], &problem))
            return plain(409, problem.toUtf8() + '\n');
        return plain(201, QByteArrayLiteral("Working copy saved.\n"));
    }
    return std::nullopt;
}

Reply Server::write(const QHttpServerRequest &request, const QString &base,
                    const QStringList &segments, const Identity &identity)
{
    const QString via = request.url().toString();
    const QString method =
        QString::fromLatin1(QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                           int(request.method())))
                                .toUpper());
    using Method = QHttpServerRequest::Method;
    const bool nodes = segments.size() >= 3 && segments[1] == u"node";
    const bool allowed = nodes && ((segments.size() == 3 && request.method() == Method::Post) ||
                                   (segments.size() == 4 && (request.method() == Method::Patch ||
                                                             request.method() == Method::Delete)));
    if (!allowed)
        return {405, ErrorDocument::make(
                         405,
                         QStringLiteral("No route found for \"%1 %2\": Method Not Allowed "
                                        "(Allow: %3)")
                             .arg(method, request.url().adjusted(QUrl::RemoveQuery).toString(),
                                  segments.size() == 3 ? QStringLiteral("GET, POST")
                                                       : QStringLiteral("GET, PATCH, DELETE")),
                         via)};
    if (request.query().hasQueryItem(QStringLiteral("resourceVersion")))
        return {400,
                ErrorDocument::make(400,
                                    QStringLiteral("%1 requests with a `resourceVersion` query "
                                                   "parameter are not supported.")
                                        .arg(method),
                                    via)};
    if (!identity.account)
        return Authenticator::challenge(via);
    if (auto refusal = m_auth.checkCsrf(request, identity))
        return *refusal;
    NodeWriter writer(m_store, base, via, &m_mediaStore);
    if (request.method() == Method::Post)
        return writer.create(request.body(), segments[2], *identity.account);
    if (request.method() == Method::Patch)
        return writer.patch(request.body(), segments[2], segments[3], *identity.account);
    return writer.remove(segments[2], segments[3], *identity.account);
}

Reply Server::entryPoint(const QString &base, const Identity &identity) const
{
    QJsonObject links{{QStringLiteral("self"), href(base + QStringLiteral("/jsonapi"))}};
    for (const QString &bundle : bundles())
        links.insert(QStringLiteral("node--") + bundle,
                     href(base + QStringLiteral("/jsonapi/node/") + bundle));
    links.insert(QStringLiteral("user--user"), href(base + QStringLiteral("/jsonapi/user/user")));
    QJsonObject document{{QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
                         {QStringLiteral("data"), QJsonArray()},
                         {QStringLiteral("links"), links}};
    if (identity.account) {
        QJsonObject me = href(ResourceNormalizer(base).userUrl(identity.account->uuid));
        me.insert(QStringLiteral("meta"),
                  QJsonObject{{QStringLiteral("id"), identity.account->uuid}});
        document.insert(
            QStringLiteral("meta"),
            QJsonObject{{QStringLiteral("links"), QJsonObject{{QStringLiteral("me"), me}}}});
    }
    return {200, document};
}

Reply Server::collection(const QHttpServerRequest &request, const QString &base,
                         const QString &bundle, const Identity &identity) const
{
    const QString type = QStringLiteral("node--") + bundle;
    const QUrlQuery urlQuery = request.query();
    CollectionQuery query;
    QString error;
    if (!query.parse(urlQuery, type, &error))
        return {400, ErrorDocument::make(400, error, request.url().toString())};

    ResourceNormalizer normalizer(base);
    normalizer.setAnonymous(!identity.account);
    // With any filter, Drupal's query guard keeps only published nodes and the requester's own,
    // whatever the role. Without one, each node is checked and unreadable ones are omitted.
    bool filtered = false;
    for (const auto &[key, value] : urlQuery.queryItems())
        filtered = filtered || key.startsWith(u"filter");
    const std::optional<qint64> visibleTo =
        filtered ? std::optional<qint64>(identity.account ? identity.account->uid : 0)
                 : std::nullopt;
    QList<Node> nodes = m_store.list(bundle, query, visibleTo);
    const bool more = nodes.size() > query.limit();
    if (more)
        nodes.removeLast();
    QJsonArray data;
    QJsonObject omitted;
    for (const Node &node : std::as_const(nodes)) {
        if (!node.status && !identity.account) {
            const QString url = normalizer.individualUrl(node);
            const QByteArray hash =
                QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            QJsonObject item = href(url);
            item.insert(QStringLiteral("meta"),
                        QJsonObject{{QStringLiteral("rel"), QStringLiteral("item")},
                                    {QStringLiteral("detail"),
                                     QStringLiteral("The current user is not allowed to GET the "
                                                    "selected resource.")}});
            omitted.insert(QStringLiteral("item--") + QString::fromLatin1(hash.left(7)), item);
            continue;
        }
        QJsonObject resource = normalizer.normalize(node, query.fields());
        // A forward revision shows in collections too: the resource object carries the link.
        if (m_store.workingCopy(node.uuid)) {
            QJsonObject links = resource.value(u"links").toObject();
            links.insert(QStringLiteral("working-copy"),
                         href(normalizer.individualUrl(node) +
                              QStringLiteral("?resourceVersion=rel%3Aworking-copy")));
            resource.insert(QStringLiteral("links"), links);
        }
        data.append(resource);
    }

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
    QJsonObject document{{QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
                         {QStringLiteral("data"), data},
                         {QStringLiteral("links"), links}};
    if (!omitted.isEmpty()) {
        omitted.insert(QStringLiteral("help"),
                       href(QStringLiteral("https://www.drupal.org/docs/8/modules/json-api/"
                                           "filtering#filters-access-control")));
        document.insert(
            QStringLiteral("meta"),
            QJsonObject{{QStringLiteral("omitted"),
                         QJsonObject{{QStringLiteral("detail"),
                                      QStringLiteral("Some resources have been omitted because "
                                                     "of insufficient authorization.")},
                                     {QStringLiteral("links"), omitted}}}});
    }
    if (identity.account && urlQuery.hasQueryItem(QStringLiteral("include")))
        document.insert(QStringLiteral("included"), included(request, base, data));
    return {200, document};
}

Reply Server::individual(const QHttpServerRequest &request, const QString &base,
                         const QString &bundle, const QString &uuid, const Identity &identity) const
{
    const QString via = request.url().toString();
    const std::optional<Node> node = m_store.find(bundle, uuid);
    if (!node)
        return {404, ErrorDocument::make(
                         404,
                         QStringLiteral("The \"entity\" parameter was not converted for the path "
                                        "\"/jsonapi/node/%1/{entity}\" (route name: "
                                        "\"jsonapi.node--%1.individual\")")
                             .arg(bundle),
                         via)};
    CollectionQuery query;
    QString error;
    if (!query.parse(request.query(), QStringLiteral("node--") + bundle, &error))
        return {400, ErrorDocument::make(400, error, via)};

    // resourceVersion: rel:latest-version is the default revision, rel:working-copy the latest.
    const std::optional<Node> workingCopy = m_store.workingCopy(uuid);
    std::optional<Node> shown = node;
    const QString version =
        request.query().queryItemValue(QStringLiteral("resourceVersion"), QUrl::FullyDecoded);
    if (version == u"rel:working-copy") {
        if (workingCopy)
            shown = workingCopy;
    } else if (version.startsWith(u"id:")) {
        bool numeric = false;
        const qint64 vid = version.mid(3).toLongLong(&numeric);
        if (!numeric)
            return {400, ErrorDocument::make(400,
                                             QStringLiteral("The revision ID must be an "
                                                            "integer."),
                                             via)};
        shown = m_store.revision(uuid, vid);
        if (!shown)
            return {404, ErrorDocument::make(404,
                                             QStringLiteral("The requested version, identified "
                                                            "by `%1`, could not be found.")
                                                 .arg(version),
                                             via)};
    } else if (!version.isEmpty() && version != u"rel:latest-version") {
        return {400, ErrorDocument::make(400,
                                         QStringLiteral("An invalid resource version identifier, "
                                                        "`%1`, was provided.")
                                             .arg(version),
                                         via)};
    }
    const bool isDefault = shown->vid == node->vid;
    // Anonymous users see published default revisions only; all LocalGov roles see the rest.
    if (!identity.account && (!isDefault || !shown->status))
        return Authenticator::challenge(via);

    ResourceNormalizer normalizer(base);
    normalizer.setAnonymous(!identity.account);
    QJsonObject links;
    if (isDefault && workingCopy)
        links.insert(QStringLiteral("working-copy"),
                     href(normalizer.individualUrl(*node) +
                          QStringLiteral("?resourceVersion=rel%3Aworking-copy")));
    if (!isDefault)
        links.insert(QStringLiteral("latest-version"),
                     href(normalizer.individualUrl(*node) +
                          QStringLiteral("?resourceVersion=rel%3Alatest-version")));
    const QJsonObject resource = normalizer.normalize(*shown, query.fields(), links);
    QJsonObject document{
        {QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
        {QStringLiteral("data"), resource},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), href(normalizer.individualUrl(*node))}}}};
    if (identity.account && request.query().hasQueryItem(QStringLiteral("include")))
        document.insert(QStringLiteral("included"), included(request, base, QJsonArray{resource}));
    return {200, document};
}

Reply Server::user(const QHttpServerRequest &request, const QString &base, const QString &uuid,
                   const Identity &identity) const
{
    const QString via = request.url().toString();
    // Anonymous users lack "access user profiles".
    if (!identity.account)
        return Authenticator::challenge(via);
    const ResourceNormalizer normalizer(base);
    if (uuid.isEmpty()) {
        QJsonArray data;
        for (const Account &account : m_accounts.all())
            data.append(normalizer.normalizeUser(account));
        return {200,
                QJsonObject{{QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("links"),
                             QJsonObject{{QStringLiteral("self"),
                                          href(base + QStringLiteral("/jsonapi/user/user"))}}}}};
    }
    const auto account = m_accounts.byUuid(uuid);
    if (!account)
        return {404, ErrorDocument::make(404,
                                         QStringLiteral("The \"entity\" parameter was not "
                                                        "converted for the path "
                                                        "\"/jsonapi/user/user/{entity}\" (route "
                                                        "name: \"jsonapi.user--user.individual\")"),
                                         via)};
    return {200, QJsonObject{{QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
                             {QStringLiteral("data"), normalizer.normalizeUser(*account)},
                             {QStringLiteral("links"),
                              QJsonObject{{QStringLiteral("self"),
                                           href(normalizer.userUrl(account->uuid))}}}}};
}

QJsonArray Server::included(const QHttpServerRequest &request, const QString &base,
                            const QJsonArray &data) const
{
    const QStringList paths = request.query()
                                  .queryItemValue(QStringLiteral("include"), QUrl::FullyDecoded)
                                  .split(u',', Qt::SkipEmptyParts);
    const ResourceNormalizer normalizer(base);
    QStringList seen;
    QJsonArray out;
    for (const QJsonValue &resource : data) {
        const QJsonObject relationships = resource.toObject().value(u"relationships").toObject();
        for (const QString &path : paths) {
            if (path != u"uid" && path != u"revision_uid")
                continue;
            const QString id = relationships.value(path)
                                   .toObject()
                                   .value(u"data")
                                   .toObject()
                                   .value(u"id")
                                   .toString();
            const auto account = m_accounts.byUuid(id);
            if (!account || seen.contains(id))
                continue;
            seen << id;
            out.append(normalizer.normalizeUser(*account));
        }
    }
    return out;
}

} // namespace lga::emulator
