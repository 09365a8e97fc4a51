// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/checker.h>
#include <core/page.h>
#include <store/syncstore.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QThreadPool>
#include <QUuid>

#include <functional>

namespace lga::store {
class PageStore;
}

namespace lga::ui {

/// The pages of the store waiting for review, oldest submission first: title, content type,
/// when they were submitted, their author, the checker's error and warning counts, and the
/// review date.
///
/// The author of a page the site holds in review is its owner as the last pull named them; of
/// one submitted here and not sent yet, the user signed in here.
///
/// A page was submitted when the site last changed it, if the site holds it in review (its
/// synced base says so); otherwise when it was last saved here. The checker runs off the UI
/// thread, and its counts are kept per page version, so a refresh checks only pages that
/// changed. Use from the GUI thread.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        TypeColumn,
        SubmittedColumn,
        AuthorColumn,
        FindingsColumn,
        ReviewDateColumn,
        ColumnCount,
    };

    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SortRole,     ///< What the column sorts by (dates as dates, counts as numbers).
        ErrorsRole,   ///< The checker's error count; -1 until the page is checked.
        WarningsRole, ///< The checker's warning count; -1 until the page is checked.
        OverdueRole,  ///< True when the review date is past.
    };

    struct Entry
    {
        core::Page page;
        QDateTime submitted;
        /// The author's name; "Unknown" when neither the site nor this app can say.
        QString author;
        /// Where the submission was made and, for an unknown author, why it is unknown.
        QString authorNote;
        /// Submitted on this computer and not sent to the site yet.
        bool submittedHere = true;
        int errors = -1;
        int warnings = -1;
    };

    ReviewQueueModel(store::PageStore &store, check::CheckSettings settings,
                     QObject *parent = nullptr);
    ~ReviewQueueModel() override;

    /// Reads the pages in review from the store again and checks those that changed.
    void refresh();
    /// The clock "overdue" and "3 days ago" are measured against; tests set it.
    void setClock(std::function<QDateTime()> clock);
    /// The name of the user signed in here, the author of submissions not sent yet. Unset: the
    /// user name the sync settings remember (`Sync/UserName`). Read at each refresh().
    void setSignedInUser(std::function<QString()> userName);

    const Entry &at(int row) const { return m_entries.at(row); }
    int rowOf(const QUuid &uuid) const;
    /// True while some page's counts are still being worked out.
    bool isChecking() const { return m_running || !m_queued.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Every page in the queue has its counts.
    void checksFinished();

private:
    struct Counts
    {
        core::Page page; ///< The version the counts are for.
        int errors = 0;
        int warnings = 0;
    };
    Entry makeEntry(const core::Page &page) const;
    QString findingsText(const Entry &entry) const;
    QString submittedText(const QDateTime &submitted) const;
    QString reviewDateText(const QDate &date) const;
    bool isOverdue(const QDate &date) const;
    void startChecks();
    void onChecked();

    store::PageStore &m_store;
    store::SyncStore m_sync;
    check::Checker m_checker;
    std::function<QDateTime()> m_clock;
    std::function<QString()> m_userName;
    QList<Entry> m_entries;
    QHash<QUuid, Counts> m_cache;
    QList<core::Page> m_queued;
    // The pages the running check is working on, so a refresh meanwhile does not queue them again.
    QHash<QUuid, core::Page> m_inFlight;
    QThreadPool m_pool;
    QFutureWatcher<QList<Counts>> m_watcher;
    bool m_running = false;
};

} // namespace lga::ui
