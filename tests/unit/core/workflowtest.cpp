// SPDX-License-Identifier: GPL-2.0-or-later
// The localgov_editorial workflow and its role table, checked against localgov.md §3.1–3.2.
#include <core/workflow.h>

#include <gtest/gtest.h>

#include <tuple>

using namespace lga::core;

namespace {

using S = ModerationState;

// §3.2 as printed: transition, editor, author, contributor.
struct RoleRow
{
    const char *transition;
    bool editor;
    bool author;
    bool contributor;
};

const RoleRow roleTable[] = {
    {"create_new_draft", true, true, true}, {"submit_for_review", true, true, true},
    {"reject", true, true, true},           {"publish", true, true, false},
    {"archive", true, true, false},         {"approve", true, false, false},
    {"archived_draft", true, false, false}, {"archived_published", true, false, false},
};

// §3.1 as printed: transition, from states, to state.
struct MoveRow
{
    const char *transition;
    QList<S> from;
    S to;
};

const QList<MoveRow> &moveTable()
{
    static const QList<MoveRow> rows{
        {"create_new_draft", {S::Draft, S::Published}, S::Draft},
        {"submit_for_review", {S::Archived, S::Draft, S::Published, S::Review}, S::Review},
        {"approve", {S::Review}, S::Published},
        {"reject", {S::Review}, S::Draft},
        {"publish", {S::Draft, S::Published}, S::Published},
        {"archive", {S::Draft, S::Review, S::Published}, S::Archived},
        {"archived_draft", {S::Archived}, S::Draft},
        {"archived_published", {S::Archived}, S::Published},
    };
    return rows;
}

const QList<S> allStates{S::Draft, S::Review, S::Published, S::Archived};

class RolePermission : public ::testing::TestWithParam<std::tuple<RoleRow, Role>>
{
};

TEST_P(RolePermission, MatchesTheLocalGovRoleTable)
{
    const auto &[row, role] = GetParam();
    const bool expected = role == Role::Editor   ? row.editor
                          : role == Role::Author ? row.author
                                                 : row.contributor;
    const QString id = QString::fromLatin1(row.transition);
    const std::optional<WorkflowTransition> transition = Workflow::transition(id);
    ASSERT_TRUE(transition) << row.transition;
    EXPECT_EQ(transition->allows({role}), expected) << row.transition;
    // Every move the transition makes is allowed exactly when the role holds the permission,
    // and is offered from its from-states exactly then.
    for (const S from : transition->from) {
        EXPECT_EQ(Workflow::mayMove({role}, from, transition->to), expected)
            << row.transition << " from " << toMachineName(from).toStdString();
        bool offered = false;
        for (const WorkflowTransition &t : Workflow::available({role}, from))
            offered = offered || t.id == id;
        EXPECT_EQ(offered, expected) << row.transition;
    }
}

INSTANTIATE_TEST_SUITE_P(EveryTransitionAndRole, RolePermission,
                         ::testing::Combine(::testing::ValuesIn(roleTable),
                                            ::testing::Values(Role::Editor, Role::Author,
                                                              Role::Contributor)));

TEST(Workflow, BetweenFindsExactlyTheDocumentedMoves)
{
    for (const S from : allStates) {
        for (const S to : allStates) {
            const MoveRow *expected = nullptr;
            for (const MoveRow &row : moveTable())
                if (row.to == to && row.from.contains(from))
                    expected = &row;
            const std::optional<WorkflowTransition> found = Workflow::between(from, to);
            const std::string move =
                toMachineName(from).toStdString() + " to " + toMachineName(to).toStdString();
            if (!expected) {
                EXPECT_FALSE(found) << move;
                continue;
            }
            ASSERT_TRUE(found) << move;
            EXPECT_EQ(found->id, QString::fromLatin1(expected->transition)) << move;
        }
    }
}

TEST(Workflow, ArchivedToArchivedIsNoTransition)
{
    EXPECT_FALSE(Workflow::between(S::Archived, S::Archived));
    EXPECT_FALSE(Workflow::mayMove({Role::Editor}, S::Archived, S::Archived));
}

TEST(Workflow, AnAuthorMayPublishADraftButNotApproveAReview)
{
    EXPECT_TRUE(Workflow::mayMove({Role::Author}, S::Draft, S::Published));
    EXPECT_FALSE(Workflow::mayMove({Role::Author}, S::Review, S::Published));
    EXPECT_TRUE(Workflow::mayMove({Role::Editor}, S::Review, S::Published));
}

TEST(Workflow, AReviewerSeesOnlyTheDecisionsTheirRolesAllow)
{
    auto ids = [](const QList<Role> &roles, S from) {
        QStringList result;
        for (const WorkflowTransition &t : Workflow::available(roles, from))
            result.append(t.id);
        return result;
    };
    EXPECT_EQ(ids({Role::Editor}, S::Review),
              (QStringList{QStringLiteral("submit_for_review"), QStringLiteral("approve"),
                           QStringLiteral("reject"), QStringLiteral("archive")}));
    EXPECT_EQ(ids({Role::Author}, S::Review),
              (QStringList{QStringLiteral("submit_for_review"), QStringLiteral("reject"),
                           QStringLiteral("archive")}));
    EXPECT_EQ(ids({Role::Contributor}, S::Archived),
              QStringList{QStringLiteral("submit_for_review")});
    EXPECT_TRUE(ids({}, S::Review).isEmpty());
    // Several roles give the union of their transitions.
    EXPECT_EQ(ids({Role::Contributor, Role::Editor}, S::Archived),
              (QStringList{QStringLiteral("submit_for_review"), QStringLiteral("archived_draft"),
                           QStringLiteral("archived_published")}));
}

TEST(Workflow, RolesAreReadFromTheSitesMachineNames)
{
    EXPECT_EQ(
        rolesFromMachineNames({QStringLiteral("authenticated"), QStringLiteral("localgov_author"),
                               QStringLiteral("localgov_news_editor")}),
        QList<Role>{Role::Author});
    for (const Role role : {Role::Contributor, Role::Author, Role::Editor})
        EXPECT_EQ(roleFromMachineName(toMachineName(role)), role);
    EXPECT_FALSE(roleFromMachineName(QStringLiteral("administrator")));
}

TEST(Workflow, EveryTransitionHasALabel)
{
    for (const WorkflowTransition &t : Workflow::transitions())
        EXPECT_FALSE(t.label().isEmpty()) << t.id.toStdString();
    EXPECT_EQ(Workflow::transition(QStringLiteral("archived_published"))->label(),
              QStringLiteral("Restore"));
}

} // namespace
