// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace lga::ui {

/// Draws a page in the list as its title in bold over a quieter line with the page type and
/// status, so a long list can be scanned by title. A page a search found shows its title with
/// the matched words in bold over a line of its text around the match.
class PageListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// A piece of text drawn in one weight.
    struct Run
    {
        QString text;
        bool matched = false;
        bool operator==(const Run &) const = default;
    };

    /// Cuts text marked by store::PageSearch into runs at the markers. The text is drawn as it
    /// is, never read as HTML, so a title with `<` or `&` shows exactly as typed and cannot
    /// inject markup; an unbalanced marker only changes the weight.
    static QList<Run> runs(const QString &marked);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lga::ui
