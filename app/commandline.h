// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::app {

/// What the user asked for on the command line. Parsed before any QApplication exists, so the
/// command-line tools never need a display.
struct CommandLine
{
    enum Mode
    {
        RunApp,
        Render,
        Check,
        Export,
        Import,
        Sync,
        ShowVersion,
        ShowHelp,
        ShowError,
    };

    Mode mode = RunApp;
    QString file;         ///< The input of `render` and `check`.
    bool json = false;    ///< check --json: print the findings as JSON.
    QString settingsFile; ///< check --settings FILE: read the Checker settings from this INI file.
    QString storePath;    ///< --store PATH; empty for the user's own store.
    QString site;         ///< sync --site URL; for the app, the site to preset for this session.
    QString user;         ///< sync --user NAME (Basic).
    QString passwordEnv;  ///< sync --password-env VAR: the environment variable with the password.
    QString tokenEnv;     ///< sync --token-env VAR: the variable with an OAuth2 access token.
    bool pullOnly = false;
    bool pushOnly = false;
    QString message;    ///< sync --message TEXT: the revision log of every write.
    bool demo = false;  ///< --demo: a fresh temporary store with the demo pages.
    QString page;       ///< --page TITLE: the page to open first.
    QString screenshot; ///< --screenshot FILE: save a picture of the window once ready, then quit.
    bool printReady =
        false; ///< --print-ready: print timings when shown and when the preview is ready.
    bool quitWhenReady = false; ///< --quit-when-ready: quit once the preview shows the page.
    QString text;               ///< Version or help text to print.
    QString error;              ///< Why parsing failed.

    static CommandLine parse(int argc, char *argv[]);
};

} // namespace lga::app
