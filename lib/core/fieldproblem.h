// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::core {

/// Something wrong with one field of a page, found before the page reaches the site.
struct FieldProblem
{
    enum class Severity
    {
        /// The site would refuse the page (a required field, too many values, a bad link).
        Blocking,
        /// The site would accept the page, but readers would be let down (e.g. no alt text).
        Advice,
    };

    /// The field's machine name, or `title`, `summary` or `body`.
    QString field;
    Severity severity = Severity::Blocking;
    /// A plain-English, translated sentence saying what is wrong and what to do.
    QString message;

    bool operator==(const FieldProblem &) const = default;
};

} // namespace lga::core
