// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "axeaudit.h"
#include "spellingcontroller.h"

#include "appactions.h"
#include "checkpanel.h"
#include "checkrunner.h"
#include "fieldspanel.h"
#include "historydialog.h"
#include "insertmediadialog.h"
#include "medialibrarydialog.h"
#include "mediaschemehandler.h"
#include "noticebar.h"
#include "pageeditor.h"
#include "pagelistmodel.h"
#include "pagelistpanel.h"
#include "previewview.h"
#include "repaircontroller.h"
#include "sourceeditor.h"
#include "syntaxhighlighting.h"

#include <check/checksettings.h>
#include <check/sourcelocator.h>
#include <core/contenttype.h>
#include <core/textstats.h>
#include <core/version.h>
#include <render/renderscheduler.h>
#include <store/autosaver.h>
#include <store/mediastore.h>
#include <store/pagestore.h>
#include <store/revisionstore.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->togglePreview);
    view->addAction(m_actions->toggleFields);
    view->addAction(m_actions->toggleChecks);

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
    QMessageBox::about(
        this, tr("About LocalGov Author"),
        tr("<h3>LocalGov Author %1</h3><p>Write and check council web pages offline, then "
           "publish them to a LocalGov Drupal site.</p><p>Licensed under the GNU General Public "
           "Licence, version 2 or later.</p><p>Built with Qt %2, cmark-gfm, gumbo and SQLite. "
           "Highlighting: %3.</p>")
            .arg(QString::fromLatin1(core::kVersion), QString::fromLatin1(qVersion()),
                 QString::fromLatin1(highlightingEngine())));
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_autosaver->flush()) {
        const auto answer = QMessageBox::warning(
            this, tr("Your changes are not saved"),
            tr("The latest changes to “%1” could not be saved.\n\nIf you quit now, they will be "
               "lost. Stay to keep them while saving is tried again.")
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

} // namespace lga::ui
