// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>
#include <check/readability.h>

#include <QList>
#include <QMetaType>

namespace lga::check {

/// Everything one check of a page gives: its findings in document order and the page's
/// readability figures.
struct CheckResult
{
    QList<Finding> findings;
    Readability readability;

    qsizetype count(Finding::Severity severity) const
    {
        return std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; });
    }
};

} // namespace lga::check

Q_DECLARE_METATYPE(lga::check::CheckResult)
