// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingsresolver.h"

#include <core/version.h>

#include <QSettings>

#include <memory>

namespace lga::core {

namespace {

using Type = PolicySetting::Type;

std::unique_ptr<QSettings> policyStore(SettingSource scope)
{
    const QString organization = QLatin1StringView(kSettingsOrganization);
    const QString application = QLatin1StringView(kSettingsApplication);
#ifdef Q_OS_WIN
    const QString hive = scope == SettingSource::MachinePolicy
                             ? QStringLiteral("HKEY_LOCAL_MACHINE")
                             : QStringLiteral("HKEY_CURRENT_USER");
    return std::make_unique<QSettings>(
        QStringLiteral("%1\\SOFTWARE\\Policies\\%2\\%3").arg(hive, organization, application),
        QSettings::NativeFormat);
#else
    if (scope != SettingSource::MachinePolicy)
        return {};
    // NativeFormat is INI on Linux and gives the `.conf` name (IniFormat would look for
    // `Author.ini`); with fallbacks it searches every folder of XDG_CONFIG_DIRS.
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::SystemScope,
                                       organization, application);
#endif
}

std::unique_ptr<QSettings> userStore()
{
    auto settings = std::make_unique<QSettings>();
    // Without this, a key missing from the user's file would be read from the machine's
    // (policy) file on Linux and look like the user's own choice.
    settings->setFallbacksEnabled(false);
    return settings;
}

} // namespace

QString PolicySetting::registrySubkey() const
{
    return key.section(u'/', 0, -2).replace(u'/', u'\\');
}

QString PolicySetting::registryValueName() const
{
    return key.section(u'/', -1);
}

const QList<PolicySetting> &SettingsResolver::policySettings()
{
    static const QList<PolicySetting> settings = {
        {QStringLiteral("Sync/Site"), Type::Text, QString(), {}, QStringLiteral("CMSURL")},
        {QStringLiteral("Sync/Method"),
         Type::Text,
         QStringLiteral("oauth2"),
         {QStringLiteral("oauth2"), QStringLiteral("basic"), QStringLiteral("cookie")},
         QStringLiteral("AUTHMETHOD")},
        {QStringLiteral("Sync/ClientId"),
         Type::Text,
         QStringLiteral("localgov-author"),
         {},
         QStringLiteral("OAUTHCLIENTID")},
        {QStringLiteral("Review/BlockSubmitOnErrors"),
         Type::Flag,
         false,
         {},
         QStringLiteral("BLOCKSUBMITONERRORS")},
        {QStringLiteral("Updates/DisableCheck"),
         Type::Flag,
         false,
         {},
         QStringLiteral("DISABLEUPDATECHECK")},
        {QStringLiteral("Interface/Language"),
         Type::Text,
         QString(),
         {QStringLiteral("en_GB"), QStringLiteral("cy")},
         QString()},
    };
    return settings;
}

const PolicySetting *SettingsResolver::policySetting(const QString &key)
{
    for (const PolicySetting &setting : policySettings()) {
        if (setting.key == key)
            return &setting;
    }
    return nullptr;
}

QVariant SettingsResolver::normalised(const PolicySetting &setting, const QVariant &raw)
{
    if (!raw.isValid())
        return {};
    if (setting.type == Type::Flag) {
        // REG_DWORD arrives as a number, INI and the user's settings as text.
        const QString text = raw.toString().trimmed().toLower();
        if (text == u"1" || text == u"true")
            return true;
        if (text == u"0" || text == u"false")
            return false;
        return {};
    }
    const QString text = raw.toString().trimmed();
    if (text.isEmpty() || (!setting.allowed.isEmpty() && !setting.allowed.contains(text)))
        return {};
    return text;
}

SettingsResolver::Resolved SettingsResolver::resolve(const QString &key) const
{
    const PolicySetting *setting = policySetting(key);
    if (!setting) {
        // Not a policy setting: only the user's choice counts.
        const auto user = userStore();
        return user->contains(key) ? Resolved{user->value(key), SettingSource::User} : Resolved{};
    }
    for (const SettingSource scope : {SettingSource::MachinePolicy, SettingSource::UserPolicy}) {
        if (const auto policy = policyStore(scope)) {
            if (QVariant value = normalised(*setting, policy->value(key)); value.isValid())
                return {value, scope};
        }
    }
    if (QVariant value = normalised(*setting, userStore()->value(key)); value.isValid())
        return {value, SettingSource::User};
    return {setting->defaultValue, SettingSource::Default};
}

bool SettingsResolver::setUserValue(const QString &key, const QVariant &value) const
{
    if (isLocked(key))
        return false;
    const auto user = userStore();
    if (value.isValid() && !(value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        user->setValue(key, value);
    else
        user->remove(key);
    return true;
}

QString SettingsResolver::site() const
{
    return value(QStringLiteral("Sync/Site")).toString();
}

QString SettingsResolver::authMethod() const
{
    return value(QStringLiteral("Sync/Method")).toString();
}

QString SettingsResolver::clientId() const
{
    return value(QStringLiteral("Sync/ClientId")).toString();
}

bool SettingsResolver::blockSubmitOnErrors() const
{
    return value(QStringLiteral("Review/BlockSubmitOnErrors")).toBool();
}

bool SettingsResolver::updateCheckDisabled() const
{
    return value(QStringLiteral("Updates/DisableCheck")).toBool();
}

QString SettingsResolver::interfaceLanguage() const
{
    return value(QStringLiteral("Interface/Language")).toString();
}

} // namespace lga::core
