// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace lga::ui {

/// Tells the author, in plain words, that their store could not be opened, and offers a way out.
/// The damaged or locked file is never touched from here.
class StoreErrorDialog
{
public:
    enum Choice
    {
        Recover,
        ChooseAnother,
        UseTemporary,
        Quit,
    };

    /// `offerRecovery` adds "Restore from backup", for a damaged store.
    static Choice ask(QWidget *parent, const QString &path, const QString &message,
                      bool offerRecovery = false);

    /// Tells the author what a recovery did: where the damaged file went, which backup was
    /// restored, and which pages could not be brought back.
    static void showRecovery(QWidget *parent, const QString &message,
                             const QStringList &notRecovered);
};

} // namespace lga::ui
