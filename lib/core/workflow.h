// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "moderationstate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lga::core {

/// The LocalGov roles that take part in the editorial workflow.
enum class Role
{
    Contributor,
    Author,
    Editor,
};

/// The role's machine name on the site (`localgov_contributor`, `localgov_author`,
/// `localgov_editor`).
QString toMachineName(Role role);

/// Parses a role machine name; std::nullopt for roles outside the workflow.
std::optional<Role> roleFromMachineName(const QString &name);

/// The workflow roles among \a names, ignoring any others (such as `authenticated`).
QList<Role> rolesFromMachineNames(const QStringList &names);

/// One transition of `localgov_editorial`: the states it leaves from, where it goes, and the
/// roles given `use localgov_editorial transition <id>`.
struct WorkflowTransition
{
    QString id;
    /// The untranslated label; see label().
    const char *sourceLabel = nullptr;
    QList<ModerationState> from;
    ModerationState to = ModerationState::Draft;
    QList<Role> roles;

    /// The translated label for the UI.
    QString label() const;
    bool allows(const QList<Role> &someRoles) const;
};

/// LocalGov's `localgov_editorial` workflow (localgov.md §3.1) and who may use each transition
/// (§3.2), as data.
class Workflow
{
public:
    static const QList<WorkflowTransition> &transitions();
    static std::optional<WorkflowTransition> transition(const QString &id);
    /// The transition that moves a page from \a from to \a to; none for archived to archived.
    static std::optional<WorkflowTransition> between(ModerationState from, ModerationState to);
    /// The transitions a user with \a roles may take from \a from, in the workflow's order.
    static QList<WorkflowTransition> available(const QList<Role> &roles, ModerationState from);
    /// Whether a user with \a roles may move a page from \a from to \a to.
    static bool mayMove(const QList<Role> &roles, ModerationState from, ModerationState to);
};

} // namespace lga::core
