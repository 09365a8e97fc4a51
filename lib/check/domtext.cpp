// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/domtext.h>

#include <QSet>

namespace lga::check::domtext {

namespace {

void appendText(html::Node node, QString &out, bool withAlt)
{
    if (node.isText()) {
        out += node.text();
        return;
    }
    if (!node.isElement())
        return;
    if (node.tagName() == u"img") {
        if (withAlt)
            out += node.attribute(u"alt");
        return;
    }
    // Block boundaries and line breaks separate words for a reader.
    const QString tag = node.tagName();
    const bool separates = tag == u"br" || tag == u"p" || tag == u"li" || tag == u"td" ||
                           tag == u"th" || tag == u"div";
    if (separates)
        out += u' ';
    for (const html::Node &child : node.children())
        appendText(child, out, withAlt);
    if (separates)
        out += u' ';
}

} // namespace

namespace {

// Reads "l1:c1-l2:c2" without a regular expression: it runs for every block of the page.
bool parseSourcePos(QStringView value, Position &position)
{
    int numbers[4] = {0, 0, 0, 0};
    const char16_t separators[3] = {u':', u'-', u':'};
    int index = 0;
    bool haveDigit = false;
    for (const QChar c : value) {
        if (c.isDigit() && c.unicode() < 0x80) {
            numbers[index] = numbers[index] * 10 + (c.unicode() - u'0');
            haveDigit = true;
        } else if (index < 3 && haveDigit && c.unicode() == separators[index]) {
            ++index;
            haveDigit = false;
        } else {
            return false;
        }
    }
    if (index != 3 || !haveDigit)
        return false;
    position = {numbers[0], numbers[1], numbers[2], numbers[3]};
    return true;
}

} // namespace

Position positionOf(html::Node node)
{
    for (html::Node n = node; !n.isNull(); n = n.parent()) {
        if (!n.isElement())
            continue;
        const QString value = n.attribute(u"data-sourcepos");
        if (value.isNull())
            continue;
        Position position;
        if (parseSourcePos(value, position))
            return position;
    }
    return {};
}

QString accessibleText(html::Node node)
{
    QString text;
    appendText(node, text, true);
    return text.simplified();
}

QString textContent(html::Node node)
{
    QString text;
    appendText(node, text, false);
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

html::Node ancestor(html::Node node, QStringView tagName)
{
    for (html::Node n = node.parent(); !n.isNull(); n = n.parent()) {
        if (n.isElement() && n.tagName() == tagName)
            return n;
    }
    return {};
}

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

bool isGenericLinkText(const QString &text)
{
    static const QSet<QString> generic = {
        QStringLiteral("click here"), QStringLiteral("here"),
        QStringLiteral("read more"),  QStringLiteral("more"),
        QStringLiteral("more info"),  QStringLiteral("this page"),
        QStringLiteral("link"),       QStringLiteral("click"),
        QStringLiteral("click this"), QStringLiteral("more information"),
        QStringLiteral("learn more"), QStringLiteral("find out more"),
        QStringLiteral("this link"),  QStringLiteral("go"),
        QStringLiteral("continue"),   QStringLiteral("details"),
    };
    return generic.contains(normalizedPhrase(text));
}

Finding makeFinding(html::Node node, const char *ruleId, Finding::Severity severity,
                    const char *wcag, const char *axeRule, QString message, QString why,
                    QString anchor)
{
    const Position position = positionOf(node);
    Finding finding;
    finding.ruleId = QString::fromLatin1(ruleId);
    finding.severity = severity;
    finding.wcag = QString::fromLatin1(wcag);
    finding.axeRule = QString::fromLatin1(axeRule);
    finding.message = std::move(message);
    finding.why = std::move(why);
    finding.anchor = std::move(anchor);
    finding.line = position.line;
    finding.column = position.column;
    finding.endLine = position.endLine;
    finding.endColumn = position.endColumn;
    return finding;
}

} // namespace lga::check::domtext
