// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

class QSyntaxHighlighter;
class QTextDocument;

namespace lga::ui {

/// Attaches the best available highlighter for the body's source format to a document and
/// returns it (owned by the document). KSyntaxHighlighting when the build found it, else the
/// built-in highlighters. The one seam the editor sees.
QSyntaxHighlighter *attachHighlighter(QTextDocument *document, core::SourceFormat format);

/// The name of the highlighting engine in use, for the About dialog and logs.
const char *highlightingEngine();

} // namespace lga::ui
