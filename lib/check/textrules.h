// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/rules.h>

#include <QStringView>

namespace lga::check {

/// How text is set: runs of four or more words in capitals, and underlined text that is not
/// a link.
class TextRules : public Rules
{
public:
    using Rules::Rules;

    /// Every element: blocks of text are checked for capitals, any element for underlining.
    void visit(html::Node element, QStringView tag);

    /// The runs of four or more words in capitals in `text`, as they are written there (the
    /// first word's leading and the last word's trailing punctuation left out).
    static QStringList capitalRuns(QStringView text);

private:
    void checkCapitals(html::Node block);
    void checkUnderline(html::Node element, QStringView tag);
};

} // namespace lga::check
