// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace lga::ui {

class ReviewQueueModel;

/// The pages waiting for review, for a reviewer to work through: a heading with their number,
/// a sortable table (oldest submission first to begin with), and a plain sentence when there
/// are none. Enter or a double-click on a row asks to open that page.
class ReviewQueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueuePanel(ReviewQueueModel *model, QWidget *parent = nullptr);

    ReviewQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *heading() const { return m_heading; }
    /// The page of the table's current row as sorted on screen; null when there is none.
    QUuid currentPage() const;
    /// Moves the keyboard focus to the table, selecting its first row when none is.
    void focusQueue();

Q_SIGNALS:
    /// The reviewer asked to open the page (Enter or a double-click).
    void pageActivated(const QUuid &uuid);

private:
    void updateHeading();

    ReviewQueueModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QUuid m_keep;
};

} // namespace lga::ui
