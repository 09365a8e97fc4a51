// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QList>
#include <QStringView>

namespace lga::spell {

/// Where a word to spell-check sits in the scanned text.
struct ScannedWord
{
    /// 0-based offset and length in UTF-16 code units.
    int start = 0;
    int length = 0;

    bool operator==(const ScannedWord &) const = default;
};

/// Finds the prose words of a Markdown or HTML body, skipping what is not prose: code spans,
/// fenced and indented code, <code>/<pre>/<script>/<style> elements, HTML tags with their
/// attributes, comments and entities, link destinations and reference definitions, URLs and
/// e-mail addresses, front matter, and words with digits or underscores, dotted tokens (e.g.,
/// luton.gov.uk, form.pdf), ALL-CAPS acronyms and single letters. A word keeps its inner
/// apostrophes (’ or ') and hyphens ("don't", "council-run"); quotes around it are left out.
class WordScanner
{
public:
    static QList<ScannedWord> scan(QStringView text, core::SourceFormat format);

    /// Whether a word (or one part of a hyphenated word) is worth checking: two letters or
    /// more, no digits, and not all capitals (an acronym, possibly with "'s").
    static bool isCheckable(QStringView word);

    /// Hyphens inside words: the ASCII one, U+2010 and the non-breaking U+2011.
    static bool isHyphen(QChar c);
    static bool isApostrophe(QChar c);
};

} // namespace lga::spell
