// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/moderationstate.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace lga::store {
class PageStore;
} // namespace lga::store

namespace lga::sync {

/// A reviewer's or author's decision on a page, queued for the next sync as a workflow
/// transition in the outbox (it works offline too). Each decision remembers the version of the
/// page it was taken on, so the site refuses it if the page changed there in the meantime.
/// Decisions the user's roles do not allow, or that the workflow has no move for from the
/// page's state, are refused here with a plain reason and nothing is queued.
class ReviewDecision
{
    Q_DECLARE_TR_FUNCTIONS(lga::sync::ReviewDecision)

public:
    enum class Kind
    {
        SubmitForReview, ///< `submit_for_review`, to review; the message is optional.
        Approve,         ///< `approve`, review to published.
        SendBack,        ///< `reject`, review to draft; a comment is required.
        Archive,         ///< `archive`, to archived.
    };

    /// \a roles are the user's role machine names on the site (SyncEngine::roles()).
    ReviewDecision(store::PageStore &store, QStringList roles);

    /// Queues \a kind on \a page with \a message as the revision log. Returns false, with the
    /// reason in error(), when the decision is refused.
    bool queue(const QUuid &page, Kind kind, const QString &message = {});
    /// Why the last queue() was refused, translated; empty after a success.
    const QString &error() const { return m_error; }

    /// The page's state on the site once the decisions already queued for it are sent;
    /// std::nullopt when the page is not on a site or not in the workflow.
    std::optional<core::ModerationState> pendingState(const QUuid &page) const;
    /// The decisions the user's roles allow on \a page now, for the UI to offer.
    QList<Kind> available(const QUuid &page) const;

    /// The workflow transition a decision makes.
    static QString transitionId(Kind kind);

private:
    bool refuse(const QString &message);

    store::PageStore &m_store;
    QStringList m_roles;
    QString m_error;
};

} // namespace lga::sync
