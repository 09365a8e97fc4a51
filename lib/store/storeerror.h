// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace lga::store {

/// Why a store operation failed, with a sentence the UI can show as it is.
struct StoreError
{
    enum Kind
    {
        None,       ///< No error.
        Locked,     ///< Another instance holds the store, or SQLite stayed busy.
        Corrupt,    ///< The file is not an SQLite database, or it is damaged.
        Unwritable, ///< No permission to create or change the file or its folder.
        TooNew,     ///< Written by a newer version of the app; refused, never downgraded.
        Io,         ///< Reading or writing failed, e.g. the disk is full.
        NotFound,   ///< No page with that uuid.
        Invalid,    ///< The page cannot be stored as given, e.g. no uuid or a duplicate uuid.
    };

    Kind kind = None;
    QString message; ///< Plain English, translated, for the user.
    QString detail;  ///< The driver's or system's own text, untranslated, for the log.

    bool isError() const { return kind != None; }
};

} // namespace lga::store
