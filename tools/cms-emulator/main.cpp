// SPDX-License-Identifier: GPL-2.0-or-later
// localgov-cms-emulator: serves a LocalGov-style Drupal JSON:API from a local SQLite file.
#include <cms-emulator/server.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("localgov-cms-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A LocalGov Drupal JSON:API emulator."));
    parser.addHelpOption();
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "Port to listen on; 0 picks a free one."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QCoreApplication::translate("main", "The SQLite data file."),
                                  QStringLiteral("FILE"), QStringLiteral("cms-emulator.sqlite"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("main", "Pages to create when the data file is new."),
        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({port, data, seed});
    parser.process(app);

    lga::emulator::Server server(parser.value(data),
                                 lga::emulator::Seeder::spread(parser.value(seed).toInt()));
    if (!server.isReady()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Cannot open %1: %2")
                                    .arg(parser.value(data), server.errorString())));
        return 1;
    }
    const quint16 chosen = server.listen(quint16(parser.value(port).toUInt()));
    if (chosen == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Cannot listen on port %1")
                                    .arg(parser.value(port))));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(chosen));
    std::fflush(stdout);
    return app.exec();
}
