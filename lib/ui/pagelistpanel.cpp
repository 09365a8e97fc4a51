// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagelistpanel.h"

#include "pagelistdelegate.h"
#include "pagelistmodel.h"
#include "pagesearcher.h"

#include <core/contenttype.h>

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

namespace lga::ui {

namespace {

// A search runs on PageSearcher's worker thread and never blocks typing, so each key searches
// at once; waiting longer would only add to the time until the list shows the words typed
// (tests/bench/store_bench.cpp). The zero-time timer still folds keys that arrive together (a
// paste, a fast burst queued behind a repaint) into one search, and PageSearcher drops a search
// overtaken by a newer one.
constexpr int kDebounceMs = 0;
// A search first fetches about two screenfuls of the best pages, which is all a keystroke needs
// to show; highlights and snippets cost time for every row fetched. Scrolling near the end of
// the list fetches more, up to kSearchLimitMax.
constexpr int kSearchFirst = 50;
constexpr int kSearchMore = 150;
constexpr int kSearchLimitMax = 2000;

/// Shows the model's rows that pass the type and state filters and, while a search is set,
/// that the search found, best first. Without a search the model's own order (most recently
/// edited first) is kept.
class PageListProxy : public QSortFilterProxyModel
{
public:
    PageListProxy(PageListModel *model, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_model(model)
    {
        setSourceModel(model);
        // Without a store to search, the filter box matches titles as before.
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setFilterRole(PageListModel::TitleRole);
        connect(model, &PageListModel::searchChanged, this, [this] { update(); });
    }

    void setFilter(const store::SearchFilter &filter)
    {
        // Every keystroke passes the filter again; filtering ten thousand rows again for an
        // unchanged filter would cost each keystroke milliseconds for nothing.
        if (filter == m_filter)
            return;
        m_filter = filter;
        update();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (parent.isValid() || row >= m_model->rowCount())
            return false;
        const core::PageSummary &page = m_model->at(row);
        if (!m_filter.bundle.isEmpty() && page.bundle != m_filter.bundle)
            return false;
        if (m_filter.state && page.state != *m_filter.state)
            return false;
        if (!m_filter.acceptsReviewDate(page.reviewDate))
            return false;
        if (m_model->isSearching())
            return m_model->isInSearch(row);
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        // Descending sort shows the highest rank first; ties keep the model's order.
        return m_model->rankAt(left.row()) < m_model->rankAt(right.row());
    }

private:
    void update()
    {
        invalidateFilter();
        if (m_model->isSearching())
            sort(0, Qt::DescendingOrder);
        else
            sort(-1);
    }

    PageListModel *m_model;
    store::SearchFilter m_filter;
};

} // namespace

PageListPanel::PageListPanel(PageListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new PageListProxy(model, this))
    , m_filter(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_reviewDue(new QCheckBox(
          tr("&Review due within %n days", nullptr, store::SearchFilter::kReviewDueDays), this))
    , m_view(new QListView(this))
    , m_debounce(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setAccessibleName(tr("Search pages"));
    m_filter->setPlaceholderText(tr("Search titles, summaries and text"));
    m_filter->setClearButtonEnabled(true);

    m_type->setObjectName(QStringLiteral("pageTypeFilter"));
    m_type->setAccessibleName(tr("Content type"));
    m_type->addItem(tr("All types"), QString());
    for (const core::ContentType &type : core::contentTypes())
        m_type->addItem(type.label, type.bundle);

    m_state->setObjectName(QStringLiteral("pageStateFilter"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All states"), -1);
    for (auto state : {core::ModerationState::Draft, core::ModerationState::Review,
                       core::ModerationState::Published, core::ModerationState::Archived})
        m_state->addItem(core::displayName(state), int(state));

    m_reviewDue->setObjectName(QStringLiteral("pageReviewDueFilter"));
    m_reviewDue->setAccessibleName(tr("Review due"));
    m_reviewDue->setAccessibleDescription(
        tr("Show only pages whose review date is within %n days or has passed", nullptr,
           store::SearchFilter::kReviewDueDays));

    m_view->setObjectName(QStringLiteral("pageList"));
    m_view->setAccessibleName(tr("Pages"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new PageListDelegate(m_view));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto *label = new QLabel(tr("&Pages"), this);
    label->setBuddy(m_view);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    auto *stateLabel = new QLabel(tr("Stat&e:"), this);
    stateLabel->setBuddy(m_state);
    auto *filters = new QGridLayout;
    filters->addWidget(typeLabel, 0, 0);
    filters->addWidget(m_type, 0, 1);
    filters->addWidget(stateLabel, 1, 0);
    filters->addWidget(m_state, 1, 1);
    filters->addWidget(m_reviewDue, 2, 0, 1, 2);
    filters->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_type);
    setTabOrder(m_type, m_state);
    setTabOrder(m_state, m_reviewDue);
    setTabOrder(m_reviewDue, m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_debounce, &QTimer::timeout, this, &PageListPanel::search);
    // A changed filter is one deliberate step, so it applies at once.
    connect(m_type, &QComboBox::currentIndexChanged, this, &PageListPanel::search);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PageListPanel::search);
    connect(m_reviewDue, &QCheckBox::toggled, this, &PageListPanel::search);
    // Return in the search box moves into the list, as in a search field of any desktop app.
    // When the search for the words typed is still on its way, the first page it finds is
    // opened as soon as it arrives, never a page of the list it is about to replace.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive())
            search();
        if (isSearchPending())
            m_openFirstWhenFound = true;
        else
            openFirst();
    });
    // Scrolling to the end of a search's hits fetches more; so does a view so tall that the
    // first ones do not fill it (its scroll range changes once it lays them out).
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &PageListPanel::fetchMoreIfNeeded);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &PageListPanel::fetchMoreIfNeeded);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT pageActivated(current.data(PageListModel::UuidRole).toUuid());
            });
}

PageListPanel::~PageListPanel() = default;

void PageListPanel::setStorePath(const QString &path)
{
    delete m_searcher;
    m_searcher = new PageSearcher(path, this);
    connect(m_searcher, &PageSearcher::firstResults, this, &PageListPanel::showFirstHits);
    connect(m_searcher, &PageSearcher::finished, this, &PageListPanel::showHits);
}

store::SearchFilter PageListPanel::filter() const
{
    store::SearchFilter result;
    result.bundle = m_type->currentData().toString();
    const int state = m_state->currentData().toInt();
    if (state >= 0)
        result.state = core::ModerationState(state);
    if (m_reviewDue->isChecked())
        result.reviewDueBy = store::SearchFilter::reviewDueByFor(m_model->today());
    return result;
}

bool PageListPanel::isSearchPending() const
{
    return m_debounce->isActive() || (m_searcher && m_searcher->isBusy());
}

void PageListPanel::openFirst()
{
    m_openFirstWhenFound = false;
    if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        m_view->setFocus();
    }
}

void PageListPanel::finishSearch()
{
    if (m_openFirstWhenFound)
        openFirst();
    Q_EMIT searchFinished();
}

void PageListPanel::search()
{
    m_debounce->stop();
    const QString text = m_filter->text();
    static_cast<PageListProxy *>(m_proxy)->setFilter(filter());
    if (!m_searcher) {
        m_proxy->setFilterFixedString(text);
        finishSearch();
        return;
    }
    // Without words the type and state filters work on the list the model already holds;
    // only words need the index.
    if (store::PageSearch::matchExpression(text).isEmpty()) {
        m_model->clearSearch();
        finishSearch();
        return;
    }
    m_searchLimit = kSearchFirst;
    m_searcher->request(text, filter(), m_searchLimit);
}

void PageListPanel::fetchMoreIfNeeded()
{
    // Only a search that filled its limit can have more pages to show, and only the newest one.
    if (!m_searcher || !m_model->isSearching() || isSearchPending() ||
        m_lastHitCount < m_searchLimit || m_searchLimit >= kSearchLimitMax)
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->value() < bar->maximum() - bar->pageStep())
        return;
    m_searchLimit = std::min(m_searchLimit + kSearchMore, kSearchLimitMax);
    // More of the list already shown needs no first stage, which would shorten it for a moment.
    m_searcher->request(m_filter->text(), filter(), m_searchLimit, false);
}

void PageListPanel::showFirstHits(const QList<store::SearchHit> &hits)
{
    // As in showHits(): words cleared meanwhile leave the whole list as it is.
    if (store::PageSearch::matchExpression(m_filter->text()).isEmpty())
        return;
    // The rows change in place (PageListModel::setSearchHits()), so the current page stays
    // selected and the view keeps its scroll position; m_lastHitCount waits for the full list,
    // which is the one that can have more to fetch.
    m_model->setSearchHits(hits);
    Q_EMIT firstResultsShown();
}

void PageListPanel::showHits(const QList<store::SearchHit> &hits, const QString &error)
{
    // The text may have been cleared while the search ran; its result then no longer applies.
    if (store::PageSearch::matchExpression(m_filter->text()).isEmpty())
        return;
    if (!error.isEmpty())
        m_filter->setToolTip(error);
    else
        m_filter->setToolTip({});
    m_lastHitCount = int(hits.size());
    m_model->setSearchHits(hits);
    finishSearch();
    // The first results may have changed the scroll range while this search was still busy,
    // when fetchMoreIfNeeded() would not fetch; a view the full list does not fill asks now.
    fetchMoreIfNeeded();
}

void PageListPanel::clearSearch()
{
    m_debounce->stop();
    m_openFirstWhenFound = false;
    const QSignalBlocker blockFilter(m_filter);
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockState(m_state);
    const QSignalBlocker blockReview(m_reviewDue);
    m_filter->clear();
    m_type->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_reviewDue->setChecked(false);
    static_cast<PageListProxy *>(m_proxy)->setFilter({});
    m_proxy->setFilterFixedString(QString());
    m_model->clearSearch();
}

QUuid PageListPanel::currentPage() const
{
    return m_view->currentIndex().data(PageListModel::UuidRole).toUuid();
}

void PageListPanel::selectPage(const QUuid &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid()) {
        clearSearch();
        index = m_proxy->mapFromSource(m_model->index(row));
    }
    m_selecting = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selecting = false;
}

void PageListPanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace lga::ui
