// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "remotemeta.h"

#include <core/page.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lga::sync {

/// Reads a LocalGov node as JSON:API sends it (a resource object, localgov.md §4.3) into the
/// app's core::Page plus what sync must remember about the site's copy (RemoteMeta).
///
/// Fields the app knows for the bundle go into Page::fields in the app's shapes; every other
/// member stays in RemoteMeta. The body becomes Markdown only when that loses nothing
/// (HtmlToMarkdown::importBody).
class NodeDocument
{
public:
    struct Result
    {
        core::Page page;
        RemoteMeta meta;
        /// Empty on success; otherwise a translated sentence saying what is wrong.
        QString error;

        bool ok() const { return error.isEmpty(); }
    };

    /// A whole individual document, `{"data": {…}}`.
    static Result parse(const QByteArray &json);
    /// One resource object, as found in `data` or in a collection.
    static Result fromResourceObject(const QJsonObject &resource);
};

} // namespace lga::sync
