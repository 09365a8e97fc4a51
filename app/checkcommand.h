// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::app {

/// `localgov-author check [--json] [--settings FILE.ini] FILE`: checks one page body, as the
/// editor does, for a council's own CI.
///
/// A Markdown file may start with the front matter the app exports; its format is used and the
/// findings keep the file's line numbers. An HTML file may be a whole web page: when it has a
/// `<main>` element, only that element's content is checked, with positions still in the file.
/// The Checker settings are read as the app reads them (the user's settings, then the
/// system-wide ones an admin presets), or from the given INI file.
class CheckCommand
{
public:
    struct Options
    {
        QString file;
        bool json = false;
        /// An INI file to read the "Checker" group from instead of the app's settings.
        QString settingsFile;
    };

    /// Returns the process exit code: 1 when an error was found, 0 when none, 2 when the file
    /// or the settings cannot be read.
    static int run(const Options &options);
};

} // namespace lga::app
