// SPDX-License-Identifier: GPL-2.0-or-later
#include "spellsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace lga::spell {

namespace {

QStringList dictionaryCandidates()
{
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates.append(QCoreApplication::applicationDirPath() + QStringLiteral("/dictionaries"));
#ifndef Q_OS_WIN
    candidates.append(QStringLiteral("/usr/share/hunspell"));
    candidates.append(QStringLiteral("/usr/share/myspell/dicts"));
#endif
    return candidates;
}

QStringList toWordList(const QVariant &value)
{
    QStringList raw;
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        raw = value.toStringList();
    else
        raw = value.toString().split(QRegularExpression(QStringLiteral("[,;\\n]")));
    QStringList words;
    for (const QString &word : std::as_const(raw)) {
        const QString trimmed = word.trimmed();
        if (!trimmed.isEmpty())
            words.append(trimmed);
    }
    return words;
}

} // namespace

QString SpellSettings::defaultDictionaryDirectory()
{
    const QStringList candidates = dictionaryCandidates();
    for (const QString &directory : candidates) {
        if (QFileInfo::exists(directory + QStringLiteral("/en_GB.dic")) &&
            QFileInfo::exists(directory + QStringLiteral("/en_GB.aff")))
            return directory;
    }
    return candidates.value(0);
}

QString SpellSettings::defaultPersonalDictionaryPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        return {};
    return QDir(folder).filePath(QStringLiteral("dictionary.txt"));
}

SpellSettings SpellSettings::fromSettings(QSettings &settings)
{
    SpellSettings result;
    settings.beginGroup(QStringLiteral("Spelling"));
    result.siteWords = toWordList(settings.value(QStringLiteral("SiteWords")));
    const QString directory = settings.value(QStringLiteral("DictionaryDirectory")).toString();
    if (!directory.isEmpty())
        result.dictionaryDirectory = directory;
    const QString language = settings.value(QStringLiteral("Language")).toString();
    if (!language.isEmpty())
        result.language = language;
    settings.endGroup();
    return result;
}

} // namespace lga::spell
