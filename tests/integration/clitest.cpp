// SPDX-License-Identifier: GPL-2.0-or-later
// The app binary as a user meets it on the command line.
#include "support/qtprinters.h"

#include <store/pagestore.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lga;

namespace {

struct AppRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

AppRun runApp(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess app;
    app.start(QStringLiteral(LGA_APP), arguments);
    AppRun run;
    if (!app.waitForFinished(timeoutMs)) {
        app.kill();
        app.waitForFinished();
        return run;
    }
    run.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    run.out = QString::fromUtf8(app.readAllStandardOutput());
    run.err = QString::fromUtf8(app.readAllStandardError());
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

TEST(Cli, RenderPrintsTheSanitisedBodyTheSiteWouldReceive)
{
    QTemporaryDir dir;
    const QString md =
        writeFile(dir, QStringLiteral("page.md"),
                  "## Bin days\n\n| Day | Bin |\n| --- | --- |\n| Monday | Blue |\n\n"
                  "<script>alert(1)</script>\n\n"
                  "[Pay](javascript:alert(2)) ~~old~~ <p class=\"callout callout-primary\" "
                  "style=\"color:red\">Note</p>\n");
    const AppRun run = runApp({QStringLiteral("render"), md});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("<h2>Bin days</h2>")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("<th>Day</th>")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("<del>old</del>")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("<p class=\"callout callout-primary\">Note</p>")));
    // GFM's tag filter turns the script into visible text; no element survives.
    EXPECT_FALSE(run.out.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(run.out.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive));
    EXPECT_FALSE(run.out.contains(QStringLiteral("style=")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("data-sourcepos")));
}

TEST(Cli, RenderOfAMissingFileSaysSoOnStderr)
{
    const AppRun run = runApp({QStringLiteral("render"), QStringLiteral("/nonexistent/page.md")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("/nonexistent/page.md"))) << run.err.toStdString();
}

TEST(Cli, VersionAndUnknownOptions)
{
    const AppRun version = runApp({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("localgov-author 0.")))
        << version.out.toStdString();
    const AppRun unknown = runApp({QStringLiteral("--frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("--frobnicate")));
}

TEST(Cli, ACorruptStoreIsReportedAndLeftUntouched)
{
    QTemporaryDir dir;
    QByteArray garbage;
    for (int i = 0; i < 200; ++i)
        garbage += "This is not a database, it is a council meeting agenda.\n";
    const QString path = writeFile(dir, QStringLiteral("pages.sqlite"), garbage);
    const AppRun run =
        runApp({QStringLiteral("--store"), path, QStringLiteral("--quit-when-ready")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a LocalGov Author store")))
        << run.err.toStdString();
    EXPECT_EQ(readFile(path), garbage);
}

TEST(Cli, ASecondInstanceOnTheSameStoreIsToldItIsAlreadyOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
    store::PageStore first;
    ASSERT_TRUE(first.open(path));
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Council tax");
    ASSERT_TRUE(first.insert(page));

    const AppRun run =
        runApp({QStringLiteral("--store"), path, QStringLiteral("--quit-when-ready")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("already open"))) << run.err.toStdString();
    // The first instance carries on unharmed.
    page.body = QStringLiteral("Still writable.");
    EXPECT_TRUE(first.save(page));
    EXPECT_EQ(first.page(page.uuid)->body, page.body);
}

TEST(Cli, ANewStoreOpensSeededWithTheDemoPages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/pages.sqlite"));
    const AppRun run =
        runApp({QStringLiteral("--store"), path, QStringLiteral("--quit-when-ready")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    store::PageStore store;
    ASSERT_TRUE(store.open(path));
    const auto pages = store.summaries();
    EXPECT_GE(pages.size(), 10);
    EXPECT_TRUE(std::any_of(pages.begin(), pages.end(), [](const core::PageSummary &p) {
        return p.title == QStringLiteral("Bin collections");
    }));
}

TEST(Cli, ExportOfANewStoreSeedsItAndImportBringsEditsBack)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("pages.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("pages"));
    const AppRun exported =
        runApp({QStringLiteral("export"), QStringLiteral("--store"), store, folder});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.startsWith(QStringLiteral("Exported 13 pages")))
        << exported.out.toStdString();
    const QString file = folder + QStringLiteral("/bin-collections.md");
    QByteArray text = readFile(file);
    ASSERT_TRUE(text.contains("title: \"Bin collections\""));

    text.replace("We collect your bins every week.", "We collect your bins every Tuesday.");
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text);
    out.close();
    const AppRun imported =
        runApp({QStringLiteral("import"), QStringLiteral("--store"), store, folder});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("0 new, 1 updated, 12 unchanged")))
        << imported.out.toStdString();

    const AppRun usage = runApp({QStringLiteral("import"), folder});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("--store")));
}

namespace {

QJsonObject checkJson(const AppRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return document.object();
}

QStringList rules(const QJsonObject &result)
{
    QStringList ids;
    for (const QJsonValue &finding : result.value(QStringLiteral("findings")).toArray())
        ids.append(finding.toObject().value(QStringLiteral("rule")).toString());
    return ids;
}

QJsonObject findingFor(const QJsonObject &result, const char *rule)
{
    for (const QJsonValue &finding : result.value(QStringLiteral("findings")).toArray()) {
        if (finding.toObject().value(QStringLiteral("rule")).toString() == QLatin1StringView(rule))
            return finding.toObject();
    }
    return {};
}

// A settings file of its own for each run, so that the tester's settings never leak in.
QStringList checkArgs(const QTemporaryDir &dir, QStringList args)
{
    const QString settings = dir.filePath(QStringLiteral("empty-settings.ini"));
    if (!QFile::exists(settings))
        writeFile(dir, QStringLiteral("empty-settings.ini"), "");
    args.prepend(QStringLiteral("check"));
    args.insert(1, settings);
    args.insert(1, QStringLiteral("--settings"));
    return args;
}

} // namespace

TEST(Cli, CheckPrintsOneLinePerFindingAndFailsOnErrors)
{
    QTemporaryDir dir;
    const QString md = writeFile(dir, QStringLiteral("page.md"),
                                 "## Bins\n\nSee the map: <img src=\"map.png\">\n\n"
                                 "We will utilise the hall.\n");
    const AppRun run = runApp(checkArgs(dir, {md}));
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QRegularExpression altLine(QRegularExpression::escape(md) +
                                     QStringLiteral(R"(:3:\d+: error: .+ \[alt-missing\]\n)"));
    EXPECT_TRUE(altLine.match(run.out).hasMatch()) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(md + QStringLiteral(":5:9: tip: ")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("[word-to-avoid]\n")));
    EXPECT_TRUE(run.out.contains(md + QStringLiteral(": readability: too few words")))
        << run.out.toStdString();
}

TEST(Cli, CheckOfACleanPageSucceeds)
{
    QTemporaryDir dir;
    const QString md = writeFile(dir, QStringLiteral("clean.md"),
                                 "## When we collect\n\nWe collect your bins every week. Put "
                                 "your bin out by 7am. Call us if we miss it.\n");
    const AppRun run = runApp(checkArgs(dir, {md}));
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(run.out.count(u'\n'), 1) << run.out.toStdString(); // the readability line
}

TEST(Cli, CheckJsonHasTheDocumentedShape)
{
    QTemporaryDir dir;
    const QString md = writeFile(
        dir, QStringLiteral("page.md"),
        "## Garden waste\n\nWe collect garden waste every two weeks from March to November. "
        "Put your brown bin out by 7am on your collection day. We cannot take soil, rubble "
        "or turf.\n\n![](bin.jpg)\n\n[click here](/garden-waste/subscribe)\n");
    const AppRun run = runApp(checkArgs(dir, {QStringLiteral("--json"), md}));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = checkJson(run);
    EXPECT_EQ(result.keys(),
              (QStringList{QStringLiteral("findings"), QStringLiteral("readability")}));
    const QJsonObject link = findingFor(result, "link-generic-text");
    ASSERT_FALSE(link.isEmpty()) << run.out.toStdString();
    QStringList keys = link.keys();
    keys.sort();
    EXPECT_EQ(keys,
              (QStringList{QStringLiteral("axe"), QStringLiteral("column"), QStringLiteral("line"),
                           QStringLiteral("message"), QStringLiteral("rule"),
                           QStringLiteral("severity"), QStringLiteral("wcag")}));
    EXPECT_EQ(link.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    EXPECT_EQ(link.value(QStringLiteral("wcag")).toString(), QStringLiteral("2.4.4"));
    EXPECT_EQ(link.value(QStringLiteral("line")).toInt(), 7);
    EXPECT_EQ(link.value(QStringLiteral("column")).toInt(), 2);

    // 11 + 11 + 7 words in the first paragraph, 2 in the link's: 31 words in 4 sentences
    // ("7am" is a word; the heading is not measured).
    const QJsonObject readability = result.value(QStringLiteral("readability")).toObject();
    EXPECT_EQ(readability.value(QStringLiteral("words")).toInt(), 31);
    EXPECT_EQ(readability.value(QStringLiteral("sentences")).toInt(), 4);
    EXPECT_NEAR(readability.value(QStringLiteral("averageSentenceWords")).toDouble(), 7.8, 1e-9);
    EXPECT_GT(readability.value(QStringLiteral("fleschReadingEase")).toDouble(), 60);
    EXPECT_GE(readability.value(QStringLiteral("readingAge")).toInt(), 10);
}

TEST(Cli, CheckReadsExportedFrontMatterAndKeepsTheFilesLineNumbers)
{
    QTemporaryDir dir;
    const QString md = writeFile(dir, QStringLiteral("exported.md"),
                                 "---\n"
                                 "title: \"Bins\"\n"
                                 "bundle: \"localgov_services_page\"\n"
                                 "format: \"html\"\n"
                                 "---\n"
                                 "\n"
                                 "<p>Intro.</p>\n"
                                 "<p><img src=\"bin.jpg\"></p>\n");
    const AppRun run = runApp(checkArgs(dir, {QStringLiteral("--json"), md}));
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject alt = findingFor(checkJson(run), "alt-missing");
    EXPECT_EQ(alt.value(QStringLiteral("line")).toInt(), 8) << run.out.toStdString();
    EXPECT_EQ(alt.value(QStringLiteral("axe")).toString(), QStringLiteral("image-alt"));
}

TEST(Cli, CheckOfAWholeHtmlPageChecksOnlyItsMain)
{
    QTemporaryDir dir;
    const QString html =
        writeFile(dir, QStringLiteral("page.html"),
                  "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Bins</title></head>\n<body>\n"
                  "<header><a href=\"/\"><img src=\"logo.png\"></a></header>\n"
                  "<main id=\"content\"><h2>Bins</h2>\n"
                  "<p>Report a missed bin <a href=\"/report\">here</a>.</p>\n"
                  "</main>\n"
                  "<footer><img src=\"footer.png\"></footer>\n</body>\n</html>\n");
    const AppRun run = runApp(checkArgs(dir, {QStringLiteral("--json"), html}));
    // The header's and footer's images without alt text are the site's, not the page's.
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const QJsonObject result = checkJson(run);
    EXPECT_FALSE(rules(result).contains(QStringLiteral("alt-missing"))) << run.out.toStdString();
    const QJsonObject link = findingFor(result, "link-generic-text");
    EXPECT_EQ(link.value(QStringLiteral("line")).toInt(), 7);
    EXPECT_EQ(link.value(QStringLiteral("column")).toInt(), 42);

    // The heading is on the line <main> starts on: its column counts from the line's start.
    const QString h1 = writeFile(dir, QStringLiteral("h1.html"),
                                 "<body>\n<main><h1>Bins</h1><p>Text.</p></main></body>\n");
    const QJsonObject heading = findingFor(
        checkJson(runApp(checkArgs(dir, {QStringLiteral("--json"), h1}))), "heading-h1-in-body");
    EXPECT_EQ(heading.value(QStringLiteral("line")).toInt(), 2);
    EXPECT_EQ(heading.value(QStringLiteral("column")).toInt(), 11);
}

TEST(Cli, CheckSettingsFileSwitchesRulesOffAndChangesLimits)
{
    QTemporaryDir dir;
    const QString md = writeFile(dir, QStringLiteral("page.md"),
                                 "We will utilise the hall for the count on Thursday night.\n");
    const AppRun before = runApp(checkArgs(dir, {QStringLiteral("--json"), md}));
    EXPECT_EQ(rules(checkJson(before)), QStringList{QStringLiteral("word-to-avoid")});

    const QString ini = writeFile(dir, QStringLiteral("site.ini"),
                                  "[Checker]\nDisabledRules=word-to-avoid\nMaxSentenceWords=8\n");
    const AppRun after = runApp(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--settings"), ini, md});
    EXPECT_EQ(after.exitCode, 0);
    EXPECT_EQ(rules(checkJson(after)), QStringList{QStringLiteral("sentence-too-long")});
}

TEST(Cli, CheckReadsTheSameSettingsAsTheApp)
{
    QTemporaryDir dir;
    const QString md = writeFile(dir, QStringLiteral("page.md"), "We will utilise the hall.\n");
    QDir(dir.path()).mkpath(QStringLiteral("config/LocalGov"));
    writeFile(dir, QStringLiteral("config/LocalGov/Author.conf"),
              "[Checker]\nDisabledRules=word-to-avoid\n");
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(LGA_APP), {QStringLiteral("check"), QStringLiteral("--json"), md});
    ASSERT_TRUE(app.waitForFinished(60000));
    EXPECT_EQ(app.exitCode(), 0);
    AppRun run;
    run.out = QString::fromUtf8(app.readAllStandardOutput());
    EXPECT_TRUE(rules(checkJson(run)).isEmpty()) << run.out.toStdString();
}

TEST(Cli, CheckUsageErrorsAndUnreadableFilesExitWithTwo)
{
    QTemporaryDir dir;
    const AppRun missing =
        runApp({QStringLiteral("check"), QStringLiteral("/nonexistent/page.md")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.out.isEmpty());
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/nonexistent/page.md")));

    const AppRun noFile = runApp({QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(noFile.exitCode, 2);
    EXPECT_TRUE(noFile.err.contains(QStringLiteral("check needs exactly one file")));

    const QString md = writeFile(dir, QStringLiteral("page.md"), "Text.\n");
    const AppRun badSettings = runApp({QStringLiteral("check"), QStringLiteral("--settings"),
                                       dir.filePath(QStringLiteral("missing.ini")), md});
    EXPECT_EQ(badSettings.exitCode, 2);
    EXPECT_TRUE(badSettings.err.contains(QStringLiteral("missing.ini")));

    const QString broken = writeFile(dir, QStringLiteral("broken.md"), "---\ntitle: \"Bins\"\n");
    const AppRun brokenRun = runApp(checkArgs(dir, {broken}));
    EXPECT_EQ(brokenRun.exitCode, 2);
    EXPECT_TRUE(brokenRun.err.contains(QStringLiteral("closing ---")))
        << brokenRun.err.toStdString();

    const AppRun help = runApp({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("check [--json]")));
}
