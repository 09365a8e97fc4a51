// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/linkrules.h>

#include <check/domtext.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace lga::check {

using namespace domtext;

namespace {

html::Node firstImage(html::Node node)
{
    if (!node.isElement())
        return {};
    if (node.tagName() == u"img")
        return node;
    for (const html::Node &child : node.children()) {
        if (const html::Node img = firstImage(child); !img.isNull())
            return img;
    }
    return {};
}

// The same place, however the address is written: without a trailing slash or an empty
// query, and with the scheme and host in lower case.
QString normalizedHref(const QString &href)
{
    QString result = href.trimmed();
    static const QRegularExpression queryOrFragment(QStringLiteral("[?#]"));
    const qsizetype cut = result.indexOf(queryOrFragment);
    QString path = cut >= 0 ? result.left(cut) : result;
    const QString rest = cut >= 0 ? result.mid(cut) : QString();
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const qsizetype scheme = path.indexOf(u"://");
    if (scheme > 0) {
        const qsizetype hostEnd = path.indexOf(u'/', scheme + 3);
        const qsizetype end = hostEnd < 0 ? path.size() : hostEnd;
        path = path.left(end).toLower() + path.mid(end);
    }
    return path + (rest == u"?" || rest == u"#" ? QString() : rest);
}

} // namespace

void LinkRules::visitLink(html::Node link)
{
    if (link.hasAttribute(u"name"))
        m_targets.insert(link.attribute(u"name"));
    // An <a> without href is a placeholder or a target, not a link (axe and browsers agree).
    if (!link.hasAttribute(u"href"))
        return;
    const QString text = accessibleText(link);
    checkText(link, text);
    checkNewWindow(link, text);
    checkSameText(link, text);
    const QString href = link.attribute(u"href").trimmed();
    if (href.startsWith(u'#'))
        m_inPageLinks.append({link, href.mid(1), text});
}

void LinkRules::visitTarget(html::Node element)
{
    const QString id = element.attribute(u"id");
    if (!id.isEmpty())
        m_targets.insert(id);
}

bool LinkRules::checkText(html::Node link, const QString &text)
{
    if (text.isEmpty()) {
        const html::Node img = firstImage(link);
        if (!img.isNull()) {
            add(link, "link-image-no-alt", Finding::Error, "2.4.4, 4.1.2", "link-name",
                QCoreApplication::translate("lga::check::Checker",
                                            "This linked image has no alt text."),
                QCoreApplication::translate(
                    "lga::check::Checker",
                    "The image is all there is in the link, so screen readers cannot say where "
                    "it goes. Give the image alt text that describes the destination."),
                img.attribute(u"src"));
            return true;
        }
        add(link, "link-empty", Finding::Error, "2.4.4, 4.1.2", "link-name",
            QCoreApplication::translate("lga::check::Checker", "This link has no text."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Screen readers announce it as just \"link\", and keyboard users see nothing to "
                "click. Add text that says where it goes."),
            text);
        return true;
    }
    if (isGenericLinkText(text)) {
        add(link, "link-generic-text", Finding::Warning, "2.4.4", "",
            QCoreApplication::translate("lga::check::Checker",
                                        "This link's text does not say where it goes."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "People who use screen readers often list the links on a page. \"Click "
                "here\" or \"read more\" means nothing there. Use words that describe the "
                "destination."),
            text);
        return true;
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
        return true;
    }
    return checkDocumentLink(link, text);
}

bool LinkRules::checkDocumentLink(html::Node link, const QString &text)
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
        return false;
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
        return false;
    add(link, "link-document-type", Finding::Warning, "2.4.4", "",
        QCoreApplication::translate(
            "lga::check::Checker",
            "This link opens a document, but its text does not say what kind."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "People need to know before they follow it that a download or another program "
            "will open. Add the file type and size, for example \"(PDF, 1.2 MB)\"."),
        text);
    return true;
}

void LinkRules::checkNewWindow(html::Node link, const QString &text)
{
    const QString target = link.attribute(u"target").trimmed().toLower();
    // _parent and _top are the same window on a page that is not in a frame.
    if (target.isEmpty() || target == u"_self" || target == u"_parent" || target == u"_top")
        return;
    static const QRegularExpression warning(
        QStringLiteral(R"(\b(new (browser )?(tab|window)|opens? in|external|download)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (warning.match(text).hasMatch() || warning.match(link.attribute(u"title")).hasMatch())
        return;
    add(link, "link-new-window", Finding::Warning, "3.2.5", "",
        QCoreApplication::translate("lga::check::Checker",
                                    "This link opens in a new tab without saying so."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "A new tab can disorient people, and the back button no longer works. Open the link "
            "in the same tab, or add \"(opens in a new tab)\" to its text."),
        text);
}

void LinkRules::checkSameText(html::Node link, const QString &text)
{
    const QString phrase = normalizedPhrase(text);
    if (phrase.isEmpty())
        return;
    const QString href = normalizedHref(link.attribute(u"href"));
    const auto it = m_hrefByText.constFind(phrase);
    if (it == m_hrefByText.cend()) {
        m_hrefByText.insert(phrase, href);
        return;
    }
    if (*it == href)
        return;
    add(link, "link-same-text-different-target", Finding::Warning, "2.4.4", "",
        QCoreApplication::translate(
            "lga::check::Checker",
            "Another link on this page has the same text but goes somewhere else."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "People who list the links on a page cannot tell them apart. Give each link text "
            "that says where it goes."),
        text);
}

void LinkRules::finish()
{
    for (const InPageLink &inPage : std::as_const(m_inPageLinks)) {
        // "#" goes nowhere but is harmless, and browsers scroll "#top" to the top of the page
        // even without such a target.
        if (inPage.target.isEmpty() || inPage.target.compare(u"top", Qt::CaseInsensitive) == 0)
            continue;
        if (m_targets.contains(inPage.target) ||
            m_targets.contains(QUrl::fromPercentEncoding(inPage.target.toUtf8())))
            continue;
        add(inPage.link, "link-broken-anchor", Finding::Error, "2.4.1, 2.4.4", "",
            QCoreApplication::translate("lga::check::Checker",
                                        "This link goes to a part of the page that does not "
                                        "exist."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Nothing on the page has the id it points to, so the link does nothing. Check "
                "the spelling, or add the id to the heading it should go to."),
            inPage.text);
    }
}

} // namespace lga::check
