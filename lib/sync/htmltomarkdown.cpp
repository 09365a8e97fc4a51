// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmltomarkdown.h"

#include <html/document.h>
#include <render/bodyrenderer.h>

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

using html::Node;

// Thrown inside the converter when the HTML holds something Markdown cannot express; caught
// in convert() only.
struct Unsupported
{
};

bool onlyAttributes(const Node &node, std::initializer_list<QStringView> allowed)
{
    const QList<Node::Attribute> attributes = node.attributes();
    for (const Node::Attribute &attribute : attributes) {
        if (std::find(allowed.begin(), allowed.end(), attribute.name) == allowed.end()) {
            return false;
        }
    }
    return true;
}

void require(bool condition)
{
    if (!condition) {
        throw Unsupported{};
    }
}

// Backslash-escapes what Markdown would read as markup. Escaping ASCII punctuation is always
// allowed in CommonMark, so erring on the side of escaping is safe.
QString escapeText(const QString &text, bool atLineStart)
{
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = atLineStart;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            out += c;
            lineStart = true;
            continue;
        }
        if (lineStart) {
            if (c == u'-' || c == u'+' || c == u'#' || c == u'>' || c == u'=') {
                out += u'\\';
            } else if (c.isDigit()) {
                qsizetype j = i;
                while (j < text.size() && text.at(j).isDigit()) {
                    out += text.at(j++);
                }
                if (j < text.size() && (text.at(j) == u'.' || text.at(j) == u')')) {
                    out += u'\\';
                }
                i = j - 1;
                lineStart = false;
                continue;
            }
            if (c != u' ') {
                lineStart = false;
            }
        }
        if (c == u'\\' || c == u'`' || c == u'*' || c == u'_' || c == u'[' || c == u']' ||
            c == u'<' || c == u'>' || c == u'!' || c == u'|' || c == u'~' || c == u'&') {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

QString inlineMarkdown(const Node &parent, bool atLineStart = true);

QString linkDestination(const QString &url)
{
    require(!url.contains(u'\n') && !url.contains(u'<') && !url.contains(u'>'));
    return u'<' + url + u'>';
}

QString linkTitle(const Node &node)
{
    if (!node.hasAttribute(u"title")) {
        return {};
    }
    QString title = node.attribute(u"title");
    title.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u" \""_s + title + u'"';
}

QString codeSpan(const QString &code)
{
    require(!code.isEmpty() && !code.contains(u'\n'));
    int longest = 0;
    int run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = code.startsWith(u'`') || code.endsWith(u'`') ||
                     (code.startsWith(u' ') && code.endsWith(u' '));
    if (pad) {
        return fence + u' ' + code + u' ' + fence;
    }
    return fence + code + fence;
}

QString inlineElement(const Node &node)
{
    const QString tag = node.tagName();
    if (tag == u"strong" || tag == u"em") {
        require(onlyAttributes(node, {}));
        const QString inner = inlineMarkdown(node, false);
        require(!inner.isEmpty());
        const QString mark = tag == u"strong" ? u"**"_s : u"*"_s;
        return mark + inner + mark;
    }
    if (tag == u"code") {
        require(onlyAttributes(node, {}));
        for (const Node &child : node.children()) {
            require(child.isText());
        }
        return codeSpan(node.textContent());
    }
    if (tag == u"a") {
        require(onlyAttributes(node, {u"href", u"title"}) && node.hasAttribute(u"href"));
        return u'[' + inlineMarkdown(node, false) + u"]("_s +
               linkDestination(node.attribute(u"href")) + linkTitle(node) + u')';
    }
    if (tag == u"img") {
        require(onlyAttributes(node, {u"src", u"alt", u"title"}) && node.hasAttribute(u"src"));
        return u"!["_s + escapeText(node.attribute(u"alt"), false) + u"]("_s +
               linkDestination(node.attribute(u"src")) + linkTitle(node) + u')';
    }
    if (tag == u"br") {
        require(onlyAttributes(node, {}));
        return u"\\\n"_s;
    }
    throw Unsupported{};
}

QString inlineMarkdown(const Node &parent, bool atLineStart)
{
    QString out;
    for (const Node &child : parent.children()) {
        if (child.isText()) {
            QString text = child.text();
            // A line break is already a new line; the layout newline after <br> is not text.
            if (out.endsWith(u"\\\n"_s)) {
                while (!text.isEmpty() && text.front().isSpace()) {
                    text.remove(0, 1);
                }
            }
            out += escapeText(text, atLineStart && (out.isEmpty() || out.endsWith(u'\n')));
        } else if (child.isElement()) {
            out += inlineElement(child);
        } else {
            throw Unsupported{};
        }
    }
    return out;
}

QString indentRest(const QString &text, int width)
{
    const QString pad(width, u' ');
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty()) {
            lines[i] = pad + lines[i];
        }
    }
    return lines.join(u'\n');
}

bool isBlockTag(const QString &tag)
{
    static const QStringList blocks = {u"p"_s,          u"h2"_s,  u"h3"_s, u"h4"_s,
                                       u"h5"_s,         u"h6"_s,  u"ul"_s, u"ol"_s,
                                       u"blockquote"_s, u"pre"_s, u"hr"_s, u"table"_s};
    return blocks.contains(tag);
}

QString blocks(const Node &parent);
QString block(const Node &node);

QString list(const Node &node, bool ordered)
{
    require(onlyAttributes(node, ordered ? std::initializer_list<QStringView>{u"start"}
                                         : std::initializer_list<QStringView>{}));
    bool ok = true;
    int number = ordered && node.hasAttribute(u"start") ? node.attribute(u"start").toInt(&ok) : 1;
    require(ok);
    QList<Node> items;
    bool loose = false;
    for (const Node &child : node.children()) {
        if (child.isWhitespace()) {
            continue;
        }
        require(child.isElement() && child.tagName() == u"li" && onlyAttributes(child, {}));
        items.append(child);
        for (const Node &part : child.children()) {
            loose = loose || (part.isElement() && part.tagName() == u"p");
        }
    }
    require(!items.isEmpty());
    QStringList out;
    for (const Node &item : items) {
        // An item is a run of inline content and nested blocks; tight items cannot hold
        // paragraphs, loose ones hold only blocks.
        QStringList parts;
        QString run;
        bool runHasElement = false;
        const auto flush = [&] {
            const QString text = run.trimmed();
            if (!text.isEmpty() || runHasElement) {
                require(!loose);
                parts.append(text);
            }
            run.clear();
            runHasElement = false;
        };
        for (const Node &part : item.children()) {
            if (part.isElement() && isBlockTag(part.tagName())) {
                flush();
                const QString tag = part.tagName();
                require(loose || tag == u"ul" || tag == u"ol");
                parts.append(block(part));
            } else if (part.isText()) {
                run += escapeText(part.text(), run.isEmpty());
            } else if (part.isElement()) {
                run += inlineElement(part);
                runHasElement = true;
            } else {
                throw Unsupported{};
            }
        }
        flush();
        const QString marker = ordered ? QString::number(number++) + u". "_s : u"- "_s;
        const QString body = parts.join(loose ? u"\n\n"_s : u"\n"_s);
        require(!body.isEmpty());
        out.append(marker + indentRest(body, int(marker.size())));
    }
    return out.join(loose ? u"\n\n"_s : u"\n"_s);
}

QString tableRow(const Node &row, const QString &cellTag)
{
    require(row.isElement() && row.tagName() == u"tr" && onlyAttributes(row, {}));
    QStringList cells;
    for (const Node &cell : row.children()) {
        if (cell.isWhitespace()) {
            continue;
        }
        require(cell.isElement() && cell.tagName() == cellTag && onlyAttributes(cell, {}));
        QString text = inlineMarkdown(cell, false);
        require(!text.contains(u'\n'));
        cells.append(text);
    }
    require(!cells.isEmpty());
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

QList<Node> nonWhitespaceChildren(const Node &node)
{
    QList<Node> out;
    for (const Node &child : node.children()) {
        if (!child.isWhitespace()) {
            out.append(child);
        }
    }
    return out;
}

QString table(const Node &node)
{
    require(onlyAttributes(node, {}));
    const QList<Node> sections = nonWhitespaceChildren(node);
    require(!sections.isEmpty() && sections.size() <= 2 && sections[0].tagName() == u"thead");
    const QList<Node> headRows = nonWhitespaceChildren(sections[0]);
    require(headRows.size() == 1);
    const QString head = tableRow(headRows[0], u"th"_s);
    const qsizetype columns = nonWhitespaceChildren(headRows[0]).size();
    QStringList lines{head, u"|"_s + QStringList(columns, u" --- "_s).join(u'|') + u'|'};
    if (sections.size() == 2) {
        require(sections[1].tagName() == u"tbody" && onlyAttributes(sections[1], {}));
        for (const Node &row : nonWhitespaceChildren(sections[1])) {
            require(nonWhitespaceChildren(row).size() == columns);
            lines.append(tableRow(row, u"td"_s));
        }
    }
    return lines.join(u'\n');
}

QString block(const Node &node)
{
    require(node.isElement());
    const QString tag = node.tagName();
    if (tag == u"p") {
        require(onlyAttributes(node, {}));
        const QString text = inlineMarkdown(node);
        require(!text.trimmed().isEmpty());
        return text;
    }
    if (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1) >= u'2' && tag.at(1) <= u'6') {
        require(onlyAttributes(node, {}));
        const QString text = inlineMarkdown(node, false);
        require(!text.trimmed().isEmpty() && !text.contains(u'\n'));
        return QString(tag.at(1).digitValue(), u'#') + u' ' + text;
    }
    if (tag == u"ul" || tag == u"ol") {
        return list(node, tag == u"ol");
    }
    if (tag == u"blockquote") {
        require(onlyAttributes(node, {}));
        const QString inner = blocks(node);
        require(!inner.isEmpty());
        QStringList lines = inner.split(u'\n');
        for (QString &line : lines) {
            line = line.isEmpty() ? u">"_s : u"> "_s + line;
        }
        return lines.join(u'\n');
    }
    if (tag == u"pre") {
        require(onlyAttributes(node, {}));
        const QList<Node> children = node.children();
        require(children.size() == 1 && children[0].isElement() &&
                children[0].tagName() == u"code" && onlyAttributes(children[0], {}));
        for (const Node &child : children[0].children()) {
            require(child.isText());
        }
        QString code = children[0].textContent();
        require(!code.contains(u"```"_s));
        if (!code.endsWith(u'\n')) {
            code += u'\n';
        }
        return u"```\n"_s + code + u"```"_s;
    }
    if (tag == u"hr") {
        require(onlyAttributes(node, {}));
        return u"---"_s;
    }
    if (tag == u"table") {
        return table(node);
    }
    throw Unsupported{};
}

QString blocks(const Node &parent)
{
    QStringList out;
    for (const Node &child : parent.children()) {
        if (child.isWhitespace()) {
            continue;
        }
        out.append(block(child));
    }
    return out.join(u"\n\n"_s);
}

QString normalized(QString html)
{
    static const QRegularExpression blockTag(
        uR"(\s*(</?(?:p|h[1-6]|ul|ol|li|blockquote|pre|table|caption|thead|tbody|tfoot|tr|th|td|hr)\b[^>]*>)\s*)"_s);
    html.remove(u'\r');
    html.replace(blockTag, u"\\1"_s);
    return html;
}

} // namespace

std::optional<QString> HtmlToMarkdown::convert(QStringView html)
{
    const html::Document document(html);
    try {
        return blocks(document.root());
    } catch (const Unsupported &) {
        return std::nullopt;
    }
}

bool HtmlToMarkdown::sameSanitizedHtml(const QString &a, core::SourceFormat formatA,
                                       const QString &b, core::SourceFormat formatB)
{
    return normalized(render::BodyRenderer::bodyHtml(a, formatA, false)) ==
           normalized(render::BodyRenderer::bodyHtml(b, formatB, false));
}

HtmlToMarkdown::Body HtmlToMarkdown::importBody(const QString &html)
{
    if (const std::optional<QString> markdown = convert(html)) {
        if (sameSanitizedHtml(*markdown, core::SourceFormat::Markdown, html,
                              core::SourceFormat::Html)) {
            return {*markdown, core::SourceFormat::Markdown};
        }
    }
    return {html, core::SourceFormat::Html};
}

} // namespace lga::sync
