// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checkdocument.h>

#include <render/markdownrenderer.h>

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace lga::check {

namespace {

// Never content: their text is code or metadata, which no rule and no reader should see.
bool isSkipped(QStringView tag)
{
    return tag == u"script" || tag == u"style" || tag == u"template" || tag == u"noscript" ||
           tag == u"head" || tag == u"title" || tag == u"meta" || tag == u"link" || tag == u"base";
}

// Kept so that rules see the element, without their content: an iframe's text is fallback
// markup as a string, a form control's text is not page text, foreign content is drawing.
bool isKeptEmpty(const html::Node &node, QStringView tag)
{
    return node.isForeign() || tag == u"iframe" || tag == u"textarea" || tag == u"select" ||
           tag == u"noembed" || tag == u"noframes" || tag == u"xmp" || tag == u"plaintext";
}

bool isVoid(QStringView tag)
{
    static const QStringList voids = {
        QStringLiteral("area"),  QStringLiteral("base"),   QStringLiteral("br"),
        QStringLiteral("col"),   QStringLiteral("embed"),  QStringLiteral("hr"),
        QStringLiteral("img"),   QStringLiteral("input"),  QStringLiteral("link"),
        QStringLiteral("meta"),  QStringLiteral("source"), QStringLiteral("track"),
        QStringLiteral("wbr"),   QStringLiteral("param"),  QStringLiteral("keygen"),
        QStringLiteral("frame"),
    };
    return voids.contains(tag);
}

void appendEscaped(QString &out, QStringView text, bool attribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            if (attribute) {
                out += u"&quot;";
                break;
            }
            out += c;
            break;
        default:
            out += c;
        }
    }
}

// Writes the parsed input back out with positions taken from where each tag is in the
// input, so that a second parse gives a DOM the rules and positionOf() can read.
class Writer
{
public:
    Writer(const html::Document &input, bool markdown)
        : m_input(input)
        , m_markdown(markdown)
    {
        const QByteArray &bytes = input.utf8();
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes[i] == '\n')
                m_lineStarts.append(i + 1);
        }
    }

    QString write()
    {
        m_out.reserve(m_input.utf8().size() * 2);
        QList<html::Node> inline_;
        for (const html::Node &child : m_input.root().children()) {
            if (isInline(child)) {
                inline_.append(child);
                continue;
            }
            writeInline(inline_);
            if (m_markdown && child.isComment()) {
                readNote(child);
                continue;
            }
            writeNode(child, !m_markdown || m_inRawBlock);
        }
        writeInline(inline_);
        return std::move(m_out);
    }

private:
    static bool isInline(const html::Node &node)
    {
        if (node.isText())
            return true;
        if (!node.isElement())
            return false;
        static const QStringList blocks = {
            QStringLiteral("address"),    QStringLiteral("article"), QStringLiteral("aside"),
            QStringLiteral("blockquote"), QStringLiteral("details"), QStringLiteral("div"),
            QStringLiteral("dl"),         QStringLiteral("figure"),  QStringLiteral("footer"),
            QStringLiteral("form"),       QStringLiteral("h1"),      QStringLiteral("h2"),
            QStringLiteral("h3"),         QStringLiteral("h4"),      QStringLiteral("h5"),
            QStringLiteral("h6"),         QStringLiteral("header"),  QStringLiteral("hr"),
            QStringLiteral("iframe"),     QStringLiteral("li"),      QStringLiteral("main"),
            QStringLiteral("nav"),        QStringLiteral("ol"),      QStringLiteral("p"),
            QStringLiteral("pre"),        QStringLiteral("section"), QStringLiteral("table"),
            QStringLiteral("ul"),         QStringLiteral("video"),   QStringLiteral("audio"),
            QStringLiteral("script"),     QStringLiteral("style"),   QStringLiteral("template"),
        };
        return !blocks.contains(node.tagName());
    }

    // Text and inline elements at the top level (an HTML body without paragraphs, or raw HTML
    // that cmark's tag filter turned into text) have no block to take a position from: they
    // go into an <lga-text> element that carries one. The rules read it as a paragraph.
    void writeInline(QList<html::Node> &nodes)
    {
        const bool positioned = !m_markdown || m_inRawBlock;
        const bool hasText = std::any_of(nodes.cbegin(), nodes.cend(), [](const html::Node &n) {
            return !n.isText() || !n.isWhitespace();
        });
        if (!hasText || !positioned) {
            for (const html::Node &node : std::as_const(nodes))
                writeNode(node, positioned);
            nodes.clear();
            return;
        }
        int first = -1;
        int last = 0;
        for (const html::Node &node : std::as_const(nodes)) {
            if (node.isText() && node.isWhitespace())
                continue;
            if (first < 0)
                first = node.sourceOffset();
            last = std::max(last, extent(node));
        }
        const auto [line, column] = lineColumn(first);
        const auto [endLine, endColumn] = lineColumn(std::max(first, last));
        m_out += QStringLiteral("<lga-text data-sourcepos=\"%1:%2-%3:%4\">")
                     .arg(sourceLine(line))
                     .arg(column)
                     .arg(sourceLine(endLine))
                     .arg(endColumn);
        for (const html::Node &node : std::as_const(nodes))
            writeNode(node, true);
        m_out += u"</lga-text>";
        nodes.clear();
    }

    // MarkdownRenderer puts "<!--lga-sourcepos l1:c1-l2:c2-->" before each top-level raw HTML
    // block, which it copies verbatim from the next line on; lines in it map one to one.
    void readNote(const html::Node &comment)
    {
        static const QRegularExpression note(
            QStringLiteral(R"(^lga-sourcepos (\d+):(\d+)-(\d+):(\d+)$)"));
        const QRegularExpressionMatch match = note.match(comment.text());
        if (!match.hasMatch())
            return;
        m_inRawBlock = true;
        m_blockFirstLine = match.captured(1).toInt();
        m_blockLastLine = match.captured(3).toInt();
        m_blockOutputLine = lineColumn(comment.sourceOffset()).first + 1;
    }

    std::pair<int, int> lineColumn(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
        const int line = int(it - m_lineStarts.cbegin());
        return {line, int(offset - m_lineStarts[line - 1]) + 1};
    }

    int sourceLine(int outputLine) const
    {
        if (!m_markdown)
            return outputLine;
        return std::clamp(m_blockFirstLine + outputLine - m_blockOutputLine, m_blockFirstLine,
                          m_blockLastLine);
    }

    // The last input byte the element covers: its end tag, or else its last descendant.
    int extent(const html::Node &node) const
    {
        if (node.isText())
            return node.sourceOffset() + int(node.text().toUtf8().size()) - 1;
        if (!node.isElement())
            return node.sourceOffset();
        if (const int end = node.endSourceOffset(); end > 0)
            return end + int(node.tagName().size()) + 2;
        int last = node.sourceOffset();
        for (const html::Node &child : node.children())
            last = std::max(last, extent(child));
        return last;
    }

    void writeNode(const html::Node &node, bool positioned)
    {
        if (node.isText()) {
            appendEscaped(m_out, node.text(), false);
            return;
        }
        if (!node.isElement())
            return;
        const QString tag = node.tagName();
        if (isSkipped(tag))
            return;
        m_out += u'<';
        m_out += tag;
        bool ownPosition = false;
        for (const html::Node::Attribute &attribute : node.attributes()) {
            if (attribute.name.startsWith(u"on"))
                continue;
            if (attribute.name == u"data-sourcepos") {
                // cmark's own, on Markdown blocks; an HTML author's would be made up.
                if (!m_markdown)
                    continue;
                ownPosition = true;
            }
            m_out += u' ';
            m_out += attribute.name;
            m_out += u"=\"";
            appendEscaped(m_out, attribute.value, true);
            m_out += u'"';
        }
        if (ownPosition && node.parent() == m_input.root())
            m_inRawBlock = false;
        // Below a cmark block, raw inline HTML lies in cmark's output, not in the source.
        if (ownPosition)
            positioned = false;
        if (positioned && node.hasSourcePosition() && !node.isParserInserted()) {
            const auto [line, column] = lineColumn(node.sourceOffset());
            const auto [endLine, endColumn] =
                lineColumn(std::max(node.sourceOffset(), extent(node)));
            m_out += QStringLiteral(" data-sourcepos=\"%1:%2-%3:%4\"")
                         .arg(sourceLine(line))
                         .arg(column)
                         .arg(sourceLine(endLine))
                         .arg(endColumn);
        }
        m_out += u'>';
        if (isVoid(tag))
            return;
        if (!isKeptEmpty(node, tag)) {
            const QList<html::Node> children = node.children();
            // The parser drops a line feed right after <pre>, so one that is content doubles.
            if (tag == u"pre" && !children.isEmpty() && children.front().isText() &&
                children.front().text().startsWith(u'\n'))
                m_out += u'\n';
            for (const html::Node &child : children)
                writeNode(child, positioned);
        }
        m_out += u"</";
        m_out += tag;
        m_out += u'>';
    }

    const html::Document &m_input;
    const bool m_markdown;
    QList<qsizetype> m_lineStarts;
    QString m_out;
    bool m_inRawBlock = false;
    int m_blockFirstLine = 0;
    int m_blockLastLine = 0;
    int m_blockOutputLine = 0;
};

} // namespace

CheckDocument CheckDocument::parse(QStringView source, core::SourceFormat format)
{
    const QByteArray utf8 = source.toUtf8();
    if (format == core::SourceFormat::Html) {
        const html::Document input = html::Document::fromUtf8(utf8);
        return CheckDocument(html::Document(Writer(input, false).write()), true);
    }
    render::MarkdownRenderer::Result markdown = render::MarkdownRenderer::toHtmlUtf8(utf8, true);
    // cmark's own output is read as it is: it carries positions on every block already.
    if (!markdown.hasRawHtml)
        return CheckDocument(html::Document::fromUtf8(std::move(markdown.html)), false);
    const html::Document input = html::Document::fromUtf8(std::move(markdown.html));
    return CheckDocument(html::Document(Writer(input, true).write()), true);
}

} // namespace lga::check
