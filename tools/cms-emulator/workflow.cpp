// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/workflow.h>

#include <QList>
#include <QStringList>

namespace lga::emulator {

namespace {

struct Transition
{
    QString id;
    QStringList from;
    QString to;
    QStringList roles;
};

const QList<Transition> &transitions()
{
    const QString editor = QStringLiteral("localgov_editor");
    const QString author = QStringLiteral("localgov_author");
    const QString contributor = QStringLiteral("localgov_contributor");
    static const QList<Transition> list{
        {QStringLiteral("create_new_draft"),
         {QStringLiteral("draft"), QStringLiteral("published")},
         QStringLiteral("draft"),
         {editor, author, contributor}},
        {QStringLiteral("submit_for_review"),
         {QStringLiteral("archived"), QStringLiteral("draft"), QStringLiteral("published"),
          QStringLiteral("review")},
         QStringLiteral("review"),
         {editor, author, contributor}},
        {QStringLiteral("approve"),
         {QStringLiteral("review")},
         QStringLiteral("published"),
         {editor}},
        {QStringLiteral("reject"),
         {QStringLiteral("review")},
         QStringLiteral("draft"),
         {editor, author, contributor}},
        {QStringLiteral("publish"),
         {QStringLiteral("draft"), QStringLiteral("published")},
         QStringLiteral("published"),
         {editor, author}},
        {QStringLiteral("archive"),
         {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("published")},
         QStringLiteral("archived"),
         {editor, author}},
        {QStringLiteral("archived_draft"),
         {QStringLiteral("archived")},
         QStringLiteral("draft"),
         {editor}},
        {QStringLiteral("archived_published"),
         {QStringLiteral("archived")},
         QStringLiteral("published"),
         {editor}}};
    return list;
}

} // namespace

bool Workflow::exists(const QString &state)
{
    return !label(state).isEmpty();
}

QString Workflow::label(const QString &state)
{
    if (state == u"draft")
        return QStringLiteral("Draft");
    if (state == u"review")
        return QStringLiteral("Review");
    if (state == u"published")
        return QStringLiteral("Published");
    if (state == u"archived")
        return QStringLiteral("Archived");
    return {};
}

bool Workflow::isPublished(const QString &state)
{
    return state == u"published";
}

bool Workflow::isDefaultRevisionState(const QString &state)
{
    return state == u"published" || state == u"archived";
}

QString Workflow::transition(const QString &from, const QString &to)
{
    for (const Transition &t : transitions()) {
        if (t.to == to && t.from.contains(from))
            return t.id;
    }
    return {};
}

bool Workflow::mayUse(const QString &role, const QString &transitionId)
{
    for (const Transition &t : transitions()) {
        if (t.id == transitionId)
            return t.roles.contains(role);
    }
    return false;
}

} // namespace lga::emulator
