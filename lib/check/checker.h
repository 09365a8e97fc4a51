// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>
#include <core/page.h>

#include <QList>

namespace lga::check {

/// The native rules engine: renders a page body exactly as the site would receive it (with
/// source positions), walks the resulting DOM once and reports accessibility findings for
/// images, links and headings.
///
/// Stateless and thread-safe, so it can run off the UI thread while the author types.
class Checker
{
public:
    QList<Finding> check(const core::Page &page) const;
};

} // namespace lga::check
