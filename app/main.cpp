// SPDX-License-Identifier: GPL-2.0-or-later
#include "application.h"
#include "checkcommand.h"
#include "commandline.h"
#include "foldercommand.h"
#include "rendercommand.h"
#include "synccommand.h"
#include "translations.h"

#include <ui/webengineenvironment.h>

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

using namespace lga::app;

int main(int argc, char *argv[])
{
    CommandLine command = CommandLine::parse(argc, argv);
    if (command.mode == CommandLine::ShowError || command.mode == CommandLine::ShowVersion ||
        command.mode == CommandLine::ShowHelp) {
        // Parsed again once translations are in, so that help and errors speak Welsh too.
        QCoreApplication app(argc, argv);
        installTranslations();
        command = CommandLine::parse(argc, argv);
    }
    if (command.mode == CommandLine::ShowError) {
        std::fprintf(stderr, "localgov-author: %s\n", qPrintable(command.error));
        return 2;
    }
    if (command.mode == CommandLine::ShowVersion || command.mode == CommandLine::ShowHelp) {
        std::fputs(qPrintable(command.text), stdout);
        return 0;
    }
    if (command.mode == CommandLine::Export || command.mode == CommandLine::Import) {
        QCoreApplication app(argc, argv);
        installTranslations();
        return FolderCommand::run(command.mode == CommandLine::Export ? FolderCommand::Export
                                                                      : FolderCommand::Import,
                                  command.storePath, command.file);
    }
    if (command.mode == CommandLine::Render) {
        QCoreApplication app(argc, argv);
        installTranslations();
        return RenderCommand::run(command.file);
    }
    if (command.mode == CommandLine::Sync) {
        QCoreApplication app(argc, argv);
        installTranslations();
        return SyncCommand::run(command);
    }
    if (command.mode == CommandLine::Check) {
        QCoreApplication app(argc, argv);
        installTranslations();
        return CheckCommand::run({command.file, command.json, command.settingsFile});
    }
    lga::ui::WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    installTranslations();
    Application author(command);
    return author.exec();
}
