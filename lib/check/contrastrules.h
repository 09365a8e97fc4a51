// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/rules.h>

#include <QStringView>

#include <optional>

namespace lga::check {

/// Colour contrast of text the author coloured with inline styles (`style="color: …"`,
/// `background-color`, `<font color>`, `bgcolor`), by WCAG 2's formula: at least 4.5:1, or
/// 3:1 for large text (24px, or 18.66px bold). Without a colour of its own, text is the
/// theme's (#0b0c0c) on white.
class ContrastRules : public Rules
{
public:
    using Rules::Rules;

    void visit(html::Node element, QStringView tag);

    struct Colour
    {
        double red = 0; ///< 0–255.
        double green = 0;
        double blue = 0;
        double alpha = 1; ///< 0–1.
    };
    /// A CSS colour: #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() and the common names.
    static std::optional<Colour> parseColour(QStringView text);
    /// WCAG 2's contrast ratio of two opaque colours, 1 to 21.
    static double contrastRatio(const Colour &a, const Colour &b);
};

} // namespace lga::check
