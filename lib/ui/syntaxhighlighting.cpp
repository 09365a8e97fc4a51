// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntaxhighlighting.h"

#include "builtinhighlighter.h"
#ifdef LGA_HAVE_KSYNTAXHIGHLIGHTING
#include "ksyntaxhighlighteradapter.h"
#endif

namespace lga::ui {

QSyntaxHighlighter *attachHighlighter(QTextDocument *document, core::SourceFormat format)
{
    const bool html = format == core::SourceFormat::Html;
#ifdef LGA_HAVE_KSYNTAXHIGHLIGHTING
    if (QSyntaxHighlighter *highlighter = createKSyntaxHighlighter(document, html))
        return highlighter;
#endif
    return new BuiltinHighlighter(document,
                                  html ? BuiltinHighlighter::Html : BuiltinHighlighter::Markdown);
}

const char *highlightingEngine()
{
#ifdef LGA_HAVE_KSYNTAXHIGHLIGHTING
    return "KSyntaxHighlighting";
#else
    return "built-in";
#endif
}

} // namespace lga::ui
