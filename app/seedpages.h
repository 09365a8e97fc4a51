// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace lga::app {

/// The demo pages embedded in the app (`:/seed/*.md`), in order. A new store starts with them.
QStringList seedPageFiles();

} // namespace lga::app
