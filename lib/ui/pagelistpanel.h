// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace lga::ui {

class PageListModel;

/// The list of pages with a filter box above it.
class PageListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PageListPanel(PageListModel *model, QWidget *parent = nullptr);

    QUuid currentPage() const;
    /// Selects a page (clearing the filter if it hides it); emits nothing.
    void selectPage(const QUuid &uuid);
    void focusFilter();
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void pageActivated(const QUuid &uuid);

private:
    PageListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_view;
    bool m_selecting = false;
};

} // namespace lga::ui
