// SPDX-License-Identifier: GPL-2.0-or-later
// Opens the main window on a store and types into the open page's body, one character every
// 25 ms, printing "typed N" after each key so a parent process knows what was typed when.
#include <store/pagestore.h>
#include <ui/mainwindow.h>
#include <ui/pageeditor.h>
#include <ui/sourceeditor.h>

#include <ui/webengineenvironment.h>

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    lga::ui::WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: lga_typist STORE\n");
        return 2;
    }
    lga::store::PageStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "typist: %s\n", qPrintable(store.lastError().message));
        return 1;
    }
    lga::ui::MainWindow window(store);
    window.show();
    lga::ui::SourceEditor *editor = window.editor()->bodyEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);

    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    int typed = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        QTest::keyClick(editor, alphabet.at(typed % alphabet.size()).toLatin1());
        ++typed;
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    timer.start(25);
    std::printf("ready\n");
    std::fflush(stdout);
    return QApplication::exec();
}
