// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checker.h>

#include <html/document.h>
#include <html/node.h>
#include <render/bodyrenderer.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace lga::check {

namespace {

// Every message is translated in the context "lga::check::Checker" with literal strings, so that
// lupdate finds them although they are written in helpers of the Checker.

// Editoria11y and Sa11y both warn about alt text and headings beyond this length: screen
// readers cannot pause or skim inside them.
constexpr qsizetype MaxAltLength = 160;
constexpr qsizetype MaxHeadingLength = 160;

struct Position
{
    int line = 0;
    int column = 0;
    int endLine = 0;
};

// cmark writes data-sourcepos="l1:c1-l2:c2" on block elements only, and the sanitizer keeps
// it (for HTML sources it gives each top-level element its place in the input). Inline
// elements such as <a> and <img> have none, so they are pinned to the start of the nearest
// block around them: the author is taken to the right paragraph, not yet the exact word.
Position positionOf(html::Node node)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+):(\d+)-(\d+):(\d+)$)"));
    for (html::Node n = node; !n.isNull(); n = n.parent()) {
        if (!n.isElement())
            continue;
        const QString value = n.attribute(u"data-sourcepos");
        if (value.isNull())
            continue;
        const QRegularExpressionMatch match = pattern.match(value);
        if (match.hasMatch())
            return {match.captured(1).toInt(), match.captured(2).toInt(),
                    match.captured(3).toInt()};
    }
    return {};
}

// The name a screen reader gives an element: its text, with each image contributing its alt
// text, as the accessible-name computation does for links and headings.
void appendAccessibleText(html::Node node, QString &out)
{
    if (node.isText()) {
        out += node.text();
        return;
    }
    if (!node.isElement())
        return;
    if (node.tagName() == u"img") {
        out += node.attribute(u"alt");
        return;
    }
    for (const html::Node &child : node.children())
        appendAccessibleText(child, out);
}

QString accessibleText(html::Node node)
{
    QString text;
    appendAccessibleText(node, text);
    return text.simplified();
}

bool containsImage(html::Node node)
{
    if (!node.isElement())
        return false;
    if (node.tagName() == u"img")
        return true;
    for (const html::Node &child : node.children()) {
        if (containsImage(child))
            return true;
    }
    return false;
}

// Lower case, with surrounding punctuation and quotes removed, so that "Read more..." and
// "(click here)" compare equal to the words on the lists below.
QString normalizedPhrase(const QString &text)
{
    QString result = text.simplified().toLower();
    static const QString strip = QStringLiteral(".,:;!?\"'()[]<>\u2026\u2018\u2019\u201c\u201d");
    while (!result.isEmpty() && strip.contains(result.front()))
        result.remove(0, 1);
    while (!result.isEmpty() && strip.contains(result.back()))
        result.chop(1);
    return result.trimmed();
}

class Walker
{
public:
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
    // The page title is the h1, so the first heading in the body should be an h2.
    int m_previousHeadingLevel = 1;

    void add(html::Node node, const char *ruleId, Finding::Severity severity, const char *wcag,
             const char *axeRule, QString message, QString why)
    {
        const Position position = positionOf(node);
        Finding finding;
        finding.ruleId = QString::fromLatin1(ruleId);
        finding.severity = severity;
        finding.wcag = QString::fromLatin1(wcag);
        finding.axeRule = QString::fromLatin1(axeRule);
        finding.message = std::move(message);
        finding.why = std::move(why);
        finding.line = position.line;
        finding.column = position.column;
        finding.endLine = position.endLine;
        findings.append(std::move(finding));
    }

    static html::Node enclosingLink(html::Node node)
    {
        for (html::Node n = node.parent(); !n.isNull(); n = n.parent()) {
            if (n.isElement() && n.tagName() == u"a")
                return n;
        }
        return {};
    }

    void checkImage(html::Node img)
    {
        if (!img.hasAttribute(u"alt")) {
            add(img, "alt-missing", Finding::Error, "1.1.1", "image-alt",
                QCoreApplication::translate("lga::check::Checker", "This image has no alt text."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Screen readers read out the file name or say nothing, so people who cannot "
                    "see the image miss what it shows. Describe it, or mark it as decorative."));
            return;
        }
        const QString alt = img.attribute(u"alt");
        if (alt.isEmpty()) {
            // An image that is the only content of a link is not decorative: the empty link is
            // reported on the link instead, so one mistake gives one finding.
            const html::Node link = enclosingLink(img);
            if (!link.isNull() && accessibleText(link).isEmpty())
                return;
            add(img, "alt-decorative", Finding::Tip, "1.1.1", "",
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "This image is marked as decorative, so screen readers skip it."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Check that it adds nothing a reader needs. If it carries information, "
                    "describe it in alt text."));
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
                    "the alt text empty if the image is decorative."));
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
                    "what the image shows."));
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
                    "it, or name the organisation for a logo."));
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
                    "Screen readers already say it is an image. Start with what it shows."));
        }
        if (trimmed.size() > MaxAltLength) {
            add(img, "alt-too-long", Finding::Warning, "1.1.1", "",
                QCoreApplication::translate("lga::check::Checker",
                                            "This image's alt text is longer than 160 characters."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Long alt text cannot be paused or skimmed. Keep it short and put the detail "
                    "in the page text or a caption."));
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
                          "nothing to click. Add text that says where it goes."));
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
                    "destination."));
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
                    "read. Use words that describe the destination."));
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
                "will open. Add the file type and size, for example \"(PDF, 1.2 MB)\"."));
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
                    "is announced with nothing to say. Add text or remove the heading."));
        } else if (text.size() > MaxHeadingLength) {
            add(heading, "heading-too-long", Finding::Warning, "2.4.6", "",
                QCoreApplication::translate("lga::check::Checker",
                                            "This heading is longer than 160 characters."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Headings help people find their way through the page. Keep them short and "
                    "put the detail in the text below."));
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
                    "body."));
        } else if (level > m_previousHeadingLevel + 1) {
            add(heading, "heading-skipped-level", Finding::Warning, "1.3.1", "heading-order",
                QCoreApplication::translate("lga::check::Checker", "This heading skips a level."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "Headings show how the page is organised. Going from a level 2 to a level 4 "
                    "heading suggests something is missing. Use the next level down."));
        }
        m_previousHeadingLevel = level;
    }
};

} // namespace

QList<Finding> Checker::check(const core::Page &page) const
{
    const QString body = render::BodyRenderer::bodyHtml(page.body, page.format, true);
    const html::Document document(body);
    Walker walker;
    for (const html::Node &child : document.root().children())
        walker.walk(child);
    return walker.findings;
}

} // namespace lga::check
