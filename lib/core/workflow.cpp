// SPDX-License-Identifier: GPL-2.0-or-later
#include "workflow.h"

#include <QCoreApplication>

namespace lga::core {

namespace {

const char *const labelContext = "lga::core::Workflow";

} // namespace

QString toMachineName(Role role)
{
    switch (role) {
    case Role::Contributor:
        return QStringLiteral("localgov_contributor");
    case Role::Author:
        return QStringLiteral("localgov_author");
    case Role::Editor:
        return QStringLiteral("localgov_editor");
    }
    return {};
}

std::optional<Role> roleFromMachineName(const QString &name)
{
    for (const Role role : {Role::Contributor, Role::Author, Role::Editor}) {
        if (toMachineName(role) == name)
            return role;
    }
    return std::nullopt;
}

QList<Role> rolesFromMachineNames(const QStringList &names)
{
    QList<Role> roles;
    for (const QString &name : names) {
        const std::optional<Role> role = roleFromMachineName(name);
        if (role && !roles.contains(*role))
            roles.append(*role);
    }
    return roles;
}

QString WorkflowTransition::label() const
{
    return QCoreApplication::translate(labelContext, sourceLabel);
}

bool WorkflowTransition::allows(const QList<Role> &someRoles) const
{
    for (const Role role : someRoles) {
        if (roles.contains(role))
            return true;
    }
    return false;
}

const QList<WorkflowTransition> &Workflow::transitions()
{
    using S = ModerationState;
    const Role editor = Role::Editor;
    const Role author = Role::Author;
    const Role contributor = Role::Contributor;
    // workflows.workflow.localgov_editorial.yml and localgov_workflows_localgov_roles_default.
    static const QList<WorkflowTransition> list{
        {QStringLiteral("create_new_draft"),
         QT_TRANSLATE_NOOP("lga::core::Workflow", "Create New Draft"),
         {S::Draft, S::Published},
         S::Draft,
         {editor, author, contributor}},
        {QStringLiteral("submit_for_review"),
         QT_TRANSLATE_NOOP("lga::core::Workflow", "Submit for review"),
         {S::Archived, S::Draft, S::Published, S::Review},
         S::Review,
         {editor, author, contributor}},
        {QStringLiteral("approve"),
         QT_TRANSLATE_NOOP("lga::core::Workflow", "Approve"),
         {S::Review},
         S::Published,
         {editor}},
        {QStringLiteral("reject"),
         QT_TRANSLATE_NOOP("lga::core::Workflow", "Reject"),
         {S::Review},
         S::Draft,
         {editor, author, contributor}},
        {QStringLiteral("publish"),
         QT_TRANSLATE_NOOP("lga::core::Workflow", "Publish"),
         {S::Draft, S::Published},
         S::Published,
         {editor, author}},
        {QStringLiteral("archive"),
         QT_TRANSLATE_NOOP("lga::core::Workflow", "Archive"),
         {S::Draft, S::Review, S::Published},
         S::Archived,
         {editor, author}},
        {QStringLiteral("archived_draft"),
         QT_TRANSLATE_NOOP("lga::core::Workflow", "Restore to Draft"),
         {S::Archived},
         S::Draft,
         {editor}},
        {QStringLiteral("archived_published"),
         QT_TRANSLATE_NOOP("lga::core::Workflow", "Restore"),
         {S::Archived},
         S::Published,
         {editor}},
    };
    return list;
}

std::optional<WorkflowTransition> Workflow::transition(const QString &id)
{
    for (const WorkflowTransition &t : transitions()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

std::optional<WorkflowTransition> Workflow::between(ModerationState from, ModerationState to)
{
    // No two transitions share a from and a to state, so the first match is the only one.
    for (const WorkflowTransition &t : transitions()) {
        if (t.to == to && t.from.contains(from))
            return t;
    }
    return std::nullopt;
}

QList<WorkflowTransition> Workflow::available(const QList<Role> &roles, ModerationState from)
{
    QList<WorkflowTransition> result;
    for (const WorkflowTransition &t : transitions()) {
        if (t.from.contains(from) && t.allows(roles))
            result.append(t);
    }
    return result;
}

bool Workflow::mayMove(const QList<Role> &roles, ModerationState from, ModerationState to)
{
    const std::optional<WorkflowTransition> t = between(from, to);
    return t && t->allows(roles);
}

} // namespace lga::core
