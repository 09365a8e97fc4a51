// SPDX-License-Identifier: GPL-2.0-or-later
#include "seedpages.h"

#include <QDir>

namespace lga::app {

QStringList seedPageFiles()
{
    QStringList files;
    const QDir seeds(QStringLiteral(":/seed"));
    for (const QString &name : seeds.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        files << seeds.filePath(name);
    return files;
}

} // namespace lga::app
