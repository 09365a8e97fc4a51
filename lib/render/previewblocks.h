// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <render/allowlist.h>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace lga::render {

/// One top-level block of a rendered body: what the preview inserts, replaces and scrolls to.
struct Block
{
    /// The block's sanitized outer HTML with every data-sourcepos removed, so the same content
    /// gives the same string wherever it sits in the file. Top-level text that is not just
    /// whitespace (author HTML such as `Hello <b>x</b>`) forms a block of its own.
    QString html;
    /// The 1-based source lines the block was made from. A block whose source cannot be told
    /// (an element the HTML parser inserted) gets the previous block's last line for both.
    int firstLine = 0;
    int lastLine = 0;

    bool operator==(const Block &) const = default;
};

/// The preview's view of a body: its top-level blocks in order.
class PreviewBlocks
{
public:
    /// Splits a body that was sanitized with SanitizeOptions::keepSourcePositions. Lines come
    /// from each top-level element's `data-sourcepos`; top-level text, which has no attribute
    /// to carry them, takes the previous block's last line. The input is sanitized again on
    /// the way through, which changes nothing for already sanitized input.
    static QList<Block> split(QStringView sanitizedHtml,
                              const AllowList &allowList = AllowList::localGovWysiwyg());

    /// Renders the body source straight into blocks (one parse, one serialization): what the
    /// preview runs for every edit. The same as split(BodyRenderer::bodyHtml(source, format,
    /// true)), only faster. Thread-safe.
    static QList<Block> render(QStringView source, core::SourceFormat format);
};

} // namespace lga::render

Q_DECLARE_METATYPE(lga::render::Block)
