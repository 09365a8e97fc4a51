// SPDX-License-Identifier: GPL-2.0-or-later
#include "previewview.h"

#include "previewpage.h"

#include <core/mediaitem.h>
#include <render/blockdiff.h>

#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>
#include <QWindow>

namespace lga::ui {

namespace {

QString loadPatchScript()
{
    QFile file(QStringLiteral(":/preview/preview.js"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The preview script is missing from the resources");
    return QString::fromUtf8(file.readAll());
}

bool sameLines(const QList<render::Block> &a, const QList<render::Block> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.firstLine == y.firstLine && x.lastLine == y.lastLine;
    });
}

QString marksScript(const QList<PreviewMark> &marks)
{
    QJsonArray array;
    for (const PreviewMark &mark : marks) {
        array.append(QJsonObject{{QStringLiteral("first"), mark.firstLine},
                                 {QStringLiteral("last"), mark.lastLine},
                                 {QStringLiteral("severity"), mark.severity},
                                 {QStringLiteral("title"), mark.title}});
    }
    return QLatin1String("lga.markFindings(") +
           QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) +
           QLatin1Char(')');
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("preview"));
    setAccessibleName(tr("Preview"));
    setAccessibleDescription(tr("The page as the council website will show it"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Until Chromium is up, the space shows the site's own background rather than a grey hole.
    setAutoFillBackground(true);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    setPalette(white);
}

QUrl PreviewView::url() const
{
    return m_view ? m_view->url() : QUrl();
}

void PreviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_view)
        return;
    // Wait until the window is on screen and painted: the X server exposes it asynchronously.
    QWindow *handle = window()->windowHandle();
    if (handle && !handle->isExposed())
        handle->installEventFilter(this);
    else
        QTimer::singleShot(0, this, &PreviewView::createWebView);
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    auto *handle = qobject_cast<QWindow *>(watched);
    if (handle && event->type() == QEvent::Expose && handle->isExposed()) {
        handle->removeEventFilter(this);
        QTimer::singleShot(0, this, &PreviewView::createWebView);
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewView::createWebView()
{
    if (m_view)
        return;
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("previewWebView"));
    m_view->setAccessibleName(tr("Preview"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setFocusPolicy(Qt::ClickFocus);
    m_page = new PreviewPage(m_view);
    m_view->setPage(m_page);
    if (m_mediaHandler) {
        // The profile is shared by every page in the process: the newest preview's store wins.
        // A handler destroyed with an earlier window leaves its scheme taken until removed.
        QWebEngineProfile *profile = m_page->profile();
        const QByteArray scheme = core::MediaMarkdown::scheme().toLatin1();
        if (profile->urlSchemeHandler(scheme) != m_mediaHandler) {
            profile->removeUrlScheme(scheme);
            profile->installUrlSchemeHandler(scheme, m_mediaHandler);
        }
    }
    layout()->addWidget(m_view);
    connect(m_page, &QWebEnginePage::scrollPositionChanged, this, [this] {
        // Only scrolling the author does in the preview leads the editor; the view's own
        // following of the editor must not bounce back.
        const bool recent = QDateTime::currentMSecsSinceEpoch() - m_programmaticScrollAt < 300;
        if (recent || !m_view->underMouse())
            return;
        constexpr double fraction = 1.0 / 3.0;
        runInAppWorld(QStringLiteral("lga.lineAt(%1)").arg(fraction), [this](const QVariant &line) {
            if (line.isValid())
                Q_EMIT viewportLineChanged(line.toInt(), fraction);
        });
    });

    QWebEngineScript patcher;
    patcher.setName(QStringLiteral("lga-preview"));
    patcher.setSourceCode(loadPatchScript());
    patcher.setInjectionPoint(QWebEngineScript::DocumentCreation);
    patcher.setWorldId(QWebEngineScript::ApplicationWorld);
    patcher.setRunsOnSubFrames(false);
    m_page->scripts().insert(patcher);

    connect(m_page, &PreviewPage::linkActivated, this, [this](const QUrl &url) {
        const QString scheme = url.scheme();
        if (core::MediaMarkdown::uuidFromUrl(url)) {
            Q_EMIT mediaLinkActivated(url);
            return;
        }
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
            scheme == QLatin1String("mailto") || scheme == QLatin1String("tel"))
            QDesktopServices::openUrl(url);
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok || m_ready)
            return;
        m_ready = true;
        flush();
        Q_EMIT ready();
    });
    m_page->load(PreviewPage::shellUrl());
}

void PreviewView::setMediaHandler(QWebEngineUrlSchemeHandler *handler)
{
    m_mediaHandler = handler;
}

void PreviewView::runInAppWorld(const QString &script,
                                const std::function<void(const QVariant &)> &done)
{
    if (!m_page) {
        if (done)
            done({});
        return;
    }
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, done);
}

void PreviewView::showBlocks(quint64 generation, const QList<render::Block> &blocks)
{
    m_havePending = true;
    m_pendingGeneration = generation;
    m_pending = blocks;
    if (m_ready)
        flush();
}

void PreviewView::setHeader(const QString &title, const QString &summary)
{
    if (title == m_title && summary == m_summary)
        return;
    m_title = title;
    m_summary = summary;
    m_headerDirty = true;
    if (m_ready && !m_havePending) {
        m_havePending = true;
        m_pending = m_shown;
        flush();
    }
}

void PreviewView::clear()
{
    m_shown.clear();
    if (m_ready)
        runInAppWorld(QStringLiteral("document.getElementById('body').replaceChildren(); "
                                     "window.scrollTo(0, 0);"),
                      {});
}

void PreviewView::flush()
{
    if (!m_havePending)
        return;
    const render::Splice splice = render::BlockDiff::diff(m_shown, m_pending);
    QJsonObject update;
    update.insert(QStringLiteral("start"), splice.start);
    update.insert(QStringLiteral("remove"), splice.removeCount);
    QJsonArray insert;
    for (const render::Block &block : splice.insert)
        insert.append(block.html);
    update.insert(QStringLiteral("insert"), insert);
    if (!splice.insert.isEmpty() || splice.removeCount > 0 || !sameLines(m_shown, m_pending)) {
        QJsonArray lines;
        for (const render::Block &block : m_pending)
            lines.append(QJsonArray{block.firstLine, block.lastLine});
        update.insert(QStringLiteral("lines"), lines);
    }
    if (m_headerDirty) {
        update.insert(QStringLiteral("title"), m_title);
        update.insert(QStringLiteral("summary"), m_summary);
        m_headerDirty = false;
    }
    m_shown = std::move(m_pending);
    m_pending.clear();
    m_havePending = false;
    const quint64 generation = m_pendingGeneration;
    // Replaced blocks come without their marks: they go back on in the same script, so the
    // view never shows them unmarked.
    const QString script = QLatin1String("lga.apply(") +
                           QString::fromUtf8(QJsonDocument(update).toJson(QJsonDocument::Compact)) +
                           QLatin1String("); ") + marksScript(m_marks);
    QPointer<PreviewView> self(this);
    runInAppWorld(script, [self, generation](const QVariant &) {
        if (self)
            Q_EMIT self->updated(generation);
    });
}

void PreviewView::scrollToLine(int line, double fraction)
{
    m_programmaticScrollAt = QDateTime::currentMSecsSinceEpoch();
    if (m_ready)
        runInAppWorld(QStringLiteral("lga.scrollToLine(%1, %2)").arg(line).arg(fraction), {});
}

void PreviewView::markFindings(const QList<PreviewMark> &marks)
{
    m_marks = marks;
    if (m_ready)
        runInAppWorld(marksScript(m_marks), {});
}

void PreviewView::highlightLine(int line)
{
    if (m_ready)
        runInAppWorld(QStringLiteral("lga.highlight(%1)").arg(line), {});
}

} // namespace lga::ui
