// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/textrules.h>

#include <check/domtext.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace lga::check {

using namespace domtext;

namespace {

bool isTextBlock(QStringView tag)
{
    return tag == u"p" || tag == u"lga-text" || tag == u"li" || tag == u"td" || tag == u"th" ||
           tag == u"dt" || tag == u"dd" || tag == u"caption" || tag == u"figcaption" ||
           (tag.size() == 2 && tag[0] == u'h' && tag[1] >= u'1' && tag[1] <= u'6');
}

// The block's own text: nested blocks are checked on their own, and code is not prose.
void appendOwnText(html::Node node, QString &out)
{
    for (const html::Node &child : node.children()) {
        if (child.isText()) {
            out += child.text();
            continue;
        }
        if (!child.isElement())
            continue;
        const QString tag = child.tagName();
        if (tag == u"br") {
            out += u'\n';
            continue;
        }
        if (isTextBlock(tag) || tag == u"code" || tag == u"pre" || tag == u"ul" || tag == u"ol" ||
            tag == u"table" || tag == u"blockquote" || tag == u"div")
            continue;
        appendOwnText(child, out);
    }
}

} // namespace

QStringList TextRules::capitalRuns(QStringView text)
{
    QStringList runs;
    QStringList run;
    int words = 0;
    const auto endRun = [&] {
        if (words >= 4) {
            QString joined = run.join(u' ');
            qsizetype first = 0;
            while (first < joined.size() && !joined[first].isLetterOrNumber())
                ++first;
            qsizetype last = joined.size();
            while (last > first && !joined[last - 1].isLetterOrNumber())
                --last;
            runs.append(joined.mid(first, last - first));
        }
        run.clear();
        words = 0;
    };
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        if (start == i)
            break;
        const QStringView word = text.sliced(start, i - start);
        bool letters = false;
        bool lower = false;
        for (const QChar c : word) {
            if (c.isLetter()) {
                letters = true;
                lower = lower || !c.isUpper();
            }
        }
        if (!letters) {
            // Numbers and dashes neither make nor break a run ("PAY BY 31 MARCH").
            if (!run.isEmpty())
                run.append(word.toString());
            continue;
        }
        if (lower) {
            endRun();
            continue;
        }
        run.append(word.toString());
        ++words;
        // A comma or semicolon separates a list of acronyms ("NHS, DWP, HMRC").
        if (word.endsWith(u',') || word.endsWith(u';'))
            endRun();
    }
    endRun();
    return runs;
}

void TextRules::visit(html::Node element, QStringView tag)
{
    if (isTextBlock(tag))
        checkCapitals(element);
    checkUnderline(element, tag);
}

void TextRules::checkCapitals(html::Node block)
{
    QString text;
    appendOwnText(block, text);
    for (const QString &run : capitalRuns(text)) {
        add(block, "text-all-caps", Finding::Warning, "", "",
            QCoreApplication::translate("lga::check::Checker", "This text is in capital letters."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Text in capitals is harder to read: words lose the shapes people recognise "
                "them by, and it can feel like shouting. Some screen readers spell it out letter "
                "by letter. Use sentence case, and bold for emphasis."),
            run);
    }
}

void TextRules::checkUnderline(html::Node element, QStringView tag)
{
    bool underlined = tag == u"u";
    if (!underlined && element.hasAttribute(u"style")) {
        static const QRegularExpression style(
            QStringLiteral(R"(text-decoration(-line)?\s*:[^;]*\bunderline\b)"),
            QRegularExpression::CaseInsensitiveOption);
        underlined = style.match(element.attribute(u"style")).hasMatch();
    }
    if (!underlined || tag == u"a" || !ancestor(element, u"a").isNull())
        return;
    // Underlining a link again, or a wrapper around one, changes nothing.
    const auto holdsLink = [](const auto &self, html::Node node) -> bool {
        for (const html::Node &child : node.children()) {
            if (child.isElement() && (child.tagName() == u"a" || self(self, child)))
                return true;
        }
        return false;
    };
    if (holdsLink(holdsLink, element))
        return;
    const QString text = textContent(element);
    if (text.isEmpty())
        return;
    add(element, "text-underline", Finding::Warning, "1.4.1", "",
        QCoreApplication::translate("lga::check::Checker", "This text is underlined."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "On the web, underlined text looks like a link, and people will try to click it. "
            "Use bold for emphasis instead."),
        text);
}

} // namespace lga::check
