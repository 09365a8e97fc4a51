// SPDX-License-Identifier: GPL-2.0-or-later
#include "mediaschemehandler.h"

#include <core/mediaitem.h>
#include <store/mediastore.h>

#include <QBuffer>
#include <QLoggingCategory>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace lga::ui {

Q_LOGGING_CATEGORY(lcMedia, "lga.ui.media", QtWarningMsg)

MediaSchemeHandler::MediaSchemeHandler(store::MediaStore &media, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_media(media)
{}

void MediaSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(core::MediaMarkdown::scheme().toLatin1());
    // `lga-media:<uuid>`: a path, no host or port.
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure, so the preview treats its images as it would https ones. Not a local scheme:
    // Chromium counts the qrc: preview shell as remote and would refuse local images in it.
    // The preview's profile only ever shows the shell (PreviewPage refuses every navigation),
    // so no web page can reach the store through it, and its content security policy lets
    // lga-media: serve images only.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void MediaSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const std::optional<QUuid> uuid = core::MediaMarkdown::uuidFromUrl(url);
    const std::optional<core::MediaItem> item =
        uuid ? m_media.item(*uuid) : std::optional<core::MediaItem>();
    const std::optional<QByteArray> data = item ? m_media.data(*uuid) : std::optional<QByteArray>();
    if (!data) {
        qCInfo(lcMedia) << "No media for" << url;
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // The job owns the buffer, so the bytes live as long as Chromium reads them.
    auto *buffer = new QBuffer(job);
    buffer->setData(*data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(item->mimeType.toLatin1(), buffer);
}

} // namespace lga::ui
