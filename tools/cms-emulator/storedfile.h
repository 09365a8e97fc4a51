// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::emulator {

// One uploaded file (a Drupal file entity) as the emulator stores it; its bytes are kept apart.
struct StoredFile
{
    QString uuid;
    qint64 fid = 0;
    QString filename;
    QString uri; // public://YYYY-MM/name
    QString filemime;
    qint64 filesize = 0;
    qint64 created = 0; // Unix seconds, UTC; files are never changed after upload.
    qint64 uid = 27;    // Who uploaded it.
};

} // namespace lga::emulator
