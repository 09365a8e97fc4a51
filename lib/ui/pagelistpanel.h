// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <store/pagesearch.h>

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTimer;

namespace lga::ui {

class PageListModel;
class PageSearcher;

/// The list of pages with a search box, content type and state filters and a "review due"
/// toggle above it.
///
/// Typing searches titles, summaries and bodies (store::PageSearch, on a worker thread) a
/// moment after the last key; the list then shows the pages found, best first, with the
/// matched words in bold. The pages whose title or summary match are shown first, as soon as
/// they are found, and the full list replaces them when the bodies have been searched too
/// (PageSearcher). With no words the filters narrow the usual most-recently-edited list.
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
    /// Checked: only pages whose review is due within SearchFilter::kReviewDueDays days of the
    /// model's today(), or overdue.
    QCheckBox *reviewDueFilter() const { return m_reviewDue; }
    QListView *view() const { return m_view; }
    /// True while typed text has not been searched yet or a search is running.
    bool isSearchPending() const;

Q_SIGNALS:
    void pageActivated(const QUuid &uuid);
    /// The list shows the first results of the latest text: the pages whose title or summary
    /// match. searchFinished() follows with the full list.
    void firstResultsShown();
    /// The list shows the result of the latest text and filters.
    void searchFinished();

private:
    store::SearchFilter filter() const;
    void search();
    void showFirstHits(const QList<store::SearchHit> &hits);
    void showHits(const QList<store::SearchHit> &hits, const QString &error);
    void clearSearch();
    void finishSearch();
    void openFirst();
    void fetchMoreIfNeeded();

    PageListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_type;
    QComboBox *m_state;
    QCheckBox *m_reviewDue;
    QListView *m_view;
    QTimer *m_debounce;
    PageSearcher *m_searcher = nullptr;
    bool m_selecting = false;
    bool m_openFirstWhenFound = false;
    int m_searchLimit = 0;
    int m_lastHitCount = 0;
};

} // namespace lga::ui
