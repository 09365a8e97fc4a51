// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace lga::emulator {

// Builds JSON:API top-level members and error documents shaped as Drupal 10 core writes them.
class ErrorDocument
{
public:
    // The `jsonapi` member every Drupal JSON:API document starts with.
    static QJsonObject jsonapiMember();
    // {"jsonapi", "errors": [{title, status, detail, links: {via, info}}]}; `info` only for the
    // statuses Drupal's HttpExceptionNormalizer knows.
    static QJsonObject make(int status, const QString &detail, const QString &viaHref);
    // The same with `source.pointer`, as for field access and entity access errors.
    static QJsonObject make(int status, const QString &detail, const QString &viaHref,
                            const QString &pointer);
    // A 422 with one error per violation {detail, pointer}, without links, as Drupal's
    // UnprocessableHttpEntityExceptionNormalizer writes it.
    static QJsonObject unprocessable(const QList<QPair<QString, QString>> &violations);
    static QString reasonPhrase(int status);
};

} // namespace lga::emulator
