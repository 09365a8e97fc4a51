// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/htmlwriter.h>

#include <algorithm>
#include <array>
#include <optional>

namespace lga::render {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view sourcePosAttribute = "data-sourcepos"sv;
constexpr std::string_view sourcePosComment = "lga-sourcepos "sv;

// Sorted, for binary search.
constexpr std::array droppedWithContent{
    "applet"sv,   "base"sv,    "button"sv,   "embed"sv,    "form"sv,     "frame"sv,
    "frameset"sv, "head"sv,    "iframe"sv,   "input"sv,    "link"sv,     "math"sv,
    "meta"sv,     "noembed"sv, "noframes"sv, "noscript"sv, "object"sv,   "script"sv,
    "select"sv,   "style"sv,   "svg"sv,      "template"sv, "textarea"sv, "title"sv,
};
constexpr std::array voidElements{
    "area"sv,  "base"sv, "br"sv,   "col"sv,   "embed"sv,  "hr"sv,    "img"sv,
    "input"sv, "link"sv, "meta"sv, "param"sv, "source"sv, "track"sv, "wbr"sv,
};
// Every attribute HTML reads as a URL, so that an allow-list naming one is still safe.
constexpr std::array urlAttributes{
    "action"sv, "archive"sv,  "background"sv, "cite"sv,   "classid"sv, "codebase"sv,
    "data"sv,   "dynsrc"sv,   "formaction"sv, "href"sv,   "icon"sv,    "longdesc"sv,
    "lowsrc"sv, "manifest"sv, "ping"sv,       "poster"sv, "profile"sv, "src"sv,
    "srcset"sv, "usemap"sv,   "xlink:href"sv,
};

template<std::size_t N>
bool contains(const std::array<std::string_view, N> &sorted, std::string_view name)
{
    return std::binary_search(sorted.begin(), sorted.end(), name);
}

bool isAsciiWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAllWhitespace(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), isAsciiWhitespace);
}

struct SourcePos
{
    int firstLine = 0;
    int firstColumn = 0;
    int lastLine = 0;
    int lastColumn = 0;
};

bool readNumber(std::string_view &text, int &number)
{
    std::size_t i = 0;
    number = 0;
    while (i < text.size() && i < 9 && text[i] >= '0' && text[i] <= '9')
        number = number * 10 + (text[i++] - '0');
    text.remove_prefix(i);
    return i > 0;
}

bool readChar(std::string_view &text, char c)
{
    if (text.empty() || text.front() != c)
        return false;
    text.remove_prefix(1);
    return true;
}

// cmark-gfm's "line:column-line:column".
std::optional<SourcePos> parseSourcePos(std::string_view text)
{
    SourcePos pos;
    if (readNumber(text, pos.firstLine) && readChar(text, ':') &&
        readNumber(text, pos.firstColumn) && readChar(text, '-') &&
        readNumber(text, pos.lastLine) && readChar(text, ':') && readNumber(text, pos.lastColumn) &&
        text.empty() && pos.firstLine > 0 && pos.lastLine >= pos.firstLine)
        return pos;
    return std::nullopt;
}

void appendEscaped(QByteArray &out, std::string_view text, bool attribute)
{
    const char *run = text.data();
    const char *const end = text.data() + text.size();
    for (const char *p = run; p != end; ++p) {
        std::string_view replacement;
        switch (*p) {
        case '&':
            replacement = "&amp;"sv;
            break;
        case '<':
            replacement = "&lt;"sv;
            break;
        case '>':
            replacement = "&gt;"sv;
            break;
        case '"':
            if (!attribute)
                continue;
            replacement = "&quot;"sv;
            break;
        default:
            continue;
        }
        out.append(run, p - run);
        out.append(replacement.data(), qsizetype(replacement.size()));
        run = p + 1;
    }
    out.append(run, end - run);
}

void appendView(QByteArray &out, std::string_view text)
{
    out.append(text.data(), qsizetype(text.size()));
}

void appendAttribute(QByteArray &out, std::string_view name, std::string_view value)
{
    out.append(' ');
    appendView(out, name);
    out.append("=\"", 2);
    appendEscaped(out, value, true);
    out.append('"');
}

bool isEventHandler(std::string_view name)
{
    return name.size() >= 2 && (name[0] == 'o' || name[0] == 'O') &&
           (name[1] == 'n' || name[1] == 'N');
}

// Keeps the allowed space-separated tokens, once each, in their order.
void filterTokens(std::string_view value, const std::vector<std::string> &allowed, std::string &out)
{
    out.clear();
    std::size_t i = 0;
    while (i < value.size()) {
        while (i < value.size() && isAsciiWhitespace(value[i]))
            ++i;
        const std::size_t start = i;
        while (i < value.size() && !isAsciiWhitespace(value[i]))
            ++i;
        const std::string_view token = value.substr(start, i - start);
        if (token.empty() || std::find(allowed.begin(), allowed.end(), token) == allowed.end())
            continue;
        bool seen = false;
        for (std::size_t at = 0; at < out.size() && !seen;) {
            const std::size_t next = std::min(out.find(' ', at), out.size());
            seen = std::string_view(out).substr(at, next - at) == token;
            at = next + 1;
        }
        if (seen)
            continue;
        if (!out.empty())
            out += ' ';
        out += token;
    }
}

} // namespace

HtmlWriter::HtmlWriter(const AllowList &allowList, SanitizeOptions options, Output output)
    : m_allowList(allowList)
    , m_options(options)
    , m_output(output)
{}

bool HtmlWriter::isSafeUrl(std::string_view url)
{
    // Browsers skip leading C0 controls and spaces and drop tabs and newlines anywhere, so
    // "java\tscript:" and " javascript:" are javascript: URLs. Dropping every byte up to
    // 0x20 (and DEL) before the first ':' reads the scheme at least as generously as they do.
    // Long enough for "lga-media", the app's own scheme for images and documents in the store.
    std::array<char, 16> scheme{};
    std::size_t length = 0;
    bool tooLong = false;
    for (const char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f)
            continue;
        if (c == ':') {
            if (tooLong)
                return false;
            const std::string_view name(scheme.data(), length);
            // lga-media: names an item in the store; only the app's own scheme handler serves
            // it, from the store's bytes, and it never runs code.
            return name == "http"sv || name == "https"sv || name == "mailto"sv || name == "tel"sv ||
                   name == "lga-media"sv;
        }
        if (c == '/' || c == '?' || c == '#')
            return true; // Relative: a path, a query or a fragment comes before any scheme.
        if (length == scheme.size())
            tooLong = true;
        else
            scheme[length++] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return true;
}

bool HtmlWriter::isVoidElement(std::string_view name)
{
    return contains(voidElements, name);
}

bool HtmlWriter::isDroppedWithContent(std::string_view name)
{
    return contains(droppedWithContent, name);
}

HtmlWriter::Action HtmlWriter::startElement(std::string_view name, bool foreign,
                                            std::span<const Attribute> attributes,
                                            const InputSpan &span)
{
    m_afterPreStart = false;
    // SVG and MathML carry their own scripting and styling; the drop list wins over any
    // allow-list, so that no configuration can let a script through.
    if (foreign || isDroppedWithContent(name))
        return Action::Drop;
    const AllowList::TagRule *rule = m_allowList.tag(name);
    if (!rule)
        return Action::Unwrap;

    const bool topLevel = m_depth == 0;
    const bool blocks = m_output == Output::Blocks;
    if (blocks && topLevel)
        endTextBlock();
    const qsizetype start = m_out.size();
    m_out.append('<');
    appendView(m_out, name);
    std::string_view ownSourcePos;
    writeAttributes(*rule, attributes, topLevel, span, &ownSourcePos);
    m_out.append('>');
    // The HTML parser drops a line feed right after <pre>'s start tag, so one that belongs
    // to the content must be doubled to survive the next parse (as HTML's serializer does).
    m_afterPreStart = name == "pre"sv;
    if (topLevel && !ownSourcePos.empty())
        m_pendingSourcePos.clear();
    if (blocks && topLevel) {
        m_blockStart = start;
        m_blockLines = linesFor(ownSourcePos, span);
    }
    ++m_depth;
    return Action::Keep;
}

void HtmlWriter::endElement(std::string_view name)
{
    m_afterPreStart = false;
    --m_depth;
    if (!isVoidElement(name)) {
        m_out.append("</", 2);
        appendView(m_out, name);
        m_out.append('>');
    }
    if (m_output == Output::Blocks && m_depth == 0)
        endBlock();
}

void HtmlWriter::text(std::string_view text, const InputSpan &span)
{
    if (m_output == Output::Blocks && m_depth == 0) {
        if (!m_inTextBlock) {
            if (isAllWhitespace(text))
                return;
            // Whitespace around top-level text means nothing in block context; without it a
            // text block's HTML does not change when blank lines around it do.
            while (isAsciiWhitespace(text.front()))
                text.remove_prefix(1);
            m_inTextBlock = true;
            m_blockStart = m_out.size();
            m_blockLines = linesFor({}, span);
        } else if (m_options.positions == SanitizeOptions::Positions::FromInput) {
            m_blockLines.last = std::max(m_blockLines.last, span.lastLine);
        }
    }
    if (m_afterPreStart && text.starts_with('\n'))
        m_out.append('\n');
    m_afterPreStart = false;
    appendEscaped(m_out, text, false);
}

void HtmlWriter::comment(std::string_view text)
{
    // Comments never reach the output; MarkdownRenderer's position notes are only read.
    if (m_depth != 0 || m_options.positions != SanitizeOptions::Positions::FromAttributes ||
        !text.starts_with(sourcePosComment))
        return;
    const std::string_view value = text.substr(sourcePosComment.size());
    if (parseSourcePos(value))
        m_pendingSourcePos.assign(value);
}

QByteArray HtmlWriter::takeBody()
{
    return std::move(m_out);
}

QList<Block> HtmlWriter::takeBlocks()
{
    endTextBlock();
    return std::move(m_blocks);
}

void HtmlWriter::writeAttributes(const AllowList::TagRule &rule,
                                 std::span<const Attribute> attributes, bool topLevel,
                                 const InputSpan &span, std::string_view *ownSourcePos)
{
    const bool fromAttributes = m_options.positions == SanitizeOptions::Positions::FromAttributes;
    const bool writePositions = m_output == Output::Body && m_options.keepSourcePositions;
    for (const Attribute &attribute : attributes) {
        if (attribute.name == sourcePosAttribute) {
            if (fromAttributes && parseSourcePos(attribute.value)) {
                if (topLevel)
                    *ownSourcePos = attribute.value;
                if (writePositions)
                    appendAttribute(m_out, sourcePosAttribute, attribute.value);
            }
            continue;
        }
        // Event handlers and inline styles (CSS can load URLs) are refused whatever the
        // allow-list says.
        if (isEventHandler(attribute.name) || attribute.name == "style"sv)
            continue;
        const AllowList::AttributeRule *allowed = rule.attribute(attribute.name);
        if (!allowed)
            continue;
        if (contains(urlAttributes, attribute.name) && !isSafeUrl(attribute.value))
            continue;
        if (allowed->values.empty()) {
            appendAttribute(m_out, attribute.name, attribute.value);
            continue;
        }
        filterTokens(attribute.value, allowed->values, m_tokens);
        if (!m_tokens.empty())
            appendAttribute(m_out, attribute.name, m_tokens);
    }
    if (!writePositions || !topLevel)
        return;
    if (fromAttributes) {
        if (ownSourcePos->empty() && !m_pendingSourcePos.empty())
            appendAttribute(m_out, sourcePosAttribute, m_pendingSourcePos);
    } else if (span.firstLine > 0) {
        const int lastLine = std::max(span.firstLine, span.lastLine);
        const int lastColumn = span.lastLine >= span.firstLine ? span.lastColumn : span.firstColumn;
        const QByteArray value =
            QByteArray::number(span.firstLine) + ':' + QByteArray::number(span.firstColumn) + '-' +
            QByteArray::number(lastLine) + ':' + QByteArray::number(lastColumn);
        appendAttribute(m_out, sourcePosAttribute, std::string_view(value.data(), value.size()));
    }
}

HtmlWriter::Lines HtmlWriter::linesFor(std::string_view ownSourcePos, const InputSpan &span) const
{
    std::optional<SourcePos> pos;
    if (m_options.positions == SanitizeOptions::Positions::FromAttributes) {
        pos = parseSourcePos(ownSourcePos.empty() ? std::string_view(m_pendingSourcePos)
                                                  : ownSourcePos);
    } else if (span.firstLine > 0) {
        pos = SourcePos{span.firstLine, span.firstColumn, std::max(span.firstLine, span.lastLine),
                        span.lastColumn};
    }
    if (!pos) {
        const int line = std::max(m_lastLine, 1);
        return {line, line};
    }
    // cmark-gfm ends a block that takes in the following blank line at column 0 of the line
    // after it ("10:1-12:0"); the block's text ends on the line before.
    int last = pos->lastLine;
    if (pos->lastColumn == 0 && last > pos->firstLine)
        --last;
    return {pos->firstLine, last};
}

void HtmlWriter::endBlock()
{
    m_blocks.append(
        Block{QString::fromUtf8(m_out.constData() + m_blockStart, m_out.size() - m_blockStart),
              m_blockLines.first, m_blockLines.last});
    m_lastLine = m_blockLines.last;
    // Blocks are converted one by one, so the buffer can start over (keeping its capacity).
    m_out.truncate(0);
    m_blockStart = -1;
}

void HtmlWriter::endTextBlock()
{
    if (!m_inTextBlock)
        return;
    m_inTextBlock = false;
    qsizetype end = m_out.size();
    while (end > m_blockStart && isAsciiWhitespace(m_out.at(end - 1)))
        --end;
    m_out.truncate(end);
    endBlock();
}

} // namespace lga::render
