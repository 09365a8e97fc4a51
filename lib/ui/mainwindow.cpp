// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "axeaudit.h"
#include "spellingcontroller.h"

#include "appactions.h"
#include "checkpanel.h"
#include "checkrunner.h"
#include "connectdialog.h"
#include "decisiondialog.h"
#include "fieldspanel.h"
#include "historydialog.h"
#include "insertmediadialog.h"
#include "medialibrarydialog.h"
#include "mediaschemehandler.h"
#include "mergedialog.h"
#include "noticebar.h"
#include "pageeditor.h"
#include "pagelistmodel.h"
#include "pagelistpanel.h"
#include "previewview.h"
#include "repaircontroller.h"
#include "reviewqueuemodel.h"
#include "reviewqueuepanel.h"
#include "reviewview.h"
#include "settingsdialog.h"
#include "sourceeditor.h"
#include "synccontroller.h"
#include "syntaxhighlighting.h"

#include <check/checker.h>
#include <check/checksettings.h>
#include <check/sourcelocator.h>
#include <core/contenttype.h>
#include <core/settingsresolver.h>
#include <core/textstats.h>
#include <core/version.h>
#include <core/workflow.h>
#include <render/renderscheduler.h>
#include <store/autosaver.h>
#include <store/mediastore.h>
#include <store/pagestore.h>
#include <store/revisionstore.h>
#include <store/syncstore.h>
#include <store/transaction.h>
#include <sync/nodedocument.h>
#include <sync/pagecontent.h>
#include <sync/threewaymerge.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lga::ui {

namespace {

// A finding's source range as a character offset and length in the editor's document: lines
// and columns are 1-based and the end is inclusive. A finding without a column covers its whole
// lines. Positions beyond the text (it changed since the check) are clamped.
std::optional<std::pair<int, int>> editorRange(const QTextDocument *document,
                                               const check::Finding &finding)
{
    if (finding.line <= 0)
        return std::nullopt;
    const QTextBlock first = document->findBlockByNumber(finding.line - 1);
    if (!first.isValid())
        return std::nullopt;
    QTextBlock last = document->findBlockByNumber(std::max(finding.endLine, finding.line) - 1);
    if (!last.isValid())
        last = document->lastBlock();
    const int firstText = first.length() - 1;
    const int lastText = last.length() - 1;
    const int start =
        first.position() + (finding.column > 0 ? std::clamp(finding.column - 1, 0, firstText) : 0);
    const int end = last.position() +
                    (finding.endColumn > 0 ? std::clamp(finding.endColumn, 0, lastText) : lastText);
    if (end <= start)
        return std::nullopt;
    return std::pair{start, end - start};
}

EditorMark::Kind markKind(check::Finding::Severity severity)
{
    switch (severity) {
    case check::Finding::Error:
        return EditorMark::Error;
    case check::Finding::Warning:
        return EditorMark::Warning;
    default:
        return EditorMark::Tip;
    }
}

QString severityKey(check::Finding::Severity severity)
{
    switch (severity) {
    case check::Finding::Error:
        return QStringLiteral("error");
    case check::Finding::Warning:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("tip");
    }
}

} // namespace

MainWindow::MainWindow(store::PageStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_revisions(std::make_unique<store::RevisionStore>(store))
    , m_autosaver(new store::Autosaver(store, this))
    , m_renderer(new render::RenderScheduler(this))
    , m_actions(new AppActions(this))
    , m_model(new PageListModel(this))
    , m_list(new PageListPanel(m_model, this))
    , m_editor(new PageEditor(this))
    , m_preview(new PreviewView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_saveState(new QLabel(this))
    , m_wordCount(new QLabel(this))
    , m_readingTime(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LocalGov Author"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/localgov-author.svg")));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({260, 560, 560});
    m_splitter->setContentsMargins(6, 6, 6, 0);
    // The notice bar sits above the panes and stays hidden until there is something to tell.
    m_notices = new NoticeBar(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_notices);
    // The open page's state on the site, over the editor; hidden while the page is in step.
    m_syncNotice = new QFrame(this);
    m_syncNotice->setObjectName(QStringLiteral("syncNotice"));
    m_syncNotice->setFrameShape(QFrame::StyledPanel);
    m_syncNotice->setAccessibleName(tr("This page on the site"));
    m_syncNoticeText = new QLabel(m_syncNotice);
    m_syncNoticeText->setWordWrap(true);
    m_syncNoticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncResolve = new QPushButton(tr("&Resolve…"), m_syncNotice);
    m_syncResolve->setAccessibleName(tr("Resolve the conflict"));
    m_syncResolve->setToolTip(tr("Compare your version with the site's and choose what to keep"));
    m_syncOpenOnSite = new QPushButton(tr("&Open on the site"), m_syncNotice);
    m_syncOpenOnSite->setObjectName(QStringLiteral("openOnSite"));
    m_syncOpenOnSite->setAccessibleName(tr("Open the page's latest version on the site"));
    m_syncOpenOnSite->setToolTip(
        tr("The site's draft can only be edited, approved or sent back in the site's own "
           "editor: open it there in your web browser"));
    m_openUrl = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    auto *noticeLayout = new QHBoxLayout(m_syncNotice);
    noticeLayout->setContentsMargins(10, 6, 10, 6);
    noticeLayout->addWidget(m_syncNoticeText, 1);
    noticeLayout->addWidget(m_syncOpenOnSite);
    noticeLayout->addWidget(m_syncResolve);
    m_syncNotice->hide();
    centralLayout->addWidget(m_syncNotice);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // Problems the store met while opening that did not stop it, e.g. a failed daily backup.
    for (const store::StoreError &warning : m_store.openWarnings())
        m_notices->addNotice(warning.message);

    for (QLabel *label : {m_saveState, m_wordCount, m_readingTime})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setAccessibleName(tr("Save status"));
    m_wordCount->setAccessibleName(tr("Word count"));
    m_readingTime->setAccessibleName(tr("Reading time"));
    statusBar()->addWidget(m_saveState, 1);
    // The checker's counts come first: they matter more than the word count (ATAG B.4.1).
    m_checkStatus = new QToolButton(this);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setAutoRaise(true);
    m_checkStatus->setAccessibleName(tr("Accessibility and plain English findings"));
    m_checkStatus->setToolTip(tr("Show the findings (F7)"));
    statusBar()->addPermanentWidget(m_checkStatus);
    statusBar()->addPermanentWidget(m_wordCount);
    statusBar()->addPermanentWidget(m_readingTime);

    buildMenus();
    buildMediaActions();
    buildFieldsPanel();
    buildCheckPanel();
    buildSync();
    buildReviewQueue();

    connect(m_list, &PageListPanel::pageActivated, this, &MainWindow::openPage);
    connect(m_editor, &PageEditor::edited, this, &MainWindow::onEdited);
    connect(m_editor, &PageEditor::bodyEdited, this, &MainWindow::requestRender);
    connect(m_editor, &PageEditor::headerEdited, this,
            [this] { m_preview->setHeader(m_editor->page().title, m_editor->page().summary); });
    connect(m_renderer, &render::RenderScheduler::rendered, this,
            [this](quint64 generation, const QList<render::Block> &blocks) {
                // A render for a page no longer open, or older than one shown, is dropped.
                if (generation < m_shownGeneration)
                    return;
                m_shownGeneration = generation;
                m_preview->showBlocks(generation, blocks);
            });
    SourceEditor *body = m_editor->bodyEditor();
    connect(body, &SourceEditor::viewportLineChanged, m_preview, &PreviewView::scrollToLine);
    connect(body, &SourceEditor::cursorLineChanged, m_preview, &PreviewView::highlightLine);
    connect(m_preview, &PreviewView::viewportLineChanged, body, &SourceEditor::scrollToLine);
    connect(m_preview, &PreviewView::updated, this, [this](quint64 generation) {
        m_previewGeneration = generation;
        startSubmissionAudit();
    });

    connect(m_autosaver, &store::Autosaver::saved, this,
            [this](const QUuid &uuid, const QDateTime &at) {
                // Each save extends the page's current editing burst in its local history.
                if (const auto saved = m_store.page(uuid))
                    m_revisions->noteSaved(*saved);
                showSaveState(
                    tr("Saved at %1")
                        .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)),
                    false);
            });
    connect(m_autosaver, &store::Autosaver::saveFailed, this,
            [this](const QUuid &, const QString &message) {
                showSaveState(tr("Not saved yet: %1 Your text is kept here and saving will be "
                                 "tried again.")
                                  .arg(message),
                              true);
            });

    m_model->setPages(m_store.summaries());
    m_list->setStorePath(m_store.path());
    restoreLayout();
    if (m_model->rowCount() > 0)
        openPage(m_model->at(0).uuid);
    else
        openPage({});
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newPage);
    file->addAction(m_actions->duplicatePage);
    file->addSeparator();
    file->addAction(m_actions->saveNow);
    file->addAction(m_actions->saveVersion);
    file->addAction(m_actions->history);
    file->addSeparator();
    file->addAction(m_actions->deletePage);
    file->addSeparator();
    file->addAction(m_actions->connectToSite);
    file->addAction(m_actions->syncNow);
    file->addAction(m_actions->cancelSync);
    file->addSeparator();
    file->addAction(m_actions->settings);
    file->addAction(m_actions->quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_actions->findPage);
    go->addAction(m_actions->focusEditor);
    go->addSeparator();
    go->addAction(m_actions->nextFinding);
    go->addAction(m_actions->previousFinding);

    QMenu *checks = menuBar()->addMenu(tr("&Check"));
    checks->addAction(m_actions->toggleChecks);
    checks->addAction(m_actions->runAudit);
    checks->addSeparator();
    checks->addAction(m_actions->nextFinding);
    checks->addAction(m_actions->previousFinding);
    checks->addSeparator();
    checks->addAction(m_actions->toggleSpelling);
    checks->addAction(m_actions->nextMisspelling);

    buildReviewMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->togglePreview);
    view->addAction(m_actions->toggleFields);
    view->addAction(m_actions->toggleChecks);
    view->addAction(m_actions->toggleReviewQueue);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    toolbar->addAction(m_actions->newPage);
    toolbar->addAction(m_actions->duplicatePage);
    toolbar->addAction(m_actions->saveNow);
    toolbar->addAction(m_actions->togglePreview);

    connect(m_actions->newPage, &QAction::triggered, this, &MainWindow::newPage);
    connect(m_actions->duplicatePage, &QAction::triggered, this, &MainWindow::duplicatePage);
    connect(m_actions->deletePage, &QAction::triggered, this, &MainWindow::deletePage);
    connect(m_actions->saveNow, &QAction::triggered, this, [this] { m_autosaver->flush(); });
    connect(m_actions->history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_actions->saveVersion, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString message = QInputDialog::getText(
            this, tr("Save version"), tr("What changed in this version? (optional)"),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            saveVersion(message);
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->findPage, &QAction::triggered, m_list, &PageListPanel::focusFilter);
    connect(m_actions->focusEditor, &QAction::triggered, this,
            [this] { m_editor->bodyEditor()->setFocus(); });
    connect(m_actions->togglePreview, &QAction::toggled, m_preview, &QWidget::setVisible);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->settings, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::applied, this, [this](bool siteChanged) {
            if (!siteChanged)
                return;
            // A new site, method or client id needs signing in again (File > Connect to site…).
            const core::SettingsResolver resolved;
            sync::Credentials credentials;
            credentials.site = QUrl(resolved.site());
            credentials.method = sync::authMethodFromMachineName(resolved.authMethod())
                                     .value_or(sync::AuthMethod::OAuth2);
            credentials.clientId = resolved.clientId();
            credentials.userName = m_sync->credentials().userName;
            if (credentials.site != m_sync->credentials().site ||
                credentials.method != m_sync->credentials().method ||
                credentials.clientId != m_sync->credentials().clientId)
                m_sync->setCredentials(credentials, false);
        });
        dialog.exec();
    });
}

void MainWindow::buildMediaActions()
{
    // The preview shows the store's images through its own scheme, never from files on disk.
    m_media = std::make_unique<store::MediaStore>(m_store);
    m_mediaHandler = new MediaSchemeHandler(*m_media, this);
    m_preview->setMediaHandler(m_mediaHandler);
    connect(m_preview, &PreviewView::mediaLinkActivated, this, &MainWindow::openMediaLink);

    // Insert sits before Help, where authors look for it in other editors.
    QMenu *insert = new QMenu(tr("&Insert"), this);
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), insert);
    insert->addAction(m_actions->insertImage);
    insert->addAction(m_actions->insertDocument);
    insert->addSeparator();
    insert->addAction(m_actions->mediaLibrary);
    connect(m_actions->insertImage, &QAction::triggered, this,
            [this] { insertMedia(core::MediaKind::Image); });
    connect(m_actions->insertDocument, &QAction::triggered, this,
            [this] { insertMedia(core::MediaKind::Document); });
    connect(m_actions->mediaLibrary, &QAction::triggered, this, &MainWindow::showMediaLibrary);
}

void MainWindow::insertMedia(core::MediaKind kind)
{
    if (currentPage().isNull())
        return;
    InsertMediaDialog dialog(*m_media, kind, this);
    if (dialog.exec() == QDialog::Accepted)
        insertAtCursor(dialog.markdown());
}

void MainWindow::showMediaLibrary()
{
    MediaLibraryDialog dialog(*m_media, m_editor->page().body, this);
    dialog.exec();
    if (const std::optional<QString> body = dialog.updatedBody(); body && !currentPage().isNull()) {
        // One edit that replaces the text, so Undo brings the old alt text back.
        QTextCursor cursor(m_editor->bodyEditor()->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(*body);
    }
}

void MainWindow::insertAtCursor(const QString &markdown)
{
    SourceEditor *body = m_editor->bodyEditor();
    if (currentPage().isNull() || markdown.isEmpty())
        return;
    QTextCursor cursor = body->textCursor();
    cursor.insertText(markdown);
    body->setTextCursor(cursor);
    body->setFocus();
}

void MainWindow::openMediaLink(const QUrl &url)
{
    // A document opens in the program the computer uses for it, from a copy in the temporary
    // folder: the preview never navigates, and the store's bytes are never exposed as a file
    // the web view could reach.
    const std::optional<QUuid> uuid = core::MediaMarkdown::uuidFromUrl(url);
    const std::optional<core::MediaItem> item = uuid ? m_media->item(*uuid) : std::nullopt;
    const std::optional<QByteArray> data = item ? m_media->data(*uuid) : std::nullopt;
    if (!data) {
        showSaveState(tr("That document is not in this store."), true);
        return;
    }
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                   QStringLiteral("/localgov-author-media/") +
                   uuid->toString(QUuid::WithoutBraces));
    QSaveFile file(dir.filePath(QFileInfo(item->fileName).fileName()));
    if (!dir.mkpath(QStringLiteral(".")) || !file.open(QIODevice::WriteOnly) ||
        file.write(*data) < 0 || !file.commit()) {
        showSaveState(tr("The document could not be opened: %1").arg(file.errorString()), true);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

QUuid MainWindow::currentPage() const
{
    return m_editor->page().uuid;
}

void MainWindow::openPage(const QUuid &uuid)
{
    if (!uuid.isNull() && uuid == currentPage())
        return;
    m_autosaver->flush();
    // Leaving a page ends its editing burst: coming back starts a new revision.
    if (!currentPage().isNull())
        m_revisions->endBurst(currentPage());
    core::Page page;
    if (!uuid.isNull()) {
        if (auto loaded = m_store.page(uuid))
            page = *loaded;
    }
    m_editor->setPage(page);
    m_spelling->setPage(page.format);
    m_repairs->setFormat(page.format);
    m_audit->cancel();
    m_auditFindings.clear();
    m_pageDismissals =
        page.uuid.isNull() ? QList<store::Dismissal>() : m_dismissals->list(page.uuid);
    // The previous page's findings must not show over this one while it is checked.
    m_checkResult = {};
    m_checked = false;
    showCheck();
    m_checkRunner->schedule(page);
    m_checkRunner->runNow();
    m_list->selectPage(page.uuid);
    m_preview->clear();
    m_preview->setHeader(page.title, page.summary);
    const bool havePage = !page.uuid.isNull();
    m_actions->duplicatePage->setEnabled(havePage);
    m_actions->deletePage->setEnabled(havePage);
    m_actions->saveVersion->setEnabled(havePage);
    m_actions->history->setEnabled(havePage);
    showSaveState(havePage ? tr("All changes saved") : QString(), false);
    // Renders still running for the previous page must not reach the preview.
    m_shownGeneration = m_generation + 1;
    requestRender();
    updateCounts();
    showSyncNotice();
}

bool MainWindow::saveVersion(const QString &message)
{
    const core::Page &page = m_editor->page();
    if (page.uuid.isNull() || !m_autosaver->flush())
        return false;
    if (!m_revisions->saveVersion(page, message)) {
        QMessageBox::warning(this, tr("Could not save the version"),
                             m_revisions->lastError().message);
        return false;
    }
    showSaveState(tr("Version saved"), false);
    return true;
}

void MainWindow::showHistory()
{
    const core::Page page = m_editor->page();
    if (page.uuid.isNull())
        return;
    m_autosaver->flush();
    HistoryDialog dialog(*m_revisions, page, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.restoredPage())
        return;
    const core::Page restored = *dialog.restoredPage();
    // The store already holds the restored text; load it as if the page were opened afresh.
    m_editor->setPage({});
    m_model->upsert(restored.toSummary());
    openPage(restored.uuid);
    showSaveState(tr("Restored an earlier version"), false);
}

void MainWindow::onEdited()
{
    core::Page page = m_editor->page();
    page.updated = QDateTime::currentDateTimeUtc();
    m_autosaver->edited(page);
    m_model->upsert(page.toSummary());
    m_model->markChangedHere(page.uuid);
    showSaveState(tr("Editing…"), false);
    updateCounts();
}

void MainWindow::requestRender()
{
    const core::Page &page = m_editor->page();
    m_renderer->request(++m_generation, page.body, page.format);
}

void MainWindow::updateCounts()
{
    const core::TextStats stats = core::textStats(m_editor->page().body);
    m_wordCount->setText(tr("%n word(s)", nullptr, stats.words));
    m_readingTime->setText(tr("%n min read", nullptr, stats.readingMinutes));
}

void MainWindow::showSaveState(const QString &text, bool warning)
{
    m_saveState->setText(text);
    m_saveState->setStyleSheet(warning ? QStringLiteral("color: #d4351c; font-weight: bold;")
                                       : QString());
}

void MainWindow::newPage()
{
    core::Page page = core::Page::create(core::defaultBundle());
    page.title = tr("Untitled page");
    if (!m_store.insert(page)) {
        QMessageBox::warning(this, tr("Could not create the page"), m_store.lastError().message);
        return;
    }
    m_model->upsert(page.toSummary());
    openPage(page.uuid);
    m_editor->titleEdit()->setFocus();
    m_editor->titleEdit()->selectAll();
}

void MainWindow::duplicatePage()
{
    m_autosaver->flush();
    core::Page copy = m_editor->page();
    if (copy.uuid.isNull())
        return;
    const core::Page fresh = core::Page::create(copy.bundle);
    copy.uuid = fresh.uuid;
    copy.created = fresh.created;
    copy.updated = fresh.updated;
    copy.state = core::ModerationState::Draft;
    copy.title = tr("Copy of %1").arg(copy.title);
    if (!m_store.insert(copy)) {
        QMessageBox::warning(this, tr("Could not duplicate the page"), m_store.lastError().message);
        return;
    }
    m_model->upsert(copy.toSummary());
    openPage(copy.uuid);
}

void MainWindow::deletePage()
{
    const core::Page page = m_editor->page();
    if (page.uuid.isNull())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete page?"),
        tr("Delete “%1” from this computer? This cannot be undone.").arg(page.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_autosaver->flush();
    const int row = m_model->rowOf(page.uuid);
    if (!m_store.remove(page.uuid)) {
        QMessageBox::warning(this, tr("Could not delete the page"), m_store.lastError().message);
        return;
    }
    m_model->remove(page.uuid);
    m_editor->setPage({});
    const int next = std::min(row, m_model->rowCount() - 1);
    openPage(next >= 0 ? m_model->at(next).uuid : QUuid());
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 840);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const bool preview = settings.value(QStringLiteral("window/preview"), true).toBool();
    m_actions->togglePreview->setChecked(preview);
    m_preview->setVisible(preview);
    // The dock's place comes from the saved state, whether it is shown from this setting: the
    // menu entry, which toggles it, must agree with it from the start.
    m_actions->toggleFields->setChecked(
        settings.value(QStringLiteral("window/fields"), true).toBool());
    m_fieldsDock->setVisible(m_actions->toggleFields->isChecked());
    m_actions->toggleChecks->setChecked(
        settings.value(QStringLiteral("window/checks"), true).toBool());
    m_checkDock->setVisible(m_actions->toggleChecks->isChecked());
    m_actions->toggleReviewQueue->setChecked(
        settings.value(QStringLiteral("window/reviewQueue"), false).toBool());
    m_reviewDock->setVisible(m_actions->toggleReviewQueue->isChecked());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/preview"), m_actions->togglePreview->isChecked());
    settings.setValue(QStringLiteral("window/fields"), m_actions->toggleFields->isChecked());
    settings.setValue(QStringLiteral("window/checks"), m_actions->toggleChecks->isChecked());
    settings.setValue(QStringLiteral("window/reviewQueue"),
                      m_actions->toggleReviewQueue->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_autosaver->flush()) {
        const auto answer = QMessageBox::warning(
            this, tr("Your changes are not saved"),
            tr("The latest changes to “%1” could not be saved.\n\nIf you quit now, they will be "
               "lost. Cancel to keep them while saving is tried again.")
                .arg(m_editor->page().title),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

void MainWindow::buildFieldsPanel()
{
    m_fields = new FieldsPanel(this);
    auto *dock = new QDockWidget(tr("Page fields"), this);
    m_fieldsDock = dock;
    dock->setObjectName(QStringLiteral("fieldsDock"));
    dock->setAccessibleName(tr("Page fields"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    dock->setWidget(m_fields);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {360}, Qt::Horizontal);
    dock->setVisible(m_actions->toggleFields->isChecked());
    connect(m_actions->toggleFields, &QAction::toggled, this, [this, dock](bool on) {
        dock->setVisible(on);
        if (on)
            m_fields->setFocus();
    });
    // The dock's own view action follows its real state (closed by its button, or restored
    // hidden from the saved layout); the menu entry follows it.
    connect(dock->toggleViewAction(), &QAction::toggled, m_actions->toggleFields,
            &QAction::setChecked);

    // Checking runs shortly after typing stops: it looks up referenced pages and images.
    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &MainWindow::validatePage);
    m_validator.setPageLookup([this](const QUuid &uuid) -> std::optional<QString> {
        const int row = m_model->rowOf(uuid);
        if (row < 0)
            return std::nullopt;
        return m_model->at(row).bundle;
    });
    m_validator.setImageLookup(
        [this](const QUuid &uuid) -> std::optional<core::FieldValidator::ImageInfo> {
            const std::optional<core::MediaItem> item = m_media->item(uuid);
            if (!item || item->kind != core::MediaKind::Image)
                return std::nullopt;
            return core::FieldValidator::ImageInfo{item->alt, item->decorative};
        });

    connect(m_editor, &PageEditor::pageShown, this, &MainWindow::showFields);
    connect(m_editor, &PageEditor::edited, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_fields, &FieldsPanel::edited, this,
            [this] { m_editor->setFields(m_fields->fields(), m_fields->reviewDate()); });
    showFields();
}

void MainWindow::showFields()
{
    FieldSources sources;
    sources.pages.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        sources.pages.append(m_model->at(row));
    for (const core::MediaItem &item : m_media->list()) {
        if (item.kind != core::MediaKind::Image)
            continue;
        const QString label = item.decorative      ? tr("%1 (decorative)").arg(item.fileName)
                              : item.alt.isEmpty() ? item.fileName
                                                   : tr("%1 – %2").arg(item.fileName, item.alt);
        sources.images.append({item.uuid, label});
    }
    m_fields->setSources(sources);
    m_fields->setPage(m_editor->page());
    validatePage();
}

void MainWindow::validatePage()
{
    m_validateTimer->stop();
    const core::Page &page = m_editor->page();
    m_fields->setProblems(page.uuid.isNull() ? QList<core::FieldProblem>()
                                             : m_validator.validate(page));
}

void MainWindow::buildCheckPanel()
{
    QSettings settings;
    m_checkRunner = new CheckRunner(check::CheckSettings::fromSettings(settings), this);
    m_dismissals = std::make_unique<store::DismissalStore>(m_store);
    m_repairs = new RepairController(m_editor->bodyEditor(), this, this);
    m_repairs->setDocumentLookup([this](const QUrl &url) -> std::pair<QString, qint64> {
        const std::optional<QUuid> uuid = core::MediaMarkdown::uuidFromUrl(url);
        const std::optional<core::MediaItem> item = uuid ? m_media->item(*uuid) : std::nullopt;
        if (!item)
            return {};
        return {QFileInfo(item->fileName).suffix().toUpper(), item->size};
    });

    m_repairs->setImageLoader([this](const QUrl &url) {
        QPixmap pixmap;
        if (const std::optional<QUuid> uuid = core::MediaMarkdown::uuidFromUrl(url)) {
            if (const std::optional<QByteArray> data = m_media->data(*uuid))
                pixmap.loadFromData(*data);
        }
        return pixmap;
    });
    m_repairs->setTitleLookup([this](const QUrl &url) { return titleOfLinkedPage(url); });

    m_spelling = new SpellingController(m_editor->bodyEditor(), this);
    connect(m_spelling, &SpellingController::unavailable, this,
            [this](const QString &message) { m_notices->addNotice(message); });
    connect(m_actions->toggleSpelling, &QAction::toggled, m_spelling,
            &SpellingController::setEnabled);
    connect(m_actions->nextMisspelling, &QAction::triggered, m_spelling,
            &SpellingController::nextMisspelling);

    m_audit = new AxeAudit(m_preview, this);
    connect(m_actions->runAudit, &QAction::triggered, this, &MainWindow::runAudit);
    connect(m_audit, &AxeAudit::finished, this, [this](const QList<check::Finding> &findings) {
        m_auditFindings = findings;
        m_auditedBody = m_editor->page().body;
        m_actions->runAudit->setEnabled(true);
        showCheck();
        if (m_submission) {
            m_submission->audited = true;
            continueSubmission();
            return;
        }
        statusBar()->showMessage(
            findings.isEmpty()
                ? tr("The full audit found no problems in the page as the site will show it.")
                : tr("The full audit found %n problem(s); they are listed with the checker's "
                     "findings.",
                     nullptr, int(findings.size())),
            10000);
    });
    connect(m_audit, &AxeAudit::failed, this, [this](const QString &reason) {
        m_actions->runAudit->setEnabled(true);
        if (m_submission) {
            m_submission->audited = true;
            m_submission->auditFailure = reason;
            continueSubmission();
            return;
        }
        m_notices->addNotice(tr("The full audit did not finish: %1").arg(reason));
    });

    m_checkPanel = new CheckPanel(this);
    m_checkDock = new QDockWidget(tr("Accessibility and plain English"), this);
    m_checkDock->setObjectName(QStringLiteral("checkDock"));
    m_checkDock->setAccessibleName(tr("Accessibility and plain English"));
    m_checkDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_checkDock->setWidget(m_checkPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_checkDock);
    // Below the page fields, so both are in view beside the text (ATAG B.4.1: prominent).
    splitDockWidget(m_fieldsDock, m_checkDock, Qt::Vertical);
    resizeDocks({m_fieldsDock, m_checkDock}, {420, 420}, Qt::Vertical);
    m_checkDock->setVisible(m_actions->toggleChecks->isChecked());
    connect(m_actions->toggleChecks, &QAction::toggled, this, [this](bool on) {
        m_checkDock->setVisible(on);
        if (on)
            m_checkPanel->focusFindings();
    });
    connect(m_checkDock->toggleViewAction(), &QAction::toggled, m_actions->toggleChecks,
            &QAction::setChecked);
    connect(m_checkStatus, &QToolButton::clicked, this, &MainWindow::showCheckPanel);

    connect(m_editor, &PageEditor::edited, this, &MainWindow::scheduleCheck);
    connect(m_checkRunner, &CheckRunner::finished, this,
            [this](quint64, const check::CheckResult &result) {
                m_checkResult = result;
                m_checked = true;
                showCheck();
                continueSubmission();
            });
    connect(m_checkPanel, &CheckPanel::findingActivated, this, &MainWindow::goToFinding);
    connect(m_checkPanel, &CheckPanel::dismissRequested, this, &MainWindow::dismissFinding);
    connect(m_checkPanel, &CheckPanel::restoreRequested, this, &MainWindow::restoreFinding);
    connect(m_checkPanel, &CheckPanel::repairRequested, this,
            [this](const check::Finding &finding, const QString &actionId) {
                if (m_repairs->repair(finding, actionId))
                    m_checkRunner->runNow();
            });
    connect(m_actions->nextFinding, &QAction::triggered, this, [this] {
        if (const check::Finding *finding = m_checkPanel->selectAdjacent(true))
            goToFinding(*finding);
    });
    connect(m_actions->previousFinding, &QAction::triggered, this, [this] {
        if (const check::Finding *finding = m_checkPanel->selectAdjacent(false))
            goToFinding(*finding);
    });
}

void MainWindow::scheduleCheck()
{
    m_checkRunner->schedule(m_editor->page());
}

void MainWindow::showCheckPanel()
{
    m_actions->toggleChecks->setChecked(true);
    m_checkDock->setVisible(true);
    m_checkDock->raise();
    m_checkPanel->focusFindings();
}

bool MainWindow::isDismissed(const check::Finding &finding, QString *reason) const
{
    // Errors are near-certain failures: no reason makes them fine.
    if (finding.severity == check::Finding::Error)
        return false;
    for (const store::Dismissal &dismissal : m_pageDismissals) {
        if (dismissal.ruleId == finding.ruleId && dismissal.anchor == finding.anchor) {
            if (reason)
                *reason = dismissal.reason;
            return true;
        }
    }
    return false;
}

QList<check::Finding> MainWindow::auditFindingsForText() const
{
    // The audit saw the text as it was; after edits each finding is found again by its words
    // anywhere in the body, and dropped when they are gone (the author fixed or removed them).
    const QString &body = m_editor->page().body;
    if (body == m_auditedBody)
        return m_auditFindings;
    const check::SourceLocator locator(body);
    QList<check::Finding> moved;
    for (check::Finding finding : m_auditFindings) {
        if (finding.anchor.trimmed().isEmpty())
            continue;
        finding.line = 1;
        finding.column = 1;
        finding.endLine = locator.lineCount();
        finding.endColumn = 0;
        if (locator.narrow(finding))
            moved.append(finding);
    }
    return moved;
}

void MainWindow::runAudit()
{
    if (m_editor->page().uuid.isNull())
        return;
    // The preview must show the text as it is now before axe reads it.
    m_actions->runAudit->setEnabled(false);
    statusBar()->showMessage(tr("Running the full audit…"));
    m_audit->start();
}

QString MainWindow::titleOfLinkedPage(const QUrl &url) const
{
    // LocalGov Drupal's page addresses are made from their titles ("/bins-and-recycling"), so
    // the last part of a link's path names the page it goes to.
    const QString slug = url.path().section(u'/', -1, -1, QString::SectionSkipEmpty).toLower();
    if (slug.isEmpty())
        return {};
    for (const core::PageSummary &summary : m_store.summaries()) {
        if (core::titleSlug(summary.title) == slug)
            return summary.title;
    }
    return {};
}

void MainWindow::showCheck()
{
    QList<check::Finding> shown;
    QList<DismissedFinding> dismissed;
    QList<check::Finding> all = m_checkResult.findings;
    all.append(auditFindingsForText());
    std::stable_sort(all.begin(), all.end(), [](const check::Finding &a, const check::Finding &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    for (const check::Finding &finding : std::as_const(all)) {
        QString reason;
        if (isDismissed(finding, &reason))
            dismissed.append({finding, reason});
        else
            shown.append(finding);
    }
    m_checkPanel->setFindings(shown, dismissed, m_checkResult.readability);

    QList<EditorMark> marks;
    QList<PreviewMark> previewMarks;
    const QTextDocument *document = m_editor->bodyEditor()->document();
    for (const check::Finding &finding : shown) {
        if (const auto range = editorRange(document, finding))
            marks.append(
                {range->first, range->second, markKind(finding.severity), finding.message});
        if (finding.line > 0) {
            previewMarks.append({finding.line, std::max(finding.endLine, finding.line),
                                 severityKey(finding.severity), finding.message});
        }
    }
    m_editor->bodyEditor()->setMarks(MarkLayer::Check, marks);
    m_preview->markFindings(previewMarks);

    const auto count = [&shown](check::Finding::Severity severity) {
        return int(std::count_if(shown.cbegin(), shown.cend(),
                                 [severity](const auto &f) { return f.severity == severity; }));
    };
    QStringList parts;
    if (const int errors = count(check::Finding::Error))
        parts.append(tr("%n error(s)", nullptr, errors));
    if (const int warnings = count(check::Finding::Warning))
        parts.append(tr("%n warning(s)", nullptr, warnings));
    if (const int tips = count(check::Finding::Tip))
        parts.append(tr("%n tip(s)", nullptr, tips));
    m_checkStatus->setText(!m_checked        ? tr("Checking…")
                           : parts.isEmpty() ? tr("No problems found")
                                             : parts.join(QStringLiteral(" · ")));
    m_checkStatus->setStyleSheet(count(check::Finding::Error) > 0
                                     ? QStringLiteral("color: #d4351c; font-weight: bold;")
                                     : QString());
}

void MainWindow::goToFinding(const check::Finding &finding)
{
    SourceEditor *body = m_editor->bodyEditor();
    const auto range = editorRange(body->document(), finding);
    if (!range)
        return;
    QTextCursor cursor(body->document());
    cursor.setPosition(range->first);
    cursor.setPosition(range->first + range->second, QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
    body->ensureCursorVisible();
    body->setFocus();
}

bool MainWindow::dismissFinding(const check::Finding &finding, const QString &reason)
{
    const QUuid page = currentPage();
    if (page.isNull() || finding.severity == check::Finding::Error)
        return false;
    if (!m_dismissals->dismiss(page, finding.ruleId, finding.anchor, reason)) {
        QMessageBox::warning(this, tr("Could not dismiss the finding"),
                             m_dismissals->lastError().message);
        return false;
    }
    m_pageDismissals = m_dismissals->list(page);
    showCheck();
    return true;
}

bool MainWindow::restoreFinding(const check::Finding &finding)
{
    const QUuid page = currentPage();
    if (page.isNull())
        return false;
    if (!m_dismissals->restore(page, finding.ruleId, finding.anchor)) {
        QMessageBox::warning(this, tr("Could not restore the finding"),
                             m_dismissals->lastError().message);
        return false;
    }
    m_pageDismissals = m_dismissals->list(page);
    showCheck();
    return true;
}

void MainWindow::buildSync()
{
    m_network = new QNetworkAccessManager(this);
    m_sync = new SyncController(m_store, this);
    m_syncStatus = new QToolButton(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncStatus->setAutoRaise(true);
    m_syncStatus->setAccessibleName(tr("Sync with the site"));
    m_syncStatus->setToolTip(tr("What the last sync did"));
    statusBar()->addPermanentWidget(m_syncStatus);

    connect(m_actions->connectToSite, &QAction::triggered, this, &MainWindow::connectToSite);
    connect(m_actions->syncNow, &QAction::triggered, this, &MainWindow::syncNow);
    connect(m_actions->cancelSync, &QAction::triggered, m_sync, &SyncController::cancel);
    connect(m_syncStatus, &QToolButton::clicked, this, &MainWindow::showSyncDetails);
    connect(m_syncResolve, &QPushButton::clicked, this, &MainWindow::resolveConflict);
    connect(m_syncOpenOnSite, &QPushButton::clicked, this, [this] {
        const QUrl url = latestVersionUrl();
        if (url.isValid() && !m_openUrl(url))
            m_notices->addNotice(
                tr("Could not open %1 in your web browser.").arg(url.toDisplayString()));
    });
    connect(m_sync, &SyncController::rolesChanged, this, &MainWindow::updateReviewActions);
    connect(m_sync, &SyncController::statusChanged, this, &MainWindow::updateSyncStatus);
    connect(m_sync, &SyncController::finished, this, &MainWindow::onSyncFinished);
    connect(m_sync, &SyncController::siteChanged, this, [this] {
        refreshSyncStates();
        updateSyncStatus();
        showSyncNotice();
    });
    updateSyncStatus();
    refreshSyncStates();
}

void MainWindow::buildReviewQueue()
{
    QSettings settings;
    m_reviewModel =
        new ReviewQueueModel(m_store, check::CheckSettings::fromSettings(settings), this);
    m_reviewModel->setSignedInUser([this] { return m_sync->credentials().userName; });
    m_reviewPanel = new ReviewQueuePanel(m_reviewModel, this);
    m_reviewDock = new QDockWidget(tr("Review queue"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewQueueDock"));
    m_reviewDock->setAccessibleName(tr("Review queue"));
    m_reviewDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_reviewDock->setWidget(m_reviewPanel);
    // Below the panes: the table needs width more than height.
    addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
    // Tall enough for a screenful of pages; the saved layout overrides it.
    resizeDocks({m_reviewDock}, {300}, Qt::Vertical);
    m_reviewDock->setVisible(m_actions->toggleReviewQueue->isChecked());

    m_reviewRefresh = new QTimer(this);
    m_reviewRefresh->setSingleShot(true);
    // Saves come in bursts while the author types; one read of the queue after them is enough.
    m_reviewRefresh->setInterval(300);
    connect(m_reviewRefresh, &QTimer::timeout, m_reviewModel, &ReviewQueueModel::refresh);

    connect(m_actions->toggleReviewQueue, &QAction::toggled, this, [this](bool on) {
        m_reviewDock->setVisible(on);
        if (!on)
            return;
        if (m_reviewStale) {
            m_reviewStale = false;
            m_reviewModel->refresh();
        }
        m_reviewDock->raise();
        // Shown by the saved layout as the window opens: the focus stays where it starts.
        if (isVisible())
            m_reviewPanel->focusQueue();
    });
    connect(m_reviewDock->toggleViewAction(), &QAction::toggled, m_actions->toggleReviewQueue,
            &QAction::setChecked);
    connect(m_reviewPanel, &ReviewQueuePanel::pageActivated, this, [this](const QUuid &uuid) {
        openPage(uuid);
        m_editor->bodyEditor()->setFocus();
    });
    connect(m_autosaver, &store::Autosaver::saved, this, &MainWindow::scheduleReviewRefresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleReviewRefresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleReviewRefresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleReviewRefresh);
    // Read when first shown: checking every page in review at start-up while the queue is
    // hidden would only slow the check of the page being opened.
    m_reviewStale = true;
}

void MainWindow::scheduleReviewRefresh()
{
    if (m_reviewDock->isVisible())
        m_reviewRefresh->start();
    else
        m_reviewStale = true;
}

void MainWindow::updateSyncStatus()
{
    const bool running = m_sync->isRunning();
    m_syncStatus->setText(m_sync->statusText());
    m_syncStatus->setAccessibleDescription(m_sync->statusText());
    const bool bad = m_sync->state() == SyncController::State::Failed ||
                     m_sync->state() == SyncController::State::Conflicts;
    m_syncStatus->setStyleSheet(bad ? QStringLiteral("color: #d4351c; font-weight: bold;")
                                    : QString());
    m_actions->syncNow->setEnabled(m_sync->hasSite() && !running);
    m_actions->syncNow->setToolTip(
        m_sync->hasSite()
            ? tr("Bring in the site's changes and send this computer's changes to the site "
                 "(%1)")
                  .arg(m_actions->syncNow->shortcut().toString(QKeySequence::NativeText))
            : tr("No site is set: use File > Connect to site… first"));
    m_actions->cancelSync->setEnabled(running);
    m_actions->connectToSite->setEnabled(!running);
}

void MainWindow::connectToSite()
{
    if (m_sync->isRunning())
        return;
    ConnectDialog dialog(m_network, this);
    if (m_sync->hasSite())
        dialog.setCredentials(m_sync->credentials());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sync->setCredentials(dialog.credentials(), true);
    refreshSyncStates();
    updateSyncStatus();
}

void MainWindow::syncNow()
{
    if (!m_sync->hasSite() || m_sync->isRunning())
        return;
    // The sync reads the pages from the store, so the open page's latest typing goes first.
    m_autosaver->flush();
    // Typing while the sync writes the open page would be saved over what it brought in, and
    // then sent back over a colleague's edit; a sync takes a second or two, so the page waits.
    m_focusBeforeSync = QApplication::focusWidget();
    m_editor->setEnabled(false);
    m_fields->setEnabled(false);
    m_sync->syncNow();
}

void MainWindow::onSyncFinished()
{
    m_editor->setEnabled(true);
    m_fields->setEnabled(true);
    if (m_focusBeforeSync)
        m_focusBeforeSync->setFocus();
    m_focusBeforeSync = nullptr;
    const QUuid current = currentPage();
    m_model->setPages(m_store.summaries());
    refreshSyncStates();
    if (current.isNull()) {
        if (m_model->rowCount() > 0)
            openPage(m_model->at(0).uuid);
    } else if (const std::optional<core::Page> stored = m_store.page(current); !stored) {
        m_editor->setPage({});
        openPage(m_model->rowCount() > 0 ? m_model->at(0).uuid : QUuid());
    } else if (!(*stored == m_editor->page())) {
        // The sync brought in a change to the open page: show it, near where the author was.
        SourceEditor *body = m_editor->bodyEditor();
        const int position = body->textCursor().position();
        m_editor->setPage({});
        openPage(current);
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(std::min(position, body->document()->characterCount() - 1));
        body->setTextCursor(cursor);
    } else {
        m_list->selectPage(current);
        showSyncNotice();
    }
    showFields();
    m_reviewRefresh->stop();
    m_reviewStale = false;
    m_reviewModel->refresh();
    // A reviewer working through the queue goes back to it, on the next page waiting.
    if (std::exchange(m_backToQueue, false) && m_reviewDock->isVisible())
        m_reviewPanel->focusQueue();
    const QString waiting = tr("%n page(s) waiting for review", nullptr, m_reviewModel->rowCount());
    const QString outcome = decisionOutcome();
    showChangesSinceDecision();
    m_decidedPage = {};
    m_decidedSeen.reset();
    statusBar()->showMessage(outcome.isEmpty() ? waiting : tr("%1 %2").arg(outcome, waiting),
                             15000);
    updateReviewActions();
    if (m_syncAgain) {
        m_syncAgain = false;
        QTimer::singleShot(0, this, &MainWindow::syncNow);
    }
}

void MainWindow::showSyncDetails()
{
    if (!m_sync->hasSite()) {
        connectToSite();
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Sync"), m_sync->statusText(), QMessageBox::Ok,
                    this);
    box.setInformativeText(m_sync->details());
    box.exec();
}

void MainWindow::refreshSyncStates()
{
    QHash<QUuid, PageListModel::SyncBadge> badges;
    if (m_sync->hasSite()) {
        const store::SyncStore &syncStore = m_sync->syncStore();
        const QHash<QUuid, store::SyncRecord> states = syncStore.states();
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            PageListModel::SyncBadge badge;
            badge.message = it->message;
            if (it->status == store::SyncStatus::Conflict)
                badge.state = PageListModel::SyncState::Conflict;
            else if (it->status == store::SyncStatus::Error)
                badge.state = PageListModel::SyncState::Error;
            else if (it->draftOnSite)
                badge.state = PageListModel::SyncState::DraftOnSite;
            else if (it->localChanges)
                badge.state = PageListModel::SyncState::ChangedHere;
            badges.insert(it.key(), badge);
        }
        for (const QUuid &uuid : syncStore.pagesNotOnSite())
            badges.insert(uuid, {PageListModel::SyncState::NotOnSite, {}});
    }
    m_model->setSyncStates(badges);
}

QString MainWindow::syncNoticeText() const
{
    return m_syncNotice->isHidden() ? QString() : m_syncNoticeText->text();
}

void MainWindow::showSyncNotice()
{
    if (!m_sync)
        return;
    const QUuid page = currentPage();
    const std::optional<store::SyncRecord> record =
        page.isNull() || !m_sync->hasSite() ? std::nullopt : m_sync->syncStore().record(page);
    QString text;
    bool conflict = false;
    if (record && record->status == store::SyncStatus::Conflict) {
        text = tr("This page was changed on the site too. Resolve the differences to send your "
                  "changes.");
        conflict = true;
    } else if (record && record->status == store::SyncStatus::Error) {
        text = record->message.isEmpty()
                   ? tr("The site refused the last change to this page.")
                   : tr("The site refused the last change to this page: %1").arg(record->message);
    } else if (record && record->draftOnSite) {
        text = tr("This page has a draft on the site; changes made here cannot be sent until it "
                  "is published or archived there.");
    }
    m_syncNoticeText->setText(text);
    m_syncNotice->setAccessibleDescription(text);
    m_syncResolve->setVisible(conflict);
    m_syncOpenOnSite->setVisible(!conflict && record && record->draftOnSite &&
                                 latestVersionUrl().isValid());
    m_syncNotice->setVisible(!text.isEmpty());
    updateReviewActions();
}

void MainWindow::resolveConflict()
{
    const QUuid uuid = currentPage();
    if (uuid.isNull() || m_sync->isRunning())
        return;
    m_autosaver->flush();
    store::SyncStore &syncStore = m_sync->syncStore();
    const std::optional<store::SyncRecord> record = syncStore.record(uuid);
    if (!record || record->status != store::SyncStatus::Conflict)
        return;
    const core::Page base = sync::PageContent::basePage(record->resource);
    const sync::NodeDocument::Result theirs =
        sync::NodeDocument::fromResourceObject(record->theirs);
    const core::Page mine = m_editor->page();
    MergeDialog dialog(sync::ThreeWayMerge::merge(base, mine, theirs.page), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::Page resolved = dialog.resolvedPage();
    resolved.uuid = mine.uuid;
    resolved.created = mine.created;
    resolved.updated = QDateTime::currentDateTimeUtc();
    // The site's copy becomes the base, and the resolved page is a local change to it, so the
    // next sync sends it.
    store::Transaction transaction(m_store.database());
    const bool ok = transaction.begin() && m_store.save(resolved) &&
                    syncStore.setBase(uuid, record->site, record->theirs,
                                      theirs.meta.changedAt.toSecsSinceEpoch(), theirs.meta.vid,
                                      theirs.meta.hasWorkingCopy, false) &&
                    transaction.commit();
    if (!ok) {
        transaction.rollback();
        QMessageBox::warning(this, tr("Could not save the resolved page"),
                             m_store.lastError().message.isEmpty() ? syncStore.lastError().message
                                                                   : m_store.lastError().message);
        return;
    }
    m_editor->setPage({});
    m_model->upsert(resolved.toSummary());
    openPage(uuid);
    refreshSyncStates();
    showSaveState(tr("Resolved; the page is sent at the next sync"), false);
}

} // namespace lga::ui

namespace lga::ui {

using DecisionKind = sync::ReviewDecision::Kind;

void MainWindow::buildReviewMenu()
{
    // W: R is the conflict bar's Resolve, V the View menu.
    m_reviewMenu = menuBar()->addMenu(tr("Revie&w"));
    m_reviewMenu->setObjectName(QStringLiteral("reviewMenu"));
    m_reviewInfo = m_reviewMenu->addAction(QString());
    m_reviewInfo->setObjectName(QStringLiteral("reviewInfo"));
    m_reviewInfo->setEnabled(false);
    m_reviewMenu->addAction(m_actions->whatChanged);
    connect(m_actions->whatChanged, &QAction::triggered, this, &MainWindow::showWhatChanged);
    m_reviewMenu->addSeparator();
    const QList<std::pair<QAction *, DecisionKind>> decisions{
        {m_actions->submitForReview, DecisionKind::SubmitForReview},
        {m_actions->approve, DecisionKind::Approve},
        {m_actions->sendBack, DecisionKind::SendBack},
        {m_actions->archive, DecisionKind::Archive},
    };
    for (const auto &[action, kind] : decisions) {
        m_reviewMenu->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { decide(kind); });
    }
    connect(m_reviewMenu, &QMenu::aboutToShow, this, &MainWindow::updateReviewActions);
}

void MainWindow::showWhatChanged()
{
    const QUuid current = currentPage();
    if (current.isNull())
        return;
    m_autosaver->flush();
    // The version live on the site is the base the store keeps, when that base is published;
    // a page never published is shown as all new.
    std::optional<core::Page> published;
    if (m_sync->hasSite()) {
        if (const std::optional<store::SyncRecord> record = m_sync->syncStore().record(current);
            record && !record->resource.isEmpty()) {
            const core::Page base = sync::PageContent::basePage(record->resource);
            if (!base.uuid.isNull() && base.state == core::ModerationState::Published)
                published = base;
        }
    }
    ReviewView view(published, m_editor->page(), m_checkResult, this, pageTitleLookup());
    view.setMediaHandler(m_mediaHandler);
    view.exec();
}

void MainWindow::updateReviewActions()
{
    const QList<std::pair<QAction *, DecisionKind>> decisions{
        {m_actions->submitForReview, DecisionKind::SubmitForReview},
        {m_actions->approve, DecisionKind::Approve},
        {m_actions->sendBack, DecisionKind::SendBack},
        {m_actions->archive, DecisionKind::Archive},
    };
    const QUuid page = currentPage();
    QList<DecisionKind> available;
    QString why;
    std::optional<store::SyncRecord> record;
    if (!m_sync || !m_sync->hasSite()) {
        why = tr("Connect to a site to review pages (File > Connect to site…)");
    } else if (m_sync->roles().isEmpty()) {
        why = tr("Sync once so the app learns your role on the site");
    } else if (page.isNull()) {
        why = tr("Open a page to decide on it");
    } else if (record = m_sync->syncStore().record(page); !record || record->resource.isEmpty()) {
        why = tr("This page is not on the site yet: sync to send it first");
    } else if (record->draftOnSite) {
        // Its pending revision cannot be written through JSON:API, so no decision could be sent.
        why = tr("The site holds a newer draft of this page: decide on it on the site");
    } else {
        const sync::ReviewDecision decision(m_store, m_sync->roles());
        available = decision.available(page);
        if (available.isEmpty()) {
            const std::optional<core::ModerationState> state = decision.pendingState(page);
            why = state ? tr("Your role on the site has no decision for a page that is %1")
                              .arg(core::displayName(*state).toLower())
                        : tr("This page is not in the site's editorial workflow");
        }
    }
    for (const auto &[action, kind] : decisions) {
        const bool offered = available.contains(kind);
        action->setVisible(offered);
        action->setEnabled(offered);
    }
    m_reviewInfo->setText(why);
    m_reviewInfo->setVisible(!why.isEmpty());
}

void MainWindow::decide(DecisionKind kind)
{
    const QUuid page = currentPage();
    if (page.isNull() || !m_sync)
        return;
    m_autosaver->flush();
    if (kind != DecisionKind::SubmitForReview) {
        confirmDecision(kind, nullptr);
        return;
    }
    // A submission is audited first, the page as it is now, by the checker and by axe-core
    // in the preview; the dialog opens with what they found (continueSubmission).
    m_submission = PendingSubmission{page, false, false, {}};
    m_checkRunner->runNow();
    statusBar()->showMessage(tr("Checking the page before you submit it…"));
    startSubmissionAudit();
    // A preview that never comes up (hidden, or Chromium failing) must not hold the author up.
    QTimer::singleShot(std::chrono::seconds(20), this, [this, page] {
        if (!m_submission || m_submission->page != page || m_submission->auditStarted)
            return;
        m_submission->audited = true;
        m_submission->auditFailure =
            tr("the preview did not show the page, so axe-core could not read it");
        continueSubmission();
    });
}

void MainWindow::startSubmissionAudit()
{
    // axe-core reads the preview, so it must show the text as it is now.
    if (!m_submission || m_submission->auditStarted || !m_preview->isReady() ||
        m_previewGeneration != m_generation)
        return;
    m_submission->auditStarted = true;
    runAudit();
}

void MainWindow::continueSubmission()
{
    if (!m_submission || !m_submission->audited || m_checkRunner->isBusy())
        return;
    const PendingSubmission submission = *std::exchange(m_submission, std::nullopt);
    if (currentPage() != submission.page)
        return;
    statusBar()->clearMessage();
    SubmissionAudit audit;
    audit.failure = submission.auditFailure;
    audit.blockOnErrors = blockSubmitOnErrors();
    QList<check::Finding> all = m_checkResult.findings;
    all.append(auditFindingsForText());
    for (const check::Finding &finding : std::as_const(all)) {
        if (finding.severity == check::Finding::Error)
            audit.errors.append(finding);
    }
    std::stable_sort(audit.errors.begin(), audit.errors.end(),
                     [](const check::Finding &a, const check::Finding &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    confirmDecision(DecisionKind::SubmitForReview, &audit);
}

bool MainWindow::blockSubmitOnErrors() const
{
    return core::SettingsResolver().blockSubmitOnErrors();
}

void MainWindow::confirmDecision(DecisionKind kind, const SubmissionAudit *audit)
{
    const QUuid page = currentPage();
    if (page.isNull())
        return;
    DecisionDialog dialog(kind, m_editor->page().title, this);
    if (audit)
        dialog.setAuditResult(audit->errors, audit->failure, audit->blockOnErrors);
    const int result = dialog.exec();
    if (result == DecisionDialog::ShowErrors) {
        showCheckPanel();
        return;
    }
    if (result != QDialog::Accepted)
        return;
    m_decidedSeen = m_editor->page();
    m_backToQueue = kind != DecisionKind::SubmitForReview && m_reviewDock->isVisible();
    sync::ReviewDecision decision(m_store, m_sync->roles());
    if (!decision.queue(page, kind, dialog.message())) {
        m_notices->addNotice(decision.error());
        return;
    }
    updateReviewActions();
    m_decidedPage = page;
    m_decidedKind = kind;
    if (!m_sync->hasSite()) {
        statusBar()->showMessage(tr("Your decision is kept and sent at the next sync."), 15000);
        if (std::exchange(m_backToQueue, false))
            m_reviewPanel->focusQueue();
        return;
    }
    statusBar()->showMessage(tr("Sending your decision to the site…"));
    if (m_sync->isRunning())
        m_syncAgain = true;
    else
        syncNow();
}

std::function<QString(const QString &)> MainWindow::pageTitleLookup() const
{
    return [this](const QString &uuid) {
        const std::optional<core::Page> page = m_store.page(QUuid::fromString(uuid));
        return page ? page->title : QString();
    };
}

ReviewView *MainWindow::changesSinceDecision() const
{
    return m_changesView;
}

void MainWindow::showChangesSinceDecision()
{
    // A decision refused because the page changed on the site after the reviewer read it: the
    // pull of the same sync brought the new version, so show what changed since.
    if (m_decidedPage.isNull() || !m_decidedSeen)
        return;
    const std::optional<store::SyncRecord> record = m_sync->syncStore().record(m_decidedPage);
    const std::optional<core::Page> now = m_store.page(m_decidedPage);
    if (!record || record->status != store::SyncStatus::Error || !now ||
        sync::PageContent::same(*now, *m_decidedSeen))
        return;
    const core::Page seen = *m_decidedSeen;
    const core::Page current = *now;
    QTimer::singleShot(0, this, [this, seen, current] {
        QSettings settings;
        const check::CheckResult checks =
            check::Checker(check::CheckSettings::fromSettings(settings)).run(current);
        ReviewView view(seen, current, checks, this, pageTitleLookup());
        view.setMediaHandler(m_mediaHandler);
        view.setSummary(tr("“%1” changed on the site after you read it, so your decision was not "
                           "sent. These are the changes since the version you read; decide again "
                           "once you have read them.")
                            .arg(current.title));
        m_changesView = &view;
        view.exec();
    });
}

QString MainWindow::decisionOutcome() const
{
    if (m_decidedPage.isNull())
        return {};
    const std::optional<core::Page> page = m_store.page(m_decidedPage);
    const QString title = page ? page->title : QString();
    store::SyncStore &syncStore = m_sync->syncStore();
    const std::optional<store::SyncRecord> record = syncStore.record(m_decidedPage);
    if (record && record->status == store::SyncStatus::Error)
        return tr("The site refused your decision on “%1”.").arg(title);
    for (const store::OutboxEntry &entry : syncStore.outbox()) {
        if (entry.page == m_decidedPage &&
            entry.operation == store::OutboxEntry::Operation::Transition)
            return tr("Your decision on “%1” is kept and sent at the next sync.").arg(title);
    }
    switch (m_decidedKind) {
    case DecisionKind::SubmitForReview:
        return tr("“%1” is waiting for review on the site.").arg(title);
    case DecisionKind::Approve:
        return tr("“%1” is published on the site.").arg(title);
    case DecisionKind::SendBack:
        return tr("“%1” is back with its author as a draft.").arg(title);
    case DecisionKind::Archive:
        return tr("“%1” is archived on the site.").arg(title);
    }
    return {};
}

QUrl MainWindow::latestVersionUrl() const
{
    const QUuid page = currentPage();
    if (page.isNull() || !m_sync || !m_sync->hasSite())
        return {};
    const std::optional<store::SyncRecord> record = m_sync->syncStore().record(page);
    if (!record)
        return {};
    const int nid =
        record->resource
            .value(QLatin1StringView("attributes"))[QLatin1StringView("drupal_internal__nid")]
            .toInt();
    if (nid <= 0)
        return {};
    QUrl url(record->site.isEmpty() ? m_sync->credentials().site : QUrl(record->site));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/node/%1/latest").arg(nid));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace lga::ui
