// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lga::emulator {

// One injected failure: what goes wrong, and which requests it applies to.
struct Fault
{
    enum class Kind
    {
        Latency,
        Status,
        Maintenance,
        Reset,
        Truncate,
        Malformed
    };

    Kind kind = Kind::Status;
    // Latency: milliseconds added before the request is handled.
    int ms = 0;
    // Status: the HTTP status answered (500, 502 or 503).
    int status = 500;
    // Status and maintenance: the Retry-After seconds; -1 means none (status) or 5–10 chosen at
    // random as Drupal does (maintenance).
    int retryAfter = -1;
    // Reset and truncate: how many bytes of the response (reset) or body (truncate) are sent
    // before the connection breaks; -1 means half.
    int bytes = -1;
    // Reset, truncate and malformed: whether the request really ran before its reply broke.
    bool executed = true;
    // Matching: upper-case methods (empty means all) and a path prefix.
    QStringList methods;
    QString path = QStringLiteral("/");
    // Applies to the matching requests after the first `after`, at most `count` times (-1: no
    // limit).
    int after = 0;
    int count = -1;

    // Book-keeping: matching requests seen, and how many the fault was applied to.
    int seen = 0;
    int applied = 0;

    // Parses {"kind": "status", "status": 503, "retry-after": 2, "count": 3, "methods": ["GET"],
    // "path": "/jsonapi/node", …}; sets `error` and returns nothing when it is invalid.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    // Parses the command-line form, e.g. `status=503,retry-after=2,count=3,methods=GET|PATCH`.
    static std::optional<Fault> fromSpec(const QString &spec, QString *error);
    QJsonObject toJson() const;

    static QString kindName(Kind kind);
};

} // namespace lga::emulator
