// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWebEnginePage>

namespace lga::ui {

/// The preview's web page. It loads the preview shell once and refuses every other navigation:
/// a clicked link opens in the system browser, anything else (a redirect, a form, a script) is
/// simply not followed.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit PreviewPage(QObject *parent = nullptr);

    static QUrl shellUrl();

Q_SIGNALS:
    /// A link the author clicked in the preview; the owner decides whether to open it.
    void linkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;
};

} // namespace lga::ui
