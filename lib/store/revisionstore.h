// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <store/storeaccess.h>
#include <store/storeerror.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QUuid>

#include <chrono>
#include <functional>
#include <optional>

namespace lga::store {

class PageStore;

/// The local history of each page: earlier versions the author can look at and bring back.
///
/// Saves are coalesced so that the history reads as the author worked. All saves of one editing
/// burst make a single revision that holds the page as it was at the end of the burst. A burst
/// ends when no save comes for burstWindow() (five minutes by default), when the author leaves
/// the page (endBurst()), or when they save a named version (saveVersion()). Restoring a
/// revision adds a new one, so nothing in the history is ever lost by restoring. A save that
/// changes nothing adds nothing.
///
/// Deleting a page deletes its history with it.
///
/// Uses the PageStore's connection, so the same thread rules apply. Calls that fail return false
/// (or an empty value) and leave the reason in lastError().
class RevisionStore : public StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::RevisionStore)

public:
    enum class Kind
    {
        Burst,   ///< The saves of one editing burst.
        Version, ///< A version the author saved on purpose, usually with a message.
        Restore, ///< The page as a restore brought it back.
        Import,  ///< The page as it came from elsewhere, e.g. the site.
    };

    struct Revision
    {
        qint64 id = 0;
        QUuid page;
        /// When the revision began. For a burst, the content is that of its last save.
        QDateTime created;
        Kind kind = Kind::Burst;
        QString message;
        /// The page as the revision holds it; `uuid` is the page and `updated` is `created`.
        /// `bundle` and `created` are the page's current ones, which a revision does not change.
        core::Page snapshot;

        bool operator==(const Revision &) const = default;
    };

    /// \a store must outlive this object and be open when its functions are called.
    explicit RevisionStore(PageStore &store);

    /// How long without a save ends a burst.
    std::chrono::milliseconds burstWindow() const { return m_burstWindow; }
    void setBurstWindow(std::chrono::milliseconds window);

    /// Records a save of \a page, which must already be in the store. It is folded into the
    /// page's newest revision while that is a burst still open, or else starts a new burst.
    bool noteSaved(const core::Page &page);
    /// Ends the page's current burst, so that its next save starts a new revision.
    bool endBurst(const QUuid &page);
    /// Records \a page as a version with \a message and ends the current burst. When the newest
    /// revision already holds this content and is a burst, that burst becomes the version, so
    /// the history does not show the same text twice.
    bool saveVersion(const core::Page &page, const QString &message);
    /// Records \a page, already saved to the store, as it came in from elsewhere (a folder
    /// import, later the site) and ends the current burst, so the history shows where the text
    /// came from. Content the newest revision already holds adds nothing.
    bool noteImported(const core::Page &page, const QString &message);
    /// Writes the content of revision \a revisionId over its page (with `updated` now) and
    /// records that as a new revision. Returns the page as now stored.
    std::optional<core::Page> restore(qint64 revisionId);

    /// The page's revisions, newest first.
    QList<Revision> history(const QUuid &page) const;
    /// The revision, or std::nullopt with lastError() NotFound (or the read error).
    std::optional<Revision> revision(qint64 id) const;

    static QString toMachineName(Kind kind);
    static std::optional<Kind> kindFromMachineName(const QString &name);

private:
    struct Latest;

    std::optional<Latest> latest(const QUuid &page) const;
    bool pageExists(const QUuid &page) const;
    bool insertRevision(const core::Page &page, Kind kind, const QString &message,
                        const QDateTime &time, bool open);
    bool closeBursts(const QUuid &page);
    /// Records an SQLite error in words for this table (see StoreAccess::failSql).
    bool failSql(const QSqlError &error) const;

    std::chrono::milliseconds m_burstWindow{std::chrono::minutes(5)};
};

} // namespace lga::store
