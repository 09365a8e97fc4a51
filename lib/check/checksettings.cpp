// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checksettings.h>

#include <QSettings>

namespace lga::check {

QList<WordToAvoid> CheckSettings::defaultWordsToAvoid()
{
    return {};
}

CheckSettings CheckSettings::fromSettings(QSettings &)
{
    return {};
}

} // namespace lga::check
