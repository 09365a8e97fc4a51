// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/storelog.h>

namespace lga::store {
Q_LOGGING_CATEGORY(lcStore, "lga.store")
} // namespace lga::store
