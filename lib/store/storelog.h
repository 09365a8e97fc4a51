// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>

namespace lga::store {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace lga::store
