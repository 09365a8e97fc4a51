// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "editormark.h"

#include <core/page.h>

#include <QHash>

#include <QPlainTextEdit>
#include <QTextCursor>

class QSyntaxHighlighter;

namespace lga::ui {

/// The body editor: plain text with highlighting for Markdown or HTML source. It reports where
/// the author is looking and typing in 1-based source lines, which the preview follows.
class SourceEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceEditor(QWidget *parent = nullptr);

    /// Replaces the text without adding to the undo history of the previous page.
    void setSource(const QString &text, core::SourceFormat format);

    /// The first line at least partly visible, and how far down the viewport it is (0..1).
    int firstVisibleLine() const;
    int cursorLine() const;
    /// Scrolls, without moving the text cursor, so that `line` sits `fraction` of the way
    /// down the view. Emits no viewportLineChanged().
    void scrollToLine(int line, double fraction);

    /// Replaces the squiggles of one layer (the checker's findings, spelling). Marks follow
    /// the text as the author types until the layer is next replaced.
    void setMarks(MarkLayer layer, const QList<EditorMark> &marks);
    QList<EditorMark> marks(MarkLayer layer) const;
    /// The marks of every layer that cover `position` (a 0-based character offset).
    QList<EditorMark> marksAt(int position) const;

Q_SIGNALS:
    /// The view scrolled: `line` is shown `fraction` of the way down the viewport.
    void viewportLineChanged(int line, double fraction);
    void cursorLineChanged(int line);

protected:
    bool event(QEvent *event) override;

private:
    void reportViewport();
    void applyMarks();

    core::SourceFormat m_format = core::SourceFormat::Markdown;
    QSyntaxHighlighter *m_highlighter = nullptr;
    int m_lastCursorLine = -1;
    bool m_followingPreview = false;
    // Kept as cursors, so a mark moves with the text typed before it.
    struct Marked
    {
        EditorMark mark;
        QTextCursor cursor;
    };
    QHash<MarkLayer, QList<Marked>> m_marks;
};

} // namespace lga::ui
