// SPDX-License-Identifier: GPL-2.0-or-later
#include <render/markupscanner.h>

#include <render/htmlwriter.h>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace lga::render {

namespace {

using namespace std::string_view_literals;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// Decodes the references cmark-gfm writes (escape_html and its href escaper); false for any
// other, which sends the whole input back to the real parser.
bool decode(std::string_view in, std::string &out)
{
    out.clear();
    std::size_t i = 0;
    while (i < in.size()) {
        const std::size_t amp = in.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(in.substr(i));
            break;
        }
        out.append(in.substr(i, amp - i));
        const std::string_view rest = in.substr(amp);
        if (rest.starts_with("&amp;"sv)) {
            out += '&';
            i = amp + 5;
        } else if (rest.starts_with("&lt;"sv)) {
            out += '<';
            i = amp + 4;
        } else if (rest.starts_with("&gt;"sv)) {
            out += '>';
            i = amp + 4;
        } else if (rest.starts_with("&quot;"sv)) {
            out += '"';
            i = amp + 6;
        } else if (rest.starts_with("&#x27;"sv)) {
            out += '\'';
            i = amp + 6;
        } else {
            return false;
        }
    }
    return true;
}

// What an element may hold in cmark-gfm's output. Accepting only this grammar is what makes
// the scanner's reading equal to the HTML5 parser's: within it nothing is ever closed
// implicitly, foster-parented or reopened.
enum class Content
{
    Flow,     // The fragment, blockquote, li: blocks and, in tight lists, inline content.
    Phrasing, // p, h1-h6, em, strong, del, a, th, td.
    Items,    // ul, ol: li.
    Pre,      // pre: one code.
    Text,     // code: text only.
    Sections, // table: thead, tbody.
    Rows,     // thead, tbody: tr.
    Cells,    // tr: th, td.
    Nothing,  // br, hr, img.
    Unknown,
};

Content contentOf(std::string_view name)
{
    static constexpr std::pair<std::string_view, Content> table[] = {
        {"a"sv, Content::Phrasing},      {"blockquote"sv, Content::Flow},
        {"br"sv, Content::Nothing},      {"code"sv, Content::Text},
        {"del"sv, Content::Phrasing},    {"em"sv, Content::Phrasing},
        {"h1"sv, Content::Phrasing},     {"h2"sv, Content::Phrasing},
        {"h3"sv, Content::Phrasing},     {"h4"sv, Content::Phrasing},
        {"h5"sv, Content::Phrasing},     {"h6"sv, Content::Phrasing},
        {"hr"sv, Content::Nothing},      {"img"sv, Content::Nothing},
        {"li"sv, Content::Flow},         {"ol"sv, Content::Items},
        {"p"sv, Content::Phrasing},      {"pre"sv, Content::Pre},
        {"strong"sv, Content::Phrasing}, {"table"sv, Content::Sections},
        {"tbody"sv, Content::Rows},      {"td"sv, Content::Phrasing},
        {"th"sv, Content::Phrasing},     {"thead"sv, Content::Rows},
        {"tr"sv, Content::Cells},        {"ul"sv, Content::Items},
    };
    for (const auto &[tag, content] : table) {
        if (tag == name)
            return content;
    }
    return Content::Unknown;
}

bool isInline(std::string_view name)
{
    return name == "a"sv || name == "em"sv || name == "strong"sv || name == "del"sv ||
           name == "code"sv || name == "img"sv || name == "br"sv;
}

bool mayHold(Content parent, std::string_view child)
{
    switch (parent) {
    case Content::Flow:
        return contentOf(child) != Content::Unknown && child != "li"sv && child != "tr"sv &&
               child != "th"sv && child != "td"sv && child != "thead"sv && child != "tbody"sv;
    case Content::Phrasing:
        return isInline(child);
    case Content::Items:
        return child == "li"sv;
    case Content::Pre:
        return child == "code"sv;
    case Content::Sections:
        return child == "thead"sv || child == "tbody"sv;
    case Content::Rows:
        return child == "tr"sv;
    case Content::Cells:
        return child == "th"sv || child == "td"sv;
    case Content::Text:
    case Content::Nothing:
    case Content::Unknown:
        return false;
    }
    return false;
}

bool mayHoldText(Content parent, std::string_view text)
{
    switch (parent) {
    case Content::Flow:
    case Content::Phrasing:
    case Content::Text:
        return true;
    case Content::Items:
    case Content::Sections:
    case Content::Rows:
    case Content::Cells:
        return text.find_first_not_of(" \n"sv) == std::string_view::npos;
    case Content::Pre:
    case Content::Nothing:
    case Content::Unknown:
        return false;
    }
    return false;
}

struct Open
{
    std::string_view name;
    Content content = Content::Flow;
    bool kept = false;
};

} // namespace

bool MarkupScanner::scan(QByteArrayView html, HtmlWriter &writer)
{
    const std::string_view input(html.data(), std::size_t(html.size()));
    // The HTML5 parser turns these into something else; leave such input to it.
    if (input.find('\r') != std::string_view::npos || input.find('\0') != std::string_view::npos ||
        !html.isValidUtf8())
        return false;

    std::vector<Open> open;
    int links = 0; // Open `a` elements: a link in a link is not cmark's.
    std::vector<HtmlWriter::Attribute> attributes;
    // Decoded values must outlive the startElement() call they are passed to: one buffer each,
    // in a deque so that growing it never moves the ones already handed out.
    std::deque<std::string> values;
    std::string text;
    std::size_t i = 0;
    const std::size_t size = input.size();

    while (i < size) {
        const std::size_t lt = input.find('<', i);
        const std::size_t textEnd = lt == std::string_view::npos ? size : lt;
        if (textEnd > i) {
            const std::string_view raw = input.substr(i, textEnd - i);
            if (!mayHoldText(open.empty() ? Content::Flow : open.back().content, raw))
                return false;
            if (raw.find('&') == std::string_view::npos) {
                writer.text(raw);
            } else {
                if (!decode(raw, text))
                    return false;
                writer.text(text);
            }
        }
        if (lt == std::string_view::npos)
            break;
        i = lt + 1;

        if (i < size && input[i] == '/') {
            const std::size_t nameStart = ++i;
            while (i < size && isNameChar(input[i]))
                ++i;
            const std::string_view name = input.substr(nameStart, i - nameStart);
            if (i >= size || input[i] != '>' || open.empty() || open.back().name != name)
                return false;
            ++i;
            if (open.back().kept)
                writer.endElement(name);
            if (name == "a"sv)
                --links;
            open.pop_back();
            continue;
        }

        const std::size_t nameStart = i;
        if (i >= size || input[i] < 'a' || input[i] > 'z')
            return false;
        while (i < size && isNameChar(input[i]))
            ++i;
        const std::string_view name = input.substr(nameStart, i - nameStart);
        if (!mayHold(open.empty() ? Content::Flow : open.back().content, name) ||
            (name == "a"sv && links > 0))
            return false;
        attributes.clear();
        std::size_t valueCount = 0;
        bool selfClosing = false;
        for (;;) {
            if (i >= size)
                return false;
            if (input[i] == '>') {
                ++i;
                break;
            }
            if (input.substr(i, 3) == " />"sv) {
                selfClosing = true;
                i += 3;
                break;
            }
            if (input[i] != ' ')
                return false;
            const std::size_t attributeStart = ++i;
            while (i < size && isNameChar(input[i]))
                ++i;
            const std::string_view attributeName = input.substr(attributeStart, i - attributeStart);
            if (attributeName.empty() || input.substr(i, 2) != "=\""sv)
                return false;
            i += 2;
            const std::size_t quote = input.find('"', i);
            if (quote == std::string_view::npos)
                return false;
            std::string_view value = input.substr(i, quote - i);
            if (value.find('<') != std::string_view::npos)
                return false;
            if (value.find('&') != std::string_view::npos) {
                if (values.size() <= valueCount)
                    values.resize(valueCount + 1);
                if (!decode(value, values[valueCount]))
                    return false;
                value = values[valueCount++];
            }
            attributes.push_back({attributeName, value});
            i = quote + 1;
        }

        // Only void elements are written self-closing by cmark, and only they may be.
        if (selfClosing != HtmlWriter::isVoidElement(name))
            return false;
        const HtmlWriter::Action action = writer.startElement(name, false, attributes);
        // Raw-text elements such as script never come out of cmark without raw HTML; their
        // content could not be read by this scanner anyway.
        if (action == HtmlWriter::Action::Drop)
            return false;
        const bool kept = action == HtmlWriter::Action::Keep;
        if (selfClosing) {
            if (kept)
                writer.endElement(name);
        } else {
            if (name == "a"sv)
                ++links;
            open.push_back({name, contentOf(name), kept});
        }
    }
    return open.empty();
}

} // namespace lga::render
