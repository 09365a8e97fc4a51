// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/rules.h>

namespace lga::check {

/// Alt text: missing, only spaces, a file name, a placeholder word, "image of", too long,
/// decorative images to confirm, and alt text that repeats the text of its link.
class ImageRules : public Rules
{
public:
    using Rules::Rules;

    void visitImage(html::Node img);

private:
    void checkAltRepeatsLinkText(html::Node img, const QString &alt);
};

} // namespace lga::check
