// SPDX-License-Identifier: GPL-2.0-or-later
#include "testdata.h"

#include <sync/errordocument.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using lga::sync::ErrorDocument;
using lga::sync::test::exampleDocument;
using Kind = lga::sync::ErrorDocument::Kind;

namespace {

TEST(ErrorDocument, StaleChangedIsAConflictNotAPermissionProblem)
{
    const ErrorDocument error =
        ErrorDocument::parse(exampleDocument("error_403_patch_stale_changed.json"), 403);
    EXPECT_EQ(error.kind(), Kind::StaleChanged);
    EXPECT_EQ(error.status(), 403);
    EXPECT_TRUE(error.message().contains(u"changed this page"_s));
}

TEST(ErrorDocument, WorkingCopy)
{
    const ErrorDocument error =
        ErrorDocument::parse(exampleDocument("error_400_working_copy.json"));
    EXPECT_EQ(error.kind(), Kind::WorkingCopy);
    EXPECT_EQ(error.status(), 400);
    EXPECT_TRUE(error.message().contains(u"draft"_s));
}

TEST(ErrorDocument, ValidationNamesTheFields)
{
    const ErrorDocument error = ErrorDocument::parse(exampleDocument("error_422_validation.json"));
    EXPECT_EQ(error.kind(), Kind::Validation);
    EXPECT_EQ(error.fieldPointers(), (QStringList{u"title"_s, u"body/format"_s}));
    EXPECT_EQ(error.details().size(), 2);
    EXPECT_EQ(error.details()[0], u"title: This value should not be null."_s);
}

TEST(ErrorDocument, OtherForbiddenFieldIsNotAConflict)
{
    const ErrorDocument error = ErrorDocument::parse(
        R"({"errors": [{"status": "403", "detail": "not allowed", "source": {"pointer": "/data/attributes/status"}}]})");
    EXPECT_EQ(error.kind(), Kind::Other);
    EXPECT_TRUE(error.message().contains(u"not allowed"_s)) << error.message().toStdString();
}

TEST(ErrorDocument, ALockedAccountAndAnExpiredSignInAreToldApart)
{
    const ErrorDocument locked = ErrorDocument::parse(
        R"({"errors": [{"status": "403", "detail": "There have been more than 5 failed login attempts for this account. It is temporarily blocked."}]})");
    EXPECT_TRUE(locked.message().contains(u"locked"_s)) << locked.message().toStdString();
    const ErrorDocument expired = ErrorDocument::parse("", 401);
    EXPECT_TRUE(expired.message().contains(u"sign in"_s)) << expired.message().toStdString();
}

TEST(ErrorDocument, StatusFromHttpWhenTheBodyIsNotJsonApi)
{
    EXPECT_EQ(
        ErrorDocument::parse("JSON:API is configured to accept only read operations.", 405).kind(),
        Kind::ReadOnly);
    EXPECT_EQ(ErrorDocument::parse(R"({"errors": [{"status": "404"}]})").kind(), Kind::NotFound);
    EXPECT_EQ(ErrorDocument::parse("", 500).kind(), Kind::Other);
    EXPECT_EQ(ErrorDocument::parse(R"({"errors": "oops"})", 0).kind(), Kind::Other);
    EXPECT_EQ(ErrorDocument::parse(R"({"errors": [7, null]})", 422).kind(), Kind::Validation);
}

TEST(ErrorDocument, EveryKindHasAMessage)
{
    for (const int status : {400, 403, 404, 405, 409, 422, 500, 0}) {
        EXPECT_FALSE(ErrorDocument::parse({}, status).message().isEmpty()) << status;
    }
}

} // namespace
