// SPDX-License-Identifier: GPL-2.0-or-later
#include "sourceeditor.h"

#include "syntaxhighlighting.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace lga::ui {

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("bodyEditor"));
    setAccessibleName(tr("Page body"));
    setAccessibleDescription(tr("The body of the page, written in Markdown"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() + 1);
    setFont(font);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_highlighter = attachHighlighter(document(), m_format);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &SourceEditor::reportViewport);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const int line = cursorLine();
        if (line != m_lastCursorLine) {
            m_lastCursorLine = line;
            Q_EMIT cursorLineChanged(line);
        }
    });
}

void SourceEditor::setSource(const QString &text, core::SourceFormat format)
{
    if (format != m_format) {
        delete m_highlighter;
        m_format = format;
        m_highlighter = attachHighlighter(document(), m_format);
    }
    // setPlainText resets undo/redo, so one page's history never leaks into another.
    setPlainText(text);
    m_lastCursorLine = -1;
}

int SourceEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

int SourceEditor::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

void SourceEditor::scrollToLine(int line, double fraction)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    // The scroll bar counts visual lines, wrapped ones included.
    const int visibleLines = viewport()->height() / std::max(1, fontMetrics().lineSpacing());
    m_followingPreview = true;
    verticalScrollBar()->setValue(block.firstLineNumber() - int(visibleLines * fraction));
    m_followingPreview = false;
}

void SourceEditor::reportViewport()
{
    if (m_followingPreview)
        return;
    // The line at the top third of the view is what the author is reading; keep the preview's
    // matching block at the same height.
    const QPoint probe(0, viewport()->height() / 3);
    const int line = cursorForPosition(probe).blockNumber() + 1;
    Q_EMIT viewportLineChanged(line, 1.0 / 3.0);
}

} // namespace lga::ui
