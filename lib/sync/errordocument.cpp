// SPDX-License-Identifier: GPL-2.0-or-later
#include "errordocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

namespace {

const QString kAttributesPointer = u"/data/attributes/"_s;

} // namespace

ErrorDocument ErrorDocument::parse(const QByteArray &json, int httpStatus)
{
    ErrorDocument error;
    error.m_status = httpStatus;
    const QJsonArray errors = QJsonDocument::fromJson(json).object().value(u"errors"_s).toArray();
    bool staleChanged = false;
    bool workingCopy = false;
    for (const QJsonValue &item : errors) {
        const QJsonObject object = item.toObject();
        // JSON:API sends the status as a string; accept a number too.
        const QJsonValue statusValue = object.value(u"status"_s);
        const int status =
            statusValue.isString() ? statusValue.toString().toInt() : statusValue.toInt();
        if (error.m_status == 0 && status != 0) {
            error.m_status = status;
        }
        const QString detail = object.value(u"detail"_s).toString();
        if (!detail.isEmpty()) {
            error.m_details.append(detail);
        }
        const QString pointer = object.value(u"source"_s).toObject().value(u"pointer"_s).toString();
        if (status == 403 && pointer == kAttributesPointer + u"changed"_s) {
            staleChanged = true;
        }
        if (status == 400 && detail.contains(u"working copy"_s)) {
            workingCopy = true;
        }
        if (status == 422 && pointer.startsWith(kAttributesPointer)) {
            error.m_pointers.append(pointer.mid(kAttributesPointer.size()));
        } else if (status == 422 && pointer.startsWith(u"/data/relationships/"_s)) {
            error.m_pointers.append(pointer.mid(20));
        }
    }
    if (staleChanged) {
        error.m_kind = Kind::StaleChanged;
    } else if (workingCopy) {
        error.m_kind = Kind::WorkingCopy;
    } else if (error.m_status == 422) {
        error.m_kind = Kind::Validation;
    } else if (error.m_status == 405) {
        error.m_kind = Kind::ReadOnly;
    } else if (error.m_status == 404) {
        error.m_kind = Kind::NotFound;
    }
    return error;
}

QString ErrorDocument::message() const
{
    switch (m_kind) {
    case Kind::StaleChanged:
        return QCoreApplication::translate(
            "lga::sync::ErrorDocument",
            "Someone changed this page on the website since you last synced. Your changes were "
            "not sent; compare them with the website's version first.");
    case Kind::WorkingCopy:
        return QCoreApplication::translate(
            "lga::sync::ErrorDocument",
            "This page has an unpublished draft on the website, so it cannot be updated from "
            "here. Finish or discard that draft on the website first.");
    case Kind::Validation:
        return QCoreApplication::translate("lga::sync::ErrorDocument",
                                           "The website refused some of the page's content. "
                                           "Check the highlighted fields and try again.");
    case Kind::ReadOnly:
        return QCoreApplication::translate(
            "lga::sync::ErrorDocument",
            "The website only allows reading pages through its API. Ask the site administrator "
            "to allow changes.");
    case Kind::NotFound:
        return QCoreApplication::translate(
            "lga::sync::ErrorDocument",
            "The website could not find this page. It may have been deleted.");
    case Kind::Other:
        break;
    }
    if (m_status == 401)
        return QCoreApplication::translate("lga::sync::ErrorDocument",
                                           "The website did not accept your sign-in. Connect to "
                                           "the site again to sign in.");
    if (m_status == 403) {
        if (m_details.join(u' ').contains(QLatin1StringView("failed login attempts")))
            return QCoreApplication::translate(
                "lga::sync::ErrorDocument",
                "The website has locked this account after too many failed sign-ins. Wait a few "
                "hours or ask the site administrator to unlock it.");
        return QCoreApplication::translate("lga::sync::ErrorDocument",
                                           "Your account on the website is not allowed to do "
                                           "this. Ask an editor or the site administrator.");
    }
    return QCoreApplication::translate("lga::sync::ErrorDocument",
                                       "The website could not save the page (error %1).")
        .arg(m_status);
}

} // namespace lga::sync
