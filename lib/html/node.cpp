// SPDX-License-Identifier: GPL-2.0-or-later
#include <html/node.h>

#include <gumbo.h>

#include <cstring>
#include <vector>

namespace lga::html {

namespace {

const GumboVector *childVector(const GumboNode *node)
{
    if (!node)
        return nullptr;
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

bool isCharacterData(GumboNodeType type)
{
    return type == GUMBO_NODE_TEXT || type == GUMBO_NODE_WHITESPACE || type == GUMBO_NODE_CDATA;
}

const GumboSourcePosition *startPosition(const GumboNode *node)
{
    if (!node)
        return nullptr;
    switch (node->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.start_pos;
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_COMMENT:
        return &node->v.text.start_pos;
    default:
        return nullptr;
    }
}

QString lowerLatin1(const char *data, qsizetype size)
{
    QString name = QString::fromUtf8(data, size);
    for (QChar &c : name) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return name;
}

} // namespace

bool Node::isElement() const
{
    return m_node && (m_node->type == GUMBO_NODE_ELEMENT || m_node->type == GUMBO_NODE_TEMPLATE);
}

bool Node::isText() const
{
    return m_node && isCharacterData(m_node->type);
}

bool Node::isWhitespace() const
{
    return m_node && m_node->type == GUMBO_NODE_WHITESPACE;
}

bool Node::isComment() const
{
    return m_node && m_node->type == GUMBO_NODE_COMMENT;
}

bool Node::isForeign() const
{
    return isElement() && m_node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML;
}

bool Node::isParserInserted() const
{
    return isElement() && (m_node->parse_flags & GUMBO_INSERTION_BY_PARSER) != 0;
}

QString Node::tagName() const
{
    if (!isElement())
        return {};
    const GumboElement &element = m_node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    // gumbo keeps only the raw start tag of elements it does not know; cut the name out of it.
    GumboStringPiece piece = element.original_tag;
    if (!piece.data || piece.length == 0)
        return {};
    gumbo_tag_from_original_text(&piece);
    return lowerLatin1(piece.data, qsizetype(piece.length));
}

bool Node::hasAttribute(QStringView name) const
{
    return !attribute(name).isNull();
}

QString Node::attribute(QStringView name) const
{
    if (!isElement())
        return {};
    const GumboVector &attributes = m_node->v.element.attributes;
    const QByteArray wanted = name.toString().toLower().toUtf8();
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
        if (wanted == attribute->name) {
            const QString value = QString::fromUtf8(attribute->value);
            // An empty attribute (`<td nowrap>`) is present: return an empty but non-null value.
            return value.isNull() ? QStringLiteral("") : value;
        }
    }
    return {};
}

QList<Node::Attribute> Node::attributes() const
{
    QList<Attribute> result;
    if (!isElement())
        return result;
    const GumboVector &attributes = m_node->v.element.attributes;
    result.reserve(qsizetype(attributes.length));
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
        result.append({QString::fromUtf8(attribute->name), QString::fromUtf8(attribute->value)});
    }
    return result;
}

Node Node::parent() const
{
    return Node(m_node ? m_node->parent : nullptr);
}

qsizetype Node::childCount() const
{
    const GumboVector *children = childVector(m_node);
    return children ? qsizetype(children->length) : 0;
}

Node Node::child(qsizetype index) const
{
    const GumboVector *children = childVector(m_node);
    if (!children || index < 0 || index >= qsizetype(children->length))
        return {};
    return Node(static_cast<const GumboNode *>(children->data[index]));
}

QList<Node> Node::children() const
{
    QList<Node> result;
    const GumboVector *children = childVector(m_node);
    if (!children)
        return result;
    result.reserve(qsizetype(children->length));
    for (unsigned i = 0; i < children->length; ++i)
        result.append(Node(static_cast<const GumboNode *>(children->data[i])));
    return result;
}

QString Node::text() const
{
    if (!m_node || !(isCharacterData(m_node->type) || m_node->type == GUMBO_NODE_COMMENT))
        return {};
    return QString::fromUtf8(m_node->v.text.text);
}

QString Node::textContent() const
{
    if (!m_node)
        return {};
    if (isCharacterData(m_node->type) || m_node->type == GUMBO_NODE_COMMENT)
        return text();
    // Iterative, so that absurdly deep input cannot exhaust a worker thread's stack.
    QByteArray utf8;
    std::vector<std::pair<const GumboVector *, unsigned>> stack;
    if (const GumboVector *children = childVector(m_node))
        stack.emplace_back(children, 0);
    while (!stack.empty()) {
        auto &[children, next] = stack.back();
        if (next == children->length) {
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[next++]);
        if (isCharacterData(child->type))
            utf8.append(child->v.text.text);
        else if (const GumboVector *grandChildren = childVector(child))
            stack.emplace_back(grandChildren, 0);
    }
    return QString::fromUtf8(utf8);
}

bool Node::hasSourcePosition() const
{
    const GumboSourcePosition *position = startPosition(m_node);
    return position && position->line != 0;
}

int Node::sourceLine() const
{
    const GumboSourcePosition *position = startPosition(m_node);
    return position ? int(position->line) : 0;
}

int Node::sourceColumn() const
{
    const GumboSourcePosition *position = startPosition(m_node);
    return position ? int(position->column) : 0;
}

int Node::sourceOffset() const
{
    const GumboSourcePosition *position = startPosition(m_node);
    return position ? int(position->offset) : 0;
}

int Node::endSourceLine() const
{
    if (!isElement() || m_node->v.element.original_end_tag.length == 0)
        return 0;
    return int(m_node->v.element.end_pos.line);
}

int Node::endSourceOffset() const
{
    if (!isElement() || m_node->v.element.original_end_tag.length == 0)
        return 0;
    return int(m_node->v.element.end_pos.offset);
}

} // namespace lga::html
