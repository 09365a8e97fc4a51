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
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QCoreApplication::translate("main", "Inject a fault, e.g. status=503,retry-after=2,count=3,"
                                            "methods=GET|PATCH,path=/jsonapi/node (repeatable)."),
        QStringLiteral("SPEC"));
    parser.addOption(fault);
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QCoreApplication::translate("main", "Refuse every write with 405, like a fresh Drupal."));
    const QCommandLineOption tokenLifetime(
        QStringLiteral("token-lifetime"),
        QCoreApplication::translate("main", "Seconds an OAuth2 access token stays valid."),
        QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption inReview(
        QStringLiteral("in-review"),
        QCoreApplication::translate("main", "Submit N drafts for review, as their authors would, "
                                            "before listening."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({port, data, seed, readOnly, tokenLifetime, inReview});
    parser.process(app);

    lga::emulator::ServerOptions options;
    options.readOnly = parser.isSet(readOnly);
    options.tokenLifetime = parser.value(tokenLifetime).toInt();
    lga::emulator::Server server(
        parser.value(data), lga::emulator::Seeder::spread(parser.value(seed).toInt()), options);
    if (!server.isReady()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Cannot open %1: %2")
                                    .arg(parser.value(data), server.errorString())));
        return 1;
    }
    for (const QString &spec : parser.values(fault)) {
        QString error;
        if (!server.faults().addSpec(spec, &error)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(
                    QCoreApplication::translate("main", "Bad --fault %1: %2").arg(spec, error)));
            return 1;
        }
    }
    if (const int count = parser.value(inReview).toInt(); count > 0)
        server.submitDraftsForReview(count);
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
