// SPDX-License-Identifier: GPL-2.0-or-later
#include "webengineenvironment.h"

#include "mediaschemehandler.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <unistd.h>

namespace lga::ui {

void WebEngineEnvironment::prepare()
{
    // The preview is a text document: software compositing draws it without a GPU, which many
    // council desktops (virtual desktops, remote sessions) do not have. Measured under Xvfb,
    // keystroke-to-preview p50 fell from 29 ms to 6 ms against Mesa's software OpenGL.
    // An explicit QT_QUICK_BACKEND still wins.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
#ifdef Q_OS_UNIX
    // Chromium refuses to start as root with its sandbox on. The preview runs no page script
    // (JavaScript is off in the page's world and forbidden by its content security policy), so
    // for root, as in containers and CI, the sandbox is switched off rather than crash.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Custom schemes must be known before the first profile starts; the preview shows media from
    // the store through lga-media: rather than file:// URLs.
    MediaSchemeHandler::registerScheme();
    // Qt WebEngine prints its GL set-up on every start; users and scripts need a quiet stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
}

} // namespace lga::ui
