// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lga::core {

/// The states of LocalGov's `localgov_editorial` workflow.
enum class ModerationState
{
    Draft,
    Review,
    Published,
    Archived,
};

/// The machine name the site uses (`draft`, `review`, `published`, `archived`).
QString toMachineName(ModerationState state);

/// Parses a machine name; std::nullopt for anything else.
std::optional<ModerationState> moderationStateFromMachineName(const QString &name);

/// A translated label for the UI.
QString displayName(ModerationState state);

} // namespace lga::core
