// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>

namespace lga::render {

class HtmlWriter;

/// Reads the HTML that cmark-gfm renders for Markdown holding no raw HTML, several times
/// faster than the HTML5 parser. That markup is regular: elements from a small set, nested only
/// the way cmark nests them (so the HTML5 parser would build the very same tree),
/// attributes in double quotes, and only the character references cmark writes itself.
/// Anything else (a comment, another reference, a stray end tag, a carriage return) makes
/// scan() give up, and the caller then parses the input properly with a fresh writer.
/// Internal to the render library.
class MarkupScanner
{
public:
    /// Feeds the markup to the writer. False when it is not cmark's markup; the writer then
    /// holds a partial result and is to be thrown away.
    static bool scan(QByteArrayView html, HtmlWriter &writer);
};

} // namespace lga::render
