// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/readability.h>

#include <check/plainenglish.h>

#include <QRegularExpression>

#include <cmath>
#include <string_view>

namespace lga::check {

namespace {

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
        return true;
    default:
        return false;
    }
}

// Numbers, web and email addresses are read out as something other than prose.
bool isProseWord(QStringView token)
{
    if (!std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); }))
        return false;
    if (token.contains(u'@') || token.contains(QLatin1StringView("://")) ||
        token.startsWith(QLatin1StringView("www."), Qt::CaseInsensitive))
        return false;
    if (!token.contains(u'.'))
        return true;
    // A domain ("luton.gov.uk"), but not "e.g." or "a.m.": its last part has two letters or
    // more.
    static const QRegularExpression domain(
        QStringLiteral(R"(^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return !domain.match(token).hasMatch();
}

QStringView trimPunctuation(QStringView token)
{
    while (!token.isEmpty() && !token.front().isLetterOrNumber())
        token = token.sliced(1);
    while (!token.isEmpty() && !token.back().isLetterOrNumber())
        token.chop(1);
    return token;
}

} // namespace

int Readability::syllableCount(QStringView word)
{
    // Called for every word of the page: the letters go into a small buffer, not a QString.
    constexpr qsizetype Capacity = 64;
    char16_t letters[Capacity];
    qsizetype size = 0;
    for (const QChar c : word) {
        if (c.isLetter() && size < Capacity)
            letters[size++] = c.toLower().unicode();
    }
    if (size <= 3)
        return 1;
    const auto vowelAt = [&](qsizetype i) {
        return isVowel(QChar(letters[i]));
    };
    const auto endsWith = [&](std::u16string_view tail) {
        return size >= qsizetype(tail.size()) &&
               std::u16string_view(letters + size - tail.size(), tail.size()) == tail;
    };
    const auto consonantAt = [&](qsizetype fromEnd) {
        const qsizetype i = size - fromEnd;
        return i >= 0 && !vowelAt(i);
    };
    if (endsWith(u"es")) {
        const QChar before(letters[size - 3]);
        const bool sounded = QStringView(u"sxzcgl").contains(before) || endsWith(u"hes");
        if (!sounded && consonantAt(3))
            size -= 2;
    } else if (endsWith(u"ed")) {
        const char16_t before = letters[size - 3];
        if (before != u't' && before != u'd')
            size -= 2;
    } else if (letters[size - 1] == u'e' && consonantAt(2) && letters[size - 2] != u'l') {
        size -= 1;
    }
    int groups = 0;
    bool inGroup = false;
    for (qsizetype i = 0; i < size; ++i) {
        // A leading y is a consonant ("yellow").
        const bool vowel = vowelAt(i) && !(i == 0 && letters[i] == u'y');
        if (vowel && !inGroup)
            ++groups;
        inGroup = vowel;
    }
    return std::max(1, groups);
}

int Readability::readingAgeFor(double ease)
{
    if (ease >= 90)
        return 10;
    if (ease >= 80)
        return 11;
    if (ease >= 70)
        return 12;
    if (ease >= 60)
        return 14 - int((ease - 60) / 5);
    if (ease >= 50)
        return 17 - int((ease - 50) * 3 / 10);
    if (ease >= 30)
        return 21 - int((ease - 30) / 5);
    return 22;
}

Readability Readability::measure(const html::Document &body)
{
    return PlainEnglish::readability(PlainEnglish::blocks(body));
}

Readability PlainEnglish::readability(const QList<Block> &blocks)
{
    Readability result;
    for (const PlainEnglish::Block &block : blocks) {
        if (block.tagName != u"p" && block.tagName != u"li")
            continue;
        for (const PlainEnglish::Span &sentence : PlainEnglish::sentences(block.text)) {
            const QStringView text =
                QStringView(block.text).sliced(sentence.start, sentence.length);
            int words = 0;
            for (const PlainEnglish::Span &token : PlainEnglish::words(text)) {
                const QStringView word = trimPunctuation(text.sliced(token.start, token.length));
                if (!isProseWord(word))
                    continue;
                ++words;
                const int syllables = Readability::syllableCount(word);
                result.syllables += syllables;
                if (syllables >= 3)
                    ++result.complexWords;
            }
            if (words > 0) {
                result.words += words;
                ++result.sentences;
            }
        }
    }
    if (result.words == 0)
        return result;
    const double ease = 206.835 - 1.015 * result.averageSentenceWords() -
                        84.6 * double(result.syllables) / result.words;
    result.fleschReadingEase = std::clamp(ease, 0.0, 100.0);
    result.readingAge = Readability::readingAgeFor(result.fleschReadingEase);
    return result;
}

} // namespace lga::check
