// SPDX-License-Identifier: GPL-2.0-or-later
#include "builtinhighlighter.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace lga::ui {

namespace {

QTextCharFormat makeFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    if (colour.isValid())
        f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

BuiltinHighlighter::BuiltinHighlighter(QTextDocument *document, Language language)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_headingPattern(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"))
    , m_fencePattern(QStringLiteral("^ {0,3}(```|~~~)"))
{
    // Colours chosen for at least 4.5:1 contrast on the editor's base colour, light or dark.
    const bool dark = isDark();
    const QColor blue = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1d, 0x4f, 0x91);
    const QColor green = dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x00, 0x5a, 0x30);
    const QColor purple = dark ? QColor(0xc5, 0x9a, 0xf0) : QColor(0x6f, 0x2c, 0x91);
    const QColor grey = dark ? QColor(0xb1, 0xb4, 0xb6) : QColor(0x50, 0x5a, 0x5f);
    const QColor brown = dark ? QColor(0xf4, 0xb0, 0x72) : QColor(0x8a, 0x3b, 0x00);

    m_heading = makeFormat(blue, true);
    m_code = makeFormat(brown);
    m_comment = makeFormat(grey, false, true);

    m_htmlRules = {
        {QRegularExpression(QStringLiteral("</?[A-Za-z][A-Za-z0-9-]*|/?>")),
         makeFormat(purple, true)},
        {QRegularExpression(QStringLiteral("\\s([A-Za-z-:]+)=")), makeFormat(brown), 1},
        {QRegularExpression(QStringLiteral("\"[^\"]*\"|'[^']*'")), makeFormat(green)},
        {QRegularExpression(QStringLiteral("&[A-Za-z0-9#]+;")), makeFormat(grey)},
    };
    m_markdownRules = {
        {QRegularExpression(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])\\s")),
         makeFormat(purple, true)},
        {QRegularExpression(QStringLiteral("^\\s*>")), makeFormat(grey, true)},
        {QRegularExpression(QStringLiteral("\\|")), makeFormat(grey)},
        {QRegularExpression(QStringLiteral("^\\s*([-*_]\\s*){3,}$")), makeFormat(grey)},
        {QRegularExpression(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1")),
         makeFormat({}, true)},
        {QRegularExpression(
             QStringLiteral("(?<![*_\\w])([*_])(?![*_\\s])(.+?)(?<![*_\\s])\\1(?![*_\\w])")),
         makeFormat({}, false, true)},
        {QRegularExpression(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~")), makeFormat(grey)},
        {QRegularExpression(QStringLiteral("!?\\[[^\\]]*\\]")), makeFormat(blue)},
        {QRegularExpression(QStringLiteral("\\]\\(([^)]*)\\)")), makeFormat(green), 1},
        {QRegularExpression(QStringLiteral("<https?://[^>]+>|https?://\\S+")), makeFormat(green)},
        {QRegularExpression(QStringLiteral("`[^`]+`")), m_code},
    };
}

void BuiltinHighlighter::applyRules(const QList<Rule> &rules, const QString &text)
{
    for (const Rule &rule : rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)),
                      rule.format);
        }
    }
}

void BuiltinHighlighter::highlightBlock(const QString &text)
{
    if (m_language == Html)
        highlightHtml(text, 0);
    else
        highlightMarkdown(text);
}

void BuiltinHighlighter::highlightMarkdown(const QString &text)
{
    const bool fence = m_fencePattern.match(text).hasMatch();
    if (previousBlockState() == InFence) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(fence ? Normal : InFence);
        return;
    }
    if (fence) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(InFence);
        return;
    }
    setCurrentBlockState(Normal);
    if (m_headingPattern.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    if (text.trimmed().startsWith(u'<')) {
        highlightHtml(text, 0);
        return;
    }
    applyRules(m_markdownRules, text);
}

void BuiltinHighlighter::highlightHtml(const QString &text, int from)
{
    applyRules(m_htmlRules, text);
    // Comments win over everything else on the line and may continue on the next.
    int start =
        previousBlockState() == InComment ? 0 : int(text.indexOf(QLatin1String("<!--"), from));
    setCurrentBlockState(Normal);
    while (start >= 0) {
        const int end = int(text.indexOf(QLatin1String("-->"), start));
        if (end < 0) {
            setFormat(start, int(text.size()) - start, m_comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(start, end + 3 - start, m_comment);
        start = int(text.indexOf(QLatin1String("<!--"), end + 3));
    }
}

} // namespace lga::ui
