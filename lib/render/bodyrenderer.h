// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QString>
#include <QStringView>

namespace lga::render {

/// The body as the site receives it: Markdown rendered by MarkdownRenderer (or the author's
/// HTML as it is), then sanitized to the LocalGov `wysiwyg` format
/// (AllowList::localGovWysiwyg()). This is what `localgov-author render FILE` prints and what
/// sync sends, always with sourcePositions false; the preview asks for positions.
///
/// Thread-safe.
class BodyRenderer
{
public:
    static QString bodyHtml(QStringView source, core::SourceFormat format, bool sourcePositions);
};

} // namespace lga::render
