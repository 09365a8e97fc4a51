// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlcheck.h"

#include <html/document.h>
#include <render/allowlist.h>

#include <QRegularExpression>

namespace lga::test {

namespace {

void collect(const html::Node &node, QStringView tag, QList<html::Node> &out)
{
    for (const html::Node &child : node.children()) {
        if (child.isElement()) {
            if (child.tagName() == tag)
                out.append(child);
            collect(child, tag, out);
        }
    }
}

// Written independently of the sanitizer's own URL check, so the two can disagree.
bool dangerousUrl(const QString &value)
{
    QString compact;
    for (const QChar c : value) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            compact.append(c.toLower());
    }
    return compact.startsWith(u"javascript:") || compact.startsWith(u"vbscript:") ||
           compact.startsWith(u"data:") || compact.startsWith(u"livescript:");
}

void check(const html::Node &node, bool sourcePositionsAllowed, const render::AllowList &allowed,
           QStringList &problems)
{
    static const QStringList forbidden{
        QStringLiteral("script"), QStringLiteral("style"),    QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("embed"),    QStringLiteral("form"),
        QStringLiteral("input"),  QStringLiteral("button"),   QStringLiteral("textarea"),
        QStringLiteral("select"), QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("math"),   QStringLiteral("frame"),    QStringLiteral("frameset"),
        QStringLiteral("applet"), QStringLiteral("base"),     QStringLiteral("link"),
        QStringLiteral("meta"),   QStringLiteral("noscript"), QStringLiteral("title"),
    };
    static const QStringList urlAttributes{QStringLiteral("href"),       QStringLiteral("src"),
                                           QStringLiteral("cite"),       QStringLiteral("action"),
                                           QStringLiteral("formaction"), QStringLiteral("data"),
                                           QStringLiteral("background"), QStringLiteral("poster")};
    for (const html::Node &child : node.children()) {
        if (child.isComment())
            problems.append(QStringLiteral("comment"));
        if (!child.isElement())
            continue;
        const QString tag = child.tagName();
        if (forbidden.contains(tag))
            problems.append(QStringLiteral("element <%1>").arg(tag));
        if (child.isForeign())
            problems.append(QStringLiteral("foreign element <%1>").arg(tag));
        if (!allowed.allowsTag(tag))
            problems.append(QStringLiteral("element <%1> not in the format").arg(tag));
        for (const html::Node::Attribute &attribute : child.attributes()) {
            const QString &name = attribute.name;
            if (name.startsWith(u"on"))
                problems.append(QStringLiteral("event handler %1").arg(name));
            if (name == u"style")
                problems.append(QStringLiteral("style attribute"));
            if (name == u"data-sourcepos") {
                if (!sourcePositionsAllowed)
                    problems.append(QStringLiteral("data-sourcepos"));
            } else if (!allowed.allowsAttribute(tag, name)) {
                problems.append(QStringLiteral("attribute %1 on <%2>").arg(name, tag));
            }
            if (urlAttributes.contains(name) && dangerousUrl(attribute.value))
                problems.append(QStringLiteral("URL %1=\"%2\"").arg(name, attribute.value));
        }
        check(child, sourcePositionsAllowed, allowed, problems);
    }
}

} // namespace

QList<html::Node> elementsNamed(const html::Node &root, QStringView tag)
{
    QList<html::Node> result;
    collect(root, tag, result);
    return result;
}

QString unsafeParts(QStringView html, bool sourcePositionsAllowed)
{
    const html::Document document(html);
    QStringList problems;
    static const render::AllowList allowed = render::AllowList::localGovWysiwyg();
    check(document.root(), sourcePositionsAllowed, allowed, problems);
    // A belt to the structural braces: no raw script tag can appear in any form, since text
    // is always escaped.
    static const QRegularExpression scriptTag(QStringLiteral("<\\s*/?\\s*script"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (html.toString().contains(scriptTag))
        problems.append(QStringLiteral("<script in the text"));
    return problems.join(QStringLiteral("; "));
}

QString sourceLines(const html::Node &element)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+):\\d+-(\\d+):\\d+$"));
    const QRegularExpressionMatch match = pattern.match(element.attribute(u"data-sourcepos"));
    if (!match.hasMatch())
        return {};
    return match.captured(1) + u'-' + match.captured(2);
}

} // namespace lga::test
