// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace lga::core {

/// Counts the author sees in the status bar.
struct TextStats
{
    int words = 0;
    int readingMinutes = 0; ///< Rounded up at 200 words a minute; 0 for an empty page.
};

/// Counts words in Markdown or HTML source, ignoring markup punctuation such as `#`, `*` and `|`.
TextStats textStats(QStringView source);

} // namespace lga::core
