// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <render/allowlist.h>
#include <render/previewblocks.h>
#include <render/sanitizer.h>

#include <QByteArray>
#include <QList>

#include <span>
#include <string>
#include <string_view>

namespace lga::render {

/// The sanitizer's output side, shared by its two readers (the HTML5 parser and the scanner
/// of cmark-gfm output): it receives the input as start, end, text and comment events,
/// applies the allow-list and writes UTF-8, either as one body or cut into top-level blocks.
/// Internal to the render library; one instance serves one call.
class HtmlWriter
{
public:
    struct Attribute
    {
        std::string_view name;  ///< Lower-case.
        std::string_view value; ///< Decoded.
    };

    /// Where a node sits in the input; used with SanitizeOptions::Positions::FromInput only.
    struct InputSpan
    {
        int firstLine = 0; ///< 0: unknown.
        int firstColumn = 0;
        int lastLine = 0;
        int lastColumn = 0;
    };

    enum class Action
    {
        Keep,   ///< Written; endElement() follows the children.
        Unwrap, ///< Not written; the children are to be read (no endElement()).
        Drop,   ///< Not written; skip the children too.
    };

    enum class Output
    {
        Body,
        Blocks
    };

    /// The writer keeps a reference to the allow-list, which must outlive it.
    HtmlWriter(const AllowList &allowList, SanitizeOptions options, Output output);
    HtmlWriter(AllowList &&, SanitizeOptions, Output) = delete;

    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

    Action startElement(std::string_view name, bool foreign, std::span<const Attribute> attributes,
                        const InputSpan &span);
    Action startElement(std::string_view name, bool foreign, std::span<const Attribute> attributes)
    {
        return startElement(name, foreign, attributes, InputSpan{});
    }
    void endElement(std::string_view name);
    void text(std::string_view text, const InputSpan &span);
    void text(std::string_view text) { this->text(text, InputSpan{}); }
    void comment(std::string_view text);

    QByteArray takeBody();
    QList<Block> takeBlocks();

    static bool isSafeUrl(std::string_view url);
    static bool isVoidElement(std::string_view name);
    /// Elements removed with everything inside them rather than unwrapped.
    static bool isDroppedWithContent(std::string_view name);

private:
    struct Lines
    {
        int first = 0;
        int last = 0;
    };

    void writeAttributes(const AllowList::TagRule &rule, std::span<const Attribute> attributes,
                         bool topLevel, const InputSpan &span, std::string_view *ownSourcePos);
    void beginBlock(Lines lines);
    void endBlock();
    void endTextBlock();
    Lines linesFor(std::string_view ownSourcePos, const InputSpan &span) const;

    const AllowList &m_allowList;
    const SanitizeOptions m_options;
    const Output m_output;
    QByteArray m_out;
    int m_depth = 0; // Open written elements.
    bool m_afterPreStart = false;

    std::string m_pendingSourcePos; // From a MarkdownRenderer comment before raw HTML.
    std::string m_tokens;           // Scratch for filtered class lists.

    QList<Block> m_blocks;
    qsizetype m_blockStart = -1;
    bool m_inTextBlock = false;
    Lines m_blockLines;
    int m_lastLine = 0;
};

} // namespace lga::render
