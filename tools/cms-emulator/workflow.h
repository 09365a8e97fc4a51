// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::emulator {

// The localgov_editorial workflow: its states, transitions and which role may use each.
class Workflow
{
public:
    static bool exists(const QString &state);
    static QString label(const QString &state);
    static bool isPublished(const QString &state);
    // Saving into these states always makes the new revision the default one.
    static bool isDefaultRevisionState(const QString &state);
    // The transition id from one state to another, or an empty string when there is none.
    static QString transition(const QString &from, const QString &to);
    static bool mayUse(const QString &role, const QString &transitionId);
};

} // namespace lga::emulator
