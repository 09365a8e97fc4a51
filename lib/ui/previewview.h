// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <render/previewblocks.h>

#include <QUrl>
#include <QWidget>

#include <functional>

class QWebEngineUrlSchemeHandler;
class QWebEngineView;

namespace lga::ui {

class PreviewPage;

/// A range of source lines the checker found something in, for the preview to mark.
struct PreviewMark
{
    int firstLine = 0;
    int lastLine = 0;
    /// "error", "warning" or "tip".
    QString severity;
    /// What was found, shown on hover and to screen readers.
    QString title;

    bool operator==(const PreviewMark &) const = default;
};

/// The live preview in the council site's styling. The shell loads once; after that each render
/// is diffed against what the page shows and only the changed blocks are patched, so the view
/// neither flickers nor loses its scroll position.
///
/// Starting Chromium costs a few hundred milliseconds, so the web view is created only after
/// the widget is first shown: the window appears at once and the preview follows.
class PreviewView : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewView(QWidget *parent = nullptr);

    /// Shows a rendered body. `generation` comes back in updated() once the DOM holds it.
    void showBlocks(quint64 generation, const QList<render::Block> &blocks);
    void setHeader(const QString &title, const QString &summary);
    /// Shows a different page: the next showBlocks() replaces everything.
    void clear();

    void scrollToLine(int line, double fraction);
    void highlightLine(int line);
    /// Outlines the blocks that hold findings, most severe first, until the next call. The
    /// marks are put back after each update of the blocks.
    void markFindings(const QList<PreviewMark> &marks);

    bool isReady() const { return m_ready; }
    /// The address the web view shows (the preview shell, unless something navigated it).
    QUrl url() const;
    /// Runs `script` in the app's isolated world (tests and benchmarks read the DOM with it).
    void runInAppWorld(const QString &script, const std::function<void(const QVariant &)> &done);
    /// Serves `lga-media:` URLs in the preview with \a handler (see MediaSchemeHandler); set it
    /// before the view is first shown. The caller keeps ownership.
    void setMediaHandler(QWebEngineUrlSchemeHandler *handler);

Q_SIGNALS:
    void updated(quint64 generation);
    /// The author scrolled the preview: `line` now sits `fraction` of the way down it.
    void viewportLineChanged(int line, double fraction);
    void ready();
    /// The author clicked a link to a document in the store (`lga-media:<uuid>`). The view does
    /// not follow it; the owner may open the document.
    void mediaLinkActivated(const QUrl &url);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWebView();
    void flush();

    QWebEngineView *m_view = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineUrlSchemeHandler *m_mediaHandler = nullptr;
    bool m_ready = false;
    QList<render::Block> m_shown;
    // Work that arrived before the shell finished loading.
    bool m_havePending = false;
    quint64 m_pendingGeneration = 0;
    QList<render::Block> m_pending;
    QString m_title;
    QString m_summary;
    QList<PreviewMark> m_marks;
    bool m_headerDirty = true;
    // When the app itself last scrolled the view, so its own scrolling is not echoed back.
    qint64 m_programmaticScrollAt = 0;
};

} // namespace lga::ui
