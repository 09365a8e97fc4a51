// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/settingsresolver.h>

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace lga::ui {

/// The app's settings on four pages: Site (address, how to sign in, OAuth2 client id), Review
/// (refuse "Submit for review" while the audit finds errors), Interface (language) and Updates.
/// A setting the organisation's policy sets shows its value, disabled, with "Set by your
/// organisation" beside it; the user's own choices go to their settings on OK or Apply, and only
/// those they changed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The words shown beside a setting locked by policy (also used by the Connect dialog).
    static QString lockedText();
    /// Marks \a field as set by policy: disabled, with lockedText() as its tooltip and the
    /// start of its accessible description.
    static void markLocked(QWidget *field);

    /// Writes the changed, unlocked settings; false (and a message) when one is not valid.
    bool apply();

signals:
    /// Settings were written; `Sync/...` settings among them when \a siteChanged.
    void applied(bool siteChanged);

private:
    QWidget *row(const QString &key, QWidget *field);
    QVariant current(const QString &key) const;
    void load();
    void updateButtons();

    core::SettingsResolver m_resolver;
    QTabWidget *m_tabs;
    QLineEdit *m_site;
    QComboBox *m_method;
    QLineEdit *m_clientId;
    QCheckBox *m_blockSubmit;
    QComboBox *m_language;
    QCheckBox *m_checkUpdates;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    /// The values the dialog opened with (or last applied), by settings key.
    QHash<QString, QVariant> m_loaded;
    QHash<QString, QWidget *> m_fields;
};

} // namespace lga::ui
