// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace lga::emulator {

// One HTTP answer: a JSON document by default, or a raw body of another media type.
struct Reply
{
    Reply() = default;
    // Most answers are a status and a JSON:API document.
    Reply(int status, QJsonObject document)
        : status(status)
        , document(std::move(document))
    {}

    int status = 200;
    QJsonObject document;
    // When set, sent instead of `document` with `contentType`.
    QByteArray raw;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace lga::emulator
