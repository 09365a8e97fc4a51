// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <ostream>

namespace lga::sync::test {

/// An example document from tests/unit/sync/data (hand-built JSON:API documents of the shapes a
/// LocalGov site sends).
inline QByteArray exampleDocument(const char *name)
{
    QFile file(QStringLiteral(LGA_SOURCE_DIR "/tests/unit/sync/data/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace lga::sync::test

// Readable failure messages for JSON values (found by GoogleTest through argument-dependent
// lookup in Qt's global namespace).
inline void PrintTo(const QJsonObject &object, std::ostream *out)
{
    *out << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QJsonArray &array, std::ostream *out)
{
    *out << QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QJsonValue &value, std::ostream *out)
{
    *out << QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
