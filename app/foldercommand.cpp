// SPDX-License-Identifier: GPL-2.0-or-later
#include "foldercommand.h"

#include "seedpages.h"

#include <store/markdownfolder.h>
#include <store/pagestore.h>
#include <store/seeder.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace lga::app {

int FolderCommand::run(Direction direction, const QString &storePath, const QString &folder)
{
    const bool newStore = !QFileInfo::exists(storePath);
    store::PageStore store;
    if (!store.open(storePath)) {
        std::fprintf(stderr, "localgov-author: %s: %s\n", qPrintable(storePath),
                     qPrintable(store.lastError().message));
        return 1;
    }
    // A store made by an export starts with the demo pages, as the app's would. An import into
    // a new store brings in exactly the folder's pages, so a round trip reproduces a store.
    if (newStore && direction == Export)
        store::Seeder::seedIfEmpty(store, seedPageFiles());
    const store::FolderReport report = direction == Export
                                           ? store::MarkdownFolder::exportTo(store, folder)
                                           : store::MarkdownFolder::importFrom(store, folder);
    for (const QString &problem : report.problems)
        std::fprintf(stderr, "localgov-author: %s\n", qPrintable(problem));
    std::fprintf(report.ok ? stdout : stderr, "%s\n", qPrintable(report.message));
    return report.ok ? 0 : 1;
}

} // namespace lga::app
