// SPDX-License-Identifier: GPL-2.0-or-later
#include <store/storelog.h>

namespace lga::store {
// Warnings by default; QT_LOGGING_RULES="lga.*=true" shows what the store does.
Q_LOGGING_CATEGORY(lcStore, "lga.store", QtWarningMsg)
} // namespace lga::store
