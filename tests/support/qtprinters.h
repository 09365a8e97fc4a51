// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <QUuid>

#include <ostream>

// GoogleTest finds these by argument-dependent lookup, so failures print text, not bytes.
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QUrl &value, std::ostream *out)
{
    *out << value.toString().toStdString();
}

inline void PrintTo(const QUuid &value, std::ostream *out)
{
    *out << value.toString().toStdString();
}
