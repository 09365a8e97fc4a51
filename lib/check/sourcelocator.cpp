// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/sourcelocator.h>

#include <QRegularExpression>

namespace lga::check {

namespace {

// Anything an author may type between two words that the reader never sees as text:
// whitespace, Markdown emphasis and code markers, link brackets and HTML tags.
constexpr auto Between = R"((?:\s|[*_~`\[\]]|<[^>]*>|&nbsp;)+)";

QString anchorPattern(const QString &anchor)
{
    const QStringList words = anchor.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList escaped;
    escaped.reserve(words.size());
    for (const QString &word : words)
        escaped.append(QRegularExpression::escape(word));
    return escaped.join(QLatin1StringView(Between));
}

} // namespace

SourceLocator::SourceLocator(QStringView source)
    : m_source(source)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source[i] == u'\n')
            m_lineStarts.append(i + 1);
    }
}

QStringView SourceLocator::lineText(int line) const
{
    if (line < 1 || line > m_lineStarts.size())
        return {};
    const qsizetype start = m_lineStarts[line - 1];
    qsizetype end = line < m_lineStarts.size() ? m_lineStarts[line] - 1 : m_source.size();
    if (end > start && m_source[end - 1] == u'\r')
        --end;
    return m_source.sliced(start, end - start);
}

int SourceLocator::characterColumn(int line, int byteColumn) const
{
    // The character whose UTF-8 bytes include byteColumn, so that an inclusive end column
    // on the last byte of "é" still ends on "é".
    const QStringView text = lineText(line);
    int nextByte = 1;
    int character = 1;
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size();
        const int size = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (byteColumn < nextByte + size)
            return character;
        nextByte += size;
        i += pair ? 2 : 1;
        character += pair ? 2 : 1;
    }
    return character;
}

qsizetype SourceLocator::offset(int line, int column) const
{
    if (line < 1)
        return -1;
    if (line > m_lineStarts.size())
        return m_source.size();
    const qsizetype start = m_lineStarts[line - 1];
    return std::min<qsizetype>(start + std::max(0, column - 1), start + lineText(line).size());
}

std::pair<int, int> SourceLocator::lineColumn(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const int line = int(it - m_lineStarts.cbegin());
    return {line, int(offset - m_lineStarts[line - 1]) + 1};
}

bool SourceLocator::narrow(Finding &finding, int occurrence) const
{
    if (finding.line < 1 || finding.line > lineCount())
        return false;
    const int endLine = std::clamp(finding.endLine, finding.line, lineCount());
    finding.column = characterColumn(finding.line, std::max(1, finding.column));
    finding.endLine = endLine;
    finding.endColumn = finding.endColumn > 0 ? characterColumn(endLine, finding.endColumn)
                                              : int(lineText(endLine).size());
    if (finding.anchor.trimmed().isEmpty())
        return false;

    const qsizetype from = m_lineStarts[finding.line - 1];
    const qsizetype to = offset(endLine, int(lineText(endLine).size()) + 1);
    const QString block = m_source.sliced(from, to - from).toString();
    const QString pattern = anchorPattern(finding.anchor);
    // Words the reader sees are preferred over the same words inside a tag (a link whose text
    // is its address), then any match (an image's address is only ever inside its tag); and
    // exact case before any case, so "HERE" in a heading does not catch "here" before it.
    const auto insideTag = [&block](qsizetype at) {
        const qsizetype open = block.lastIndexOf(u'<', at);
        return open >= 0 && block.lastIndexOf(u'>', at) < open;
    };
    for (const bool visibleOnly : {true, false}) {
        for (const auto options :
             {QRegularExpression::NoPatternOption, QRegularExpression::CaseInsensitiveOption}) {
            const QRegularExpression expression(pattern, options);
            int seen = 0;
            for (QRegularExpressionMatchIterator it = expression.globalMatch(block);
                 it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                if (visibleOnly && insideTag(match.capturedStart()))
                    continue;
                if (seen++ < occurrence)
                    continue;
                const auto [line, column] = lineColumn(from + match.capturedStart());
                const auto [lastLine, lastColumn] = lineColumn(from + match.capturedEnd() - 1);
                finding.line = line;
                finding.column = column;
                finding.endLine = lastLine;
                finding.endColumn = lastColumn;
                return true;
            }
        }
    }
    return false;
}

} // namespace lga::check
