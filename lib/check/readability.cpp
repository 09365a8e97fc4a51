// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/readability.h>

namespace lga::check {

Readability Readability::measure(const html::Document &)
{
    return {};
}

} // namespace lga::check
