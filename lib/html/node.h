// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

struct GumboInternalNode;

namespace lga::html {

/// A read-only view of one node of a Document: one pointer, cheap to copy, valid while the
/// Document lives. A default-constructed Node is null and answers every question with "no".
///
/// Positions are gumbo's positions in the parsed UTF-8 input: sourceLine() and sourceColumn()
/// are 1-based (columns count Unicode code points, a tab counts as one), sourceOffset() is a
/// 0-based offset in UTF-8 bytes. An element the parser inserted without a tag in the source
/// (an implied `tbody`, a reopened `<b>`) is isParserInserted() and carries the position of the
/// token that made the parser insert it, or none (hasSourcePosition() false, figures 0).
class Node
{
public:
    struct Attribute
    {
        QString name;  ///< Lower-case, as the HTML parser normalizes it.
        QString value; ///< Character references already decoded.

        bool operator==(const Attribute &) const = default;
    };

    Node() = default;
    explicit Node(const GumboInternalNode *node)
        : m_node(node)
    {}

    bool isNull() const { return m_node == nullptr; }
    /// An element, `<template>` included.
    bool isElement() const;
    /// Character data: text, whitespace-only text and CDATA sections.
    bool isText() const;
    /// Text that holds only HTML whitespace (space, tab, line feed, form feed, carriage return).
    bool isWhitespace() const;
    bool isComment() const;
    /// An element in the SVG or MathML namespace rather than HTML's.
    bool isForeign() const;
    /// An element with no start tag of its own in the source, created by the parser's repairs.
    bool isParserInserted() const;

    /// The lower-case tag name, also for elements HTML does not know (`drupal-media`); empty
    /// for non-elements.
    QString tagName() const;
    bool hasAttribute(QStringView name) const;
    /// The decoded value of the attribute (name compared case-insensitively), or a null QString.
    QString attribute(QStringView name) const;
    /// All attributes in source order.
    QList<Attribute> attributes() const;

    Node parent() const;
    qsizetype childCount() const;
    Node child(qsizetype index) const;
    QList<Node> children() const;

    /// The content of a text or comment node; empty for elements.
    QString text() const;
    /// All descendant text in document order, as the DOM's textContent (comments excluded).
    QString textContent() const;

    bool hasSourcePosition() const;
    int sourceLine() const;
    int sourceColumn() const;
    int sourceOffset() const;
    /// Where the element's end tag starts; 0 when it had none (closed implicitly).
    int endSourceLine() const;
    int endSourceOffset() const;

    /// gumbo's own node, for loops where QString conversions would cost too much.
    const GumboInternalNode *gumboNode() const { return m_node; }

    bool operator==(const Node &) const = default;

private:
    const GumboInternalNode *m_node = nullptr;
};

} // namespace lga::html
