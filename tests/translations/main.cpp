// SPDX-License-Identifier: GPL-2.0-or-later
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // The machine policy says Welsh and the user's own setting says English. QSettings reads
    // these variables once, so they are set before anything else runs.
    QTemporaryDir folder;
    const QString policy = folder.filePath(QStringLiteral("policy"));
    const QString user = folder.filePath(QStringLiteral("user"));
    QDir().mkpath(policy + QStringLiteral("/LocalGov"));
    QDir().mkpath(user + QStringLiteral("/LocalGov"));
    QFile policyFile(policy + QStringLiteral("/LocalGov/Author.conf"));
    QFile userFile(user + QStringLiteral("/LocalGov/Author.conf"));
    if (!policyFile.open(QIODevice::WriteOnly) || !userFile.open(QIODevice::WriteOnly))
        return 2;
    policyFile.write("[Interface]\nLanguage=cy\n");
    userFile.write("[Interface]\nLanguage=en_GB\n");
    policyFile.close();
    userFile.close();
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(policy));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(user));
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
