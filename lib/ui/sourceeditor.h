// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QPlainTextEdit>

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

Q_SIGNALS:
    /// The view scrolled: `line` is shown `fraction` of the way down the viewport.
    void viewportLineChanged(int line, double fraction);
    void cursorLineChanged(int line);

private:
    void reportViewport();

    core::SourceFormat m_format = core::SourceFormat::Markdown;
    QSyntaxHighlighter *m_highlighter = nullptr;
    int m_lastCursorLine = -1;
    bool m_followingPreview = false;
};

} // namespace lga::ui
