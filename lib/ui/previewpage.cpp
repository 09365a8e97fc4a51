// SPDX-License-Identifier: GPL-2.0-or-later
#include "previewpage.h"

#include <QLoggingCategory>
#include <QWebEngineSettings>

namespace lga::ui {

Q_LOGGING_CATEGORY(lcPreview, "lga.ui.preview", QtWarningMsg)

PreviewPage::PreviewPage(QObject *parent)
    : QWebEnginePage(parent)
{
    QWebEngineSettings *s = settings();
    // Page content never runs script: the app's own patching code lives in an isolated world,
    // which this setting does not affect.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
}

QUrl PreviewPage::shellUrl()
{
    return QUrl(QStringLiteral("qrc:/preview/preview.html"));
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && url == shellUrl() && type != NavigationTypeLinkClicked)
        return true;
    if (type == NavigationTypeLinkClicked)
        Q_EMIT linkActivated(url);
    else
        qCInfo(lcPreview) << "Refused navigation to" << url << "type" << type;
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int line, const QString &source)
{
    // A CSP report or a patching error ends up here; keep it out of the user's way but loggable.
    qCDebug(lcPreview) << level << source << line << message;
}

} // namespace lga::ui
