// SPDX-License-Identifier: GPL-2.0-or-later
#include "storetestsupport.h"

#include <store/pagestore.h>

#include <QFile>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace lga::store::test {

int holdStore(const QString &path, const QString &title)
{
    PageStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "helper: %s\n", qPrintable(store.lastError().message));
        return 2;
    }
    if (!store.insert(makePage(title, QStringLiteral("Typed before the crash.\n")))) {
        std::fprintf(stderr, "helper: %s\n", qPrintable(store.lastError().message));
        return 3;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;)
        ::pause();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

core::Page makePage(const QString &title, const QString &body)
{
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = title;
    page.summary = QStringLiteral("Summary of ") + title;
    page.body = body.isNull() ? QStringLiteral("Body of ") + title + u'\n' : body;
    return page;
}

RawConnection::RawConnection(const QString &path)
{
    static int serial = 0;
    m_name = QStringLiteral("lga.store.test.raw.%1").arg(++serial);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.open();
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    return query.exec(sql);
}

QVariant RawConnection::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

AsUnprivilegedUser::AsUnprivilegedUser()
{
    constexpr uid_t nobody = 65534;
    if (!runningAsRoot() || ::setegid(nobody) != 0)
        return;
    if (::seteuid(nobody) != 0) {
        if (::setegid(0) != 0)
            std::abort();
        return;
    }
    m_active = true;
}

AsUnprivilegedUser::~AsUnprivilegedUser()
{
    if (!m_active)
        return;
    if (::seteuid(0) != 0 || ::setegid(0) != 0)
        std::abort(); // Carrying on as the wrong user would make every later test meaningless.
}

} // namespace lga::store::test
