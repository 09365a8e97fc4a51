// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/plainenglish.h>

namespace lga::check {

void PlainEnglish::check(const html::Document &, const CheckSettings &, QList<Finding> &) {}

} // namespace lga::check
