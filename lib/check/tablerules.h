// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/rules.h>

namespace lga::check {

/// Tables: data tables without header cells, empty header cells, headings inside cells, and
/// tables used for layout.
///
/// A table without header cells counts as layout, not data, when it has a single row or a
/// single column, holds another table, or has a cell with block content (a list, several
/// paragraphs, an image with a paragraph): data tables hold short values. That follows axe's
/// own data-table heuristic closely enough for authored content. `role="presentation"` (or
/// "none") says the author meant layout, and such a table is not checked.
class TableRules : public Rules
{
public:
    using Rules::Rules;

    void visitTable(html::Node table);
    void visitHeading(html::Node heading);
};

} // namespace lga::check
