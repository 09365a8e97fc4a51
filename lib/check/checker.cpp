// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checker.h>

#include <check/checkdocument.h>
#include <check/contrastrules.h>
#include <check/headingrules.h>
#include <check/imagerules.h>
#include <check/linkrules.h>
#include <check/listrules.h>
#include <check/markuprules.h>
#include <check/plainenglish.h>
#include <check/sourcelocator.h>
#include <check/tablerules.h>
#include <check/textrules.h>
#include <html/document.h>
#include <html/node.h>

#include <QHash>

namespace lga::check {

namespace {

// One pass over the DOM in document order, showing each element to the groups of rules
// that look at it.
class Walker
{
public:
    Walker(const CheckSettings &settings, QList<Finding> &findings, bool authorMarkup,
           bool markdown)
        : m_images(settings, findings)
        , m_links(settings, findings)
        , m_headings(settings, findings)
        , m_lists(settings, findings)
        , m_tables(settings, findings)
        , m_text(settings, findings)
        , m_contrast(settings, findings)
        , m_markup(settings, findings, authorMarkup, markdown)
    {}

    void walk(const html::Node &node)
    {
        if (!node.isElement())
            return;
        const QString tag = node.tagName();
        if (tag == u"img") {
            m_images.visitImage(node);
        } else if (tag == u"a") {
            m_links.visitLink(node);
        } else if (tag == u"p" || tag == u"lga-text") {
            m_headings.visitParagraph(node);
            m_lists.visitParagraph(node);
        } else if (tag == u"blockquote") {
            m_headings.visitBlockquote(node);
        } else if (tag == u"table") {
            m_tables.visitTable(node);
        } else if (tag.size() == 2 && tag.front() == u'h' && tag.back() >= u'1' &&
                   tag.back() <= u'6') {
            m_headings.visitHeading(node, tag.back().digitValue());
            m_tables.visitHeading(node);
        }
        if (node.hasAttribute(u"id"))
            m_links.visitTarget(node);
        m_text.visit(node, tag);
        m_contrast.visit(node, tag);
        m_markup.visit(node, tag);
        for (const html::Node &child : node.children())
            walk(child);
    }

    void finish()
    {
        m_links.finish();
        m_lists.finish();
        m_markup.finish();
    }

private:
    ImageRules m_images;
    LinkRules m_links;
    HeadingRules m_headings;
    ListRules m_lists;
    TableRules m_tables;
    TextRules m_text;
    ContrastRules m_contrast;
    MarkupRules m_markup;
};

} // namespace

Checker::Checker(CheckSettings settings)
    : m_settings(std::move(settings))
{}

CheckResult Checker::run(const core::Page &page) const
{
    // What the author wrote, with source positions; the site's filter would hide some of it
    // (iframes, styles, link targets), which the rules report too.
    const CheckDocument body = CheckDocument::parse(page.body, page.format);
    const html::Document &document = body.document();
    CheckResult result;
    Walker walker(m_settings, result.findings, body.hasAuthorMarkup(),
                  page.format == core::SourceFormat::Markdown);
    for (const html::Node &child : document.root().children())
        walker.walk(child);
    walker.finish();
    const QList<PlainEnglish::Block> prose = PlainEnglish::blocks(document);
    result.readability = PlainEnglish::readability(prose);
    PlainEnglish::check(prose, m_settings, result.readability, result.findings);

    result.findings.removeIf(
        [this](const Finding &finding) { return !m_settings.isEnabled(finding.ruleId); });
    // Several findings of a rule may share an anchor in one block ("click here" twice in a
    // paragraph): each takes the next match, in document order. Findings of different rules
    // about the same words (an iframe's address) share the match.
    const SourceLocator locator(page.body);
    QHash<QString, int> seen;
    for (Finding &finding : result.findings) {
        const QString key =
            finding.ruleId + u'\n' + QString::number(finding.line) + u'\n' + finding.anchor;
        locator.narrow(finding, seen[key]++);
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding &a, const Finding &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return result;
}

QList<Finding> Checker::check(const core::Page &page) const
{
    return run(page).findings;
}

} // namespace lga::check
