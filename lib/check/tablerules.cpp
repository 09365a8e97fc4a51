// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/tablerules.h>

#include <check/domtext.h>

#include <QCoreApplication>

namespace lga::check {

using namespace domtext;

namespace {

struct Shape
{
    QList<html::Node> headers;
    int rows = 0;
    int columns = 0;
    bool nestedTable = false;
    bool blockContent = false;
};

bool hasBlockContent(html::Node cell)
{
    int paragraphs = 0;
    bool image = false;
    bool block = false;
    const auto visit = [&](const auto &self, html::Node node) -> void {
        if (!node.isElement())
            return;
        const QString tag = node.tagName();
        if (tag == u"p" || tag == u"div")
            ++paragraphs;
        else if (tag == u"img")
            image = true;
        else if (tag == u"ul" || tag == u"ol" || tag == u"blockquote" || tag == u"dl")
            block = true;
        for (const html::Node &child : node.children())
            self(self, child);
    };
    visit(visit, cell);
    return block || paragraphs > 1 || (image && paragraphs > 0);
}

// Rows, cells and header cells of this table, not of tables nested in it.
void measure(html::Node node, Shape &shape)
{
    for (const html::Node &child : node.children()) {
        if (!child.isElement())
            continue;
        const QString tag = child.tagName();
        if (tag == u"table") {
            shape.nestedTable = true;
        } else if (tag == u"tr") {
            ++shape.rows;
            int cells = 0;
            for (const html::Node &cell : child.children()) {
                if (!cell.isElement())
                    continue;
                const QString cellTag = cell.tagName();
                if (cellTag != u"td" && cellTag != u"th")
                    continue;
                const QString span = cell.attribute(u"colspan");
                cells += std::max(1, span.toInt());
                if (cellTag == u"th")
                    shape.headers.append(cell);
                if (!shape.blockContent && hasBlockContent(cell))
                    shape.blockContent = true;
                Shape inner;
                measure(cell, inner);
                shape.nestedTable = shape.nestedTable || inner.nestedTable;
            }
            shape.columns = std::max(shape.columns, cells);
        } else if (tag == u"thead" || tag == u"tbody" || tag == u"tfoot") {
            measure(child, shape);
        } else if (tag == u"td" || tag == u"th") {
            // Cells outside rows are parser repairs; count the table as having a row.
            continue;
        } else {
            // Other content of a cell: look inside it for a table.
            Shape inner;
            measure(child, inner);
            shape.nestedTable = shape.nestedTable || inner.nestedTable || inner.rows > 0;
        }
    }
}

} // namespace

void TableRules::visitTable(html::Node table)
{
    const QString role = table.attribute(u"role").trimmed().toLower();
    if (role == u"presentation" || role == u"none")
        return;
    Shape shape;
    measure(table, shape);
    if (shape.rows == 0)
        return;
    for (const html::Node &header : std::as_const(shape.headers)) {
        if (!accessibleText(header).isEmpty())
            continue;
        add(header, "table-empty-header", Finding::Error, "1.3.1", "empty-table-header",
            QCoreApplication::translate("lga::check::Checker", "This table header cell is empty."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Screen readers read each cell with its row or column header. An empty header "
                "leaves people guessing what the cells below mean. Add a header, even a short "
                "one."));
    }
    if (!shape.headers.isEmpty())
        return;
    if (shape.rows <= 1 || shape.columns <= 1 || shape.nestedTable || shape.blockContent) {
        add(table, "table-layout", Finding::Warning, "1.3.1", "",
            QCoreApplication::translate("lga::check::Checker",
                                        "This table seems to be used for layout."),
            QCoreApplication::translate(
                "lga::check::Checker",
                "Screen readers announce rows and columns, which makes no sense for layout, and "
                "the layout breaks on small screens. Use headings, paragraphs and lists instead. "
                "If it is a table of data, give it header cells."));
        return;
    }
    add(table, "table-no-headers", Finding::Error, "1.3.1", "td-has-header",
        QCoreApplication::translate("lga::check::Checker", "This table has no header cells."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "Screen readers read each cell with its row or column header, so without headers "
            "people hear values without knowing what they are. Make the first row (or column) "
            "header cells."));
}

void TableRules::visitHeading(html::Node heading)
{
    if (ancestor(heading, u"td").isNull() && ancestor(heading, u"th").isNull())
        return;
    add(heading, "table-heading-in-cell", Finding::Error, "1.3.1", "",
        QCoreApplication::translate("lga::check::Checker", "This heading is inside a table."),
        QCoreApplication::translate(
            "lga::check::Checker",
            "Headings in a table break the outline of the page that screen reader users move "
            "through, and the table's structure too. Put the heading above the table, or use "
            "header cells."),
        accessibleText(heading));
}

} // namespace lga::check
