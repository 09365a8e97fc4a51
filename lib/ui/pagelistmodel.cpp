// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagelistmodel.h"

#include <core/contenttype.h>

#include <QLocale>

#include <algorithm>
#include <utility>

namespace lga::ui {

PageListModel::PageListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PageListModel::setPages(QList<core::PageSummary> pages)
{
    beginResetModel();
    m_pages = std::move(pages);
    std::stable_sort(m_pages.begin(), m_pages.end(),
                     [](const auto &a, const auto &b) { return a.updated > b.updated; });
    endResetModel();
}

int PageListModel::rowOf(const QUuid &uuid) const
{
    const auto it = std::find_if(m_pages.cbegin(), m_pages.cend(),
                                 [&](const core::PageSummary &p) { return p.uuid == uuid; });
    return it == m_pages.cend() ? -1 : int(it - m_pages.cbegin());
}

void PageListModel::upsert(const core::PageSummary &page)
{
    const int row = rowOf(page.uuid);
    if (row == 0) {
        m_pages[0] = page;
        Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    if (row > 0) {
        beginMoveRows({}, row, row, {}, 0);
        m_pages.move(row, 0);
        endMoveRows();
        m_pages[0] = page;
        Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_pages.prepend(page);
    endInsertRows();
}

void PageListModel::remove(const QUuid &uuid)
{
    const int row = rowOf(uuid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_pages.removeAt(row);
    endRemoveRows();
}

void PageListModel::setSearchHits(const QList<store::SearchHit> &hits)
{
    QHash<QUuid, Match> before = std::exchange(m_matches, {});
    m_matches.reserve(hits.size());
    for (const store::SearchHit &hit : hits)
        m_matches.insert(hit.page.uuid, {hit.titleHighlighted, hit.snippet, hit.rank});
    m_searching = true;
    Q_EMIT searchChanged();
    emitSearchRolesChanged(before);
}

void PageListModel::clearSearch()
{
    if (!m_searching)
        return;
    QHash<QUuid, Match> before = std::exchange(m_matches, {});
    m_searching = false;
    Q_EMIT searchChanged();
    emitSearchRolesChanged(before);
}

void PageListModel::emitSearchRolesChanged(const QHash<QUuid, Match> &before)
{
    // Only the rows a search found, before or now, change their search roles. Telling views
    // about those alone, rather than about all ten thousand rows, spares the page list's proxy
    // from filtering every row a second time on each keystroke. A row the search's first and
    // final stages found alike is left out too, so it is neither filtered nor repainted again.
    if (before.isEmpty() && m_matches.isEmpty())
        return;
    const QList<int> roles = {HighlightedTitleRole, SnippetRole, RankRole};
    int first = -1;
    for (int row = 0; row <= m_pages.size(); ++row) {
        bool changed = false;
        if (row < m_pages.size()) {
            const QUuid &uuid = m_pages.at(row).uuid;
            const auto now = m_matches.constFind(uuid);
            const auto then = before.constFind(uuid);
            const bool inNow = now != m_matches.cend();
            const bool inThen = then != before.cend();
            changed = inNow != inThen || (inNow && !(*now == *then));
        }
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            Q_EMIT dataChanged(index(first), index(row - 1), roles);
            first = -1;
        }
    }
}

QString PageListModel::reviewText(const core::PageSummary &page, bool withDate) const
{
    const QString date = QLocale().toString(page.reviewDate, QLocale::ShortFormat);
    // Overdue is said in words, not only shown in a colour, so everyone can tell.
    if (page.reviewDate < today())
        return withDate ? tr("Review overdue since %1").arg(date) : tr("Review overdue");
    return tr("Review by %1").arg(date);
}

const PageListModel::Match *PageListModel::matchAt(int row) const
{
    if (!m_searching || row < 0 || row >= m_pages.size())
        return nullptr;
    const auto it = m_matches.constFind(m_pages.at(row).uuid);
    return it == m_matches.cend() ? nullptr : &it.value();
}

bool PageListModel::isInSearch(int row) const
{
    return !m_searching || matchAt(row) != nullptr;
}

double PageListModel::rankAt(int row) const
{
    const Match *match = matchAt(row);
    return match ? match->rank : 0.0;
}

void PageListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_pages.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QDate PageListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pages.size())
        return {};
    const core::PageSummary &page = m_pages.at(index.row());
    const QString title = page.title.isEmpty() ? tr("(untitled page)") : page.title;
    const QString type = core::contentType(page.bundle).label;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 · %3").arg(title, type, core::displayName(page.state));
    case DetailRole:
        return tr("%1 · %2").arg(type, core::displayName(page.state));
    case Qt::AccessibleTextRole: {
        // A screen reader hears the words around the match that sighted users see under it, and
        // the review state that the list shows beside them.
        QString spoken = tr("%1, %2, %3").arg(title, type, core::displayName(page.state));
        if (page.reviewDate.isValid())
            spoken = tr("%1, %2").arg(spoken, reviewText(page, true));
        const SyncBadge badge = m_sync.value(page.uuid);
        if (badge.state != SyncState::None)
            spoken = tr("%1, %2").arg(spoken, syncText(badge.state));
        if (const Match *match = matchAt(index.row()); match && !match->snippet.isEmpty())
            spoken = tr("%1: %2").arg(spoken, store::PageSearch::withoutMarkers(match->snippet));
        return spoken;
    }
    case Qt::ToolTipRole: {
        QString tip =
            tr("%1\nLast edited %2")
                .arg(title, QLocale().toString(page.updated.toLocalTime(), QLocale::ShortFormat));
        if (page.reviewDate.isValid())
            tip = tr("%1\n%2").arg(tip, reviewText(page, true));
        const SyncBadge badge = m_sync.value(page.uuid);
        if (badge.state != SyncState::None)
            tip =
                tr("%1\n%2").arg(tip, badge.message.isEmpty()
                                          ? syncText(badge.state)
                                          : tr("%1: %2").arg(syncText(badge.state), badge.message));
        return tip;
    }
    case ReviewDateRole:
        return page.reviewDate;
    case ReviewOverdueRole:
        return page.reviewDate.isValid() && page.reviewDate < today();
    case ReviewTextRole:
        return page.reviewDate.isValid() ? reviewText(page, false) : QString();
    case SyncStateRole:
        return int(m_sync.value(page.uuid).state);
    case SyncTextRole:
        return syncText(m_sync.value(page.uuid).state);
    case SyncMessageRole:
        return m_sync.value(page.uuid).message;
    case TitleRole:
        return title;
    case UuidRole:
        return page.uuid;
    case UpdatedRole:
        return page.updated;
    case BundleRole:
        return page.bundle;
    case StateRole:
        return int(page.state);
    case HighlightedTitleRole:
    case SnippetRole:
    case RankRole: {
        const Match *match = matchAt(index.row());
        if (!match)
            return {};
        if (role == RankRole)
            return match->rank;
        if (role == SnippetRole)
            return match->snippet;
        // A title edited since the search would show stale words; show it as it is now.
        return store::PageSearch::withoutMarkers(match->title) == page.title &&
                       !page.title.isEmpty()
                   ? match->title
                   : title;
    }
    default:
        return {};
    }
}

void PageListModel::setSyncStates(QHash<QUuid, SyncBadge> badges)
{
    m_sync = std::move(badges);
    if (!m_pages.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_pages.size()) - 1),
                           {SyncStateRole, SyncTextRole, SyncMessageRole, Qt::AccessibleTextRole,
                            Qt::ToolTipRole});
}

void PageListModel::markChangedHere(const QUuid &uuid)
{
    // Only a page known to be in step with the site changes its badge: one never sent, in
    // conflict or in error already says what matters more.
    const auto it = m_sync.find(uuid);
    if (it == m_sync.end() || it->state != SyncState::None)
        return;
    it->state = SyncState::ChangedHere;
    if (const int row = rowOf(uuid); row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

QString PageListModel::syncText(SyncState state)
{
    switch (state) {
    case SyncState::None:
        return {};
    case SyncState::NotOnSite:
        return tr("Not on site yet");
    case SyncState::ChangedHere:
        return tr("Changed here");
    case SyncState::Conflict:
        return tr("Conflict");
    case SyncState::Error:
        return tr("Error");
    case SyncState::DraftOnSite:
        return tr("Draft on site");
    }
    return {};
}

QHash<int, QByteArray> PageListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(UpdatedRole, "updated");
    names.insert(TitleRole, "title");
    return names;
}

} // namespace lga::ui
