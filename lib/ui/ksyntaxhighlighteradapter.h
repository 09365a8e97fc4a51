// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QSyntaxHighlighter;
class QTextDocument;

namespace lga::ui {

/// A KSyntaxHighlighting highlighter for Markdown or HTML with a theme matching the palette, or
/// nullptr when the definitions are missing. Written against the API common to KF5 (Qt 5) and
/// KF6 (Qt 6), so the same file builds in the app and in the KF5 compatibility test.
QSyntaxHighlighter *createKSyntaxHighlighter(QTextDocument *document, bool html);

} // namespace lga::ui
