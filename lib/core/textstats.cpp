// SPDX-License-Identifier: GPL-2.0-or-later
#include "textstats.h"

namespace lga::core {

TextStats textStats(QStringView source)
{
    TextStats stats;
    bool inWord = false;
    bool inTag = false;
    for (const QChar c : source) {
        if (c == u'<') {
            inTag = true;
            inWord = false;
            continue;
        }
        if (inTag) {
            inTag = c != u'>';
            continue;
        }
        // A word is a run holding at least one letter or digit, so "#", "-" or "|" alone do not
        // count.
        if (c.isLetterOrNumber()) {
            if (!inWord)
                ++stats.words;
            inWord = true;
        } else if (c.isSpace()) {
            inWord = false;
        }
    }
    stats.readingMinutes = (stats.words + 199) / 200;
    return stats;
}

} // namespace lga::core
