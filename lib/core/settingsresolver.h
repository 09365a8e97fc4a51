// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lga::core {

/// Where the value of a setting came from, strongest first.
enum class SettingSource
{
    MachinePolicy, ///< HKLM\SOFTWARE\Policies\LocalGov\Author, or /etc/xdg/LocalGov/Author.conf.
    UserPolicy,    ///< HKCU\SOFTWARE\Policies\LocalGov\Author (Windows only).
    User,          ///< The user's own choice in the app's settings.
    Default,       ///< Nobody set it.
};

/// One setting an IT admin may preset or lock by policy, under the same key the app uses for
/// its own setting (`Sync/Site` is the registry subkey `Sync`, value `Site`, or the INI section
/// `[Sync]`, key `Site`).
struct PolicySetting
{
    enum class Type
    {
        Text, ///< REG_SZ.
        Flag, ///< REG_DWORD 0 or 1.
    };

    QString key;
    Type type = Type::Text;
    QVariant defaultValue;
    /// For text settings with a fixed set of values (e.g. `oauth2`, `basic`, `cookie`); empty
    /// when any non-empty text will do.
    QStringList allowed;
    /// The public MSI property that writes it as machine policy, or empty.
    QString msiProperty;

    /// The registry subkey below the policy key and the value name: `Sync/Site` gives
    /// `{"Sync", "Site"}`.
    QString registrySubkey() const;
    QString registryValueName() const;
};

/// Answers "what is setting K, where did it come from, and is it locked": machine policy wins,
/// then user policy, then the user's own choice, then the default. A value set by policy is
/// locked; the user's choice for it is kept but not used.
///
/// Windows reads policy from the registry (HKLM, then HKCU). Elsewhere the only policy is the
/// machine's: `LocalGov/Author.conf` in the folders of `XDG_CONFIG_DIRS` (`/etc/xdg` by
/// default), an earlier folder winning; there is no user policy on Linux, since every file a
/// user could be given is one they could also edit. A policy value of the wrong type or outside
/// the allowed values is ignored, as is empty text.
class SettingsResolver
{
public:
    struct Resolved
    {
        QVariant value;
        SettingSource source = SettingSource::Default;
        bool locked() const
        {
            return source == SettingSource::MachinePolicy || source == SettingSource::UserPolicy;
        }
    };

    /// The user's settings are the application's (QSettings' default constructor: organisation
    /// and application names of QCoreApplication); policy is always LocalGov/Author.
    SettingsResolver() = default;

    /// Every setting that policy may set, in one place (the ADMX test checks against it).
    static const QList<PolicySetting> &policySettings();
    static const PolicySetting *policySetting(const QString &key);

    Resolved resolve(const QString &key) const;
    QVariant value(const QString &key) const { return resolve(key).value; }
    bool isLocked(const QString &key) const { return resolve(key).locked(); }
    /// Writes the user's own choice; refused (false) for a key policy locks, so an admin's
    /// value is never copied into the user's settings.
    bool setUserValue(const QString &key, const QVariant &value) const;

    /// The LocalGov Drupal site address, empty when none is set.
    QString site() const;
    /// `oauth2`, `basic` or `cookie`.
    QString authMethod() const;
    QString clientId() const;
    /// Whether "Submit for review" is refused while the accessibility audit finds errors.
    bool blockSubmitOnErrors() const;
    /// Whether the check for a newer version is off.
    bool updateCheckDisabled() const;
    /// `en_GB` or `cy`; empty means follow the system's language.
    QString interfaceLanguage() const;

private:
    static QVariant normalised(const PolicySetting &setting, const QVariant &raw);
};

} // namespace lga::core
