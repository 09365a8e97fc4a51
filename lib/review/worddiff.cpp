// SPDX-License-Identifier: GPL-2.0-or-later
#include "worddiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace lga::review {
namespace {

// Myers' diff costs O((N+M)·D) time and, with the trace kept for the backtrack, O(D²) memory.
// Real revisions differ by far fewer units than this; past it the result would be unreadable
// anyway, so a coarser comparison takes over instead of letting a big page hang the UI.
constexpr qsizetype MaxEditDistance = 2000;
// Shared by every comparison made for one diff() call (words, then lines, then words inside the
// changed lines), so many mid-sized changes cannot add up to a long stall either.
constexpr qint64 WorkBudget = 30'000'000;

enum class Op : quint8
{
    Keep,
    Delete,
    Insert
};

bool isWhitespace(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Words, punctuation and whitespace runs as Unicode word boundaries define them, so accented and
// Welsh letters stay inside their word and emoji or CJK are not cut mid-character.
QList<QStringView> wordTokens(QStringView text)
{
    QList<QStringView> tokens;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        if (end <= start)
            continue;
        const QStringView token = text.sliced(start, end - start);
        // The boundary rules split some whitespace runs (e.g. "\n\n"); one run is one token so a
        // changed blank line does not match a stray space elsewhere.
        if (!tokens.isEmpty() && isWhitespace(token) && isWhitespace(tokens.last()))
            tokens.last() = QStringView(tokens.last().data(), tokens.last().size() + token.size());
        else
            tokens.append(token);
        start = end;
    }
    if (start < text.size())
        tokens.append(text.sliced(start));
    return tokens;
}

// Lines keep their "\n" so they still concatenate back to the text.
QList<QStringView> lineTokens(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(u'\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(text.sliced(start, end - start));
        start = end;
    }
    return lines;
}

// The furthest x reachable on diagonal k with d edits, given the furthest points `prev` of d-1
// edits, and the edit that gets there. Used both going forward and in the backtrack, so both
// make the same choice. Points outside the grid are never produced.
template<typename Prev>
std::pair<qsizetype, Op> arrive(const Prev &prev, qsizetype d, qsizetype k, qsizetype n,
                                qsizetype m)
{
    qsizetype right = -1;
    qsizetype down = -1;
    if (k - 1 >= -(d - 1)) {
        const qsizetype x = prev(k - 1);
        if (x >= 0 && x + 1 <= n)
            right = x + 1;
    }
    if (k + 1 <= d - 1) {
        const qsizetype x = prev(k + 1);
        if (x >= 0 && x - k <= m)
            down = x;
    }
    if (right < 0 && down < 0)
        return {-1, Op::Keep};
    return right >= down ? std::pair{right, Op::Delete} : std::pair{down, Op::Insert};
}

// Myers' greedy O(ND) shortest edit script, or nothing if it needs more edits or work than the
// bounds allow.
std::optional<std::vector<Op>> shortestEdit(const std::vector<int> &a, const std::vector<int> &b,
                                            qint64 &budget)
{
    const auto n = qsizetype(a.size());
    const auto m = qsizetype(b.size());
    const qsizetype maxD = std::min(n + m, MaxEditDistance);
    // trace[d][(k + d) / 2] is the furthest x on diagonal k after d edits; only diagonals with
    // the parity of d are reachable, so that halves the memory.
    std::vector<std::vector<qint32>> trace;
    auto row = [&trace](qsizetype d) {
        return [&trace, d](qsizetype k) {
            return qsizetype(trace[d][(k + d) / 2]);
        };
    };
    for (qsizetype d = 0; d <= maxD; ++d) {
        std::vector<qint32> current(d + 1, -1);
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = d == 0 ? 0 : arrive(row(d - 1), d, k, n, m).first;
            if (x < 0)
                continue;
            qsizetype y = x - k;
            const qsizetype snakeStart = x;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            budget -= 1 + x - snakeStart;
            current[(k + d) / 2] = qint32(x);
            if (x == n && y == m) {
                trace.push_back(std::move(current));
                std::vector<Op> ops;
                ops.reserve(n + m);
                for (qsizetype step = d; step > 0; --step) {
                    const qsizetype kk = x - y;
                    const auto [snakeX, op] = arrive(row(step - 1), step, kk, n, m);
                    for (; x > snakeX; --x, --y)
                        ops.push_back(Op::Keep);
                    ops.push_back(op);
                    if (op == Op::Delete)
                        --x;
                    else
                        --y;
                }
                for (; x > 0; --x)
                    ops.push_back(Op::Keep);
                std::reverse(ops.begin(), ops.end());
                return ops;
            }
        }
        trace.push_back(std::move(current));
        if (budget < 0)
            return std::nullopt;
    }
    return std::nullopt;
}

// For when the whole comparison is too big for shortestEdit(): lines that occur exactly once on
// each side and keep their relative order (the longest such run, found by patience sorting) are
// nearly always the unchanged ones, so only the gaps between them need a bounded Myers diff.
std::vector<Op> anchoredEdit(const std::vector<int> &a, const std::vector<int> &b, int idCount,
                             qint64 &budget)
{
    std::vector<int> countA(idCount, 0);
    std::vector<int> countB(idCount, 0);
    std::vector<int> positionB(idCount, 0);
    for (const int id : a)
        ++countA[id];
    for (int j = 0; j < int(b.size()); ++j) {
        ++countB[b[j]];
        positionB[b[j]] = j;
    }
    std::vector<std::pair<int, int>> unique;
    for (int i = 0; i < int(a.size()); ++i) {
        if (countA[a[i]] == 1 && countB[a[i]] == 1)
            unique.emplace_back(i, positionB[a[i]]);
    }
    std::vector<int> pileTops;
    std::vector<int> previous(unique.size(), -1);
    for (int c = 0; c < int(unique.size()); ++c) {
        const auto pile =
            std::lower_bound(pileTops.begin(), pileTops.end(), unique[c].second,
                             [&unique](int top, int j) { return unique[top].second < j; });
        if (pile != pileTops.begin())
            previous[c] = *(pile - 1);
        if (pile == pileTops.end())
            pileTops.push_back(c);
        else
            *pile = c;
    }
    std::vector<std::pair<int, int>> anchors;
    for (int c = pileTops.empty() ? -1 : pileTops.back(); c >= 0; c = previous[c])
        anchors.push_back(unique[c]);
    std::reverse(anchors.begin(), anchors.end());
    anchors.emplace_back(int(a.size()), int(b.size())); // the end, not a real anchor

    std::vector<Op> ops;
    ops.reserve(a.size() + b.size());
    int i = 0;
    int j = 0;
    for (const auto &[anchorA, anchorB] : anchors) {
        std::optional<std::vector<Op>> gap;
        if (anchorA > i && anchorB > j && budget > 0) {
            gap = shortestEdit(std::vector<int>(a.begin() + i, a.begin() + anchorA),
                               std::vector<int>(b.begin() + j, b.begin() + anchorB), budget);
        }
        if (gap) {
            ops.insert(ops.end(), gap->begin(), gap->end());
        } else {
            ops.insert(ops.end(), anchorA - i, Op::Delete);
            ops.insert(ops.end(), anchorB - j, Op::Insert);
        }
        if (anchorA < int(a.size()))
            ops.push_back(Op::Keep);
        i = anchorA + 1;
        j = anchorB + 1;
    }
    return ops;
}

class Differ
{
public:
    void diffWords(QStringView a, QStringView b, bool mayFallBackToLines)
    {
        diffUnits(a, b, wordTokens(a), wordTokens(b),
                  mayFallBackToLines ? Fallback::Lines : Fallback::Replace);
    }

    QList<DiffSegment> takeSegments() { return std::move(m_segments); }

private:
    enum class Fallback
    {
        Lines,
        Replace,
        WordsInHunks
    };

    void append(DiffSegment::Kind kind, QStringView text)
    {
        if (text.isEmpty())
            return;
        if (!m_segments.isEmpty() && m_segments.last().kind == kind)
            m_segments.last().text += text;
        else
            m_segments.append({kind, text.toString()});
    }

    void replace(QStringView a, QStringView b)
    {
        append(DiffSegment::Deleted, a);
        append(DiffSegment::Inserted, b);
    }

    // A block of changed lines: compare its words if there is budget left, else show it whole.
    void diffHunk(QStringView a, QStringView b)
    {
        if (a.isEmpty() || b.isEmpty() || m_budget <= 0)
            replace(a, b);
        else
            diffWords(a, b, false);
    }

    // `ta`/`tb` tile `a`/`b` exactly. With Fallback::WordsInHunks the units are lines and each
    // changed block is then compared word by word.
    void diffUnits(QStringView a, QStringView b, const QList<QStringView> &ta,
                   const QList<QStringView> &tb, Fallback fallback)
    {
        // Trimming the common ends first keeps the usual small edit to a big page cheap.
        qsizetype prefix = 0;
        qsizetype prefixChars = 0;
        while (prefix < ta.size() && prefix < tb.size() && ta[prefix] == tb[prefix])
            prefixChars += ta[prefix++].size();
        qsizetype suffix = 0;
        qsizetype suffixChars = 0;
        while (suffix < ta.size() - prefix && suffix < tb.size() - prefix &&
               ta[ta.size() - 1 - suffix] == tb[tb.size() - 1 - suffix]) {
            suffixChars += ta[ta.size() - 1 - suffix].size();
            ++suffix;
        }

        append(DiffSegment::Equal, a.first(prefixChars));
        const QStringView midA = a.sliced(prefixChars, a.size() - prefixChars - suffixChars);
        const QStringView midB = b.sliced(prefixChars, b.size() - prefixChars - suffixChars);
        if (midA.isEmpty() || midB.isEmpty()) {
            replace(midA, midB);
        } else {
            QHash<QStringView, int> ids;
            // Equal tokens get equal ids so the diff compares ints, not strings.
            auto idOf = [&ids](QStringView token) {
                auto it = ids.constFind(token);
                if (it == ids.constEnd())
                    it = ids.insert(token, int(ids.size()));
                return *it;
            };
            std::vector<int> idsA;
            std::vector<int> idsB;
            idsA.reserve(ta.size() - prefix - suffix);
            idsB.reserve(tb.size() - prefix - suffix);
            for (qsizetype i = prefix; i < ta.size() - suffix; ++i)
                idsA.push_back(idOf(ta[i]));
            for (qsizetype i = prefix; i < tb.size() - suffix; ++i)
                idsB.push_back(idOf(tb[i]));
            // The first, word-level try may use only half the budget, so the line-level one
            // that follows a failure still has room to run.
            qint64 budget = fallback == Fallback::Lines ? m_budget / 2 : m_budget;
            const qint64 granted = budget;
            auto ops = shortestEdit(idsA, idsB, budget);
            if (!ops && fallback == Fallback::WordsInHunks)
                ops = anchoredEdit(idsA, idsB, int(ids.size()), budget);
            m_budget -= granted - budget;
            if (ops)
                applyOps(*ops, ta.sliced(prefix, idsA.size()), tb.sliced(prefix, idsB.size()),
                         fallback == Fallback::WordsInHunks);
            else if (fallback == Fallback::Lines)
                diffUnits(midA, midB, lineTokens(midA), lineTokens(midB), Fallback::WordsInHunks);
            else
                replace(midA, midB);
        }
        append(DiffSegment::Equal, a.last(suffixChars));
    }

    void applyOps(const std::vector<Op> &ops, const QList<QStringView> &ta,
                  const QList<QStringView> &tb, bool refineHunks)
    {
        qsizetype i = 0;
        qsizetype j = 0;
        // Start of the pending change block in each list; consecutive units of a block are
        // adjacent in their text, so the block is one view.
        qsizetype hunkI = 0;
        qsizetype hunkJ = 0;
        auto span = [](const QList<QStringView> &t, qsizetype from, qsizetype to) {
            if (from == to)
                return QStringView();
            return QStringView(t[from].data(), t[to - 1].data() + t[to - 1].size());
        };
        auto flush = [&] {
            if (refineHunks)
                diffHunk(span(ta, hunkI, i), span(tb, hunkJ, j));
            hunkI = i;
            hunkJ = j;
        };
        for (const Op op : ops) {
            switch (op) {
            case Op::Keep:
                flush();
                append(DiffSegment::Equal, ta[i]);
                hunkI = ++i;
                hunkJ = ++j;
                break;
            case Op::Delete:
                if (!refineHunks)
                    append(DiffSegment::Deleted, ta[i]);
                ++i;
                break;
            case Op::Insert:
                if (!refineHunks)
                    append(DiffSegment::Inserted, tb[j]);
                ++j;
                break;
            }
        }
        flush();
    }

    QList<DiffSegment> m_segments;
    qint64 m_budget = WorkBudget;
};

struct Hunk
{
    QString deleted;
    QString inserted;
    qsizetype weight() const { return std::max(deleted.size(), inserted.size()); }
};

// Whether an unchanged run between two changes reads better folded into them: "the [-red-][+blue+]
// [-big-][+small+] dog" becomes "the [-red big-][+blue small+] dog". Whitespace always folds, and
// so does any run no longer than the changes on both sides (as in diff-match-patch's semantic
// cleanup), but never across a line break or a table cell border, so paragraphs, rows and cells
// stay apart.
bool absorbs(const QString &equal, const Hunk &left, const Hunk &right)
{
    if (equal.contains(u'\n') || equal.contains(u'|'))
        return false;
    if (isWhitespace(equal))
        return true;
    return equal.size() <= std::min(left.weight(), right.weight());
}

// Regroups each change as one deletion then one insertion, then folds small unchanged runs.
QList<DiffSegment> tidy(const QList<DiffSegment> &raw)
{
    using Piece = std::variant<QString, Hunk>; // QString = unchanged text
    std::vector<Piece> pieces;
    for (const DiffSegment &segment : raw) {
        if (segment.kind == DiffSegment::Equal) {
            pieces.emplace_back(segment.text);
            continue;
        }
        if (pieces.empty() || !std::holds_alternative<Hunk>(pieces.back()))
            pieces.emplace_back(Hunk());
        Hunk &hunk = std::get<Hunk>(pieces.back());
        (segment.kind == DiffSegment::Deleted ? hunk.deleted : hunk.inserted) += segment.text;
    }

    std::vector<Piece> folded;
    for (Piece &piece : pieces) {
        if (auto *right = std::get_if<Hunk>(&piece); right && folded.size() >= 2) {
            auto *equal = std::get_if<QString>(&folded.back());
            auto *left = std::get_if<Hunk>(&folded[folded.size() - 2]);
            if (equal && left && absorbs(*equal, *left, *right)) {
                left->deleted += *equal + right->deleted;
                left->inserted += *equal + right->inserted;
                folded.pop_back();
                continue;
            }
        }
        folded.push_back(std::move(piece));
    }

    QList<DiffSegment> out;
    for (const Piece &piece : folded) {
        if (const auto *equal = std::get_if<QString>(&piece)) {
            out.append({DiffSegment::Equal, *equal});
        } else {
            const Hunk &hunk = std::get<Hunk>(piece);
            if (!hunk.deleted.isEmpty())
                out.append({DiffSegment::Deleted, hunk.deleted});
            if (!hunk.inserted.isEmpty())
                out.append({DiffSegment::Inserted, hunk.inserted});
        }
    }
    return out;
}

// How good a place the boundary between `left` and `right` is for a change to start or end.
// Never inside a surrogate pair or before a combining mark or joiner, which would split what a
// reader sees as one character.
int boundaryScore(QStringView left, QStringView right)
{
    if (left.isEmpty() || right.isEmpty())
        return 6;
    const QChar last = left.back();
    const QChar next = right.front();
    if (last.isHighSurrogate() || next.isLowSurrogate() || next.isMark() || next == QChar(0x200D) ||
        last == QChar(0x200D))
        return -100;
    if (left.endsWith(u"\n\n") || right.startsWith(u"\n\n") || left.endsWith(u"\n\r\n") ||
        right.startsWith(u"\r\n\r\n"))
        return 5;
    if (last == u'\n' || next == u'\n' || next == u'\r')
        return 4;
    if (!last.isLetterOrNumber() && !last.isSpace() && next.isSpace())
        return 3;
    if (last.isSpace() || next.isSpace())
        return 2;
    if (!last.isLetterOrNumber() || !next.isLetterOrNumber())
        return 1;
    return 0;
}

// A pure insertion or deletion can often sit in several places with the same meaning
// ("a.[+\n\nb.+]" or "a[+.\n\nb+]."); move it to where it starts and ends on the clearest
// boundaries, so a moved paragraph is shown as whole paragraphs.
void slideToBoundaries(QList<DiffSegment> &segments)
{
    // Far enough for any sentence-end or paragraph ambiguity; keeps repetitive text linear.
    constexpr qsizetype MaxSlide = 256;
    for (qsizetype i = 1; i + 1 < segments.size(); ++i) {
        DiffSegment &before = segments[i - 1];
        DiffSegment &change = segments[i];
        DiffSegment &after = segments[i + 1];
        if (before.kind != DiffSegment::Equal || after.kind != DiffSegment::Equal ||
            change.kind == DiffSegment::Equal)
            continue;
        // Slide as far left as allowed, then try each position to the right of that.
        qsizetype common = 0;
        while (common < MaxSlide && common < before.text.size() && common < change.text.size() &&
               before.text[before.text.size() - 1 - common] ==
                   change.text[change.text.size() - 1 - common])
            ++common;
        const QString left = before.text.first(before.text.size() - common);
        const QString edit =
            before.text.last(common) + QStringView(change.text).first(change.text.size() - common);
        const QString right = change.text.last(common) + after.text;
        // Only the few characters either side of each boundary matter for its score.
        auto score = [&](qsizetype shift) {
            const QString leftTail = QString(left.right(4) + edit.first(shift)).right(4);
            const QStringView rest = QStringView(edit).sliced(shift);
            const QString editHead = QString(rest.left(4) + right.first(shift)).left(4);
            const QString editTail = QString(rest.right(4) + right.first(shift)).right(4);
            return boundaryScore(leftTail, editHead) +
                   boundaryScore(editTail, QStringView(right).sliced(shift).left(4));
        };
        qsizetype bestShift = common;
        int bestScore = score(common);
        for (qsizetype shift = 0;
             shift < edit.size() && shift <= right.size() && shift <= common + MaxSlide; ++shift) {
            if (shift > 0 && edit[shift - 1] != right[shift - 1])
                break;
            if (const int candidate = score(shift); candidate > bestScore) {
                bestScore = candidate;
                bestShift = shift;
            }
        }
        if (bestShift == common)
            continue;
        before.text = left + edit.first(bestShift);
        change.text = edit.sliced(bestShift) + right.first(bestShift);
        after.text = right.sliced(bestShift);
    }
    segments.removeIf([](const DiffSegment &segment) { return segment.text.isEmpty(); });
}

} // namespace

QList<DiffSegment> WordDiff::diff(QStringView before, QStringView after)
{
    Differ differ;
    differ.diffWords(before, after, true);
    QList<DiffSegment> segments = tidy(differ.takeSegments());
    slideToBoundaries(segments);
    // Sliding can empty an unchanged run and leave two changes side by side; regroup them.
    return tidy(segments);
}

QString WordDiff::toHtml(const QList<DiffSegment> &segments)
{
    const QString deletedLabel = QCoreApplication::translate("lga::review::WordDiff", "deleted: ");
    const QString insertedLabel =
        QCoreApplication::translate("lga::review::WordDiff", "inserted: ");
    // An explicit QString result: a QStringBuilder would outlive the escaped temporaries.
    auto changed = [](QStringView tag, const QString &label, const QString &text) -> QString {
        return u'<' + tag + u"><span class=\"lga-diff-label\">" + label.toHtmlEscaped() +
               u"</span>" + text.toHtmlEscaped() + u"</" + tag + u'>';
    };
    QString html;
    for (const DiffSegment &segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Equal:
            html += segment.text.toHtmlEscaped();
            break;
        case DiffSegment::Deleted:
            html += changed(u"del", deletedLabel, segment.text);
            break;
        case DiffSegment::Inserted:
            html += changed(u"ins", insertedLabel, segment.text);
            break;
        }
    }
    return html;
}

} // namespace lga::review
