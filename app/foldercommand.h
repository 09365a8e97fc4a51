// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::app {

/// `localgov-author export --store PATH DIR` and `import --store PATH DIR`: pages to and from
/// a folder of Markdown files with front matter.
class FolderCommand
{
public:
    enum Direction
    {
        Export,
        Import,
    };

    /// Returns the process exit code: 0 when every page went through, 1 otherwise.
    static int run(Direction direction, const QString &storePath, const QString &folder);
};

} // namespace lga::app
