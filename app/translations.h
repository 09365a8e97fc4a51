// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace lga::app {

/// Installs the app's translations. The source strings are British English; the en_GB file
/// holds only their plural forms ("1 page", "2 pages"), which Qt takes from a translation.
void installTranslations();

} // namespace lga::app
