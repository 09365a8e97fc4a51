// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "appactions.h"
#include "historydialog.h"
#include "pageeditor.h"
#include "pagelistmodel.h"
#include "pagelistpanel.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "syntaxhighlighting.h"

#include <core/contenttype.h>
#include <core/textstats.h>
#include <core/version.h>
#include <render/renderscheduler.h>
#include <store/autosaver.h>
#include <store/pagestore.h>
#include <store/revisionstore.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace lga::ui {

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
    setCentralWidget(m_splitter);

    for (QLabel *label : {m_saveState, m_wordCount, m_readingTime})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setAccessibleName(tr("Save status"));
    m_wordCount->setAccessibleName(tr("Word count"));
    m_readingTime->setAccessibleName(tr("Reading time"));
    statusBar()->addWidget(m_saveState, 1);
    statusBar()->addPermanentWidget(m_wordCount);
    statusBar()->addPermanentWidget(m_readingTime);

    buildMenus();

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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->togglePreview);

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
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/preview"), m_actions->togglePreview->isChecked());
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

} // namespace lga::ui
