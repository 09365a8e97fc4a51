// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "misspelling.h"
#include "spellsettings.h"

#include <core/page.h>

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace lga::spell {

/// British English spelling with Hunspell, plus the author's personal dictionary and the
/// site's own words. Safe to share between threads: Hunspell itself is not, so every call
/// takes one lock (checking a long page holds it for a few milliseconds).
class SpellChecker
{
public:
    explicit SpellChecker(const SpellSettings &settings = {});
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    /// False when the dictionary could not be loaded; then every word is accepted.
    bool isValid() const;
    /// Why the dictionary could not be loaded, for the author (translated); empty when valid.
    QString errorString() const;

    /// Whether the dictionaries know `word`. A hyphenated word is right when the whole or
    /// each part is ("council-run"); "Luton's" is right when "Luton" is.
    bool isCorrect(QStringView word) const;
    /// Likely corrections, best first, at most `maximum`.
    QStringList suggestions(QStringView word, int maximum = 6) const;
    /// The misspelt words of a body, skipping what is not prose (see WordScanner). Words in
    /// `ignored` (exactly as written) are accepted. Of a hyphenated word only the wrong parts
    /// are reported.
    QList<Misspelling> check(QStringView text, core::SourceFormat format,
                             const QSet<QString> &ignored = {}) const;

    /// Accepts `word` from now on and appends it to the personal dictionary file. Returns
    /// false when the file could not be written (the word is still accepted until the app
    /// closes) or the word is empty or has spaces.
    bool addToPersonalDictionary(const QString &word);
    QStringList personalWords() const;
    /// Replaces the site's word list.
    void setSiteWords(const QStringList &words);

private:
    bool isCorrectLocked(QStringView word) const;
    bool spellLocked(QStringView word) const;
    void acceptLocked(const QString &word);
    std::string encode(QStringView word) const;
    QString decode(const std::string &word) const;

    mutable QMutex m_mutex;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_error;
    bool m_utf8 = true;
    QString m_personalPath;
    QStringList m_personalWords;
    QSet<QString> m_siteWords;
    // Words added to Hunspell at run time, so replacing the site list removes only those.
    QSet<QString> m_added;
    mutable QHash<QString, bool> m_cache;
};

} // namespace lga::spell
