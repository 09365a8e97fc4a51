// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <store/pagesearch.h>

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTimer;

namespace lga::ui {

class PageListModel;
class PageSearcher;

/// The list of pages with a search box and content type and state filters above it.
///
/// Typing searches titles, summaries and bodies (store::PageSearch, on a worker thread) a
/// moment after the last key; the list then shows the pages found, best first, with the
/// matched words in bold. With no words the filters narrow the usual most-recently-edited list.
class PageListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PageListPanel(PageListModel *model, QWidget *parent = nullptr);
    ~PageListPanel() override;

    /// Searches the store file at \a path; until this is called the filter box matches titles.
    void setStorePath(const QString &path);

    QUuid currentPage() const;
    /// Selects a page (clearing the search and filters if they hide it); emits nothing.
    void selectPage(const QUuid &uuid);
    void focusFilter();
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *stateFilter() const { return m_state; }
    QListView *view() const { return m_view; }
    /// True while typed text has not been searched yet or a search is running.
    bool isSearchPending() const;

Q_SIGNALS:
    void pageActivated(const QUuid &uuid);
    /// The list shows the result of the latest text and filters.
    void searchFinished();

private:
    store::SearchFilter filter() const;
    void search();
    void showHits(const QList<store::SearchHit> &hits, const QString &error);
    void clearSearch();
    void finishSearch();
    void openFirst();

    PageListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_type;
    QComboBox *m_state;
    QListView *m_view;
    QTimer *m_debounce;
    PageSearcher *m_searcher = nullptr;
    bool m_selecting = false;
    bool m_openFirstWhenFound = false;
};

} // namespace lga::ui
