// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <html/node.h>
#include <render/previewblocks.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <ostream>

namespace lga::test {

/// Every element with the tag below root, in document order.
QList<html::Node> elementsNamed(const html::Node &root, QStringView tag);

/// What is unsafe in sanitized HTML, found by parsing it again like a browser and walking every
/// node (not by searching the text): scripting or embedding elements, foreign content, elements
/// the wysiwyg format does not allow, event handlers, styles, dangerous URLs, and
/// data-sourcepos unless allowed. Empty when the HTML is clean.
QString unsafeParts(QStringView html, bool sourcePositionsAllowed = false);

/// The lines "l1-l2" of a data-sourcepos attribute, or empty.
QString sourceLines(const html::Node &element);

} // namespace lga::test

namespace lga::render {

/// Readable GoogleTest failure messages for blocks.
inline void PrintTo(const Block &block, std::ostream *out)
{
    *out << '{' << block.firstLine << '-' << block.lastLine << ' ' << block.html.toStdString()
         << '}';
}

} // namespace lga::render
