// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/plainenglish.h>

#include <check/domtext.h>
#include <html/node.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lga::check {

namespace {

// Every message is translated in the context "lga::check::PlainEnglish" with literal strings.

bool isProseBlock(QStringView tag)
{
    static const QSet<QString> tags = {
        QStringLiteral("p"),       QStringLiteral("li"),         QStringLiteral("td"),
        QStringLiteral("th"),      QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"),      QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),      QStringLiteral("dt"),         QStringLiteral("dd"),
        QStringLiteral("caption"), QStringLiteral("figcaption"),
    };
    return tags.contains(tag.toString());
}

// Elements that are not prose but hold blocks; their own loose text is not checked.
bool isContainer(QStringView tag)
{
    static const QSet<QString> tags = {
        QStringLiteral("ul"),       QStringLiteral("ol"),     QStringLiteral("dl"),
        QStringLiteral("table"),    QStringLiteral("thead"),  QStringLiteral("tbody"),
        QStringLiteral("tfoot"),    QStringLiteral("tr"),     QStringLiteral("blockquote"),
        QStringLiteral("div"),      QStringLiteral("figure"), QStringLiteral("section"),
        QStringLiteral("article"),  QStringLiteral("aside"),  QStringLiteral("details"),
        QStringLiteral("summary"),  QStringLiteral("nav"),    QStringLiteral("header"),
        QStringLiteral("footer"),   QStringLiteral("main"),   QStringLiteral("hr"),
        QStringLiteral("address"),  QStringLiteral("form"),   QStringLiteral("fieldset"),
        QStringLiteral("colgroup"), QStringLiteral("col"),
    };
    return tags.contains(tag.toString());
}

// Code is not prose, and scripts are not text at all.
bool isSkipped(QStringView tag)
{
    return tag == u"pre" || tag == u"script" || tag == u"style" || tag == u"template" ||
           tag == u"svg" || tag == u"math" || tag == u"iframe";
}

void collect(html::Node node, QList<PlainEnglish::Block> &out);

void appendOwnText(html::Node node, PlainEnglish::Block &block, QList<PlainEnglish::Block> &out)
{
    for (const html::Node &child : node.children()) {
        if (child.isText()) {
            QString text = child.text();
            for (QChar &c : text) {
                if (c.isSpace())
                    c = u' ';
            }
            block.text += text;
            continue;
        }
        if (!child.isElement())
            continue;
        const QString tag = child.tagName();
        if (tag == u"br") {
            block.text += u'\n';
        } else if (tag == u"img") {
            block.text += u' ';
            block.breaks.append(block.text.size());
        } else if (isSkipped(tag) || isProseBlock(tag) || isContainer(tag)) {
            block.text += u'\n';
            collect(child, out);
        } else {
            appendOwnText(child, block, out);
            if (tag == u"a")
                block.breaks.append(block.text.size());
        }
    }
}

void collect(html::Node node, QList<PlainEnglish::Block> &out)
{
    if (!node.isElement())
        return;
    const QString tag = node.tagName();
    if (isSkipped(tag))
        return;
    if (!isProseBlock(tag)) {
        for (const html::Node &child : node.children())
            collect(child, out);
        return;
    }
    // The block goes before the blocks nested in it, in document order.
    const qsizetype index = out.size();
    out.append({node, tag, {}, {}});
    PlainEnglish::Block block{node, tag, {}, {}};
    appendOwnText(node, block, out);
    out[index] = std::move(block);
}

bool isTerminal(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201d' || c == u'\u2019' ||
           c == u'\u00bb';
}

bool hasWordCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Whether the full stop at `dot` (followed by white space, the next word starting at `next`)
// ends a sentence.
bool fullStopEnds(QStringView text, qsizetype dot, qsizetype next)
{
    if (next >= text.size() || text[next] == u'\n')
        return true;
    qsizetype start = dot;
    while (start > 0 && !text[start - 1].isSpace())
        --start;
    QString token = text.sliced(start, dot - start).toString().toLower();
    while (!token.isEmpty() && !token.front().isLetterOrNumber())
        token.remove(0, 1);
    // Titles and Latin abbreviations come before more of the same sentence.
    static const QSet<QString> neverLast = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),
        QStringLiteral("dr"),   QStringLiteral("prof"), QStringLiteral("cllr"),
        QStringLiteral("rev"),  QStringLiteral("e.g"),  QStringLiteral("i.e"),
        QStringLiteral("eg"),   QStringLiteral("ie"),   QStringLiteral("viz"),
        QStringLiteral("cf"),   QStringLiteral("vs"),   QStringLiteral("approx"),
        QStringLiteral("incl"), QStringLiteral("tel"),  QStringLiteral("ref"),
        QStringLiteral("fig"),  QStringLiteral("dept"), QStringLiteral("nb"),
        QStringLiteral("n.b"),
    };
    if (neverLast.contains(token))
        return false;
    const QChar following = text[next];
    if ((token == u"no" || token == u"nos") && following.isDigit())
        return false;
    // An initial: "J. Smith".
    const QStringView original = text.sliced(start, dot - start);
    if (original.size() == 1 && original.front().isUpper())
        return false;
    // "etc.", "a.m." and the like end a sentence only when a new one starts.
    return !following.isLower();
}

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;
};

// QString::toLower() handles every script with special cases; council text is mostly ASCII,
// which this lowers without a table lookup. The result has the text's length.
QString asciiFastLower(const QString &text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *out++ = u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower();
    }
    return result;
}

// Runs of letters: the units words to avoid are matched on. With `lowerText` (the text in lower
// case, which must outlive the tokens), each token's `lower` shares its characters instead of
// holding a copy: this runs over every word of the page.
QList<Token> letterRuns(QStringView text, const QString *lowerText = nullptr)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5);
    const bool shared = lowerText && lowerText->size() == text.size();
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && text[i].isLetter())
            ++i;
        tokens.append({start, i,
                       shared ? QString::fromRawData(lowerText->constData() + start, i - start)
                              : text.sliced(start, i - start).toString().toLower()});
    }
    return tokens;
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
        return true;
    default:
        return false;
    }
}

// The word and its regular inflections, so that "utilised" and "delivering" are found from
// "utilise" and "deliver", and "ring-fenced" from "ring fencing".
QSet<QString> inflections(const QString &word)
{
    QSet<QString> forms = {word};
    if (word.size() <= 2)
        return forms;
    const QChar last = word.back();
    auto doubled = [](const QString &stem) {
        const qsizetype n = stem.size();
        return n >= 3 && !isVowel(stem[n - 1]) && !QStringView(u"wxy").contains(stem[n - 1]) &&
               isVowel(stem[n - 2]) && !isVowel(stem[n - 3]);
    };
    if (word.endsWith(u"ing") && word.size() > 5) {
        const QString stem = word.chopped(3);
        for (const char16_t *ending : {u"ing", u"ed", u"e", u"es"})
            forms.insert(stem + QStringView(ending));
        if (doubled(stem)) {
            forms.insert(stem + stem.back() + u"ing");
            forms.insert(stem + stem.back() + u"ed");
        }
        // "slimming" from "slim": the doubled consonant undone.
        if (stem.size() >= 2 && stem.back() == stem[stem.size() - 2])
            forms.insert(stem.chopped(1) + u's');
    } else if (last == u'e') {
        forms.insert(word + u's');
        forms.insert(word + u'd');
        forms.insert(word.chopped(1) + u"ing");
    } else if (last == u'y' && !isVowel(word[word.size() - 2])) {
        forms.insert(word.chopped(1) + u"ies");
        forms.insert(word.chopped(1) + u"ied");
        forms.insert(word + u"ing");
    } else {
        forms.insert(word + u's');
        forms.insert(word + u"es");
        forms.insert(word + u"ed");
        forms.insert(word + u"ing");
        if (doubled(word)) {
            forms.insert(word + last + u"ed");
            forms.insert(word + last + u"ing");
        }
    }
    if (word == u"drive") {
        forms.insert(QStringLiteral("drove"));
        forms.insert(QStringLiteral("driven"));
    }
    return forms;
}

struct Phrase
{
    const WordToAvoid *word = nullptr;
    QList<QSet<QString>> forms;
    // What the phrase has between its words besides spaces and hyphens ("e.g.").
    QStringList separators;
};

class WordMatcher
{
public:
    explicit WordMatcher(const QList<WordToAvoid> &words)
    {
        for (const WordToAvoid &word : words) {
            const QList<Token> parts = letterRuns(word.phrase);
            if (parts.isEmpty())
                continue;
            Phrase phrase;
            phrase.word = &word;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                // The first word is the verb in most phrases ("drive out"); an -ing word is one
                // anywhere ("ring fencing").
                const bool inflect = i == 0 || parts[i].lower.endsWith(u"ing");
                phrase.forms.append(inflect ? inflections(parts[i].lower)
                                            : QSet<QString>{parts[i].lower});
                if (i > 0) {
                    phrase.separators.append(
                        word.phrase.mid(parts[i - 1].end, parts[i].start - parts[i - 1].end));
                }
            }
            m_phrases.append(std::move(phrase));
        }
        // Longest first, so that "drive out" wins over "drive".
        std::stable_sort(m_phrases.begin(), m_phrases.end(), [](const Phrase &a, const Phrase &b) {
            return a.forms.size() > b.forms.size();
        });
        for (qsizetype i = 0; i < m_phrases.size(); ++i) {
            for (const QString &form : std::as_const(m_phrases[i].forms.front()))
                m_byFirstForm[form].append(int(i));
        }
    }

    bool isEmpty() const { return m_phrases.isEmpty(); }

    struct Match
    {
        const Phrase *phrase = nullptr;
        qsizetype first = 0; // token indexes, inclusive
        qsizetype last = 0;
    };

    // The phrase that starts at token `i`, if any.
    std::optional<Match> matchAt(QStringView text, const QList<Token> &tokens, qsizetype i) const
    {
        const auto it = m_byFirstForm.constFind(tokens[i].lower);
        if (it == m_byFirstForm.cend())
            return std::nullopt;
        for (const int index : *it) {
            const Phrase &phrase = m_phrases[index];
            const qsizetype last = i + phrase.forms.size() - 1;
            if (last >= tokens.size())
                continue;
            bool matches = true;
            for (qsizetype k = 1; matches && k < phrase.forms.size(); ++k) {
                const Token &token = tokens[i + k];
                const QStringView gap =
                    text.sliced(tokens[i + k - 1].end, token.start - tokens[i + k - 1].end);
                const bool plainGap =
                    !gap.isEmpty() && std::all_of(gap.begin(), gap.end(), [](QChar c) {
                        return c == u' ' || c == u'-' || c == u'\u2011' || c == u'\u00a0';
                    });
                matches = (plainGap || gap == phrase.separators[k - 1]) &&
                          phrase.forms[k].contains(token.lower);
            }
            if (matches)
                return Match{&phrase, i, last};
        }
        return std::nullopt;
    }

private:
    QList<Phrase> m_phrases;
    QHash<QString, QList<int>> m_byFirstForm;
};

bool isAnyOf(const QString &word, std::initializer_list<const char16_t *> list)
{
    return std::any_of(list.begin(), list.end(),
                       [&word](const char16_t *item) { return word == QStringView(item); });
}

// Whether a word to avoid is used in the sense GOV.UK allows, judged by the words around it:
// "key safe", "deliver your bins", "foster carer", "the impact of", "agenda for the meeting".
bool isSafeSense(const QString &phrase, const QString &form, const QList<Token> &tokens,
                 qsizetype first, qsizetype last, bool clauseEnds)
{
    auto before = [&](qsizetype n) {
        return first - n >= 0 ? tokens[first - n].lower : QString();
    };
    auto after = [&](qsizetype n) {
        return last + n < tokens.size() ? tokens[last + n].lower : QString();
    };
    auto anyAfter = [&](qsizetype count, std::initializer_list<const char16_t *> list) {
        for (qsizetype n = 1; n <= count; ++n) {
            if (isAnyOf(after(n), list))
                return true;
        }
        return false;
    };
    if (phrase == u"key") {
        return isAnyOf(after(1),
                       {u"safe",   u"safes",  u"fob",     u"fobs", u"holder", u"holders", u"box",
                        u"boxes",  u"ring",   u"rings",   u"card", u"cards",  u"cutting", u"stage",
                        u"stages", u"worker", u"workers", u"code", u"codes",  u"pad"}) ||
               isAnyOf(before(1), {u"spare", u"door", u"front", u"back", u"house", u"car", u"lost",
                                   u"padlock"});
    }
    if (phrase == u"deliver") {
        // "deliver it to your door".
        return anyAfter(4, {u"bin",       u"bins",       u"post",      u"parcel",   u"parcels",
                            u"letter",    u"letters",    u"leaflet",   u"leaflets", u"mail",
                            u"pizza",     u"pizzas",     u"meal",      u"meals",    u"food",
                            u"service",   u"services",   u"sack",      u"sacks",    u"bag",
                            u"bags",      u"box",        u"boxes",     u"caddy",    u"caddies",
                            u"newspaper", u"newspapers", u"furniture", u"door",     u"doorstep",
                            u"address",   u"home",       u"compost",   u"parcel"});
    }
    if (phrase == u"foster") {
        // "Could you foster?": without an object it is about children.
        return clauseEnds || form == u"fostering" || form == u"fostered" ||
               anyAfter(3, {u"child", u"children", u"carer", u"carers", u"care", u"parent",
                            u"parents", u"family", u"families", u"placement", u"placements",
                            u"agency", u"baby", u"babies", u"teenager", u"teenagers", u"young"});
    }
    if (phrase == u"drive") {
        return isAnyOf(before(1), {u"the", u"your", u"a", u"my", u"their", u"our", u"shared",
                                   u"private", u"long", u"test", u"hard", u"disk", u"usb", u"flash",
                                   u"drink", u"careless", u"dangerous"}) ||
               clauseEnds ||
               isAnyOf(after(1), {u"to", u"through", u"into", u"safely", u"carefully", u"home",
                                  u"past", u"along", u"around", u"away", u"slowly", u"at"}) ||
               anyAfter(3, {u"car",        u"cars",       u"vehicle",     u"vehicles", u"van",
                            u"vans",       u"lorry",      u"lorries",     u"bus",      u"buses",
                            u"licence",    u"licences",   u"test",        u"tests",    u"lesson",
                            u"lessons",    u"instructor", u"instructors", u"school",   u"mph",
                            u"motorcycle", u"taxi",       u"taxis",       u"minibus"});
    }
    if (phrase == u"commit") {
        return anyAfter(3, {u"crime", u"crimes", u"fraud", u"offence", u"offences", u"theft",
                            u"murder", u"suicide", u"perjury"});
    }
    if (phrase == u"agenda") {
        for (qsizetype n = 1; n <= 4; ++n) {
            for (const QString &word : {before(n), after(n)}) {
                if (isAnyOf(word, {u"meeting", u"meetings", u"minutes", u"committee", u"committees",
                                   u"cabinet", u"item", u"items", u"papers"}))
                    return true;
            }
        }
        return false;
    }
    if (phrase == u"impact" || phrase == u"progress" || phrase == u"land") {
        // Avoided only as verbs: a past or -ing form, an -s form that is not a plural noun
        // ("the impacts of"), or the plain form after a word that starts a verb ("to impact").
        if (form.endsWith(u"ed"))
            return false;
        if (form.endsWith(u"ing"))
            return phrase == u"land"; // "the landing"
        if (form != phrase) {
            return isAnyOf(after(1), {u"of", u"on", u"upon", u"for", u"and"}) ||
                   isAnyOf(before(1), {u"the",           u"a",         u"an",       u"its",
                                       u"their",         u"our",       u"your",     u"his",
                                       u"her",           u"any",       u"no",       u"these",
                                       u"those",         u"such",      u"many",     u"some",
                                       u"possible",      u"potential", u"positive", u"negative",
                                       u"environmental", u"economic",  u"social",   u"wider",
                                       u"main",          u"major",     u"minor",    u"other",
                                       u"all",           u"of",        u"and"});
        }
        return !isAnyOf(before(1), {u"to",
                                    u"will",
                                    u"would",
                                    u"can",
                                    u"could",
                                    u"may",
                                    u"might",
                                    u"should",
                                    u"must",
                                    u"shall",
                                    u"we",
                                    u"they",
                                    u"you",
                                    u"i",
                                    u"it",
                                    u"which",
                                    u"who",
                                    u"not",
                                    u"also",
                                    u"directly",
                                    u"negatively",
                                    u"positively",
                                    u"significantly",
                                    u"adversely",
                                    u"further",
                                    u"does",
                                    u"do",
                                    u"did"});
    }
    return false;
}

qsizetype countOccurrences(QStringView text, QStringView anchor)
{
    qsizetype count = 0;
    for (qsizetype at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1))
        ++count;
    return count;
}

// Gives each finding an anchor the SourceLocator can pin. The Checker sends the n-th finding
// with the same anchor in a block to the n-th match of that anchor there; when an anchor also
// occurs where nothing is reported (a safe "key safe" before a "key priorities"), it is
// lengthened with the words after it until the counts agree again.
class Anchors
{
public:
    // The anchor for the match text[start, end) of `block`, whose words are `words`.
    QString choose(const PlainEnglish::Block &block, const QList<PlainEnglish::Span> &words,
                   qsizetype start, qsizetype end)
    {
        const QString key = QString::number(domtext::positionOf(block.node).line) + u'\n';
        const QString earlier = m_textBefore.value(key);
        QList<qsizetype> ends = {end};
        for (const PlainEnglish::Span &word : words) {
            if (word.end() <= end)
                continue;
            if (ends.size() > 3 || crossesBreak(block, ends.back(), word.end()))
                break;
            ends.append(word.end());
        }
        QString anchor = span(block, start, end);
        for (const qsizetype candidateEnd : std::as_const(ends)) {
            QString candidate = span(block, start, candidateEnd);
            while (!candidate.back().isLetterOrNumber())
                candidate.chop(1);
            const qsizetype before =
                countOccurrences(earlier, candidate) +
                countOccurrences(QStringView(block.text).first(start + candidate.size() - 1),
                                 candidate);
            if (before == m_flagged.value(key + candidate)) {
                anchor = candidate;
                break;
            }
        }
        ++m_flagged[key + anchor];
        return anchor;
    }

    void finishBlock(const PlainEnglish::Block &block)
    {
        const QString key = QString::number(domtext::positionOf(block.node).line) + u'\n';
        m_textBefore[key] += block.text + u'\n';
    }

    static QString span(const PlainEnglish::Block &block, qsizetype start, qsizetype end)
    {
        return block.text.sliced(start, end - start).simplified();
    }

    static bool crossesBreak(const PlainEnglish::Block &block, qsizetype from, qsizetype to)
    {
        return std::any_of(block.breaks.cbegin(), block.breaks.cend(),
                           [from, to](qsizetype at) { return at >= from && at < to; });
    }

private:
    QHash<QString, QString> m_textBefore;
    QHash<QString, int> m_flagged;
};

// The first words of a sentence, enough to tell it apart from the rest of the block.
QString sentenceAnchor(const PlainEnglish::Block &block, const QList<PlainEnglish::Span> &words)
{
    constexpr qsizetype FirstWords = 6;
    qsizetype end = std::min<qsizetype>(FirstWords, words.size()) - 1;
    auto crossing = [&](qsizetype k) {
        return Anchors::crossesBreak(block, words[0].end(), words[k].end());
    };
    while (end > 0 && crossing(end))
        --end;
    QString anchor = Anchors::span(block, words[0].start, words[end].end());
    while (end + 1 < words.size() && !crossing(end + 1) &&
           countOccurrences(block.text, anchor) > 1) {
        ++end;
        anchor = Anchors::span(block, words[0].start, words[end].end());
    }
    return anchor;
}

} // namespace

QList<PlainEnglish::Block> PlainEnglish::blocks(const html::Document &body)
{
    QList<Block> out;
    for (const html::Node &child : body.root().children())
        collect(child, out);
    return out;
}

QList<PlainEnglish::Span> PlainEnglish::sentences(QStringView text)
{
    QList<Span> result;
    auto add = [&](qsizetype start, qsizetype end) {
        while (start < end && text[start].isSpace())
            ++start;
        while (end > start && text[end - 1].isSpace())
            --end;
        if (hasWordCharacter(text.sliced(start, end - start)))
            result.append({start, end - start});
    };
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\n') {
            add(start, i);
            start = ++i;
            continue;
        }
        if (!isTerminal(c)) {
            ++i;
            continue;
        }
        qsizetype last = i;
        while (last + 1 < text.size() && isTerminal(text[last + 1]))
            ++last;
        qsizetype end = last + 1;
        while (end < text.size() && isCloser(text[end]))
            ++end;
        if (end < text.size() && !text[end].isSpace()) {
            i = end;
            continue;
        }
        qsizetype next = end;
        while (next < text.size() && text[next] == u' ')
            ++next;
        const bool ends = (last == i && c == u'.')
                              ? fullStopEnds(text, i, next)
                              : next >= text.size() || text[next] == u'\n' || !text[next].isLower();
        if (ends) {
            add(start, end);
            start = end;
        }
        i = end;
    }
    add(start, text.size());
    return result;
}

QList<PlainEnglish::Span> PlainEnglish::words(QStringView text)
{
    QList<Span> result;
    result.reserve(text.size() / 5 + 1);
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        if (i > start && hasWordCharacter(text.sliced(start, i - start)))
            result.append({start, i - start});
    }
    return result;
}

void PlainEnglish::check(const html::Document &body, const CheckSettings &settings,
                         QList<Finding> &findings)
{
    const bool needsScore = settings.isEnabled(QStringLiteral("readability-low"));
    check(body, settings, needsScore ? Readability::measure(body) : Readability(), findings);
}

void PlainEnglish::check(const html::Document &body, const CheckSettings &settings,
                         const Readability &readability, QList<Finding> &findings)
{
    check(blocks(body), settings, readability, findings);
}

void PlainEnglish::check(const QList<Block> &blocks, const CheckSettings &settings,
                         const Readability &readability, QList<Finding> &findings)
{
    const bool sentencesOn = settings.isEnabled(QStringLiteral("sentence-too-long"));
    const bool wordsOn = settings.isEnabled(QStringLiteral("word-to-avoid"));
    const WordMatcher matcher(wordsOn ? settings.wordsToAvoid : QList<WordToAvoid>());
    Anchors anchors;

    for (const Block &block : blocks) {
        // A heading long enough to be a sentence is already reported as too long a heading.
        const bool longHeading =
            block.tagName.size() == 2 && block.tagName.front() == u'h' &&
            settings.isEnabled(QStringLiteral("heading-too-long")) &&
            domtext::accessibleText(block.node).size() > settings.maxHeadingLength;
        if (sentencesOn && !longHeading) {
            for (const Span &sentence : sentences(block.text)) {
                QList<Span> words = PlainEnglish::words(
                    QStringView(block.text).sliced(sentence.start, sentence.length));
                if (words.size() <= settings.maxSentenceWords)
                    continue;
                for (Span &word : words)
                    word.start += sentence.start;
                const int count = int(words.size());
                findings.append(domtext::makeFinding(
                    block.node, "sentence-too-long", Finding::Warning, "", "",
                    QCoreApplication::translate("lga::check::PlainEnglish",
                                                "This sentence has %n words.", nullptr, count),
                    QCoreApplication::translate(
                        "lga::check::PlainEnglish",
                        "Long sentences are hard to follow, and harder still for people with "
                        "learning disabilities or reading in a second language. GOV.UK "
                        "advises no more than %n words. Split it, or cut words that add "
                        "nothing.",
                        nullptr, settings.maxSentenceWords),
                    sentenceAnchor(block, words)));
            }
        }
        if (!matcher.isEmpty()) {
            const QString lowerText = asciiFastLower(block.text);
            const QList<Token> tokens = letterRuns(block.text, &lowerText);
            QList<Span> words;
            for (qsizetype i = 0; i < tokens.size(); ++i) {
                const auto match = matcher.matchAt(block.text, tokens, i);
                if (!match)
                    continue;
                i = match->last;
                const WordToAvoid &word = *match->phrase->word;
                qsizetype after = tokens[match->last].end;
                while (after < block.text.size() && block.text[after] == u' ')
                    ++after;
                const bool clauseEnds = after == block.text.size() ||
                                        QStringView(u".?!;:,\n").contains(block.text[after]);
                if (isSafeSense(word.phrase, tokens[match->first].lower, tokens, match->first,
                                match->last, clauseEnds))
                    continue;
                const qsizetype start = tokens[match->first].start;
                const qsizetype end = tokens[match->last].end;
                if (words.isEmpty())
                    words = PlainEnglish::words(block.text);
                const QString anchor = anchors.choose(block, words, start, end);
                const QString typed = block.text.sliced(start, end - start).simplified();
                Finding finding = domtext::makeFinding(
                    block.node, "word-to-avoid", Finding::Tip, "", "",
                    word.alternative.isEmpty()
                        ? QCoreApplication::translate("lga::check::PlainEnglish",
                                                      "Try a plainer word than \"%1\".")
                              .arg(typed)
                        : QCoreApplication::translate("lga::check::PlainEnglish",
                                                      "Instead of \"%1\", try: %2.")
                              .arg(typed, word.alternative),
                    QCoreApplication::translate(
                        "lga::check::PlainEnglish",
                        "GOV.UK asks for plain English. Words like this are vague or jargon, "
                        "so readers have to work out what you mean. Plain words help "
                        "everyone, and people reading in a second language most."),
                    anchor);
                finding.suggestion = word.alternative;
                findings.append(finding);
            }
        }
        anchors.finishBlock(block);
    }

    if (settings.isEnabled(QStringLiteral("readability-low")) && readability.hasScore() &&
        readability.fleschReadingEase < settings.minReadingEase) {
        Finding finding;
        finding.ruleId = QStringLiteral("readability-low");
        finding.severity = Finding::Tip;
        finding.message =
            QCoreApplication::translate(
                "lga::check::PlainEnglish",
                "This page is hard to read: its reading ease score is %1 out of 100, a reading "
                "age of about %2.")
                .arg(QString::number(readability.fleschReadingEase, 'f', 0))
                .arg(readability.readingAge);
        finding.why = QCoreApplication::translate(
            "lga::check::PlainEnglish",
            "GOV.UK writes for a reading age of 9: people read plain text faster and understand "
            "more of it, whatever their reading age. Use shorter sentences and shorter, common "
            "words.");
        findings.append(finding);
    }
}

} // namespace lga::check
