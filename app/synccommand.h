// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "commandline.h"

namespace lga::app {

/// `localgov-author sync --store PATH --site URL …`: the app's sync without a window, for
/// scripts and scheduled jobs. Secrets come from environment variables (named on the command
/// line, so they never show in the process list). Prints its progress, then what it did;
/// every page the site refused is listed with the reason.
class SyncCommand
{
public:
    /// Returns the exit code: 0 when everything went through, 1 when the sync failed (the
    /// reason is printed), 2 for a store or credentials that cannot be used, 3 when it ran
    /// but some pages were refused or are in conflict.
    static int run(const CommandLine &command);
};

} // namespace lga::app
