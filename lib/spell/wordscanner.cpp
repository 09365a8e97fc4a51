// SPDX-License-Identifier: GPL-2.0-or-later
#include "wordscanner.h"

#include <algorithm>

namespace lga::spell {

namespace {

struct Range
{
    int start;
    int end;
};

bool isWordLetter(QChar c)
{
    return c.isLetter() || c.isMark();
}

bool startsWithAt(QStringView text, int at, QLatin1StringView what)
{
    return text.sliced(at).startsWith(what, Qt::CaseInsensitive);
}

// Offset of the next `what` at or after `from`, or the end of the text.
int endAfter(QStringView text, int from, QLatin1StringView what)
{
    const qsizetype found = text.indexOf(what, from, Qt::CaseInsensitive);
    return found < 0 ? int(text.size()) : int(found + what.size());
}

// Elements whose content is code or machine text rather than prose.
bool isCodeElement(QStringView name)
{
    static const QLatin1StringView names[] = {
        QLatin1StringView("code"),  QLatin1StringView("pre"),  QLatin1StringView("script"),
        QLatin1StringView("style"), QLatin1StringView("kbd"),  QLatin1StringView("samp"),
        QLatin1StringView("var"),   QLatin1StringView("math"), QLatin1StringView("svg"),
    };
    return std::any_of(std::begin(names), std::end(names), [&](QLatin1StringView candidate) {
        return name.compare(candidate, Qt::CaseInsensitive) == 0;
    });
}

// Markdown blocks that are not prose, found line by line: front matter, fenced code,
// indented code and link reference definitions.
QList<Range> markdownCodeBlocks(QStringView text)
{
    QList<Range> ranges;
    const int size = int(text.size());
    int pos = 0;
    // Front matter: a "---" first line up to the next "---" or "..." line.
    if (text.startsWith(QLatin1StringView("---\n")) ||
        text.startsWith(QLatin1StringView("---\r\n"))) {
        int line = int(text.indexOf(u'\n')) + 1;
        while (line > 0 && line < size) {
            const int eol = int(text.indexOf(u'\n', line));
            const int end = eol < 0 ? size : eol;
            const QStringView content = text.sliced(line, end - line).trimmed();
            if (content == QLatin1StringView("---") || content == QLatin1StringView("...")) {
                ranges.append({0, end});
                pos = std::min(size, end + 1);
                break;
            }
            line = eol < 0 ? -1 : eol + 1;
        }
    }

    QChar fenceChar;
    int fenceLength = 0;
    bool previousBlank = true;
    bool previousCode = false;
    bool inList = false;
    while (pos < size) {
        const int eol = int(text.indexOf(u'\n', pos));
        const int end = eol < 0 ? size : eol;
        const QStringView line = text.sliced(pos, end - pos);
        const int next = end + 1;

        int indent = 0;
        int first = 0;
        while (first < line.size() && (line[first] == u' ' || line[first] == u'\t')) {
            indent = line[first] == u'\t' ? (indent / 4 + 1) * 4 : indent + 1;
            ++first;
        }
        // Fences may sit inside block quotes and list items.
        int marker = first;
        while (marker < line.size() && (line[marker] == u'>' || line[marker] == u' '))
            ++marker;
        const QStringView rest = line.sliced(marker);

        if (fenceLength > 0) {
            int run = 0;
            while (run < rest.size() && rest[run] == fenceChar)
                ++run;
            if (run >= fenceLength && rest.sliced(run).trimmed().isEmpty())
                fenceLength = 0;
            ranges.append({pos, end});
            pos = next;
            continue;
        }
        if (rest.startsWith(QLatin1StringView("```")) ||
            rest.startsWith(QLatin1StringView("~~~"))) {
            fenceChar = rest[0];
            fenceLength = 0;
            while (fenceLength < rest.size() && rest[fenceLength] == fenceChar)
                ++fenceLength;
            ranges.append({pos, end});
            pos = next;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            previousBlank = true;
            pos = next;
            continue;
        }
        if (indent >= 4 && (previousBlank || previousCode) && !inList) {
            ranges.append({pos, end});
            previousCode = true;
            previousBlank = false;
            pos = next;
            continue;
        }
        const QStringView content = line.sliced(first);
        const bool bullet = content.size() >= 2 &&
                            (content[0] == u'-' || content[0] == u'*' || content[0] == u'+') &&
                            content[1] == u' ';
        int digits = 0;
        while (digits < content.size() && content[digits].isDigit())
            ++digits;
        const bool numbered = digits > 0 && digits + 1 < content.size() &&
                              (content[digits] == u'.' || content[digits] == u')') &&
                              content[digits + 1] == u' ';
        if (bullet || numbered)
            inList = true;
        else if (indent == 0 && previousBlank)
            inList = false;
        // [label]: destination "title" — none of it is prose the reader sees as written.
        if (indent < 4 && content.startsWith(u'[') &&
            !content.startsWith(QLatin1StringView("[^"))) {
            const qsizetype close = content.indexOf(QLatin1StringView("]:"));
            if (close > 1)
                ranges.append({pos, end});
        }
        previousBlank = false;
        previousCode = false;
        pos = next;
    }
    return ranges;
}

class Scan
{
public:
    Scan(QStringView text, core::SourceFormat format)
        : m_text(text)
        , m_size(int(text.size()))
        , m_markdown(format == core::SourceFormat::Markdown)
    {}

    QList<ScannedWord> run()
    {
        const QList<Range> skipped = m_markdown ? markdownCodeBlocks(m_text) : QList<Range>();
        auto nextSkip = skipped.cbegin();
        int i = 0;
        while (i < m_size) {
            while (nextSkip != skipped.cend() && nextSkip->end <= i)
                ++nextSkip;
            if (nextSkip != skipped.cend() && nextSkip->start <= i) {
                i = nextSkip->end;
                continue;
            }
            // Inline constructs stop at the next skipped block, so none runs into code.
            const int limit = nextSkip != skipped.cend() ? nextSkip->start : m_size;
            i = step(i, limit);
        }
        return m_words;
    }

private:
    // Handles what starts at `i` and returns where to go on.
    int step(int i, int limit)
    {
        const QChar c = m_text[i];
        if (c == u'<')
            return skipTag(i, limit);
        if (c == u'&')
            return skipEntity(i);
        if (m_markdown) {
            if (c == u'`')
                return skipCodeSpan(i, limit);
            if (c == u'\\')
                return std::min(limit, i + 2);
            if (c == u']' && i + 1 < limit && (m_text[i + 1] == u'(' || m_text[i + 1] == u'['))
                return skipDestination(i + 1, limit);
        }
        if (c.isLetterOrNumber())
            return word(i, limit);
        return i + 1;
    }

    int skipTag(int i, int limit)
    {
        if (startsWithAt(m_text, i, QLatin1StringView("<!--")))
            return std::min(limit, endAfter(m_text, i + 4, QLatin1StringView("-->")));
        if (i + 1 >= limit)
            return i + 1;
        const QChar next = m_text[i + 1];
        if (!next.isLetter() && next != u'/' && next != u'!' && next != u'?')
            return i + 1;
        int nameEnd = i + 1;
        while (nameEnd < limit && (m_text[nameEnd].isLetterOrNumber() || m_text[nameEnd] == u'-'))
            ++nameEnd;
        // The end of the tag, stepping over quoted attribute values that may hold '>'.
        QChar quote;
        int end = nameEnd;
        for (; end < limit; ++end) {
            const QChar ch = m_text[end];
            if (!quote.isNull()) {
                if (ch == quote)
                    quote = QChar();
            } else if (ch == u'"' || ch == u'\'') {
                quote = ch;
            } else if (ch == u'>') {
                break;
            } else if (ch == u'<') {
                return i + 1; // Not a tag after all: "a < b".
            }
        }
        if (end >= limit)
            return i + 1;
        ++end;
        const QStringView name = m_text.sliced(i + 1, nameEnd - i - 1);
        if (next.isLetter() && isCodeElement(name) && m_text[end - 2] != u'/') {
            QString closing = QStringLiteral("</");
            closing.append(name);
            const qsizetype close =
                m_text.sliced(0, limit).indexOf(closing, end, Qt::CaseInsensitive);
            if (close < 0)
                return limit;
            return std::min(limit, endAfter(m_text, int(close), QLatin1StringView(">")));
        }
        return end;
    }

    int skipEntity(int i)
    {
        int j = i + 1;
        if (j < m_size && m_text[j] == u'#') {
            ++j;
            if (j < m_size && (m_text[j] == u'x' || m_text[j] == u'X'))
                ++j;
        }
        const int digitsStart = j;
        while (j < m_size && j - digitsStart < 32 && m_text[j].isLetterOrNumber() &&
               m_text[j].unicode() < 128)
            ++j;
        if (j > digitsStart && j < m_size && m_text[j] == u';')
            return j + 1;
        return i + 1;
    }

    int skipCodeSpan(int i, int limit)
    {
        int run = 0;
        while (i + run < limit && m_text[i + run] == u'`')
            ++run;
        // The closing run has exactly as many backticks; a blank line ends the paragraph.
        int j = i + run;
        while (j < limit) {
            const QChar ch = m_text[j];
            if (ch == u'`') {
                int closing = 0;
                while (j + closing < limit && m_text[j + closing] == u'`')
                    ++closing;
                if (closing == run)
                    return j + closing;
                j += closing;
                continue;
            }
            if (ch == u'\n' && isBlankLineAfter(j))
                break;
            ++j;
        }
        return i + run;
    }

    bool isBlankLineAfter(int newline) const
    {
        for (int k = newline + 1; k < m_size; ++k) {
            if (m_text[k] == u'\n')
                return true;
            if (!m_text[k].isSpace())
                return false;
        }
        return true;
    }

    // From the '(' of "](destination)" or the '[' of "][label]", past its close.
    int skipDestination(int open, int limit)
    {
        const QChar closer = m_text[open] == u'(' ? u')' : u']';
        int depth = 0;
        for (int j = open; j < limit; ++j) {
            const QChar ch = m_text[j];
            if (ch == u'\\') {
                ++j;
            } else if (ch == m_text[open]) {
                ++depth;
            } else if (ch == closer && --depth == 0) {
                return j + 1;
            } else if (ch == u'\n' && isBlankLineAfter(j)) {
                break;
            }
        }
        return open + 1;
    }

    // Where a bare URL or address starting at `i` would end.
    bool endsRun(int i) const
    {
        const QChar c = m_text[i];
        return c.isSpace() || c == u'<' || c == u'>' || c == u'[' || c == u']' || c == u'"';
    }

    // The run of text up to the next space or bracket: a URL or an address when it looks like
    // one.
    bool isAddress(int i, int limit) const
    {
        int end = i;
        bool at = false;
        bool scheme = false;
        while (end < limit && !endsRun(end)) {
            if (m_text[end] == u'@')
                at = true;
            else if (m_text[end] == u':' && end + 2 < limit && m_text[end + 1] == u'/' &&
                     m_text[end + 2] == u'/')
                scheme = true;
            ++end;
        }
        if (scheme || at)
            return true;
        return startsWithAt(m_text, i, QLatin1StringView("www.")) ||
               startsWithAt(m_text, i, QLatin1StringView("mailto:")) ||
               startsWithAt(m_text, i, QLatin1StringView("tel:"));
    }

    int skipRun(int i, int limit) const
    {
        while (i < limit && !endsRun(i))
            ++i;
        return i;
    }

    int word(int i, int limit)
    {
        if (isAddress(i, limit))
            return skipRun(i, limit);
        bool digit = false;
        bool joined = false; // By '_' or '.': an identifier, file name or domain.
        int j = i;
        while (j < limit) {
            const QChar ch = m_text[j];
            const bool letterNext = j + 1 < limit && isWordLetter(m_text[j + 1]);
            const bool alnumNext = j + 1 < limit && m_text[j + 1].isLetterOrNumber();
            if (isWordLetter(ch)) {
                ++j;
            } else if (ch.isDigit()) {
                digit = true;
                ++j;
            } else if (WordScanner::isApostrophe(ch) && letterNext) {
                ++j;
            } else if (WordScanner::isHyphen(ch) && alnumNext) {
                ++j;
            } else if ((ch == u'_' || ch == u'.') && alnumNext) {
                joined = true;
                ++j;
            } else {
                break;
            }
        }
        if (!digit && !joined && WordScanner::isCheckable(m_text.sliced(i, j - i)))
            m_words.append({i, j - i});
        return j;
    }

    QStringView m_text;
    int m_size;
    bool m_markdown;
    QList<ScannedWord> m_words;
};

} // namespace

QList<ScannedWord> WordScanner::scan(QStringView text, core::SourceFormat format)
{
    return Scan(text, format).run();
}

bool WordScanner::isCheckable(QStringView word)
{
    int letters = 0;
    bool lower = false;
    bool beforeApostrophe = true;
    for (const QChar c : word) {
        if (c.isDigit())
            return false;
        if (isApostrophe(c))
            beforeApostrophe = false;
        if (c.isLetter()) {
            ++letters;
            if (beforeApostrophe && !c.isUpper())
                lower = true;
        }
    }
    return letters >= 2 && lower;
}

bool WordScanner::isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

bool WordScanner::isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

} // namespace lga::spell
