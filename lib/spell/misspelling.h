// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::spell {

/// A word the dictionaries do not know, where it is in the text that was checked.
struct Misspelling
{
    /// 0-based offset and length in UTF-16 code units, as QString and QTextDocument count.
    int start = 0;
    int length = 0;
    QString word;

    bool operator==(const Misspelling &) const = default;
};

} // namespace lga::spell
