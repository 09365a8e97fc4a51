// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/rules.h>

namespace lga::check {

/// Headings: empty, skipped levels, an h1 in the body (the page title is the h1), too long;
/// and what looks like a heading without being one: a paragraph that is all bold, a short
/// block quote.
class HeadingRules : public Rules
{
public:
    using Rules::Rules;

    void visitHeading(html::Node heading, int level);
    void visitParagraph(html::Node paragraph);
    void visitBlockquote(html::Node blockquote);

private:
    // The page title is the h1, so the first heading in the body should be an h2.
    int m_previousHeadingLevel = 1;
};

} // namespace lga::check
