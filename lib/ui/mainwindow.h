// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMainWindow>
#include <QUuid>

#include <memory>

class QLabel;
class QSplitter;

namespace lga::render {
class RenderScheduler;
}
namespace lga::store {
class Autosaver;
class PageStore;
class RevisionStore;
} // namespace lga::store

namespace lga::ui {

class AppActions;
class PageEditor;
class PageListModel;
class PageListPanel;
class PreviewView;

/// The main window wires the page list, the editor and the preview together. It holds no
/// logic of its own beyond that wiring: the store saves, the scheduler renders, the preview
/// patches.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(store::PageStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openPage(const QUuid &uuid);
    /// Saves the page now and keeps this state in its history with `message`.
    bool saveVersion(const QString &message);
    /// Shows the page's history; restoring a revision there reloads the page.
    void showHistory();
    QUuid currentPage() const;

    PageEditor *editor() const { return m_editor; }
    PreviewView *preview() const { return m_preview; }
    PageListPanel *pageList() const { return m_list; }
    AppActions *actions() const { return m_actions; }
    /// The generation of the newest edit sent to be rendered; PreviewView::updated() echoes it.
    quint64 renderGeneration() const { return m_generation; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void restoreLayout();
    void saveLayout() const;
    void onEdited();
    void requestRender();
    void newPage();
    void duplicatePage();
    void deletePage();
    void updateCounts();
    void showSaveState(const QString &text, bool warning);
    void showAbout();

    store::PageStore &m_store;
    std::unique_ptr<store::RevisionStore> m_revisions;
    store::Autosaver *m_autosaver;
    render::RenderScheduler *m_renderer;
    AppActions *m_actions;
    PageListModel *m_model;
    PageListPanel *m_list;
    PageEditor *m_editor;
    PreviewView *m_preview;
    QSplitter *m_splitter;
    QLabel *m_saveState;
    QLabel *m_wordCount;
    QLabel *m_readingTime;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
};

} // namespace lga::ui
