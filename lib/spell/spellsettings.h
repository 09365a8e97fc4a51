// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace lga::spell {

/// Where the spelling checker finds its dictionaries and which extra words it accepts.
struct SpellSettings
{
    /// Holds `<language>.aff` and `<language>.dic`.
    QString dictionaryDirectory = defaultDictionaryDirectory();
    QString language = QStringLiteral("en_GB");
    /// The author's own words: a UTF-8 file, one word per line. Empty: none kept.
    QString personalDictionaryPath = defaultPersonalDictionaryPath();
    /// Local names the site accepts (Luton, Wardown, …), preset by the IT admin.
    QStringList siteWords;

    /// The first of these that holds an en_GB dictionary: `dictionaries/` next to the
    /// executable (what the Windows installer ships), then on Linux and other Unix systems
    /// /usr/share/hunspell and /usr/share/myspell/dicts (Debian's hunspell-en-gb). Falls back
    /// to the first candidate, so a missing dictionary names a useful place in the error.
    static QString defaultDictionaryDirectory();
    /// `dictionary.txt` in the app's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPersonalDictionaryPath();

    /// Reads the "Spelling" group: SiteWords (a list, or one string separated by commas,
    /// semicolons or new lines, as a registry policy gives it), DictionaryDirectory and
    /// Language. Missing values keep the defaults.
    static SpellSettings fromSettings(QSettings &settings);
};

} // namespace lga::spell
