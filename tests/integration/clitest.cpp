// SPDX-License-Identifier: GPL-2.0-or-later
// The app binary as a user meets it on the command line.
#include "support/qtprinters.h"

#include <store/pagestore.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
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
