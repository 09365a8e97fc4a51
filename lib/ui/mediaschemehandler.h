// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWebEngineUrlSchemeHandler>

namespace lga::store {
class MediaStore;
}

namespace lga::ui {

/// Serves `lga-media:<uuid>` URLs to the preview from the bytes in the store, so the preview
/// shows a page's images as the site will without ever reading a file:// URL.
///
/// Qt WebEngine calls requestStarted() on the UI thread, which is the thread of the store's
/// connection. An unknown or malformed uuid fails as not found.
class MediaSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    /// \a media must outlive the handler.
    explicit MediaSchemeHandler(store::MediaStore &media, QObject *parent = nullptr);

    /// Declares the scheme to Qt WebEngine. Must run before the QApplication exists
    /// (WebEngineEnvironment::prepare() calls it).
    static void registerScheme();

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    store::MediaStore &m_media;
};

} // namespace lga::ui
