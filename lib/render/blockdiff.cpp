// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/blockdiff.h>

#include <algorithm>

namespace lga::render {

Splice BlockDiff::diff(const QList<Block> &before, const QList<Block> &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix].html == after[prefix].html)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before[before.size() - 1 - suffix].html == after[after.size() - 1 - suffix].html)
        ++suffix;

    Splice splice;
    const qsizetype removeCount = before.size() - prefix - suffix;
    const qsizetype insertCount = after.size() - prefix - suffix;
    if (removeCount == 0 && insertCount == 0)
        return splice;
    splice.start = int(prefix);
    splice.removeCount = int(removeCount);
    splice.insert = after.mid(prefix, insertCount);
    return splice;
}

} // namespace lga::render
