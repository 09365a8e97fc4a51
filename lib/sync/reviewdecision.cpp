// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewdecision.h"

#include <core/workflow.h>
#include <store/pagestore.h>
#include <store/syncstore.h>

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

ReviewDecision::ReviewDecision(store::PageStore &store, QStringList roles)
    : m_store(store)
    , m_roles(std::move(roles))
{}

QString ReviewDecision::transitionId(Kind kind)
{
    switch (kind) {
    case Kind::SubmitForReview:
        return u"submit_for_review"_s;
    case Kind::Approve:
        return u"approve"_s;
    case Kind::SendBack:
        return u"reject"_s;
    case Kind::Archive:
        return u"archive"_s;
    }
    return {};
}

std::optional<core::ModerationState> ReviewDecision::pendingState(const QUuid &page) const
{
    store::SyncStore sync(m_store);
    const std::optional<store::SyncRecord> record = sync.record(page);
    if (!record || record->resource.isEmpty())
        return std::nullopt;
    QString state = record->resource.value(u"attributes"_s)[u"moderation_state"_s].toString();
    // Decisions still in the outbox are sent in order; the last one says where the page goes.
    for (const store::OutboxEntry &entry : sync.outbox()) {
        if (entry.page == page && entry.operation == store::OutboxEntry::Operation::Transition)
            state = entry.payload.value(u"state"_s).toString();
    }
    return core::moderationStateFromMachineName(state);
}

QList<ReviewDecision::Kind> ReviewDecision::available(const QUuid &page) const
{
    QList<Kind> result;
    const std::optional<core::ModerationState> from = pendingState(page);
    if (!from)
        return result;
    const QList<core::WorkflowTransition> allowed =
        core::Workflow::available(core::rolesFromMachineNames(m_roles), *from);
    for (const Kind kind : {Kind::SubmitForReview, Kind::Approve, Kind::SendBack, Kind::Archive}) {
        for (const core::WorkflowTransition &t : allowed) {
            if (t.id == transitionId(kind))
                result.append(kind);
        }
    }
    return result;
}

bool ReviewDecision::queue(const QUuid &page, Kind kind, const QString &message)
{
    m_error.clear();
    const QString log = message.trimmed();
    if (kind == Kind::SendBack && log.isEmpty())
        return refuse(tr("Write a comment for the author saying what to change before sending "
                         "the page back."));
    store::SyncStore sync(m_store);
    const std::optional<store::SyncRecord> record = sync.record(page);
    if (!record || record->resource.isEmpty())
        return refuse(tr("This page is not on the site yet, so there is nothing to decide. "
                         "Sync it first."));
    const std::optional<core::ModerationState> from = pendingState(page);
    if (!from)
        return refuse(tr("This page does not follow the editorial workflow on the site, so it "
                         "cannot be reviewed here."));
    const std::optional<core::WorkflowTransition> transition =
        core::Workflow::transition(transitionId(kind));
    if (!transition)
        return refuse(tr("This decision is not part of the site's workflow."));
    if (!transition->from.contains(*from))
        return refuse(tr("“%1” is not possible for a page that is %2.")
                          .arg(transition->label(), core::displayName(*from).toLower()));
    const QList<core::Role> roles = core::rolesFromMachineNames(m_roles);
    if (roles.isEmpty())
        return refuse(tr("The app does not know your role on the site yet. Sync once while "
                         "online, then decide."));
    if (!transition->allows(roles))
        return refuse(tr("Your role on the site does not allow “%1”. Ask an editor to do it.")
                          .arg(transition->label()));
    const QJsonObject payload{
        {u"transition"_s, transition->id},
        {u"state"_s, core::toMachineName(transition->to)},
        {u"log"_s, log},
        {u"changed"_s, record->resource.value(u"attributes"_s)[u"changed"_s].toString()}};
    if (!sync.enqueue(page, store::OutboxEntry::Operation::Transition, payload))
        return refuse(sync.lastError().message);
    return true;
}

bool ReviewDecision::refuse(const QString &message)
{
    m_error = message;
    return false;
}

} // namespace lga::sync
