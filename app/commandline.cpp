// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandline.h"

#include <core/version.h>

#include <QCoreApplication>
#include <QStringList>

namespace lga::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lga::app::CommandLine", text);
}

QString helpText()
{
    return tr("Usage: localgov-author [--store PATH | --demo] [--page TITLE] [--site URL]\n"
              "       localgov-author render FILE.md\n"
              "       localgov-author check [--json] [--settings FILE.ini] FILE.md|FILE.html\n"
              "       localgov-author export --store PATH FOLDER\n"
              "       localgov-author import --store PATH FOLDER\n"
              "       localgov-author sync --store PATH --site URL [--user NAME]\n"
              "                      [--password-env VAR | --token-env VAR]\n"
              "                      [--pull-only | --push-only] [--message TEXT]\n"
              "       localgov-author --version\n"
              "\n"
              "Write and check council web pages offline, then publish them to a LocalGov "
              "Drupal site.\n"
              "\n"
              "  --store PATH   open the pages stored at PATH (created if missing)\n"
              "  --demo         open a fresh temporary store with demo pages\n"
              "  --page TITLE   open the page with this title first\n"
              "  --site URL     sync with this site as the user editor (Basic), for this\n"
              "                 session only; with --demo the password is read from the\n"
              "                 environment variable LGA_DEMO_PASSWORD\n"
              "  render FILE    print the sanitised HTML body the site would receive\n"
              "  check FILE     check a page body for accessibility and plain English, one\n"
              "                 line a finding (FILE:LINE:COLUMN: error|warning|tip: message\n"
              "                 [rule]) and the readability; of a whole HTML page only <main>\n"
              "                 is checked. Exit status 1 when there are errors.\n"
              "    --json       print {\"findings\":[...],\"readability\":{...}} instead\n"
              "    --settings FILE.ini  use the [Checker] settings in this file instead of\n"
              "                 the app's\n"
              "  export         write every page to FOLDER as Markdown with front matter\n"
              "  import         read FOLDER back: known pages are updated, new ones added\n"
              "  sync           bring the site's changes into the store, then send the\n"
              "                 store's changes to the site; prints progress and exits 1 when\n"
              "                 the sync failed, 3 when pages were refused or are in conflict\n"
              "    --user NAME  sign in with this user name (Basic authentication), with the\n"
              "                 password in the environment variable named by --password-env\n"
              "    --token-env VAR  use the OAuth2 access token in this environment variable\n"
              "    --message TEXT   the revision log message sent with every change\n"
              "  --version      print the version\n"
              "  --help         print this help\n");
}

} // namespace

CommandLine CommandLine::parse(int argc, char *argv[])
{
    CommandLine result;
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    auto fail = [&](const QString &why) {
        result.mode = ShowError;
        result.error = why + QLatin1Char('\n') + tr("Try 'localgov-author --help'.");
        return result;
    };

    if (!args.isEmpty() && args.first() == QLatin1String("render")) {
        if (args.size() != 2)
            return fail(tr("render needs exactly one file."));
        result.mode = Render;
        result.file = args.at(1);
        return result;
    }
    if (!args.isEmpty() && args.first() == QLatin1String("check")) {
        result.mode = Check;
        for (int i = 1; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (arg == QLatin1String("--json")) {
                result.json = true;
            } else if (arg == QLatin1String("--settings")) {
                if (i + 1 >= args.size())
                    return fail(tr("--settings needs a file name."));
                result.settingsFile = args.at(++i);
            } else if (arg.startsWith(u'-')) {
                return fail(tr("Unknown option: %1").arg(arg));
            } else if (result.file.isEmpty()) {
                result.file = arg;
            } else {
                return fail(tr("check needs exactly one file."));
            }
        }
        if (result.file.isEmpty())
            return fail(tr("check needs exactly one file."));
        return result;
    }
    if (!args.isEmpty() &&
        (args.first() == QLatin1String("export") || args.first() == QLatin1String("import"))) {
        const bool isExport = args.first() == QLatin1String("export");
        if (args.size() != 4 || args.at(1) != QLatin1String("--store"))
            return fail(isExport ? tr("Usage: localgov-author export --store PATH FOLDER")
                                 : tr("Usage: localgov-author import --store PATH FOLDER"));
        result.mode = isExport ? Export : Import;
        result.storePath = args.at(2);
        result.file = args.at(3);
        return result;
    }
    if (!args.isEmpty() && args.first() == QLatin1String("sync")) {
        result.mode = Sync;
        for (int i = 1; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            auto value = [&](QString &into) {
                if (i + 1 >= args.size())
                    return false;
                into = args.at(++i);
                return true;
            };
            bool ok = true;
            if (arg == QLatin1String("--store"))
                ok = value(result.storePath);
            else if (arg == QLatin1String("--site"))
                ok = value(result.site);
            else if (arg == QLatin1String("--user"))
                ok = value(result.user);
            else if (arg == QLatin1String("--password-env"))
                ok = value(result.passwordEnv);
            else if (arg == QLatin1String("--token-env"))
                ok = value(result.tokenEnv);
            else if (arg == QLatin1String("--message"))
                ok = value(result.message);
            else if (arg == QLatin1String("--pull-only"))
                result.pullOnly = true;
            else if (arg == QLatin1String("--push-only"))
                result.pushOnly = true;
            else
                return fail(tr("Unknown option: %1").arg(arg));
            if (!ok)
                return fail(tr("%1 needs a value.").arg(arg));
        }
        if (result.storePath.isEmpty() || result.site.isEmpty())
            return fail(tr("sync needs --store PATH and --site URL."));
        if (!result.passwordEnv.isEmpty() && !result.tokenEnv.isEmpty())
            return fail(tr("Use either --password-env or --token-env, not both."));
        if (!result.passwordEnv.isEmpty() && result.user.isEmpty())
            return fail(tr("--password-env needs --user NAME."));
        if (result.pullOnly && result.pushOnly)
            return fail(tr("Use either --pull-only or --push-only, not both."));
        return result;
    }
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString &into) {
            if (i + 1 >= args.size())
                return false;
            into = args.at(++i);
            return true;
        };
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            result.mode = ShowVersion;
            result.text = QStringLiteral("localgov-author %1\n").arg(QLatin1String(core::kVersion));
            return result;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            result.mode = ShowHelp;
            result.text = helpText();
            return result;
        }
        if (arg == QLatin1String("--store")) {
            if (!value(result.storePath))
                return fail(tr("--store needs a path."));
        } else if (arg == QLatin1String("--demo")) {
            result.demo = true;
        } else if (arg == QLatin1String("--page")) {
            if (!value(result.page))
                return fail(tr("--page needs a page title."));
        } else if (arg == QLatin1String("--site")) {
            if (!value(result.site))
                return fail(tr("--site needs a web address."));
        } else if (arg == QLatin1String("--screenshot")) {
            if (!value(result.screenshot))
                return fail(tr("--screenshot needs a file name."));
        } else if (arg == QLatin1String("--print-ready")) {
            result.printReady = true;
        } else if (arg == QLatin1String("--quit-when-ready")) {
            result.quitWhenReady = true;
        } else if (arg.startsWith(QLatin1String("-platform")) ||
                   arg.startsWith(QLatin1String("--platform"))) {
            ++i; // Qt's own option; QApplication reads it.
        } else {
            return fail(tr("Unknown option: %1").arg(arg));
        }
    }
    if (result.demo && !result.storePath.isEmpty())
        return fail(tr("Use either --store or --demo, not both."));
    return result;
}

} // namespace lga::app
