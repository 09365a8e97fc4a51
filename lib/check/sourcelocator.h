// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>

#include <QList>
#include <QString>
#include <QStringView>

namespace lga::check {

/// Pins findings to the exact characters of the author's source. The rendered DOM only knows
/// which block an element came from (cmark's data-sourcepos, in bytes); the locator converts
/// that to characters and then looks for the finding's anchor words inside the block, the
/// way an author would search for them, allowing for line breaks, emphasis markers and tags
/// between the words.
class SourceLocator
{
public:
    /// `source` must outlive the locator.
    explicit SourceLocator(QStringView source);

    /// Narrows `finding` from its block to the `occurrence`-th (0-based) match of its anchor
    /// within the block. Without an anchor, or when the anchor is not found, the finding
    /// keeps the whole block, with columns converted from bytes to characters. Returns
    /// whether the anchor was found.
    bool narrow(Finding &finding, int occurrence = 0) const;

    /// The 0-based character offset of a 1-based line and column, clamped to the text; -1 for
    /// line 0.
    qsizetype offset(int line, int column) const;
    /// The 1-based line and column of a 0-based character offset.
    std::pair<int, int> lineColumn(qsizetype offset) const;
    int lineCount() const { return int(m_lineStarts.size()); }

private:
    QStringView lineText(int line) const;
    // cmark counts columns in UTF-8 bytes; the editor counts UTF-16 characters.
    int characterColumn(int line, int byteColumn) const;

    QStringView m_source;
    QList<qsizetype> m_lineStarts;
};

} // namespace lga::check
