// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/checksettings.h>
#include <check/finding.h>
#include <check/readability.h>
#include <html/document.h>

#include <QList>
#include <QString>
#include <QStringView>

namespace lga::check {

/// GOV.UK's plain-English checks over the text of a rendered body: sentences longer than the
/// site's limit, words to avoid (as suggestions with the plain alternative) and a page that
/// is hard to read. Also the text model they and Readability share: prose blocks, sentences
/// and words.
class PlainEnglish
{
public:
    /// Measures the page's readability itself for the "readability-low" tip.
    static void check(const html::Document &body, const CheckSettings &settings,
                      QList<Finding> &findings);
    /// The same with the readability the caller has already measured.
    static void check(const html::Document &body, const CheckSettings &settings,
                      const Readability &readability, QList<Finding> &findings);

    /// The text of one paragraph, list item, table cell, heading, definition or caption,
    /// without the text of blocks nested in it (which are blocks of their own). Line breaks
    /// (`<br>`) and nested blocks become '\n', which always ends a sentence.
    struct Block
    {
        html::Node node;
        QString tagName;
        QString text;
        /// Offsets in `text` where a link or an image ended: in Markdown the source has
        /// "](url)" there, so an anchor that spans one would not be found in the source.
        QList<qsizetype> breaks;
    };
    /// Every prose block of the body in document order; code blocks are left out.
    static QList<Block> blocks(const html::Document &body);
    /// check() over blocks the caller has already collected (the Checker shares them with
    /// Readability::measure, saving a walk over the page).
    static void check(const QList<Block> &blocks, const CheckSettings &settings,
                      const Readability &readability, QList<Finding> &findings);
    /// Readability::measure over blocks the caller has already collected.
    static Readability readability(const QList<Block> &blocks);

    /// A range of a text: start and length.
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        qsizetype end() const { return start + length; }
        bool operator==(const Span &) const = default;
    };
    /// The sentences of a block's text, trimmed, each holding at least one word. A full stop
    /// ends a sentence only before white space, so decimals and times ("£1.50", "7.30am") do
    /// not; nor do abbreviations ("e.g.", "Mr.", "Dr."), initials, or a full stop before a
    /// lower-case word ("approx. three", "etc. and"). '\n' always does.
    static QList<Span> sentences(QStringView text);
    /// The words of a text: white-space separated tokens holding a letter or a digit.
    static QList<Span> words(QStringView text);
};

} // namespace lga::check
