// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>
#include <html/node.h>

#include <QString>

namespace lga::check {

/// What the rules read off the rendered body's DOM: the text a screen reader would announce
/// and where an element came from in the author's source.
namespace domtext {

/// The block-level source range around `node`, from the nearest `data-sourcepos`
/// ("l1:c1-l2:c2"; cmark puts it on blocks only, the sanitizer on each top-level element of an
/// HTML body). All 0 when there is none.
struct Position
{
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
};
Position positionOf(html::Node node);

/// The name a screen reader gives an element: its text, with each image contributing its alt
/// text, as the accessible-name computation does for links and headings. Whitespace is
/// simplified.
QString accessibleText(html::Node node);

/// The element's text content, images left out, whitespace simplified.
QString textContent(html::Node node);

/// Whether `node` is or holds an <img>.
bool containsImage(html::Node node);

/// The nearest ancestor element (not `node` itself) with this tag name, or a null node.
html::Node ancestor(html::Node node, QStringView tagName);

/// Lower case, with surrounding punctuation and quotes removed, so that "Read more..." and
/// "(click here)" compare equal to the phrases on the rules' lists.
QString normalizedPhrase(const QString &text);

/// Link text that says nothing about where the link goes ("click here", "read more"), as
/// Sa11y's and Editoria11y's stop words; punctuation and case are ignored.
bool isGenericLinkText(const QString &text);

/// A finding pinned to the block around `node`. `ruleId`, `wcag` and `axeRule` are ASCII
/// literals; `message` and `why` are already translated.
Finding makeFinding(html::Node node, const char *ruleId, Finding::Severity severity,
                    const char *wcag, const char *axeRule, QString message, QString why,
                    QString anchor = {});

} // namespace domtext

} // namespace lga::check
