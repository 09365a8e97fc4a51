// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/integritycheck.h>

#include <store/backupmanager.h>
#include <store/schema.h>
#include <store/storelog.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace lga::store {

IntegrityCheck::IntegrityCheck(QObject *parent)
    : QObject(parent)
{}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheck::start(const QString &path, const QDateTime &nowUtc)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this, path, nowUtc] {
        QString error;
        const QStringList problems = run(path, &error);
        QString backupError;
        if (problems.isEmpty() && error.isEmpty())
            backUpIfDue(path, nowUtc, &backupError);
        // Queued, so the receiver hears it on its own thread, after the worker is done.
        QMetaObject::invokeMethod(
            this,
            [this, problems, error, backupError] { Q_EMIT finished(problems, error, backupError); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("lga.integritycheck"));
    m_thread->start(QThread::LowPriority);
}

bool IntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void IntegrityCheck::backUpIfDue(const QString &path, const QDateTime &nowUtc, QString *error)
{
    if (!BackupManager::dailyBackupDue(path, nowUtc))
        return;
    static std::atomic<quint64> serial{0};
    const QString name = QStringLiteral("lga.dailybackup.%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            QSqlError sqlError;
            const int version = schema::userVersion(db, &sqlError);
            // An empty store needs no copy, and would crowd real backups out of the rotation.
            const bool empty = !query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pages)")) ||
                               !query.next() || !query.value(0).toBool();
            query.finish();
            if (version < 0)
                *error = sqlError.text();
            else if (!empty)
                BackupManager::backupNow(db, path, BackupManager::Kind::Daily, nowUtc, version,
                                         error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList IntegrityCheck::run(const QString &path, QString *error)
{
    static std::atomic<quint64> serial{0};
    const QString name = QStringLiteral("lga.integritycheck.%1").arg(++serial);
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Read-only: the check must never be what changes a damaged file.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                *error = query.lastError().text();
            } else {
                while (query.next()) {
                    const QString line = query.value(0).toString();
                    if (line != QLatin1String("ok"))
                        problems.append(line);
                }
                if (query.lastError().isValid())
                    *error = query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problems.isEmpty() || !error->isEmpty())
        qCWarning(lcStore) << "integrity check of" << path << "found" << problems << *error;
    return problems;
}

} // namespace lga::store
