// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <render/previewblocks.h>

#include <QList>

namespace lga::render {

/// One edit that turns the shown block list into the new one: remove `removeCount` blocks at
/// `start`, then insert `insert` there. Line numbers are not part of it: after applying it,
/// refresh every block's lines from the new list.
struct Splice
{
    int start = 0;
    int removeCount = 0;
    QList<Block> insert;

    bool isEmpty() const { return removeCount == 0 && insert.isEmpty(); }
    bool operator==(const Splice &) const = default;
};

class BlockDiff
{
public:
    /// Keeps the longest common prefix and suffix (by HTML) and replaces what lies between.
    /// An empty Splice when the HTML of both lists is the same. Linear in the block count.
    static Splice diff(const QList<Block> &before, const QList<Block> &after);
};

} // namespace lga::render
