// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>

class QSettings;

namespace lga::check {

/// A phrase GOV.UK asks writers to avoid, with the plain wording to use instead.
struct WordToAvoid
{
    /// Lower case; may be several words ("going forward").
    QString phrase;
    /// What to write instead, shown to the author as a suggestion (translated); may say that
    /// the word is fine in one sense ("only for meetings").
    QString alternative;

    bool operator==(const WordToAvoid &) const = default;
};

/// How the Checker judges a site's pages. A council's web team tunes these for its own style
/// guide; IT admins preset them by policy, in the "Checker" group of the app's settings.
struct CheckSettings
{
    /// GOV.UK's limit: comprehension falls sharply beyond it.
    int maxSentenceWords = 25;
    /// Editoria11y and Sa11y warn beyond this: screen reader users cannot skim inside alt text.
    int maxAltLength = 160;
    int maxHeadingLength = 160;
    /// Readability below this Flesch score is reported as a tip (Sa11y's "difficult" band).
    double minReadingEase = 50;
    /// GOV.UK's list by default; a site may replace it or add its own.
    QList<WordToAvoid> wordsToAvoid = defaultWordsToAvoid();
    /// Rule ids the site has switched off ("sentence-too-long").
    QSet<QString> disabledRules;

    bool isEnabled(const QString &ruleId) const { return !disabledRules.contains(ruleId); }

    /// The GOV.UK style guide's plain-English list, with translated alternatives.
    static QList<WordToAvoid> defaultWordsToAvoid();

    /// Reads the "Checker" group: MaxSentenceWords, MaxAltLength, MaxHeadingLength,
    /// MinReadingEase, DisabledRules (a list of rule ids), WordsToAvoid (a list of
    /// "phrase=alternative" that replaces the default list) and ExtraWordsToAvoid (added to
    /// it, replacing the alternative of a phrase already listed). Lists are INI lists
    /// (comma-separated) or one quoted string separated by semicolons; in a comma-separated
    /// list, an item without "=" after one with an alternative continues that alternative
    /// ("leverage=use, apply"). Missing or unusable values (zero, negative, not a number, an empty
    /// list) keep their defaults.
    static CheckSettings fromSettings(QSettings &settings);

    bool operator==(const CheckSettings &) const = default;
};

} // namespace lga::check
