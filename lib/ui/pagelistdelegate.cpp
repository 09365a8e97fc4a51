// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagelistdelegate.h"

#include "pagelistmodel.h"

#include <store/pagesearch.h>

#include <QApplication>
#include <QPainter>

namespace lga::ui {

namespace {

constexpr int kPadding = 6;

// Draws \a runs from \a origin (on the baseline) in \a font, matched runs in \a matchedFont,
// eliding the last one that does not fit in \a width.
void drawRuns(QPainter *painter, QPoint origin, int width, const QList<PageListDelegate::Run> &runs,
              const QFont &font, const QFont &matchedFont)
{
    int x = origin.x();
    const int right = origin.x() + width;
    for (const PageListDelegate::Run &run : runs) {
        const QFont &runFont = run.matched ? matchedFont : font;
        const QFontMetrics metrics(runFont);
        painter->setFont(runFont);
        const int advance = metrics.horizontalAdvance(run.text);
        if (x + advance > right) {
            painter->drawText(QPoint(x, origin.y()),
                              metrics.elidedText(run.text, Qt::ElideRight, right - x));
            return;
        }
        painter->drawText(QPoint(x, origin.y()), run.text);
        x += advance;
    }
}

} // namespace

QList<PageListDelegate::Run> PageListDelegate::runs(const QString &marked)
{
    QList<Run> result;
    Run current;
    for (const QChar c : marked) {
        const bool start = c == store::PageSearch::kMatchStart;
        if (start || c == store::PageSearch::kMatchEnd) {
            if (current.matched != start) {
                if (!current.text.isEmpty())
                    result.append(current);
                current = Run{{}, start};
            }
            continue;
        }
        // A snippet is one line; line breaks in the page's text become spaces.
        current.text.append(c == u'\n' || c == u'\r' || c == u'\t' ? QChar(u' ') : c);
    }
    if (!current.text.isEmpty())
        result.append(current);
    return result;
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
    const QFontMetrics metrics(opt.font);
    const QRect area = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QPoint firstLine = area.topLeft() + QPoint(0, boldMetrics.ascent());
    const QPoint secondLine = area.topLeft() + QPoint(0, boldMetrics.height() + metrics.ascent());

    painter->save();
    painter->setPen(text);
    // The sync badge sits at the end of the title line, in words inside a frame: a state such
    // as "Conflict" is said, never shown by a colour alone.
    int titleWidth = area.width();
    const QString badge = index.data(PageListModel::SyncTextRole).toString();
    if (!badge.isEmpty()) {
        const auto state =
            PageListModel::SyncState(index.data(PageListModel::SyncStateRole).toInt());
        const bool urgent =
            state == PageListModel::SyncState::Conflict || state == PageListModel::SyncState::Error;
        const QFontMetrics badgeMetrics(urgent ? bold : opt.font);
        const QString shown = badgeMetrics.elidedText(badge, Qt::ElideRight, area.width() / 2);
        const int badgeWidth = badgeMetrics.horizontalAdvance(shown) + kPadding;
        const QRect box(area.right() - badgeWidth, area.top(), badgeWidth,
                        boldMetrics.height() - 1);
        painter->setPen(urgent && !selected ? QColor(0xd4, 0x35, 0x1c) : quiet);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setPen(urgent ? text : quiet);
        painter->setFont(urgent ? bold : opt.font);
        painter->drawText(box, Qt::AlignCenter, shown);
        painter->setPen(text);
        titleWidth -= badgeWidth + kPadding;
    }
    const QVariant highlighted = index.data(PageListModel::HighlightedTitleRole);
    if (highlighted.isValid()) {
        // Found by a search: the matched words stand out in bold in an otherwise plain title.
        drawRuns(painter, firstLine, titleWidth, runs(highlighted.toString()), opt.font, bold);
    } else {
        painter->setFont(bold);
        painter->drawText(firstLine, boldMetrics.elidedText(title, Qt::ElideRight, titleWidth));
    }
    painter->setPen(quiet);
    // The review state sits at the end of the second line, so it shows under a search's snippet
    // as well as under the type and status. Overdue is said in words and in bold, never by a
    // colour alone.
    int lineWidth = area.width();
    const QString review = index.data(PageListModel::ReviewTextRole).toString();
    if (!review.isEmpty()) {
        const bool overdue = index.data(PageListModel::ReviewOverdueRole).toBool();
        const QFont &reviewFont = overdue ? bold : opt.font;
        const QFontMetrics reviewMetrics(reviewFont);
        const QString shownReview =
            reviewMetrics.elidedText(review, Qt::ElideRight, area.width() / 2);
        const int reviewWidth = reviewMetrics.horizontalAdvance(shownReview);
        painter->setFont(reviewFont);
        if (overdue)
            painter->setPen(text);
        painter->drawText(QPoint(area.right() - reviewWidth, secondLine.y()), shownReview);
        painter->setPen(quiet);
        lineWidth -= reviewWidth + metrics.horizontalAdvance(QStringLiteral("  "));
    }
    const QString snippet = index.data(PageListModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        drawRuns(painter, secondLine, lineWidth, runs(snippet), opt.font, bold);
    } else {
        painter->setFont(opt.font);
        painter->drawText(secondLine, metrics.elidedText(meta, Qt::ElideRight, lineWidth));
    }
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
