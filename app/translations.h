// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lga::app {

/// The interface languages the app ships: British English (the source strings) and Welsh.
inline constexpr const char *kEnglish = "en_GB";
inline constexpr const char *kWelsh = "cy";

/// The interface language to use: `setting` when it is `en_GB` or `cy`, otherwise the first of
/// the system's preferred languages (`QLocale::uiLanguages()`, e.g. "cy-GB") that is Welsh or
/// English, otherwise English.
QString chooseLanguage(const QString &setting, const QStringList &systemLanguages);

/// The `Interface/Language` setting as core::SettingsResolver gives it (machine policy, then
/// user policy, then the user's choice); empty means follow the system.
QString languageSetting();

/// Installs the translations for `language` (`en_GB` or `cy`) from `directory` (the .qm files
/// built from translations/), and Qt's own where the system has them, and makes dates and
/// numbers follow that language. Returns false when the app's translation could not be loaded.
bool installTranslations(const QString &language, const QString &directory);

/// Installs the translations for the language chooseLanguage() picks from languageSetting() and
/// the system's languages, from the copies built into the app.
void installTranslations();

} // namespace lga::app
