// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/revisionstore.h>

#include <store/pagestore.h>
#include <store/sqlvalues.h>
#include <store/storelog.h>
#include <store/transaction.h>

#include <QLocale>
#include <QSqlQuery>

namespace lga::store {

namespace {

const QString kSelectRevision = QStringLiteral(
    "SELECT r.id, r.page_uuid, r.created, r.kind, r.message, r.title, r.summary, r.body,"
    " r.format, r.state, p.bundle, p.created, r.fields, r.review_date"
    " FROM revisions r JOIN pages p ON p.uuid = r.page_uuid");

RevisionStore::Revision revisionFromRow(const QSqlQuery &query)
{
    RevisionStore::Revision revision;
    revision.id = query.value(0).toLongLong();
    revision.page = QUuid::fromString(query.value(1).toString());
    revision.created = fromMsecs(query.value(2).toLongLong());
    revision.kind = RevisionStore::kindFromMachineName(query.value(3).toString())
                        .value_or(RevisionStore::Kind::Burst);
    revision.message = query.value(4).toString();
    core::Page &page = revision.snapshot;
    page.uuid = revision.page;
    page.title = query.value(5).toString();
    page.summary = query.value(6).toString();
    page.body = query.value(7).toString();
    page.format = core::sourceFormatFromMachineName(query.value(8).toString())
                      .value_or(core::SourceFormat::Markdown);
    page.state = core::moderationStateFromMachineName(query.value(9).toString())
                     .value_or(core::ModerationState::Draft);
    page.bundle = query.value(10).toString();
    page.created = fromMsecs(query.value(11).toLongLong());
    page.updated = revision.created;
    page.fields = fieldsFromJson(query.value(12).toString());
    page.reviewDate = dateFromSql(query.value(13));
    return revision;
}

void bindContent(QSqlQuery &query, const core::Page &page)
{
    query.bindValue(QStringLiteral(":title"), nonNullText(page.title));
    query.bindValue(QStringLiteral(":summary"), nonNullText(page.summary));
    query.bindValue(QStringLiteral(":body"), nonNullText(page.body));
    query.bindValue(QStringLiteral(":format"), core::toMachineName(page.format));
    query.bindValue(QStringLiteral(":state"), core::toMachineName(page.state));
    query.bindValue(QStringLiteral(":fields"), fieldsToJson(page.fields));
    query.bindValue(QStringLiteral(":review_date"), dateToSql(page.reviewDate));
}

} // namespace

// The newest revision of a page as the write paths need it: enough to decide whether a save
// folds into it, and its content to tell whether a save changes anything.
struct RevisionStore::Latest
{
    qint64 id = 0;
    Kind kind = Kind::Burst;
    bool open = false;
    qint64 touched = 0;
    QString message;
    QString title;
    QString summary;
    QString body;
    QString format;
    QString state;
    QString fields;
    QVariant reviewDate;

    bool holds(const core::Page &page) const
    {
        return title == nonNullText(page.title) && summary == nonNullText(page.summary) &&
               body == nonNullText(page.body) && format == core::toMachineName(page.format) &&
               state == core::toMachineName(page.state) && fields == fieldsToJson(page.fields) &&
               dateFromSql(reviewDate) == page.reviewDate;
    }
};

RevisionStore::RevisionStore(PageStore &store)
    : StoreAccess(store)
{}

void RevisionStore::setBurstWindow(std::chrono::milliseconds window)
{
    m_burstWindow = window;
}

QString RevisionStore::toMachineName(Kind kind)
{
    switch (kind) {
    case Kind::Version:
        return QStringLiteral("version");
    case Kind::Restore:
        return QStringLiteral("restore");
    case Kind::Import:
        return QStringLiteral("import");
    case Kind::Burst:
        break;
    }
    return QStringLiteral("burst");
}

std::optional<RevisionStore::Kind> RevisionStore::kindFromMachineName(const QString &name)
{
    for (Kind kind : {Kind::Burst, Kind::Version, Kind::Restore, Kind::Import}) {
        if (name == toMachineName(kind))
            return kind;
    }
    return std::nullopt;
}

bool RevisionStore::noteSaved(const core::Page &page)
{
    if (!checkOpen())
        return false;
    // The transaction covers the read too, so two writers cannot both decide to fold into, or
    // both start, the same revision.
    Transaction transaction(m_store.database());
    if (!transaction.begin())
        return failSql(transaction.error());
    const QDateTime time = now();
    const std::optional<Latest> newest = latest(page.uuid);
    if (m_error.isError())
        return false;
    if (newest && newest->holds(page)) {
        m_error = {};
        return true;
    }
    if (!newest && !pageExists(page.uuid))
        return false;

    // A clock that went backwards starts a new revision: a spare revision loses nothing, while
    // folding could overwrite text the author meant to keep.
    const qint64 elapsed = time.toMSecsSinceEpoch() - (newest ? newest->touched : 0);
    const bool fold = newest && newest->kind == Kind::Burst && newest->open && elapsed >= 0 &&
                      elapsed < m_burstWindow.count();
    if (fold) {
        QSqlQuery query(m_store.database());
        query.prepare(
            QStringLiteral("UPDATE revisions SET title = :title, summary = :summary, body = :body,"
                           " format = :format, state = :state, fields = :fields,"
                           " review_date = :review_date, touched = :touched WHERE id = :id"));
        bindContent(query, page);
        query.bindValue(QStringLiteral(":touched"), time.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":id"), newest->id);
        if (!query.exec())
            return failSql(query.lastError());
    } else if (!closeBursts(page.uuid) ||
               !insertRevision(page, Kind::Burst, QString(), time, true)) {
        return false;
    }
    if (!transaction.commit())
        return failSql(transaction.error());
    m_error = {};
    return true;
}

bool RevisionStore::endBurst(const QUuid &page)
{
    if (!checkOpen())
        return false;
    // One statement is a transaction of its own.
    if (!closeBursts(page))
        return false;
    m_error = {};
    return true;
}

bool RevisionStore::saveVersion(const core::Page &page, const QString &message)
{
    if (!checkOpen())
        return false;
    Transaction transaction(m_store.database());
    if (!transaction.begin())
        return failSql(transaction.error());
    const QDateTime time = now();
    const std::optional<Latest> newest = latest(page.uuid);
    if (m_error.isError())
        return false;
    if (!newest && !pageExists(page.uuid))
        return false;

    if (newest && newest->holds(page) && newest->kind == Kind::Burst) {
        // The author named what the last burst already holds: name that revision rather than
        // showing the same text twice.
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("UPDATE revisions SET kind = :kind, message = :message,"
                                     " open = 0, touched = :touched WHERE id = :id"));
        query.bindValue(QStringLiteral(":kind"), toMachineName(Kind::Version));
        query.bindValue(QStringLiteral(":message"), nonNullText(message));
        query.bindValue(QStringLiteral(":touched"), time.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":id"), newest->id);
        if (!query.exec())
            return failSql(query.lastError());
    } else if (newest && newest->holds(page) && newest->kind == Kind::Version &&
               newest->message == nonNullText(message)) {
        // A repeated click adds nothing.
    } else if (!closeBursts(page.uuid) ||
               !insertRevision(page, Kind::Version, message, time, false)) {
        return false;
    }
    if (!transaction.commit())
        return failSql(transaction.error());
    m_error = {};
    return true;
}

bool RevisionStore::noteImported(const core::Page &page, const QString &message)
{
    if (!checkOpen())
        return false;
    Transaction transaction(m_store.database());
    if (!transaction.begin())
        return failSql(transaction.error());
    const std::optional<Latest> newest = latest(page.uuid);
    if (m_error.isError())
        return false;
    if (!newest && !pageExists(page.uuid))
        return false;
    if (!(newest && newest->holds(page))) {
        if (!closeBursts(page.uuid) || !insertRevision(page, Kind::Import, message, now(), false))
            return false;
    }
    if (!transaction.commit())
        return failSql(transaction.error());
    m_error = {};
    return true;
}

std::optional<core::Page> RevisionStore::restore(qint64 revisionId)
{
    if (!checkOpen())
        return std::nullopt;
    // The page and its new revision are written together, so the history never claims a
    // restore that the page does not show, nor the other way round.
    Transaction transaction(m_store.database());
    if (!transaction.begin()) {
        failSql(transaction.error());
        return std::nullopt;
    }
    const std::optional<Revision> source = revision(revisionId);
    if (!source)
        return std::nullopt;
    const QDateTime time = now();
    core::Page restored = source->snapshot;
    restored.updated = time;
    if (!m_store.save(restored)) {
        m_error = m_store.lastError();
        return std::nullopt;
    }
    const QString message =
        tr("Restored the version of %1")
            .arg(QLocale().toString(source->created.toLocalTime(), QLocale::ShortFormat));
    const std::optional<Latest> newest = latest(restored.uuid);
    if (m_error.isError())
        return std::nullopt;
    // Restoring what the page already holds changes nothing, so it adds no revision either.
    if (!newest || !newest->holds(restored)) {
        if (!closeBursts(restored.uuid) ||
            !insertRevision(restored, Kind::Restore, message, time, false)) {
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        failSql(transaction.error());
        return std::nullopt;
    }
    m_error = {};
    return restored;
}

QList<RevisionStore::Revision> RevisionStore::history(const QUuid &page) const
{
    if (!checkOpen())
        return {};
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // The id breaks ties, so revisions made in the same millisecond keep the order they were
    // made in.
    query.prepare(kSelectRevision +
                  QStringLiteral(" WHERE r.page_uuid = :uuid ORDER BY r.created DESC, r.id DESC"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(page));
    if (!query.exec()) {
        failSql(query.lastError());
        return {};
    }
    QList<Revision> result;
    while (query.next())
        result.append(revisionFromRow(query));
    if (query.lastError().isValid()) {
        failSql(query.lastError());
        return {};
    }
    m_error = {};
    return result;
}

std::optional<RevisionStore::Revision> RevisionStore::revision(qint64 id) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(kSelectRevision + QStringLiteral(" WHERE r.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!fetchOne(query, tr("That version of the page is no longer kept."), QString::number(id)))
        return std::nullopt;
    return revisionFromRow(query);
}

std::optional<RevisionStore::Latest> RevisionStore::latest(const QUuid &page) const
{
    m_error = {};
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // The highest id is the revision written last, whatever the clock said at the time.
    query.prepare(QStringLiteral(
        "SELECT id, kind, open, touched, message, title, summary, body, format, state, fields,"
        " review_date FROM revisions WHERE page_uuid = :uuid ORDER BY id DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(page));
    if (!fetchOne(query))
        return std::nullopt;
    Latest newest;
    newest.id = query.value(0).toLongLong();
    newest.kind = kindFromMachineName(query.value(1).toString()).value_or(Kind::Burst);
    newest.open = query.value(2).toInt() != 0;
    newest.touched = query.value(3).toLongLong();
    newest.message = query.value(4).toString();
    newest.title = query.value(5).toString();
    newest.summary = query.value(6).toString();
    newest.body = query.value(7).toString();
    newest.format = query.value(8).toString();
    newest.state = query.value(9).toString();
    newest.fields = query.value(10).toString();
    newest.reviewDate = query.value(11);
    return newest;
}

bool RevisionStore::pageExists(const QUuid &page) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pages WHERE uuid = :uuid)"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(page));
    if (!query.exec() || !query.next())
        return failSql(query.lastError());
    if (!query.value(0).toBool())
        return fail(StoreError::NotFound, tr("The page is not in the store."), uuidKey(page));
    return true;
}

bool RevisionStore::insertRevision(const core::Page &page, Kind kind, const QString &message,
                                   const QDateTime &time, bool open)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO revisions (page_uuid, created, touched, open, kind, message, title, summary,"
        " body, format, state, fields, review_date) VALUES (:uuid, :created, :touched, :open,"
        " :kind, :message, :title, :summary, :body, :format, :state, :fields, :review_date)"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(page.uuid));
    query.bindValue(QStringLiteral(":created"), time.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":touched"), time.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":open"), open ? 1 : 0);
    query.bindValue(QStringLiteral(":kind"), toMachineName(kind));
    query.bindValue(QStringLiteral(":message"), nonNullText(message));
    bindContent(query, page);
    if (!query.exec())
        return failSql(query.lastError());
    return true;
}

bool RevisionStore::closeBursts(const QUuid &page)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE revisions SET open = 0 WHERE page_uuid = :uuid AND open = 1"));
    query.bindValue(QStringLiteral(":uuid"), uuidKey(page));
    if (!query.exec())
        return failSql(query.lastError());
    return true;
}

bool RevisionStore::failSql(const QSqlError &error) const
{
    // In the history a broken constraint means the page the revision belongs to is gone.
    return StoreAccess::failSql(
        error, tr("The page's history could not be written: the page is not in the store."));
}

} // namespace lga::store
