// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/fault.h>

#include <QJsonArray>

#include <array>
#include <utility>

namespace lga::emulator {

namespace {

constexpr std::array kinds{std::pair{Fault::Kind::Latency, u"latency"},
                           std::pair{Fault::Kind::Status, u"status"},
                           std::pair{Fault::Kind::Maintenance, u"maintenance"},
                           std::pair{Fault::Kind::Reset, u"reset"},
                           std::pair{Fault::Kind::Truncate, u"truncate"},
                           std::pair{Fault::Kind::Malformed, u"malformed"}};

const QStringList knownKeys{QStringLiteral("kind"),    QStringLiteral("ms"),
                            QStringLiteral("status"),  QStringLiteral("retry-after"),
                            QStringLiteral("bytes"),   QStringLiteral("executed"),
                            QStringLiteral("methods"), QStringLiteral("path"),
                            QStringLiteral("after"),   QStringLiteral("count")};

const QStringList knownMethods{QStringLiteral("GET"),    QStringLiteral("HEAD"),
                               QStringLiteral("POST"),   QStringLiteral("PATCH"),
                               QStringLiteral("PUT"),    QStringLiteral("DELETE"),
                               QStringLiteral("OPTIONS")};

// Reads a whole number of at least `minimum`, or fails with a message naming the key.
bool readInt(const QJsonObject &object, const QString &key, int minimum, int *out, QString *error)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number != double(int(number)) || int(number) < minimum) {
        *error =
            QStringLiteral("\"%1\" must be a whole number of at least %2.").arg(key).arg(minimum);
        return false;
    }
    *out = int(number);
    return true;
}

} // namespace

QString Fault::kindName(Kind kind)
{
    for (const auto &[k, name] : kinds)
        if (k == kind)
            return QString::fromUtf16(name);
    return {};
}

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!knownKeys.contains(it.key())) {
            *error = QStringLiteral("Unknown fault property \"%1\"; known: %2.")
                         .arg(it.key(), knownKeys.join(QStringLiteral(", ")));
            return std::nullopt;
        }

    Fault fault;
    const QString kind = object.value(u"kind").toString();
    bool found = false;
    for (const auto &[k, name] : kinds)
        if (kind == name) {
            fault.kind = k;
            found = true;
        }
    if (!found) {
        *error = QStringLiteral("\"kind\" must be one of latency, status, maintenance, reset, "
                                "truncate, malformed.");
        return std::nullopt;
    }

    if (!readInt(object, QStringLiteral("ms"), 0, &fault.ms, error) ||
        !readInt(object, QStringLiteral("status"), 500, &fault.status, error) ||
        !readInt(object, QStringLiteral("retry-after"), 0, &fault.retryAfter, error) ||
        !readInt(object, QStringLiteral("bytes"), 0, &fault.bytes, error) ||
        !readInt(object, QStringLiteral("after"), 0, &fault.after, error) ||
        !readInt(object, QStringLiteral("count"), 1, &fault.count, error))
        return std::nullopt;
    if (fault.status > 599) {
        *error = QStringLiteral("\"status\" must be a 5xx code.");
        return std::nullopt;
    }
    if (fault.kind == Kind::Latency && !object.contains(u"ms")) {
        *error = QStringLiteral("A latency fault needs \"ms\".");
        return std::nullopt;
    }

    if (object.contains(u"executed")) {
        const bool breaksReply = fault.kind == Kind::Reset || fault.kind == Kind::Truncate ||
                                 fault.kind == Kind::Malformed;
        if (!object.value(u"executed").isBool() || !breaksReply) {
            *error = QStringLiteral("\"executed\" is true or false, and only for reset, truncate "
                                    "and malformed faults.");
            return std::nullopt;
        }
        fault.executed = object.value(u"executed").toBool();
    }

    const QJsonValue methods = object.value(u"methods");
    const QStringList list = methods.isString() ? methods.toString().split(u'|', Qt::SkipEmptyParts)
                                                : methods.toVariant().toStringList();
    for (const QString &method : list) {
        if (!knownMethods.contains(method.toUpper())) {
            *error = QStringLiteral("Unknown method \"%1\".").arg(method);
            return std::nullopt;
        }
        fault.methods << method.toUpper();
    }

    if (object.contains(u"path")) {
        fault.path = object.value(u"path").toString();
        if (!fault.path.startsWith(u'/')) {
            *error = QStringLiteral("\"path\" must start with /.");
            return std::nullopt;
        }
    }
    return fault;
}

std::optional<Fault> Fault::fromSpec(const QString &spec, QString *error)
{
    QJsonObject object;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QString key = part.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : part.mid(equals + 1).trimmed();
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        // A kind's name may carry its main parameter: latency=MS, status=CODE, reset=BYTES.
        bool isKind = false;
        for (const auto &[k, name] : kinds)
            isKind = isKind || key == name;
        if (isKind) {
            object.insert(QStringLiteral("kind"), key);
            if (equals < 0)
                continue;
            const QString parameter = key == u"latency"  ? QStringLiteral("ms")
                                      : key == u"status" ? QStringLiteral("status")
                                                         : QStringLiteral("bytes");
            object.insert(parameter, isNumber ? QJsonValue(number) : QJsonValue(value));
        } else if (key == u"executed") {
            object.insert(key, value == u"true"    ? QJsonValue(true)
                               : value == u"false" ? QJsonValue(false)
                                                   : QJsonValue(value));
        } else if (key == u"kind" || key == u"path" || key == u"methods" || !isNumber) {
            object.insert(key, value);
        } else {
            object.insert(key, number);
        }
    }
    return fromJson(object, error);
}

QJsonObject Fault::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("methods"), QJsonArray::fromStringList(methods)},
                       {QStringLiteral("after"), after},
                       {QStringLiteral("seen"), seen},
                       {QStringLiteral("applied"), applied}};
    if (count >= 0)
        object.insert(QStringLiteral("count"), count);
    switch (kind) {
    case Kind::Latency:
        object.insert(QStringLiteral("ms"), ms);
        break;
    case Kind::Status:
        object.insert(QStringLiteral("status"), status);
        [[fallthrough]];
    case Kind::Maintenance:
        if (retryAfter >= 0)
            object.insert(QStringLiteral("retry-after"), retryAfter);
        break;
    case Kind::Reset:
    case Kind::Truncate:
        if (bytes >= 0)
            object.insert(QStringLiteral("bytes"), bytes);
        [[fallthrough]];
    case Kind::Malformed:
        object.insert(QStringLiteral("executed"), executed);
        break;
    }
    return object;
}

} // namespace lga::emulator
