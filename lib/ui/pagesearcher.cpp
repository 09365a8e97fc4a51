// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagesearcher.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <optional>

namespace lga::ui {

namespace {
// About a screenful of rows in a tall list (rows are two lines of text).
constexpr int kFirstStageRows = 30;
} // namespace

/// Lives on the searcher's thread and owns the connection, which SQLite and QtSql allow to be
/// used only from the thread that opened it.
class PageSearchWorker : public QObject
{
public:
    explicit PageSearchWorker(const QString &path)
        : m_path(path)
    {}

    ~PageSearchWorker() override
    {
        if (m_name.isEmpty())
            return;
        // The search's prepared statements go before the connection they belong to.
        m_search.reset();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QList<store::SearchHit> run(const QString &text, const store::SearchFilter &filter, int limit,
                                store::PageSearch::Scope scope, QString *error)
    {
        if (!open()) {
            *error = m_db.lastError().text();
            return {};
        }
        // One PageSearch for the connection's lifetime keeps its statements prepared from one
        // keystroke to the next.
        if (!m_search)
            m_search.emplace(m_db);
        QList<store::SearchHit> hits = m_search->search(text, filter, limit, scope);
        if (m_search->lastError().isError())
            *error = m_search->lastError().message;
        return hits;
    }

private:
    bool open()
    {
        if (m_db.isOpen())
            return true;
        if (m_name.isEmpty()) {
            static std::atomic<quint64> serial{0};
            m_name = QStringLiteral("lga.ui.search.%1").arg(++serial);
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            m_db.setDatabaseName(m_path);
            // Read-only: this connection must never create, migrate or write the store.
            m_db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        }
        if (!m_db.open())
            return false;
        // Each keystroke reads the same index pages again; a page cache of 32 MB (SQLite's
        // default is 2 MB) keeps them in this connection instead of asking the OS for each
        // one. The number is fixed here; PRAGMA takes no bound parameters.
        QSqlQuery pragma(m_db);
        if (!pragma.exec(QStringLiteral("PRAGMA cache_size = -32768")))
            qWarning("page search: %s", qPrintable(pragma.lastError().text()));
        return true;
    }

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    std::optional<store::PageSearch> m_search;
};

PageSearcher::PageSearcher(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_worker(new PageSearchWorker(storePath))
{
    m_thread.setObjectName(QStringLiteral("lga page search"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread as that thread ends, so the connection closes where it opened.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PageSearcher::~PageSearcher()
{
    m_thread.quit();
    m_thread.wait();
}

void PageSearcher::request(const QString &text, const store::SearchFilter &filter, int limit,
                           bool headingsFirst)
{
    const Request next{text, filter, limit, headingsFirst, ++m_requested};
    if (m_running) {
        m_waiting = next;
        return;
    }
    start(next);
}

void PageSearcher::start(const Request &request)
{
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [this, request] {
        // Without words both stages would list the same filtered pages; one is enough.
        if (request.headingsFirst && !store::PageSearch::matchExpression(request.text).isEmpty()) {
            QString error;
            // The first stage fills one screen of the list: the ranked list replaces it anyway,
            // and every row costs a highlight and a snippet.
            const int firstLimit =
                request.limit < 0 ? kFirstStageRows : std::min(request.limit, kFirstStageRows);
            QList<store::SearchHit> first =
                m_worker->run(request.text, request.filter, firstLimit,
                              store::PageSearch::Scope::Headings, &error);
            // Words found in no title or summary: show pages whose text has them, unranked,
            // rather than keep the previous words' list until the ranked search ends.
            if (error.isEmpty() && first.isEmpty()) {
                first = m_worker->run(request.text, request.filter, firstLimit,
                                      store::PageSearch::Scope::Unranked, &error);
            }
            // A failed or empty first stage shows nothing: the list keeps what it showed until
            // the full search says what there is, instead of flashing empty in between.
            if (error.isEmpty() && !first.isEmpty()) {
                QMetaObject::invokeMethod(
                    this, [this, serial = request.serial, first] { onFirst(serial, first); });
            }
            // The user has typed on since this search started: its full search would only be
            // thrown away, so the newer request starts sooner.
            if (m_requested.load() != request.serial) {
                QMetaObject::invokeMethod(this, [this] { onDone({}, {}, true); });
                return;
            }
        }
        QString error;
        const QList<store::SearchHit> hits =
            m_worker->run(request.text, request.filter, request.limit,
                          store::PageSearch::Scope::Everything, &error);
        // `this` outlives the thread (the destructor waits for it), so the answer can be posted
        // back to it safely.
        QMetaObject::invokeMethod(this, [this, hits, error] { onDone(hits, error, false); });
    });
}

void PageSearcher::onFirst(quint64 serial, const QList<store::SearchHit> &hits)
{
    // Only the newest request's hits are shown; an older one's words are no longer typed.
    if (serial == m_requested.load())
        Q_EMIT firstResults(hits);
}

void PageSearcher::onDone(const QList<store::SearchHit> &hits, const QString &error,
                          bool superseded)
{
    m_running = false;
    if (m_waiting) {
        // The user has typed on since this search started; its result is already out of date.
        const Request next = *m_waiting;
        m_waiting.reset();
        start(next);
        return;
    }
    // A search skipped for a newer request always has that request waiting, handled above.
    Q_ASSERT(!superseded);
    Q_EMIT finished(hits, error);
}

} // namespace lga::ui
