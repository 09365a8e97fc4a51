// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::check {

/// One problem the Checker found in a page body, pinned to the author's source.
struct Finding
{
    /// Following Editoria11y and Sa11y: an error is a near-certain failure, a warning needs the
    /// author's judgement, a tip asks the author to confirm something that is often right.
    enum Severity
    {
        Error,
        Warning,
        Tip,
    };

    /// Stable across releases ("alt-missing"): dismissals and site settings refer to it.
    QString ruleId;
    Severity severity = Warning;
    /// The WCAG 2.2 success criteria, comma-separated ("2.4.4, 4.1.2"); empty when none applies.
    QString wcag;
    /// The axe-core rule this corresponds to ("image-alt"); empty when axe has none.
    QString axeRule;
    /// What is wrong, in plain English (translated).
    QString message;
    /// Why it matters to the people who read the page (translated).
    QString why;
    /// 1-based start in the author's Markdown or HTML; 0 when unknown.
    int line = 0;
    int column = 0;
    /// 1-based last line of the block the finding is in; 0 when unknown.
    int endLine = 0;

    bool operator==(const Finding &) const = default;
};

} // namespace lga::check
