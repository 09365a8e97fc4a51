// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/nodewriter.h>

#include <core/fielddefinition.h>

#include <cms-emulator/errordocument.h>
#include <cms-emulator/resourcenormalizer.h>
#include <cms-emulator/workflow.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace lga::emulator {

namespace {

// Members nobody but an administrator may set; a PATCH may repeat their current value.
const QStringList &protectedAttributes()
{
    static const QStringList list{QStringLiteral("drupal_internal__nid"),
                                  QStringLiteral("drupal_internal__vid"),
                                  QStringLiteral("status"),
                                  QStringLiteral("created"),
                                  QStringLiteral("changed"),
                                  QStringLiteral("revision_timestamp"),
                                  QStringLiteral("promote"),
                                  QStringLiteral("sticky"),
                                  QStringLiteral("default_langcode"),
                                  QStringLiteral("revision_translation_affected")};
    return list;
}

// The bundle's configurable fields as LocalGov ships them: the same field list the app edits
// (lib/core, researched from the LocalGov modules), split the way JSON:API exposes them.
bool isReference(core::FieldKind kind)
{
    return kind == core::FieldKind::PageReference || kind == core::FieldKind::PageReferences ||
           kind == core::FieldKind::Terms || kind == core::FieldKind::MediaReference;
}

QStringList writableAttributes(const QString &bundle)
{
    QStringList list{
        QStringLiteral("title"),        QStringLiteral("body"), QStringLiteral("moderation_state"),
        QStringLiteral("revision_log"), QStringLiteral("path"), QStringLiteral("langcode")};
    for (const core::FieldDefinition &field : core::fieldDefinitions(bundle))
        if (!isReference(field.kind))
            list << field.name;
    return list;
}

QStringList referenceFields(const QString &bundle)
{
    QStringList list;
    for (const core::FieldDefinition &field : core::fieldDefinitions(bundle))
        if (isReference(field.kind))
            list << field.name;
    return list;
}

const QStringList &baseRelationships()
{
    static const QStringList list{QStringLiteral("uid"), QStringLiteral("revision_uid"),
                                  QStringLiteral("node_type")};
    return list;
}

// Timestamps arrive as RFC 3339 strings or Unix seconds (TimestampNormalizer).
std::optional<qint64> secondsFrom(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

// `changed` only moves forward, even for two saves within one second, so that a client's
// last-seen value always tells whether someone saved since.
qint64 nextChanged(qint64 previous)
{
    return qMax(QDateTime::currentSecsSinceEpoch(), previous + 1);
}

QString workingCopyDetail()
{
    return QStringLiteral("Updating a resource object that has a working copy is not yet "
                          "supported. See https://www.drupal.org/project/drupal/issues/2795279.");
}

} // namespace

NodeWriter::NodeWriter(NodeStore &store, const QString &base, const QString &via,
                       const MediaStore *media)
    : m_store(store)
    , m_media(media)
    , m_base(base)
    , m_via(via)
{}

Reply NodeWriter::error(int status, const QString &detail, const QString &pointer) const
{
    Reply r;
    r.status = status;
    r.document = pointer.isEmpty() ? ErrorDocument::make(status, detail, m_via)
                                   : ErrorDocument::make(status, detail, m_via, pointer);
    return r;
}

std::optional<Reply> NodeWriter::parse(const QByteArray &body, const QString &bundle,
                                       QJsonObject *data)
{
    if (body.trimmed().isEmpty())
        return error(400, QStringLiteral("Empty request body."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("Syntax error"));
    const QJsonValue dataValue = document.object().value(u"data");
    if (!dataValue.isObject() || !dataValue.toObject().contains(u"type"))
        return error(400, QStringLiteral("Resource object must include a \"type\"."));
    *data = dataValue.toObject();
    const QString type = QStringLiteral("node--") + bundle;
    if (data->value(u"type").toString() != type)
        return error(409, QStringLiteral("The provided type (%1) does not match the destination "
                                         "resource types (%2).")
                              .arg(data->value(u"type").toString(), type));
    return std::nullopt;
}

std::optional<Reply> NodeWriter::apply(const QJsonObject &data, const Node *stored,
                                       const QString &verb, Node *node)
{
    const QJsonObject attributes = data.value(u"attributes").toObject();
    const QString type = QStringLiteral("node--") + node->bundle;
    QStringList relationships = baseRelationships() + referenceFields(node->bundle);
    if (stored)
        relationships += stored->references.keys();
    QStringList misplaced;
    for (const QString &key : attributes.keys()) {
        if (relationships.contains(key))
            misplaced << key;
    }
    if (!misplaced.isEmpty())
        return error(422, QStringLiteral("The following relationship fields were provided as "
                                         "attributes: [ %1 ]")
                              .arg(misplaced.join(QStringLiteral(", "))));
    QStringList writable = writableAttributes(node->bundle);
    if (stored)
        writable += stored->fields.keys();
    for (const QString &key : attributes.keys()) {
        if (!writable.contains(key) && !protectedAttributes().contains(key))
            return error(422, QStringLiteral("The attribute %1 does not exist on the %2 resource "
                                             "type.")
                                  .arg(key, type));
    }

    // Field access: protected members are refused on POST, and on PATCH unless unchanged.
    const QJsonObject current = stored ? ResourceNormalizer(m_base)
                                             .normalize(*stored, std::nullopt)
                                             .value(u"attributes")
                                             .toObject()
                                       : QJsonObject();
    for (const QString &key : protectedAttributes()) {
        if (!attributes.contains(key))
            continue;
        bool same = false;
        if (stored) {
            const QJsonValue mine = attributes.value(key);
            const QJsonValue theirs = current.value(key);
            if (theirs.isString() && key != u"langcode")
                same = secondsFrom(mine) && secondsFrom(mine) == secondsFrom(theirs);
            else
                same = mine == theirs;
        }
        if (same)
            continue;
        QString detail = QStringLiteral("The current user is not allowed to %1 the selected field "
                                        "(%2).")
                             .arg(verb, key);
        if (key == u"status")
            detail += QStringLiteral(" Cannot edit the published field of moderated entities.");
        return error(403, detail, QStringLiteral("/data/attributes/") + key);
    }

    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString &key = it.key();
        if (protectedAttributes().contains(key) || key == u"moderation_state")
            continue;
        if (key == u"title") {
            node->title = it.value().toString();
        } else if (key == u"body") {
            const QJsonObject body = it.value().toObject();
            for (const QString &property : body.keys()) {
                if (property != u"value" && property != u"format" && property != u"summary" &&
                    property != u"processed")
                    return error(422, QStringLiteral("The properties \"%1\" do not exist on the "
                                                     "\"body\" field of type "
                                                     "\"text_with_summary\". Writable properties "
                                                     "are: \"value\", \"format\", \"summary\".")
                                          .arg(property));
            }
            node->bodyValue = body.value(u"value").toString();
            node->bodyFormat = body.value(u"format").toString();
            node->bodySummary = body.value(u"summary").toString();
        } else {
            node->fields.insert(key, it.value());
        }
    }

    const QJsonObject related = data.value(u"relationships").toObject();
    for (auto it = related.begin(); it != related.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value().toObject().value(u"data");
        if (!relationships.contains(key))
            return error(422, QStringLiteral("The attribute %1 does not exist on the %2 resource "
                                             "type.")
                                  .arg(key, type));
        if (baseRelationships().contains(key)) {
            const qint64 owner = key == u"uid" && stored ? stored->uid
                                 : stored                ? stored->revisionUid
                                                         : -1;
            const bool same =
                key != u"node_type" && stored &&
                value.toObject().value(u"id").toString() == Account::uuidForUser(owner);
            if (key == u"node_type" || same)
                continue;
            return error(403,
                         QStringLiteral("The current user is not allowed to %1 the selected field "
                                        "(%2).")
                             .arg(verb, key),
                         QStringLiteral("/data/relationships/") + key);
        }
        const bool many = value.isArray();
        QJsonArray targets;
        for (const QJsonValue &item : many ? value.toArray() : QJsonArray{value}) {
            if (item.isNull())
                continue;
            const QJsonObject identifier = item.toObject();
            // Media fields point at media entities, kept apart from nodes.
            if (identifier.value(u"type").toString().startsWith(u"media--") && m_media) {
                const auto media = m_media->media(identifier.value(u"id").toString());
                if (!media)
                    return error(404,
                                 QStringLiteral("The resource identified by `%1:%2` (given as a "
                                                "relationship item) could not be found.")
                                     .arg(identifier.value(u"type").toString(),
                                          identifier.value(u"id").toString()));
                targets.append(QJsonObject{
                    {QStringLiteral("type"), QString(QStringLiteral("media--") + media->bundle)},
                    {QStringLiteral("id"), media->uuid},
                    {QStringLiteral("target"), media->mid}});
                continue;
            }
            const auto target = m_store.findAny(identifier.value(u"id").toString());
            if (!target)
                return error(404, QStringLiteral("The resource identified by `%1:%2` (given as a "
                                                 "relationship item) could not be found.")
                                      .arg(identifier.value(u"type").toString(),
                                           identifier.value(u"id").toString()));
            targets.append(QJsonObject{
                {QStringLiteral("type"), QString(QStringLiteral("node--") + target->bundle)},
                {QStringLiteral("id"), target->uuid},
                {QStringLiteral("target"), target->nid}});
        }
        if (many)
            node->references.insert(key, targets);
        else
            node->references.insert(key, targets.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                           : targets.first());
    }
    return std::nullopt;
}

std::optional<Reply> NodeWriter::moderate(const QJsonObject &attributes, const QString &from,
                                          const Account &account, Node *node)
{
    // Only the fields sent are validated on PATCH (EntityValidationTrait::filterByFields); a
    // new node always is, starting from the workflow's initial state.
    QList<QPair<QString, QString>> violations;
    const bool isNew = node->vid == 0;
    const QString to = attributes.contains(u"moderation_state")
                           ? attributes.value(u"moderation_state").toString()
                           : (isNew ? QStringLiteral("draft") : from);
    const QString pointer = QStringLiteral("/data/attributes/moderation_state");
    if (isNew || attributes.contains(u"moderation_state")) {
        if (!Workflow::exists(to)) {
            violations.append({QStringLiteral("moderation_state: State %1 does not exist on "
                                              "LocalGov Editorial workflow")
                                   .arg(to),
                               pointer});
        } else {
            const QString transition = Workflow::transition(from, to);
            if (transition.isEmpty())
                violations.append({QStringLiteral("moderation_state: Invalid state transition "
                                                  "from %1 to %2")
                                       .arg(Workflow::label(from), Workflow::label(to)),
                                   pointer});
            else if (!Workflow::mayUse(account.role, transition))
                violations.append({QStringLiteral("moderation_state: You do not have access to "
                                                  "transition from %1 to %2")
                                       .arg(Workflow::label(from), Workflow::label(to)),
                                   pointer});
        }
    }
    if (isNew || attributes.contains(u"title")) {
        if (node->title.trimmed().isEmpty())
            violations.prepend({QStringLiteral("title: This value should not be null."),
                                QStringLiteral("/data/attributes/title")});
    }
    if ((isNew || attributes.contains(u"body")) && node->bodyFormat != u"wysiwyg" &&
        node->bodyFormat != u"plain_text")
        violations.append({QStringLiteral("body.0.format: The value you selected is not a valid "
                                          "choice."),
                           QStringLiteral("/data/attributes/body/format")});
    if (!violations.isEmpty()) {
        Reply r;
        r.status = 422;
        r.document = ErrorDocument::unprocessable(violations);
        return r;
    }
    node->moderationState = to;
    node->status = Workflow::isPublished(to);
    return std::nullopt;
}

Reply NodeWriter::saved(int status, const Node &node, bool isDefault)
{
    const ResourceNormalizer normalizer(m_base);
    QJsonObject links;
    if (!isDefault)
        links.insert(
            QStringLiteral("latest-version"),
            QJsonObject{{QStringLiteral("href"),
                         QString(normalizer.individualUrl(node) +
                                 QStringLiteral("?resourceVersion=rel%3Alatest-version"))}});
    Reply r;
    r.status = status;
    r.document = QJsonObject{
        {QStringLiteral("jsonapi"), ErrorDocument::jsonapiMember()},
        {QStringLiteral("data"), normalizer.normalize(node, std::nullopt, links)},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"),
                      QJsonObject{{QStringLiteral("href"), normalizer.individualUrl(node)}}}}}};
    if (status == 201)
        r.headers.append({QByteArrayLiteral("Location"), normalizer.individualUrl(node).toUtf8()});
    return r;
}

Reply NodeWriter::create(const QByteArray &body, const QString &bundle, const Account &account)
{
    QJsonObject data;
    if (auto refusal = parse(body, bundle, &data))
        return *refusal;
    QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (data.contains(u"id")) {
        static const QRegularExpression pattern(
            QStringLiteral(
                "^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"),
            QRegularExpression::CaseInsensitiveOption);
        uuid = data.value(u"id").toString();
        if (!pattern.match(uuid).hasMatch())
            return error(422, QStringLiteral("IDs should be properly generated and formatted UUIDs "
                                             "as described in RFC 4122."));
        if (m_store.findAny(uuid))
            return error(409, QStringLiteral("Conflict: Entity already exists."));
    }
    Node node;
    node.uuid = uuid;
    node.bundle = bundle;
    node.uid = account.uid;
    node.revisionUid = account.uid;
    node.bodyFormat = QStringLiteral("wysiwyg");
    node.fields.insert(QStringLiteral("langcode"), QStringLiteral("en"));
    node.fields.insert(QStringLiteral("revision_log"), QJsonValue::Null);
    node.fields.insert(QStringLiteral("promote"), false);
    node.fields.insert(QStringLiteral("sticky"), false);
    node.fields.insert(QStringLiteral("path"),
                       QJsonObject{{QStringLiteral("alias"), QJsonValue::Null},
                                   {QStringLiteral("pid"), QJsonValue::Null},
                                   {QStringLiteral("langcode"), QStringLiteral("en")}});
    if (auto refusal = apply(data, nullptr, QStringLiteral("POST"), &node))
        return *refusal;
    if (auto refusal =
            moderate(data.value(u"attributes").toObject(), QStringLiteral("draft"), account, &node))
        return *refusal;
    node.nid = m_store.nextNid();
    node.vid = m_store.nextVid();
    node.created = QDateTime::currentSecsSinceEpoch();
    node.changed = node.created;
    QString problem;
    if (!m_store.save(node, std::nullopt, &problem))
        return error(500, problem);
    return saved(201, node, true);
}

Reply NodeWriter::patch(const QByteArray &body, const QString &bundle, const QString &uuid,
                        const Account &account)
{
    const std::optional<Node> stored = m_store.find(bundle, uuid);
    if (!stored)
        return error(404, QStringLiteral("The \"entity\" parameter was not converted for the path "
                                         "\"/jsonapi/node/%1/{entity}\" (route name: "
                                         "\"jsonapi.node--%1.individual\")")
                              .arg(bundle));
    if (!account.isEditor() && stored->uid != account.uid)
        return error(403,
                     QStringLiteral("The current user is not allowed to PATCH the selected "
                                    "resource. The 'edit any %1 content' permission is required.")
                         .arg(bundle),
                     QStringLiteral("/data"));
    if (m_store.workingCopy(uuid))
        return error(400, workingCopyDetail());
    QJsonObject data;
    if (auto refusal = parse(body, bundle, &data))
        return *refusal;
    if (data.value(u"id").toString() != uuid)
        return error(400, QStringLiteral("The selected entity (%1) does not match the ID in the "
                                         "payload (%2).")
                              .arg(uuid, data.value(u"id").toString()));
    Node node = *stored;
    if (auto refusal = apply(data, &*stored, QStringLiteral("PATCH"), &node))
        return *refusal;
    const QJsonObject attributes = data.value(u"attributes").toObject();
    if (auto refusal = moderate(attributes, stored->moderationState, account, &node))
        return *refusal;
    // content_moderation makes every save a new revision, with its own log message.
    node.vid = m_store.nextVid();
    node.changed = nextChanged(stored->changed);
    node.revisionUid = account.uid;
    node.fields.insert(QStringLiteral("revision_log"), attributes.contains(u"revision_log")
                                                           ? attributes.value(u"revision_log")
                                                           : QJsonValue(QJsonValue::Null));
    const bool isDefault =
        Workflow::isDefaultRevisionState(node.moderationState) || !stored->status;
    QString problem;
    if (!m_store.save(isDefault ? node : *stored,
                      isDefault ? std::nullopt : std::optional<Node>(node), &problem))
        return error(500, problem);
    return saved(200, node, isDefault);
}

Reply NodeWriter::remove(const QString &bundle, const QString &uuid, const Account &account)
{
    const std::optional<Node> stored = m_store.find(bundle, uuid);
    if (!stored)
        return error(404, QStringLiteral("The \"entity\" parameter was not converted for the path "
                                         "\"/jsonapi/node/%1/{entity}\" (route name: "
                                         "\"jsonapi.node--%1.individual\")")
                              .arg(bundle));
    if (!account.isEditor() && stored->uid != account.uid)
        return error(403,
                     QStringLiteral("The current user is not allowed to DELETE the selected "
                                    "resource. The 'delete any %1 content' permission is "
                                    "required.")
                         .arg(bundle),
                     QStringLiteral("/data"));
    m_store.remove(uuid);
    Reply r;
    r.status = 204;
    r.contentType = QByteArrayLiteral("application/vnd.api+json");
    return r;
}

bool NodeWriter::addWorkingCopy(NodeStore &store, const QString &uuid, QString *error)
{
    const std::optional<Node> stored = store.findAny(uuid);
    if (!stored || !stored->status || store.workingCopy(uuid)) {
        *error = QStringLiteral("Only a published node without a working copy can get one.");
        return false;
    }
    Node draft = *stored;
    draft.vid = store.nextVid();
    draft.moderationState = QStringLiteral("draft");
    draft.status = false;
    draft.changed = nextChanged(stored->changed);
    draft.revisionUid = 27;
    draft.bodyValue += QStringLiteral("\r\n<p>These changes are waiting for review.</p>");
    draft.fields.insert(QStringLiteral("revision_log"),
                        QStringLiteral("Draft saved in the web interface"));
    return store.save(*stored, draft, error);
}

bool NodeWriter::submitForReview(NodeStore &store, const QString &uuid, QString *error)
{
    const std::optional<Node> stored = store.findAny(uuid);
    if (!stored || stored->status || stored->moderationState != u"draft" ||
        store.workingCopy(uuid)) {
        *error = QStringLiteral("Only a draft that was never published can be submitted here.");
        return false;
    }
    Node review = *stored;
    review.vid = store.nextVid();
    review.moderationState = QStringLiteral("review");
    review.changed = nextChanged(stored->changed);
    review.revisionUid = stored->uid;
    review.fields.insert(QStringLiteral("revision_log"),
                         QStringLiteral("Ready for review: please check the wording."));
    return store.save(review, std::nullopt, error);
}

} // namespace lga::emulator
