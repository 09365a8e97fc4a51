// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/sanitizer.h>

#include <html/document.h>
#include <render/htmlwriter.h>
#include <render/markupscanner.h>

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <vector>

namespace lga::render {

namespace {

const GumboVector *childrenOf(const GumboNode *node)
{
    return (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
               ? &node->v.element.children
               : nullptr;
}

HtmlWriter::InputSpan elementSpan(const GumboElement &element)
{
    HtmlWriter::InputSpan span;
    span.firstLine = int(element.start_pos.line);
    span.firstColumn = int(element.start_pos.column);
    if (element.original_end_tag.length > 0) {
        span.lastLine = int(element.end_pos.line);
        span.lastColumn = int(element.end_pos.column + element.original_end_tag.length - 1);
    }
    return span;
}

// The lines of the text itself, without the blank lines around it; whitespace-only text has
// no last line (0).
HtmlWriter::InputSpan textSpan(const GumboText &text)
{
    const std::string_view original(text.original_text.data, text.original_text.length);
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    const auto first = std::find_if_not(original.begin(), original.end(), isSpace);
    HtmlWriter::InputSpan span;
    span.firstLine = int(text.start_pos.line) + int(std::count(original.begin(), first, '\n'));
    span.firstColumn = int(text.start_pos.column);
    if (first != original.end()) {
        const auto last = std::find_if_not(original.rbegin(), original.rend(), isSpace).base();
        span.lastLine = int(text.start_pos.line) + int(std::count(original.begin(), last, '\n'));
    }
    return span;
}

// Walks the parse tree without recursion (absurd nesting must not exhaust a worker's stack)
// and feeds it to the writer.
void walk(const GumboNode *root, HtmlWriter &writer, bool withSpans)
{
    struct Frame
    {
        const GumboVector *children = nullptr;
        unsigned next = 0;
        bool kept = false;
        std::string name; // Short names stay in the string's own buffer: no allocation.
    };
    std::vector<Frame> stack;
    std::vector<HtmlWriter::Attribute> attributes;
    stack.push_back({childrenOf(root), 0, false, {}});

    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (!frame.children || frame.next == frame.children->length) {
            if (frame.kept)
                writer.endElement(frame.name);
            stack.pop_back();
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            writer.text(node->v.text.text,
                        withSpans ? textSpan(node->v.text) : HtmlWriter::InputSpan{});
            break;
        case GUMBO_NODE_COMMENT:
            writer.comment(node->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &element = node->v.element;
            std::string name;
            if (element.tag != GUMBO_TAG_UNKNOWN) {
                name = gumbo_normalized_tagname(element.tag);
            } else if (element.original_tag.length > 0) {
                GumboStringPiece piece = element.original_tag;
                gumbo_tag_from_original_text(&piece);
                name.assign(piece.data, piece.length);
                for (char &c : name) {
                    if (c >= 'A' && c <= 'Z')
                        c = char(c - 'A' + 'a');
                }
            }
            attributes.clear();
            for (unsigned i = 0; i < element.attributes.length; ++i) {
                const auto *attribute =
                    static_cast<const GumboAttribute *>(element.attributes.data[i]);
                attributes.push_back({attribute->name, attribute->value});
            }
            const HtmlWriter::Action action =
                writer.startElement(name, element.tag_namespace != GUMBO_NAMESPACE_HTML, attributes,
                                    withSpans ? elementSpan(element) : HtmlWriter::InputSpan{});
            if (action == HtmlWriter::Action::Drop)
                break;
            // `frame` may dangle after this push_back.
            stack.push_back(
                {&element.children, 0, action == HtmlWriter::Action::Keep, std::move(name)});
            break;
        }
        case GUMBO_NODE_DOCUMENT:
            break;
        }
    }
}

void run(QByteArrayView html, HtmlWriter &writer, const SanitizeOptions &options)
{
    const html::Document document = html::Document::fromUtf8(html.toByteArray());
    walk(document.root().gumboNode(), writer,
         options.positions == SanitizeOptions::Positions::FromInput);
}

} // namespace

QString Sanitizer::sanitize(QStringView html, const AllowList &allowList, SanitizeOptions options)
{
    return QString::fromUtf8(sanitizeUtf8(html.toUtf8(), allowList, options));
}

QByteArray Sanitizer::sanitizeUtf8(QByteArrayView html, const AllowList &allowList,
                                   SanitizeOptions options)
{
    if (options.cmarkWithoutRawHtml) {
        HtmlWriter writer(allowList, options, HtmlWriter::Output::Body);
        writer.reserve(html.size());
        if (MarkupScanner::scan(html, writer))
            return writer.takeBody();
    }
    HtmlWriter writer(allowList, options, HtmlWriter::Output::Body);
    writer.reserve(html.size());
    run(html, writer, options);
    return writer.takeBody();
}

QList<Block> Sanitizer::sanitizeToBlocks(QByteArrayView html, const AllowList &allowList,
                                         SanitizeOptions options)
{
    options.keepSourcePositions = false;
    if (options.cmarkWithoutRawHtml) {
        HtmlWriter writer(allowList, options, HtmlWriter::Output::Blocks);
        if (MarkupScanner::scan(html, writer))
            return writer.takeBlocks();
    }
    HtmlWriter writer(allowList, options, HtmlWriter::Output::Blocks);
    run(html, writer, options);
    return writer.takeBlocks();
}

bool Sanitizer::isSafeUrl(QStringView url)
{
    const QByteArray utf8 = url.toUtf8();
    return HtmlWriter::isSafeUrl(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

} // namespace lga::render
