// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/headingrules.h>

#include <check/domtext.h>

#include <QCoreApplication>

#include <algorithm>

namespace lga::check {

using namespace domtext;

namespace {

// Whether every word of the node is inside <strong> or <b>; a link makes it a different
// thing (a bold link on its own line is a call to action, not a heading).
bool isAllBold(html::Node node, bool inBold)
{
    if (node.isText())
        return inBold || node.isWhitespace();
    if (!node.isElement())
        return true;
    const QString tag = node.tagName();
    if (tag == u"a")
        return false;
    const bool bold = inBold || tag == u"strong" || tag == u"b";
    for (const html::Node &child : node.children()) {
        if (!isAllBold(child, bold))
            return false;
    }
    return true;
}

} // namespace

void HeadingRules::visitHeading(html::Node heading, int level)
{
    const QString text = accessibleText(heading);
    if (text.isEmpty()) {
        add(heading, "heading-empty", Finding::Error, "1.3.1", "empty-heading",
            QCoreApplication::translate("lga::check::Checker", "This heading has no text."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Screen reader users move around a page by its headings. An empty heading "
                "is announced with nothing to say. Add text or remove the heading."),
            text);
    } else if (text.size() > m_settings.maxHeadingLength) {
        add(heading, "heading-too-long", Finding::Warning, "2.4.6", "",
            QCoreApplication::translate("lga::check::Checker",
                                        "This heading is longer than %1 characters.")
                .arg(m_settings.maxHeadingLength),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Headings help people find their way through the page. Keep them short and "
                "put the detail in the text below."),
            text);
    }
    if (level == 1) {
        // The page title is already the h1; axe's page-has-heading-one is about a missing
        // h1, which this is not, so no axe rule corresponds.
        add(heading, "heading-h1-in-body", Finding::Warning, "1.3.1", "",
            QCoreApplication::translate(
                "lga::check::Checker",
                "This is a level 1 heading, but the page title is already the level 1 "
                "heading."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "A page should have one main heading. Use level 2 for the sections of the "
                "body."),
            text);
    } else if (level > m_previousHeadingLevel + 1) {
        add(heading, "heading-skipped-level", Finding::Warning, "1.3.1", "heading-order",
            QCoreApplication::translate("lga::check::Checker", "This heading skips a level."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Headings show how the page is organised. Going from a level 2 to a level 4 "
                "heading suggests something is missing. Use the next level down."),
            text);
    }
    m_previousHeadingLevel = level;
}

void HeadingRules::visitParagraph(html::Node paragraph)
{
    // As Sa11y's QA_FAKE_HEADING and Editoria11y's textPossibleHeading: short, all bold, not
    // a sentence, and not a label in a table or a list.
    if (!ancestor(paragraph, u"td").isNull() || !ancestor(paragraph, u"th").isNull() ||
        !ancestor(paragraph, u"li").isNull())
        return;
    const QString text = textContent(paragraph);
    if (text.isEmpty() || text.size() > 120 || QStringLiteral(".;?!").contains(text.back()))
        return;
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }))
        return;
    if (!isAllBold(paragraph, false))
        return;
    add(paragraph, "heading-fake-bold", Finding::Warning, "1.3.1", "p-as-heading",
        QCoreApplication::translate("lga::check::Checker",
                                    "This bold line looks like a heading, but it is not one."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "Screen reader users jump between headings to find their way, and they cannot find "
            "bold text that way. If it starts a section, make it a heading."),
        text);
}

void HeadingRules::visitBlockquote(html::Node blockquote)
{
    const QString text = textContent(blockquote);
    // As Sa11y's QA_BLOCKQUOTE: real quotations are rarely this short.
    if (text.isEmpty() || text.size() >= 25)
        return;
    add(blockquote, "heading-fake-blockquote", Finding::Warning, "1.3.1", "",
        QCoreApplication::translate(
            "lga::check::Checker",
            "This quotation is very short. Is it a heading formatted as a quotation?"),
        QCoreApplication::translate(
            "lga::check::Checker",
            "Screen readers announce a quotation, not a heading, so people cannot use it to find "
            "their way. If it starts a section, make it a heading; use quotation formatting only "
            "for quotes."),
        text);
}

} // namespace lga::check
