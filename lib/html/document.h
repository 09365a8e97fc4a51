// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <html/node.h>

#include <QByteArray>
#include <QStringView>

struct GumboInternalOutput;

namespace lga::html {

/// An HTML body fragment parsed with gumbo (the HTML5 algorithm, as if it were the content of
/// `<body>`), owning both the parse tree and the UTF-8 bytes it points into.
///
/// Non-copyable and movable; Nodes handed out stay valid while the Document (or the Document it
/// was moved into) lives. Parsing never fails: like a browser, gumbo repairs any input.
/// A Document is not shared between threads while parsing; once built, const access from several
/// threads is safe because nothing is mutated.
class Document
{
public:
    explicit Document(QStringView html);
    /// Parses bytes that are already UTF-8, saving one conversion. The Document keeps its own
    /// copy of the bytes, because the tree points into them.
    static Document fromUtf8(QByteArray html);

    Document(Document &&other) noexcept;
    Document &operator=(Document &&other) noexcept;
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;
    ~Document();

    /// The container of the fragment: an `html` element the parser creates, whose children are
    /// the fragment's top-level nodes in source order.
    Node root() const;

    /// The parsed bytes. Node::sourceOffset() indexes into them.
    const QByteArray &utf8() const { return m_utf8; }

private:
    Document() = default;
    void parse(QByteArray utf8);
    void release();

    QByteArray m_utf8;
    GumboInternalOutput *m_output = nullptr;
};

} // namespace lga::html
