// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/checkresult.h>
#include <check/checksettings.h>
#include <core/page.h>

#include <QList>

namespace lga::check {

/// The native rules engine: renders a page body exactly as the site would receive it (with
/// source positions), walks the resulting DOM and reports accessibility and plain-English
/// findings pinned to the author's source, plus the page's readability.
///
/// Stateless after construction and thread-safe, so it can run off the UI thread while the
/// author types.
class Checker
{
public:
    explicit Checker(CheckSettings settings = {});

    CheckResult run(const core::Page &page) const;
    /// Only the findings of run().
    QList<Finding> check(const core::Page &page) const;

    const CheckSettings &settings() const { return m_settings; }

private:
    CheckSettings m_settings;
};

} // namespace lga::check
