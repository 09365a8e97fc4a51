// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checker.h>

#include <check/domtext.h>
#include <check/plainenglish.h>
#include <check/sourcelocator.h>
#include <html/document.h>
#include <html/node.h>
#include <render/bodyrenderer.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace lga::check {

namespace {

using namespace domtext;

// Every message is translated in the context "lga::check::Checker" with literal strings, so that
// lupdate finds them although they are written in helpers of the Checker.

class Walker
{
public:
    explicit Walker(const CheckSettings &settings)
        : m_settings(settings)
    {}

    QList<Finding> findings;

    void walk(html::Node node)
    {
        if (!node.isElement())
            return;
        const QString tag = node.tagName();
        if (tag == u"img")
            checkImage(node);
        else if (tag == u"a")
            checkLink(node);
        else if (tag.size() == 2 && tag.front() == u'h' && tag.back() >= u'1' && tag.back() <= u'6')
            checkHeading(node, tag.back().digitValue());
        for (const html::Node &child : node.children())
            walk(child);
    }

private:
    const CheckSettings &m_settings;
    // The page title is the h1, so the first heading in the body should be an h2.
    int m_previousHeadingLevel = 1;

    void add(html::Node node, const char *ruleId, Finding::Severity severity, const char *wcag,
             const char *axeRule, QString message, QString why, QString anchor = {})
    {
        findings.append(makeFinding(node, ruleId, severity, wcag, axeRule, std::move(message),
                                    std::move(why), std::move(anchor)));
    }

    void checkImage(html::Node img)
    {
        if (!img.hasAttribute(u"alt")) {
            add(img, "alt-missing", Finding::Error, "1.1.1", "image-alt",
                QCoreApplication::translate("lga::check::Checker", "This image has no alt text."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Screen readers read out the file name or say nothing, so people who cannot "
                    "see the image miss what it shows. Describe it, or mark it as decorative."),
                img.attribute(u"src"));
            return;
        }
        const QString alt = img.attribute(u"alt");
        if (alt.isEmpty()) {
            // An image that is the only content of a link is not decorative: the empty link is
            // reported on the link instead, so one mistake gives one finding.
            const html::Node link = ancestor(img, u"a");
            if (!link.isNull() && accessibleText(link).isEmpty())
                return;
            add(img, "alt-decorative", Finding::Tip, "1.1.1", "",
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "This image is marked as decorative, so screen readers skip it."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Check that it adds nothing a reader needs. If it carries information, "
                    "describe it in alt text."),
                img.attribute(u"src"));
            return;
        }
        const QString trimmed = alt.trimmed();
        if (trimmed.isEmpty()) {
            add(img, "alt-whitespace", Finding::Error, "1.1.1", "image-alt",
                QCoreApplication::translate("lga::check::Checker",
                                            "This image's alt text is only spaces."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Some screen readers then read the file name. Write a description, or leave "
                    "the alt text empty if the image is decorative."),
                img.attribute(u"src"));
            return;
        }
        static const QRegularExpression fileName(
            QStringLiteral(
                R"((\.(png|jpe?g|gif|webp|svg|bmp|tiff?)$)|^(img|dsc|dscn|pxl)[_ -]?\d+)"),
            QRegularExpression::CaseInsensitiveOption);
        if (fileName.match(trimmed).hasMatch()) {
            add(img, "alt-file-name", Finding::Error, "1.1.1", "",
                QCoreApplication::translate("lga::check::Checker",
                                            "This image's alt text is a file name."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "A file name tells a screen reader user nothing about the image. Describe "
                    "what the image shows."),
                img.attribute(u"src"));
            return;
        }
        const QString phrase = normalizedPhrase(trimmed);
        static const QStringList placeholders = {
            QStringLiteral("image"),   QStringLiteral("photo"), QStringLiteral("picture"),
            QStringLiteral("graphic"), QStringLiteral("logo"),
        };
        if (placeholders.contains(phrase)) {
            add(img, "alt-placeholder", Finding::Warning, "1.1.1", "",
                QCoreApplication::translate("lga::check::Checker",
                                            "This image's alt text is a placeholder word."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "A word like \"image\" or \"logo\" does not say what the image shows. Describe "
                    "it, or name the organisation for a logo."),
                img.attribute(u"src"));
            return;
        }
        static const QRegularExpression redundant(
            QStringLiteral(R"(^(image|picture|photo|graphic)\s+of\b)"),
            QRegularExpression::CaseInsensitiveOption);
        if (redundant.match(trimmed).hasMatch()) {
            add(img, "alt-redundant-prefix", Finding::Warning, "1.1.1", "",
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "This image's alt text starts with words like \"image of\"."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Screen readers already say it is an image. Start with what it shows."),
                img.attribute(u"src"));
        }
        if (trimmed.size() > m_settings.maxAltLength) {
            add(img, "alt-too-long", Finding::Warning, "1.1.1", "",
                QCoreApplication::translate("lga::check::Checker",
                                            "This image's alt text is longer than 160 characters."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Long alt text cannot be paused or skimmed. Keep it short and put the detail "
                    "in the page text or a caption."),
                img.attribute(u"src"));
        }
    }

    void checkLink(html::Node link)
    {
        const QString text = accessibleText(link);
        if (text.isEmpty()) {
            add(link, "link-empty", Finding::Error, "2.4.4, 4.1.2", "link-name",
                QCoreApplication::translate("lga::check::Checker", "This link has no text."),
                containsImage(link)
                    ? QCoreApplication::translate(
                          "lga::check::Checker",
                          "The image in it has no alt text, so screen readers cannot say where the "
                          "link goes. Give the image alt text that describes the destination.")
                    : QCoreApplication::translate(
                          "lga::check::Checker",
                          "Screen readers announce it as just \"link\", and keyboard users see "
                          "nothing to click. Add text that says where it goes."),
                text);
            return;
        }
        const QString phrase = normalizedPhrase(text);
        static const QStringList generic = {
            QStringLiteral("click here"), QStringLiteral("here"),
            QStringLiteral("read more"),  QStringLiteral("more"),
            QStringLiteral("more info"),  QStringLiteral("this page"),
            QStringLiteral("link"),       QStringLiteral("click"),
            QStringLiteral("click this"), QStringLiteral("more information"),
            QStringLiteral("learn more"), QStringLiteral("find out more"),
            QStringLiteral("this link"),
        };
        if (generic.contains(phrase)) {
            add(link, "link-generic-text", Finding::Warning, "2.4.4", "",
                QCoreApplication::translate("lga::check::Checker",
                                            "This link's text does not say where it goes."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "People who use screen readers often list the links on a page. \"Click "
                    "here\" or \"read more\" means nothing there. Use words that describe the "
                    "destination."),
                text);
            return;
        }
        static const QRegularExpression urlText(QStringLiteral(R"(^(https?://|www\.))"),
                                                QRegularExpression::CaseInsensitiveOption);
        if (urlText.match(text).hasMatch()) {
            add(link, "link-url-text", Finding::Warning, "2.4.4", "",
                QCoreApplication::translate("lga::check::Checker",
                                            "This link's text is a web address."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Screen readers read addresses out letter by letter, and they are hard to "
                    "read. Use words that describe the destination."),
                text);
            return;
        }
        checkDocumentLink(link, text);
    }

    void checkDocumentLink(html::Node link, const QString &text)
    {
        QString path = link.attribute(u"href");
        static const QRegularExpression queryOrFragment(QStringLiteral("[?#]"));
        const qsizetype end = path.indexOf(queryOrFragment);
        if (end >= 0)
            path.truncate(end);
        static const QRegularExpression extension(QStringLiteral(R"(\.(pdf|docx?|xlsx?|odt|csv)$)"),
                                                  QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = extension.match(path);
        if (!match.hasMatch())
            return;
        // Each file type may be named by its extension or by the program people know it by.
        const QString type = match.captured(1).toLower();
        QString names;
        if (type == u"pdf")
            names = QStringLiteral("pdf");
        else if (type.startsWith(u"doc"))
            names = QStringLiteral("docx?|word");
        else if (type.startsWith(u"xls"))
            names = QStringLiteral("xlsx?|excel|spreadsheet");
        else if (type == u"odt")
            names = QStringLiteral("odt|opendocument");
        else
            names = QStringLiteral("csv");
        const QRegularExpression mention(QStringLiteral(R"(\b(%1)\b)").arg(names),
                                         QRegularExpression::CaseInsensitiveOption);
        if (mention.match(text).hasMatch())
            return;
        add(link, "link-document-type", Finding::Warning, "2.4.4", "",
            QCoreApplication::translate(
                "lga::check::Checker",
                "This link opens a document, but its text does not say what kind."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "People need to know before they follow it that a download or another program "
                "will open. Add the file type and size, for example \"(PDF, 1.2 MB)\"."),
            text);
    }

    void checkHeading(html::Node heading, int level)
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
                                            "This heading is longer than 160 characters."),
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
};

} // namespace

Checker::Checker(CheckSettings settings)
    : m_settings(std::move(settings))
{}

CheckResult Checker::run(const core::Page &page) const
{
    const QString body = render::BodyRenderer::bodyHtml(page.body, page.format, true);
    const html::Document document(body);
    Walker walker(m_settings);
    for (const html::Node &child : document.root().children())
        walker.walk(child);
    CheckResult result;
    result.findings = std::move(walker.findings);
    PlainEnglish::check(document, m_settings, result.findings);
    result.readability = Readability::measure(document);

    result.findings.removeIf(
        [this](const Finding &finding) { return !m_settings.isEnabled(finding.ruleId); });
    // Several findings may share an anchor in one block ("click here" twice in a paragraph):
    // each takes the next match, in document order.
    const SourceLocator locator(page.body);
    QHash<QString, int> seen;
    for (Finding &finding : result.findings) {
        const QString key = QString::number(finding.line) + u'\n' + finding.anchor;
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
