// SPDX-License-Identifier: GPL-2.0-or-later
#include <cms-emulator/errordocument.h>

#include <QJsonArray>

namespace lga::emulator {

namespace {

QJsonObject href(const QString &url)
{
    return QJsonObject{{QStringLiteral("href"), url}};
}

QString infoSection(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("sec10.4.1");
    case 401:
        return QStringLiteral("sec10.4.2");
    case 403:
        return QStringLiteral("sec10.4.4");
    case 404:
        return QStringLiteral("sec10.4.5");
    case 405:
        return QStringLiteral("sec10.4.6");
    case 406:
        return QStringLiteral("sec10.4.7");
    case 409:
        return QStringLiteral("sec10.4.10");
    case 415:
        return QStringLiteral("sec10.4.16");
    case 501:
        return QStringLiteral("sec10.5.2");
    case 503:
        return QStringLiteral("sec10.5.4");
    default:
        return {};
    }
}

} // namespace

QJsonObject ErrorDocument::jsonapiMember()
{
    return QJsonObject{
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("links"),
                      QJsonObject{{QStringLiteral("self"),
                                   href(QStringLiteral("http://jsonapi.org/format/1.0/"))}}}}}};
}

QString ErrorDocument::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 500:
        return QStringLiteral("Internal Server Error");
    default:
        return QStringLiteral("Error");
    }
}

QJsonObject ErrorDocument::make(int status, const QString &detail, const QString &viaHref)
{
    QJsonObject links{{QStringLiteral("via"), href(viaHref)}};
    const QString section = infoSection(status);
    if (!section.isEmpty())
        links.insert(
            QStringLiteral("info"),
            href(QStringLiteral("https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#") +
                 section));
    const QJsonObject error{{QStringLiteral("title"), reasonPhrase(status)},
                            {QStringLiteral("status"), QString::number(status)},
                            {QStringLiteral("detail"), detail},
                            {QStringLiteral("links"), links}};
    return QJsonObject{{QStringLiteral("jsonapi"), jsonapiMember()},
                       {QStringLiteral("errors"), QJsonArray{error}}};
}

QJsonObject ErrorDocument::make(int status, const QString &detail, const QString &viaHref,
                                const QString &pointer)
{
    QJsonObject document = make(status, detail, viaHref);
    QJsonArray errors = document.value(u"errors").toArray();
    QJsonObject error = errors.first().toObject();
    error.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("pointer"), pointer}});
    errors.replace(0, error);
    document.insert(QStringLiteral("errors"), errors);
    return document;
}

QJsonObject ErrorDocument::unprocessable(const QList<QPair<QString, QString>> &violations)
{
    QJsonArray errors;
    for (const auto &[detail, pointer] : violations)
        errors.append(QJsonObject{
            {QStringLiteral("title"), reasonPhrase(422)},
            {QStringLiteral("status"), QStringLiteral("422")},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("pointer"), pointer}}}});
    return QJsonObject{{QStringLiteral("jsonapi"), jsonapiMember()},
                       {QStringLiteral("errors"), errors}};
}

} // namespace lga::emulator
