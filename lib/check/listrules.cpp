// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/listrules.h>

#include <check/domtext.h>

#include <QCoreApplication>

#include <gumbo.h>

namespace lga::check {

using namespace domtext;

namespace {

// The lines of a paragraph as a reader sees them: split at <br>, and at the line ends of
// Markdown's soft breaks, which authors type as line breaks too.
void appendLines(html::Node node, QStringList &lines)
{
    if (node.isText()) {
        const QStringList parts = node.text().split(u'\n');
        lines.last() += parts.front();
        for (qsizetype i = 1; i < parts.size(); ++i)
            lines.append(parts.at(i));
        return;
    }
    if (!node.isElement())
        return;
    if (node.tagName() == u"br") {
        lines.append(QString());
        return;
    }
    for (const html::Node &child : node.children())
        appendLines(child, lines);
}

// Whether only whitespace and comments lie between two children of one parent.
bool areAdjacent(html::Node before, html::Node after)
{
    if (before.isNull() || before.parent() != after.parent())
        return false;
    const html::Node parent = after.parent();
    const unsigned from = before.gumboNode()->index_within_parent + 1;
    const unsigned to = after.gumboNode()->index_within_parent;
    if (from > to)
        return false;
    for (unsigned i = from; i < to; ++i) {
        const html::Node between = parent.child(i);
        if (!between.isWhitespace() && !between.isComment())
            return false;
    }
    return true;
}

bool continues(const ListRules::Marker &previous, const ListRules::Marker &next)
{
    if (previous.kind != next.kind || previous.delimiter != next.delimiter)
        return false;
    // Bullets repeat; numbers and letters count up, or repeat as "1." does in Markdown.
    return next.value == previous.value || next.value == previous.value + 1;
}

} // namespace

ListRules::Marker ListRules::markerOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i].isSpace() || line[i] == u'\u00a0'))
        ++i;
    line = line.sliced(i);
    if (line.size() < 2)
        return {};
    const auto spaceAt = [&line](qsizetype at) {
        return at < line.size() && (line[at].isSpace() || line[at] == u'\u00a0');
    };
    const char16_t first = line[0].unicode();
    // Bullets that are also punctuation need a space after them ("-5 degrees" is no item).
    if (QStringView(u"-*>\u2013\u2014+").contains(QChar(first)))
        return spaceAt(1) ? Marker{first, 0, 0} : Marker{};
    if (QStringView(u"\u2022\u00b7\u25aa\u25ba\u2023\u25e6\u25cf\u2043\u27a2\u2714\u2713")
            .contains(QChar(first)))
        return Marker{first, 0, 0};
    const bool parenthesis = first == u'(';
    qsizetype at = parenthesis ? 1 : 0;
    int value = 0;
    char16_t kind = 0;
    if (at < line.size() && line[at].isDigit()) {
        kind = u'n';
        const qsizetype start = at;
        while (at < line.size() && line[at].isDigit() && at - start < 3)
            value = value * 10 + line[at++].digitValue();
        if (at - start > 2)
            return {};
    } else if (at < line.size() && line[at].unicode() < 0x80 && line[at].isLetter()) {
        kind = line[at].isUpper() ? u'A' : u'a';
        value = line[at].toLower().unicode() - u'a' + 1;
        ++at;
    } else {
        return {};
    }
    if (at >= line.size())
        return {};
    const char16_t delimiter = line[at].unicode();
    if (parenthesis ? delimiter != u')' : (delimiter != u'.' && delimiter != u')'))
        return {};
    if (!spaceAt(at + 1))
        return {};
    return Marker{kind, char16_t(parenthesis ? u'(' : delimiter), value};
}

void ListRules::visitParagraph(html::Node paragraph)
{
    if (!areAdjacent(m_previousParagraph, paragraph))
        endRun();
    m_previousParagraph = paragraph;
    QStringList lines(QString{});
    appendLines(paragraph, lines);
    for (const QString &text : std::as_const(lines)) {
        if (!text.trimmed().isEmpty())
            line(paragraph, text);
    }
}

void ListRules::line(html::Node paragraph, QStringView text)
{
    const Marker marker = markerOf(text);
    if (marker.kind == 0) {
        endRun();
        return;
    }
    if (m_count > 0 && continues(m_marker, marker)) {
        ++m_count;
    } else {
        endRun();
        m_first = paragraph;
        m_count = 1;
    }
    m_last = paragraph;
    m_marker = marker;
}

void ListRules::endRun()
{
    if (m_count >= 2) {
        Finding &finding = add(
            m_first, "list-fake", Finding::Warning, "1.3.1", "list",
            QCoreApplication::translate("lga::check::Checker",
                                        "These lines look like a list, but they are not one."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Screen readers say how many items a real list has and let people move through "
                "them. Typed dashes, bullets or numbers are read out as text. Make it a list."));
        if (m_last != m_first) {
            const Position end = positionOf(m_last);
            if (end.endLine > finding.endLine) {
                finding.endLine = end.endLine;
                finding.endColumn = end.endColumn;
            }
        }
    }
    m_count = 0;
    m_first = {};
    m_last = {};
}

void ListRules::finish()
{
    endRun();
}

} // namespace lga::check
