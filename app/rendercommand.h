// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::app {

/// `localgov-author render FILE`: prints the sanitised HTML body the site would receive.
class RenderCommand
{
public:
    /// Returns the process exit code: 0, or 2 when the file cannot be read.
    static int run(const QString &file);
};

} // namespace lga::app
