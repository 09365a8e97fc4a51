// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagecontent.h"

#include "htmltomarkdown.h"
#include "nodedocument.h"

using namespace Qt::Literals::StringLiterals;

namespace lga::sync {

bool PageContent::same(const core::Page &a, const core::Page &b)
{
    if (a.bundle != b.bundle || a.title != b.title || a.summary != b.summary ||
        a.state != b.state || a.reviewDate != b.reviewDate || a.fields != b.fields)
        return false;
    if (a.format == b.format && a.body == b.body)
        return true;
    return HtmlToMarkdown::sameSanitizedHtml(a.body, a.format, b.body, b.format);
}

QJsonObject PageContent::withSource(QJsonObject resource, const core::Page &sent)
{
    resource.insert(u"lga:source"_s, QJsonObject{{u"body"_s, sent.body},
                                                 {u"format"_s, core::toMachineName(sent.format)}});
    return resource;
}

core::Page PageContent::basePage(const QJsonObject &resource)
{
    const NodeDocument::Result remote = NodeDocument::fromResourceObject(resource);
    if (!remote.ok())
        return {};
    core::Page page = remote.page;
    const QJsonObject source = resource.value(u"lga:source"_s).toObject();
    const std::optional<core::SourceFormat> format =
        core::sourceFormatFromMachineName(source.value(u"format"_s).toString());
    const QString body = source.value(u"body"_s).toString();
    if (format && HtmlToMarkdown::sameSanitizedHtml(body, *format, page.body, page.format)) {
        page.body = body;
        page.format = *format;
    }
    return page;
}

} // namespace lga::sync
