// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace lga::emulator {

// One media entity (an image or a document wrapping an uploaded file) as the emulator stores it.
struct Media
{
    QString uuid;
    qint64 mid = 0;
    qint64 vid = 0;
    QString bundle; // image or document
    QString name;
    bool status = true;
    qint64 created = 0; // Unix seconds, UTC.
    qint64 changed = 0;
    qint64 uid = 27;
    QString fileUuid;
    // The source field item's own properties as sent: alt and title for images, description
    // for documents.
    QJsonObject fileMeta;
};

} // namespace lga::emulator
