// SPDX-License-Identifier: GPL-2.0-or-later
#include "sourceeditor.h"

#include "syntaxhighlighting.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPalette>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>

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
    m_marks.clear();
    applyMarks();
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

void SourceEditor::setMarks(MarkLayer layer, const QList<EditorMark> &marks)
{
    QList<Marked> &marked = m_marks[layer];
    marked.clear();
    const int size = document()->characterCount() - 1;
    for (const EditorMark &mark : marks) {
        if (mark.start < 0 || mark.start >= size || mark.length <= 0)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(mark.start);
        cursor.setPosition(std::min(size, mark.start + mark.length), QTextCursor::KeepAnchor);
        marked.append({mark, cursor});
    }
    applyMarks();
}

QList<EditorMark> SourceEditor::marks(MarkLayer layer) const
{
    QList<EditorMark> result;
    for (const Marked &marked : m_marks.value(layer)) {
        EditorMark mark = marked.mark;
        mark.start = marked.cursor.selectionStart();
        mark.length = marked.cursor.selectionEnd() - mark.start;
        result.append(mark);
    }
    return result;
}

QList<EditorMark> SourceEditor::marksAt(int position) const
{
    QList<EditorMark> result;
    for (const MarkLayer layer : {MarkLayer::Check, MarkLayer::Spelling}) {
        for (const EditorMark &mark : marks(layer)) {
            if (position >= mark.start && position < mark.start + mark.length)
                result.append(mark);
        }
    }
    return result;
}

void SourceEditor::applyMarks()
{
    // Colours that read on light and dark themes alike; spelling is red as in every editor,
    // findings follow their severity.
    const auto colour = [](EditorMark::Kind kind) {
        switch (kind) {
        case EditorMark::Error:
            return QColor(0xd4, 0x35, 0x1c);
        case EditorMark::Warning:
            return QColor(0xf4, 0x77, 0x38);
        case EditorMark::Tip:
            return QColor(0x1d, 0x70, 0xb8);
        case EditorMark::Spelling:
            break;
        }
        return QColor(0xe0, 0x10, 0x10);
    };
    QList<QTextEdit::ExtraSelection> selections;
    for (const MarkLayer layer : {MarkLayer::Spelling, MarkLayer::Check}) {
        for (const Marked &marked : m_marks.value(layer)) {
            if (!marked.cursor.hasSelection())
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = marked.cursor;
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(colour(marked.mark.kind));
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
}

bool SourceEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const QList<EditorMark> here = marksAt(cursorForPosition(inViewport).position());
        QStringList tips;
        for (const EditorMark &mark : here)
            tips.append(mark.toolTip);
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(u'\n'), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace lga::ui
