// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QString>

#include <optional>

namespace lga::store {

/// A page as a Markdown file with YAML front matter, the form pages take outside the store:
/// seed files, exports, and folders edited in other tools.
///
/// The front matter is a small, strict subset of YAML: one `key: value` per line, values plain
/// or in double quotes with `\"`, `\\` and `\n` escapes. Keys other than the page's own
/// (uuid, bundle, title, summary, state, format, created, updated, review_date) are fields,
/// by Drupal machine name, each value one line of JSON (YAML flow style), e.g.
/// `localgov_common_tasks: [{"title":"Pay","uri":"/pay"}]`; a value that is not JSON is
/// plain text. write() quotes every text value, so parse(write(page)) gives back the same
/// page, body byte for byte.
class FrontMatter
{
public:
    static QString write(const core::Page &page);

    /// Reads a file's text. A page without a uuid gets a fresh one; a missing `created` or
    /// `updated` stays invalid for the caller to fill. On failure, `problem` says why in
    /// plain English (untranslated: it names the file's own syntax).
    static std::optional<core::Page> parse(QString text, QString *problem);
};

} // namespace lga::store
