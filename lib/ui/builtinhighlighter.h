// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace lga::ui {

/// A small Markdown and HTML highlighter for platforms without KSyntaxHighlighting for this Qt
/// (Debian 12). It marks structure an author scans for: headings, emphasis, links, code, list
/// markers, quotes, tables and HTML tags. Fenced code blocks and HTML comments span lines.
class BuiltinHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum Language
    {
        Markdown,
        Html,
    };

    BuiltinHighlighter(QTextDocument *document, Language language);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState
    {
        Normal = 0,
        InFence = 1,
        InComment = 2,
    };
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };

    void highlightMarkdown(const QString &text);
    void highlightHtml(const QString &text, int from);
    void applyRules(const QList<Rule> &rules, const QString &text);

    Language m_language;
    QList<Rule> m_markdownRules;
    QList<Rule> m_htmlRules;
    QTextCharFormat m_heading;
    QTextCharFormat m_code;
    QTextCharFormat m_comment;
    QRegularExpression m_headingPattern;
    QRegularExpression m_fencePattern;
};

} // namespace lga::ui
