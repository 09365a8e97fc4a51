// SPDX-License-Identifier: GPL-2.0-or-later
#include "synccommand.h"

#include <store/pagestore.h>
#include <sync/siteclient.h>
#include <sync/syncengine.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

#include <cstdio>

namespace lga::app {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lga::app::SyncCommand", text, disambiguation, n);
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fprintf(stderr, "localgov-author: %s\n", qPrintable(line));
}

} // namespace

int SyncCommand::run(const CommandLine &command)
{
    const QUrl site = QUrl::fromUserInput(command.site);
    if (!site.isValid() || (site.scheme() != u"https" && site.scheme() != u"http")) {
        complain(tr("%1 is not a web address.").arg(command.site));
        return 2;
    }
    sync::Credentials credentials;
    credentials.site = site;
    if (!command.tokenEnv.isEmpty()) {
        credentials.method = sync::AuthMethod::OAuth2;
        credentials.accessToken = qEnvironmentVariable(qPrintable(command.tokenEnv));
        if (credentials.accessToken.isEmpty()) {
            complain(tr("The environment variable %1 is empty.").arg(command.tokenEnv));
            return 2;
        }
    } else if (!command.user.isEmpty()) {
        credentials.method = sync::AuthMethod::Basic;
        credentials.userName = command.user;
        if (command.passwordEnv.isEmpty()) {
            complain(tr("--user needs --password-env VAR: the password is never given on the "
                        "command line."));
            return 2;
        }
        credentials.password = qEnvironmentVariable(qPrintable(command.passwordEnv));
        if (credentials.password.isEmpty()) {
            complain(tr("The environment variable %1 is empty.").arg(command.passwordEnv));
            return 2;
        }
    } else {
        complain(tr("sync needs --user NAME with --password-env VAR, or --token-env VAR."));
        return 2;
    }

    store::PageStore store;
    if (!store.open(command.storePath)) {
        complain(store.lastError().message);
        return 2;
    }
    sync::SyncEngine engine(store, credentials);
    if (!command.message.isEmpty())
        engine.setRevisionLog(command.message);
    engine.setDirections(!command.pushOnly, !command.pullOnly);
    QObject::connect(&engine.client(), &sync::SiteClient::retrying, &engine,
                     [](const QString &reason, int attempt, int delayMs) {
                         say(tr("%1 Trying again in %2 s (try %3).")
                                 .arg(reason)
                                 .arg(delayMs / 1000.0, 0, 'f', 1)
                                 .arg(attempt + 1));
                     });
    QObject::connect(
        &engine, &sync::SyncEngine::phaseChanged, &engine, [&](sync::SyncEngine::Phase phase) {
            switch (phase) {
            case sync::SyncEngine::Phase::Connecting:
                say(tr("Connecting to %1…").arg(site.toDisplayString()));
                break;
            case sync::SyncEngine::Phase::Pulling:
                say(tr("Signed in as %1. Bringing in the site's changes…").arg(engine.userName()));
                break;
            case sync::SyncEngine::Phase::Pushing:
                say(tr("Sending this store's changes…"));
                break;
            }
        });
    int lastShown = 0;
    QObject::connect(&engine, &sync::SyncEngine::progress, &engine,
                     [&](sync::SyncEngine::Phase phase, int done, int total) {
                         if (phase == sync::SyncEngine::Phase::Pulling && done >= lastShown + 200) {
                             lastShown = done;
                             say(tr("  %n page(s) read", nullptr, done));
                         } else if (phase == sync::SyncEngine::Phase::Pushing && total > 0 &&
                                    done > 0) {
                             say(tr("  %1 of %2 sent").arg(done).arg(total));
                         }
                     });
    sync::SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
                     [&](const sync::SyncReport &finished) {
                         report = finished;
                         loop.quit();
                     });
    engine.run();
    loop.exec();

    say(tr("Pulled %1, merged %2, created %3, updated %4, in conflict %5 (%6 requests).")
            .arg(report.pulled)
            .arg(report.merged)
            .arg(report.created)
            .arg(report.updated)
            .arg(report.conflicts)
            .arg(report.requests));
    for (const sync::PageProblem &problem : std::as_const(report.problems))
        say(tr("  %1: %2")
                .arg(problem.title.isEmpty() ? problem.page.toString(QUuid::WithoutBraces)
                                             : problem.title,
                     problem.message));
    if (!report.error.isEmpty()) {
        complain(report.error);
        return 1;
    }
    return report.problems.isEmpty() && report.conflicts == 0 ? 0 : 3;
}

} // namespace lga::app
