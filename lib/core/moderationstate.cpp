// SPDX-License-Identifier: GPL-2.0-or-later
#include "moderationstate.h"

#include <QCoreApplication>

namespace lga::core {

QString toMachineName(ModerationState state)
{
    switch (state) {
    case ModerationState::Draft:
        return QStringLiteral("draft");
    case ModerationState::Review:
        return QStringLiteral("review");
    case ModerationState::Published:
        return QStringLiteral("published");
    case ModerationState::Archived:
        return QStringLiteral("archived");
    }
    return QStringLiteral("draft");
}

std::optional<ModerationState> moderationStateFromMachineName(const QString &name)
{
    for (auto state : {ModerationState::Draft, ModerationState::Review, ModerationState::Published,
                       ModerationState::Archived}) {
        if (toMachineName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString displayName(ModerationState state)
{
    switch (state) {
    case ModerationState::Draft:
        return QCoreApplication::translate("lga::core::ModerationState", "Draft");
    case ModerationState::Review:
        return QCoreApplication::translate("lga::core::ModerationState", "In review");
    case ModerationState::Published:
        return QCoreApplication::translate("lga::core::ModerationState", "Published");
    case ModerationState::Archived:
        return QCoreApplication::translate("lga::core::ModerationState", "Archived");
    }
    return {};
}

} // namespace lga::core
