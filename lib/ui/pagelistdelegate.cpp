// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagelistdelegate.h"

#include "pagelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace lga::ui {

namespace {
constexpr int kPadding = 6;
}

void PageListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = index.data(PageListModel::TitleRole).toString();
    const QString meta = index.data(PageListModel::DetailRole).toString();
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    if (!selected)
        quiet = opt.palette.color(group, QPalette::PlaceholderText);

    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QRect area = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);

    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(area.topLeft() + QPoint(0, boldMetrics.ascent()),
                      boldMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(quiet);
    const QFontMetrics metrics(opt.font);
    painter->drawText(area.topLeft() + QPoint(0, boldMetrics.height() + metrics.ascent()),
                      metrics.elidedText(meta, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize PageListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height =
        QFontMetrics(bold).height() + QFontMetrics(option.font).height() + kPadding + 2;
    return {200, height};
}

} // namespace lga::ui
