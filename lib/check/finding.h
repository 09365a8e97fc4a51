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
    /// Where the finding is in the author's Markdown or HTML: 1-based lines and columns (in
    /// characters of the source text, not bytes), the end inclusive. The Checker first pins a
    /// finding to the block it is in, then narrows it to `anchor` within that block when it
    /// can find it there. All 0 when unknown (a page-level finding).
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    /// The words the finding is about, as a reader sees them ("click here", an image's alt
    /// text, an ALL CAPS run); empty for a whole block. It narrows the position and, with
    /// ruleId, identifies a dismissal, which must survive edits elsewhere on the page.
    QString anchor;
    /// A better wording to offer, where there is one (the plain alternative to a word to avoid).
    QString suggestion;
    /// Which engine found it: the native rules as the author types, or the axe-core audit of
    /// the rendered preview.
    enum Source
    {
        Native,
        Axe,
    };
    Source source = Native;
    /// More help on the web (axe-core's rule page); empty for native findings.
    QString helpUrl;

    bool operator==(const Finding &) const = default;
};

} // namespace lga::check
