// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/rules.h>

namespace lga::check {

/// Lists typed by hand: two or more lines in a row that start with a dash, bullet or
/// number, whether they are paragraphs or lines of one paragraph split by line breaks (which
/// Editoria11y 2 and Sa11y miss). The finding covers the whole run, for the "make it a list"
/// repair.
class ListRules : public Rules
{
public:
    using Rules::Rules;

    void visitParagraph(html::Node paragraph);
    void finish();

    /// What starts a typed list item; kind 0 for none.
    struct Marker
    {
        char16_t kind = 0; ///< The bullet, or 'n' / 'a' / 'A' (+ delimiter) for numbers, letters.
        char16_t delimiter = 0;
        int value = 0;
    };
    static Marker markerOf(QStringView line);

private:
    void line(html::Node paragraph, QStringView text);
    void endRun();

    html::Node m_previousParagraph;
    html::Node m_first;
    html::Node m_last;
    Marker m_marker;
    int m_count = 0;
};

} // namespace lga::check
