// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <html/document.h>

namespace lga::check {

/// How easy a page's text is to read, measured as Sa11y does over its paragraphs and list
/// items: Flesch reading ease and a reading-age estimate from it (GOV.UK aims at about 9).
struct Readability
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    /// Words of three or more syllables.
    int complexWords = 0;
    /// Flesch reading ease, clamped to 0..100; meaningless below MinimumWords.
    double fleschReadingEase = 0;
    /// The reading age in years the Flesch score corresponds to.
    int readingAge = 0;

    /// Fewer words than this give no score, as in Sa11y: the figures would mislead.
    static constexpr int MinimumWords = 30;
    bool hasScore() const { return words >= MinimumWords; }
    double averageSentenceWords() const { return sentences > 0 ? double(words) / sentences : 0; }

    /// Measures the text of every paragraph and list item in `body` (a rendered body).
    static Readability measure(const html::Document &body);

    bool operator==(const Readability &) const = default;
};

} // namespace lga::check
