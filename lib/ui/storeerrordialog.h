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
        ChooseAnother,
        UseTemporary,
        Quit,
    };

    static Choice ask(QWidget *parent, const QString &path, const QString &message);
};

} // namespace lga::ui
