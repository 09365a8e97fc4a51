// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <store/storeaccess.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace lga::store {

class PageStore;

/// A checker finding the author looked at and judged fine on one page ("Checked and OK").
struct Dismissal
{
    QUuid page;
    /// The checker rule ("link-generic-text").
    QString ruleId;
    /// The words the finding was about ("click here"); empty for a finding about a whole block.
    QString anchor;
    QString reason;
    QDateTime created;

    bool operator==(const Dismissal &) const = default;
};

/// The findings dismissed on each page, kept in the store's file so they travel with the page
/// and its backups. A dismissal matches a finding by rule and anchor, never by position, so it
/// holds while the author edits elsewhere. Deleting a page deletes its dismissals.
///
/// Uses the PageStore's connection, so the same thread rules apply. Calls that fail return false
/// (or an empty list) and leave the reason in lastError().
class DismissalStore : public StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(lga::store::DismissalStore)

public:
    /// \a store must outlive this object and be open when its functions are called.
    explicit DismissalStore(PageStore &store);

    /// Dismisses (rule, anchor) on \a page with \a reason; dismissing it again replaces the
    /// reason and the date.
    bool dismiss(const QUuid &page, const QString &ruleId, const QString &anchor,
                 const QString &reason);
    /// Brings the finding back. Restoring one that is not dismissed is not an error.
    bool restore(const QUuid &page, const QString &ruleId, const QString &anchor);
    /// The page's dismissals, oldest first.
    QList<Dismissal> list(const QUuid &page) const;

private:
    bool failSql(const QSqlError &error) const;
};

} // namespace lga::store
