// SPDX-License-Identifier: GPL-2.0-or-later
#include "threewaymerge.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

namespace lga::sync {

using core::SourceFormat;

namespace {

// A block of the body: its exact text and what it is compared by.
struct Block
{
    QString text;
    QString key;
};

// A region one side changed: base blocks [start, end) became blocks.
struct Hunk
{
    qsizetype start = 0;
    qsizetype end = 0;
    QList<Block> blocks;
    int side = 0; // 0 mine, 1 theirs
};

// How one side lines up with the base: its hunks, and for each base block outside them the index
// of the same block on that side.
struct Alignment
{
    QList<Hunk> hunks;
    std::vector<qsizetype> sideIndex;
};

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(u'\n', start);
        if (newline < 0) {
            lines.append(text.mid(start));
            break;
        }
        lines.append(text.mid(start, newline - start + 1));
        start = newline + 1;
    }
    return lines;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

int indentOf(const QString &line)
{
    int width = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++width;
        else if (c == u'\t')
            width += 4;
        else
            break;
    }
    return width;
}

bool isListItem(const QString &line)
{
    static const QRegularExpression item(
        QStringLiteral("^ {0,3}(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]|\\r?\\n?$)"));
    return item.match(line).hasMatch();
}

struct Fence
{
    QChar character;
    qsizetype length = 0;
};

// The fence a line opens (or could close), with what follows the fence characters.
std::optional<Fence> fenceOf(const QString &line, QString *rest = nullptr)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line.at(i) == u' ')
        ++i;
    if (i > 3 || i >= line.size())
        return std::nullopt;
    const QChar c = line.at(i);
    if (c != u'`' && c != u'~')
        return std::nullopt;
    qsizetype length = 0;
    while (i + length < line.size() && line.at(i + length) == c)
        ++length;
    if (length < 3)
        return std::nullopt;
    const QString after = line.mid(i + length);
    // A backtick fence's info string cannot hold a backtick (that is inline code).
    if (c == u'`' && after.contains(u'`'))
        return std::nullopt;
    if (rest)
        *rest = after;
    return Fence{c, length};
}

bool closesFence(const QString &line, const Fence &open)
{
    QString rest;
    const std::optional<Fence> fence = fenceOf(line, &rest);
    return fence && fence->character == open.character && fence->length >= open.length &&
           rest.trimmed().isEmpty();
}

QStringList splitMarkdown(const QString &body)
{
    enum class Kind
    {
        Other,
        List,
        IndentedCode,
    };
    QStringList blocks;
    QString current;
    QString pendingBlank;
    bool hasContent = false;
    Kind kind = Kind::Other;
    std::optional<Fence> fence;
    for (const QString &line : splitLines(body)) {
        if (fence) {
            current += line;
            if (closesFence(line, *fence))
                fence.reset();
            continue;
        }
        if (isBlank(line)) {
            (hasContent ? pendingBlank : current) += line;
            continue;
        }
        if (hasContent && !pendingBlank.isEmpty()) {
            const bool continues =
                (kind == Kind::List && (isListItem(line) || indentOf(line) >= 2)) ||
                (kind == Kind::IndentedCode && indentOf(line) >= 4);
            if (continues) {
                current += pendingBlank;
            } else {
                blocks.append(current + pendingBlank);
                current.clear();
                hasContent = false;
            }
            pendingBlank.clear();
        }
        if (!hasContent) {
            kind = isListItem(line)      ? Kind::List
                   : indentOf(line) >= 4 ? Kind::IndentedCode
                                         : Kind::Other;
            hasContent = true;
        }
        current += line;
        if (kind != Kind::IndentedCode || indentOf(line) < 4)
            fence = fenceOf(line);
    }
    if (!current.isEmpty() || !pendingBlank.isEmpty())
        blocks.append(current + pendingBlank);
    return blocks;
}

// How deeply elements are open at the end of each line of an HTML body.
class HtmlDepth
{
public:
    int depth() const { return m_depth; }

    void scan(const QString &line)
    {
        static const QSet<QString> voidElements = {
            QStringLiteral("area"), QStringLiteral("base"),   QStringLiteral("br"),
            QStringLiteral("col"),  QStringLiteral("embed"),  QStringLiteral("hr"),
            QStringLiteral("img"),  QStringLiteral("input"),  QStringLiteral("link"),
            QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
            QStringLiteral("wbr"),
        };
        const qsizetype size = line.size();
        qsizetype i = 0;
        while (i < size) {
            if (m_inComment) {
                const qsizetype end = line.indexOf(QLatin1StringView("-->"), i);
                if (end < 0)
                    return;
                m_inComment = false;
                i = end + 3;
                continue;
            }
            const qsizetype open = line.indexOf(u'<', i);
            if (open < 0)
                return;
            if (line.mid(open, 4) == QLatin1StringView("<!--")) {
                m_inComment = true;
                i = open + 4;
                continue;
            }
            const bool closing = open + 1 < size && line.at(open + 1) == u'/';
            const qsizetype nameStart = open + (closing ? 2 : 1);
            qsizetype nameEnd = nameStart;
            while (nameEnd < size &&
                   (line.at(nameEnd).isLetterOrNumber() || line.at(nameEnd) == u'-'))
                ++nameEnd;
            if (nameEnd == nameStart || !line.at(nameStart).isLetter()) {
                i = open + 1; // "a < b", "<!doctype>": not an element.
                continue;
            }
            const QString name = line.mid(nameStart, nameEnd - nameStart).toLower();
            const qsizetype close = line.indexOf(u'>', nameEnd);
            const bool selfClosing = close > 0 && line.at(close - 1) == u'/';
            if (closing)
                m_depth = std::max(0, m_depth - 1);
            else if (!selfClosing && !voidElements.contains(name))
                ++m_depth;
            i = close < 0 ? size : close + 1;
        }
    }

private:
    int m_depth = 0;
    bool m_inComment = false;
};

QStringList splitHtml(const QString &body)
{
    QStringList blocks;
    QString current;
    QString pendingBlank;
    bool hasContent = false;
    HtmlDepth depth;
    for (const QString &line : splitLines(body)) {
        if (isBlank(line)) {
            (hasContent && depth.depth() == 0 ? pendingBlank : current) += line;
            continue;
        }
        if (hasContent && depth.depth() == 0) {
            blocks.append(current + pendingBlank);
            current.clear();
            pendingBlank.clear();
        }
        current += line;
        hasContent = true;
        depth.scan(line);
    }
    if (!current.isEmpty() || !pendingBlank.isEmpty())
        blocks.append(current + pendingBlank);
    return blocks;
}

// Blocks compare without their surrounding blank lines and trailing spaces, and with CRLF read
// as LF, so that a block that moved to the end of the body (losing its blank line) or a change
// of line endings alone is not an edit.
QString blockKey(const QString &text)
{
    QString key = text;
    key.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = key.indexOf(u'\n', start);
        if (newline < 0 || !isBlank(key.mid(start, newline - start)))
            break;
        start = newline + 1;
    }
    qsizetype end = key.size();
    while (end > start && key.at(end - 1).isSpace())
        --end;
    return key.mid(start, end - start);
}

QList<Block> blocksOf(const QString &body, SourceFormat format)
{
    QList<Block> blocks;
    for (const QString &text : ThreeWayMerge::splitBlocks(body, format))
        blocks.append(Block{text, blockKey(text)});
    return blocks;
}

// Lines up one side with the base by a longest common subsequence over block keys. Common
// blocks at both ends are matched first, so the table covers only the changed middle: O(n·m)
// blocks at worst.
Alignment align(const QList<Block> &base, const QList<Block> &side, int sideNumber)
{
    Alignment alignment;
    alignment.sideIndex.assign(base.size(), -1);
    const qsizetype baseSize = base.size();
    const qsizetype sideSize = side.size();
    qsizetype prefix = 0;
    while (prefix < baseSize && prefix < sideSize && base[prefix].key == side[prefix].key) {
        alignment.sideIndex[prefix] = prefix;
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < baseSize - prefix && suffix < sideSize - prefix &&
           base[baseSize - 1 - suffix].key == side[sideSize - 1 - suffix].key) {
        alignment.sideIndex[baseSize - 1 - suffix] = sideSize - 1 - suffix;
        ++suffix;
    }
    const qsizetype n = baseSize - prefix - suffix;
    const qsizetype m = sideSize - prefix - suffix;
    // lcs[i * (m + 1) + j]: length of the longest common subsequence of the middle parts from
    // base block i and side block j onwards.
    std::vector<int> lcs(static_cast<size_t>((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & {
        return lcs[i * (m + 1) + j];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            at(i, j) = base[prefix + i].key == side[prefix + j].key
                           ? at(i + 1, j + 1) + 1
                           : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    std::optional<Hunk> open;
    const auto startHunk = [&](qsizetype baseIndex) {
        if (!open)
            open = Hunk{baseIndex, baseIndex, {}, sideNumber};
    };
    const auto closeHunk = [&] {
        if (open)
            alignment.hunks.append(*open);
        open.reset();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && base[prefix + i].key == side[prefix + j].key) {
            closeHunk();
            alignment.sideIndex[prefix + i] = prefix + j;
            ++i;
            ++j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            startHunk(prefix + i);
            open->end = prefix + i + 1;
            ++i;
        } else {
            startHunk(prefix + i);
            open->blocks.append(side[prefix + j]);
            ++j;
        }
    }
    closeHunk();
    return alignment;
}

// Whether hunks of the two sides touch the same part of the base. Insertions next to a change
// on the other side do not: their order is clear.
bool overlaps(const Hunk &a, const Hunk &b)
{
    const bool aInserts = a.start == a.end;
    const bool bInserts = b.start == b.end;
    if (aInserts && bInserts)
        return a.start == b.start;
    if (aInserts)
        return b.start < a.start && a.start < b.end;
    if (bInserts)
        return a.start < b.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
}

bool endsWithBlankLine(const QString &text)
{
    const QString withoutLast = text.chopped(1);
    const qsizetype newline = withoutLast.lastIndexOf(u'\n');
    return isBlank(withoutLast.mid(newline + 1));
}

// Joins pieces of a body so each stays its own block: a newline, and for Markdown a blank line,
// is added where a piece that used to end the body is now followed by another.
QString joinPieces(const QStringList &pieces, SourceFormat format, const QString &lineEnding)
{
    QString out;
    for (const QString &piece : pieces) {
        if (piece.isEmpty())
            continue;
        if (!out.isEmpty()) {
            if (!out.endsWith(u'\n'))
                out += lineEnding;
            if (format == SourceFormat::Markdown && !endsWithBlankLine(out))
                out += lineEnding;
        }
        out += piece;
    }
    return out;
}

QString concatenated(const QList<Block> &blocks)
{
    QString text;
    for (const Block &block : blocks)
        text += block.text;
    return text;
}

bool sameKeys(const QList<Block> &a, const QList<Block> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Block &x, const Block &y) { return x.key == y.key; });
}

// One side's version of base blocks [start, end), given its hunks there.
QList<Block> versionOf(const QList<Block> &base, const QList<Block> &side,
                       const Alignment &alignment, const QList<Hunk> &hunks, qsizetype start,
                       qsizetype end)
{
    QList<Block> version;
    qsizetype position = start;
    qsizetype next = 0;
    while (position < end || next < hunks.size()) {
        if (next < hunks.size() && hunks[next].start == position) {
            version.append(hunks[next].blocks);
            position = hunks[next].end;
            ++next;
            continue;
        }
        if (position >= end)
            break;
        const qsizetype index = alignment.sideIndex[position];
        version.append(index >= 0 ? side[index] : base[position]);
        ++position;
    }
    return version;
}

// A scalar merged three ways; false on conflict (then \a merged is mine).
template<typename T> bool mergeValue(const T &base, const T &mine, const T &theirs, T &merged)
{
    if (mine == theirs || theirs == base) {
        merged = mine;
        return true;
    }
    if (mine == base) {
        merged = theirs;
        return true;
    }
    merged = mine;
    return false;
}

QString lineEndingOf(const QString &a, const QString &b, const QString &c)
{
    const QLatin1StringView crlf("\r\n");
    return a.contains(crlf) || b.contains(crlf) || c.contains(crlf) ? QStringLiteral("\r\n")
                                                                    : QStringLiteral("\n");
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void mergeBody(const core::Page &base, const core::Page &mine, const core::Page &theirs,
               ThreeWayMerge::Result &result)
{
    const SourceFormat format = mine.format;
    const QList<Block> baseBlocks = blocksOf(base.body, format);
    const QList<Block> mineBlocks = blocksOf(mine.body, format);
    const QList<Block> theirsBlocks = blocksOf(theirs.body, format);
    const Alignment mineAlignment = align(baseBlocks, mineBlocks, 0);
    const Alignment theirsAlignment = align(baseBlocks, theirsBlocks, 1);

    QList<Hunk> hunks = mineAlignment.hunks + theirsAlignment.hunks;
    std::stable_sort(hunks.begin(), hunks.end(), [](const Hunk &a, const Hunk &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });

    // Base blocks outside every hunk are in both sides; a side that changed only the spacing
    // around one is taken.
    const auto addUnchanged = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const Block &mineBlock = mineBlocks[mineAlignment.sideIndex[i]];
            const Block &theirsBlock = theirsBlocks[theirsAlignment.sideIndex[i]];
            result.body.append(
                {mineBlock.text != baseBlocks[i].text ? mineBlock.text : theirsBlock.text, -1});
        }
    };

    qsizetype position = 0;
    qsizetype next = 0;
    while (next < hunks.size()) {
        QList<Hunk> group{hunks[next++]};
        while (next < hunks.size() && std::any_of(group.begin(), group.end(), [&](const Hunk &h) {
                   return overlaps(h, hunks[next]);
               }))
            group.append(hunks[next++]);
        qsizetype start = group.first().start;
        qsizetype end = start;
        QList<Hunk> mineHunks;
        QList<Hunk> theirsHunks;
        for (const Hunk &hunk : group) {
            start = std::min(start, hunk.start);
            end = std::max(end, hunk.end);
            (hunk.side == 0 ? mineHunks : theirsHunks).append(hunk);
        }
        addUnchanged(position, start);
        position = end;
        const QList<Block> mineVersion =
            versionOf(baseBlocks, mineBlocks, mineAlignment, mineHunks, start, end);
        const QList<Block> theirsVersion =
            versionOf(baseBlocks, theirsBlocks, theirsAlignment, theirsHunks, start, end);
        if (theirsHunks.isEmpty() || sameKeys(mineVersion, theirsVersion)) {
            result.body.append({concatenated(mineVersion), -1});
        } else if (mineHunks.isEmpty()) {
            result.body.append({concatenated(theirsVersion), -1});
        } else {
            ThreeWayMerge::Conflict conflict;
            conflict.part = ThreeWayMerge::Part::Body;
            conflict.region = int(result.body.size());
            conflict.base = concatenated(baseBlocks.mid(start, end - start));
            conflict.mine = concatenated(mineVersion);
            conflict.theirs = concatenated(theirsVersion);
            result.body.append({conflict.mine, int(result.conflicts.size())});
            result.conflicts.append(conflict);
        }
    }
    addUnchanged(position, baseBlocks.size());
}

} // namespace

QStringList ThreeWayMerge::splitBlocks(const QString &body, core::SourceFormat format)
{
    return format == SourceFormat::Html ? splitHtml(body) : splitMarkdown(body);
}

ThreeWayMerge::Result ThreeWayMerge::merge(const core::Page &base, const core::Page &mine,
                                           const core::Page &theirs)
{
    Result result;
    result.page = mine;
    result.page.updated = std::max(mine.updated, theirs.updated);
    core::Page &page = result.page;
    const auto addConflict = [&](Part part, const QString &b, const QString &m, const QString &t) {
        Conflict conflict;
        conflict.part = part;
        conflict.base = b;
        conflict.mine = m;
        conflict.theirs = t;
        result.conflicts.append(conflict);
    };

    if (!mergeValue(base.title, mine.title, theirs.title, page.title))
        addConflict(Part::Title, base.title, mine.title, theirs.title);
    if (!mergeValue(base.summary, mine.summary, theirs.summary, page.summary))
        addConflict(Part::Summary, base.summary, mine.summary, theirs.summary);
    if (!mergeValue(base.state, mine.state, theirs.state, page.state))
        addConflict(Part::State, core::toMachineName(base.state), core::toMachineName(mine.state),
                    core::toMachineName(theirs.state));
    if (!mergeValue(base.reviewDate, mine.reviewDate, theirs.reviewDate, page.reviewDate))
        addConflict(Part::ReviewDate, isoDate(base.reviewDate), isoDate(mine.reviewDate),
                    isoDate(theirs.reviewDate));

    QStringList keys = base.fields.keys() + mine.fields.keys() + theirs.fields.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue baseValue = base.fields.value(key);
        const QJsonValue mineValue = mine.fields.value(key);
        const QJsonValue theirsValue = theirs.fields.value(key);
        QJsonValue merged;
        if (!mergeValue(baseValue, mineValue, theirsValue, merged)) {
            Conflict conflict;
            conflict.part = Part::Field;
            conflict.field = key;
            conflict.baseValue = baseValue;
            conflict.mineValue = mineValue;
            conflict.theirsValue = theirsValue;
            result.conflicts.append(conflict);
        }
        if (merged.isUndefined() || merged.isNull())
            page.fields.remove(key);
        else
            page.fields.insert(key, merged);
    }

    result.lineEnding = lineEndingOf(base.body, mine.body, theirs.body);
    if (base.format == mine.format && mine.format == theirs.format) {
        mergeBody(base, mine, theirs, result);
    } else {
        // Blocks of different formats cannot be compared: the body is one value with its format.
        const bool mineChanged = mine.format != base.format || mine.body != base.body;
        const bool theirsChanged = theirs.format != base.format || theirs.body != base.body;
        const bool same = mine.format == theirs.format && mine.body == theirs.body;
        if (same || !theirsChanged) {
            result.body.append({mine.body, -1});
        } else if (!mineChanged) {
            result.body.append({theirs.body, -1});
            page.format = theirs.format;
        } else {
            Conflict conflict;
            conflict.part = Part::Body;
            conflict.region = 0;
            conflict.wholeBody = true;
            conflict.baseFormat = base.format;
            conflict.mineFormat = mine.format;
            conflict.theirsFormat = theirs.format;
            conflict.base = base.body;
            conflict.mine = mine.body;
            conflict.theirs = theirs.body;
            result.body.append({mine.body, int(result.conflicts.size())});
            result.conflicts.append(conflict);
        }
    }
    QStringList pieces;
    for (const BodySegment &segment : std::as_const(result.body))
        pieces.append(segment.text);
    page.body = joinPieces(pieces, page.format, result.lineEnding);
    result.clean = result.conflicts.isEmpty();
    return result;
}

QString ThreeWayMerge::resolvedText(const Result &result, const Conflict &conflict,
                                    const Resolution &resolution)
{
    switch (resolution.choice) {
    case Choice::Mine:
        return conflict.mine;
    case Choice::Theirs:
        return conflict.theirs;
    case Choice::Base:
        return conflict.base;
    case Choice::Custom:
        return resolution.text;
    case Choice::Both:
        if (conflict.part != Part::Body)
            return conflict.mine;
        return joinPieces({conflict.mine, conflict.theirs},
                          conflict.wholeBody ? conflict.mineFormat : result.page.format,
                          result.lineEnding);
    }
    return conflict.mine;
}

core::Page ThreeWayMerge::resolve(const Result &result, const QList<Resolution> &resolutions)
{
    core::Page page = result.page;
    const auto resolutionOf = [&](qsizetype index) {
        return index < resolutions.size() ? resolutions[index] : Resolution{};
    };
    for (qsizetype i = 0; i < result.conflicts.size(); ++i) {
        const Conflict &conflict = result.conflicts[i];
        const Resolution resolution = resolutionOf(i);
        const QString text = resolvedText(result, conflict, resolution);
        switch (conflict.part) {
        case Part::Title:
            page.title = text;
            break;
        case Part::Summary:
            page.summary = text;
            break;
        case Part::State:
            page.state = core::moderationStateFromMachineName(text).value_or(page.state);
            break;
        case Part::ReviewDate:
            page.reviewDate = QDate::fromString(text, Qt::ISODate);
            break;
        case Part::Field: {
            QJsonValue value;
            switch (resolution.choice) {
            case Choice::Theirs:
                value = conflict.theirsValue;
                break;
            case Choice::Base:
                value = conflict.baseValue;
                break;
            case Choice::Custom:
                value = resolution.value;
                break;
            case Choice::Mine:
            case Choice::Both:
                value = conflict.mineValue;
                break;
            }
            if (value.isUndefined() || value.isNull())
                page.fields.remove(conflict.field);
            else
                page.fields.insert(conflict.field, value);
            break;
        }
        case Part::Body:
            if (conflict.wholeBody) {
                page.format = resolution.choice == Choice::Theirs ? conflict.theirsFormat
                              : resolution.choice == Choice::Base ? conflict.baseFormat
                                                                  : conflict.mineFormat;
            }
            break;
        }
    }
    QStringList pieces;
    for (const BodySegment &segment : result.body) {
        pieces.append(segment.conflict < 0
                          ? segment.text
                          : resolvedText(result, result.conflicts[segment.conflict],
                                         resolutionOf(segment.conflict)));
    }
    page.body = joinPieces(pieces, page.format, result.lineEnding);
    return page;
}

} // namespace lga::sync
