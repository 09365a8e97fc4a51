// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace lga::emulator {

// One revision of a node as the emulator stores it.
struct Node
{
    QString uuid;
    qint64 nid = 0;
    qint64 vid = 0;
    QString bundle;
    QString title;
    bool status = false;
    QString moderationState;
    qint64 created = 0;      // Unix seconds, UTC.
    qint64 changed = 0;      // Unix seconds, UTC.
    qint64 uid = 27;         // The owner.
    qint64 revisionUid = 27; // Who saved this revision.
    QString bodyValue;
    QString bodyFormat;
    QString bodySummary;
    // Further attributes by JSON:API member name (path, revision_log, link lists, booleans…).
    QJsonObject fields;
    // Reference fields by name: null, {type, id, target} or an array of those.
    QJsonObject references;
};

} // namespace lga::emulator
