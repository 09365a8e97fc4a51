// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <html/document.h>

#include <QStringView>

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

    /// Measures the text of every paragraph and list item in `body` (a rendered body). Each
    /// list item ends a sentence, with or without a full stop. Numbers, web and email
    /// addresses are not counted as words: they are not read as prose.
    static Readability measure(const html::Document &body);

    /// The syllables of one word, estimated as Sa11y does: words of up to three letters have
    /// one; otherwise a silent final "e", "es" or "ed" is dropped and each group of vowels
    /// (a, e, i, o, u, y; not a leading y) counts one, at least one in all. Unlike Sa11y, an
    /// ending that is sounded is kept: "-le" ("table"), "-es" after s, x, z, c, g, ch or sh
    /// ("services", "boxes"), "-ed" after t or d ("wanted").
    static int syllableCount(QStringView word);

    /// The reading age for a Flesch score: the US school grade of Flesch's table plus five
    /// years (a US grade-1 pupil is about six), spread evenly over the bands that span
    /// several grades: 90–100 → 10, 80–90 → 11, 70–80 → 12, 60–70 → 14 to 13, 50–60 → 17 to
    /// 15, 30–50 → 21 to 18, below 30 → 22.
    static int readingAgeFor(double fleschReadingEase);

    bool operator==(const Readability &) const = default;
};

} // namespace lga::check
