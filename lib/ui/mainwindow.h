// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/checkresult.h>
#include <core/fieldvalidator.h>
#include <core/mediaitem.h>
#include <store/dismissalstore.h>
#include <sync/reviewdecision.h>

#include <QMainWindow>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QPushButton;
class QTimer;
class QToolButton;
class QSplitter;

namespace lga::render {
class RenderScheduler;
}
namespace lga::store {
class Autosaver;
class MediaStore;
class PageStore;
class RevisionStore;
} // namespace lga::store

namespace lga::ui {

class AppActions;
class AxeAudit;
class CheckPanel;
class SpellingController;
class SyncController;
class CheckRunner;
class RepairController;
class NoticeBar;
class FieldsPanel;
class MediaSchemeHandler;
class PageEditor;
class PageListModel;
class PageListPanel;
class PreviewView;
class ReviewQueueModel;
class ReviewQueuePanel;
class ReviewView;

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

    /// Asks for an image (with its alt text) or a document and inserts its Markdown at the body
    /// editor's cursor.
    void insertMedia(core::MediaKind kind);
    /// Shows the media in the store, where alt text is edited; changes reach this page's body.
    void showMediaLibrary();
    /// Inserts Markdown at the body editor's cursor, as typing would.
    void insertAtCursor(const QString &markdown);
    store::MediaStore &media() const { return *m_media; }

    PageEditor *editor() const { return m_editor; }
    FieldsPanel *fieldsPanel() const { return m_fields; }
    PreviewView *preview() const { return m_preview; }
    PageListPanel *pageList() const { return m_list; }
    AppActions *actions() const { return m_actions; }
    /// The bar above the panes that tells the author what needs no answer, e.g. a failed backup.
    NoticeBar *notices() const { return m_notices; }
    /// The accessibility and plain English findings of the open page, in their dock.
    CheckPanel *checkPanel() const { return m_checkPanel; }
    CheckRunner *checkRunner() const { return m_checkRunner; }
    /// The newest check of the open page, dismissed findings included.
    const check::CheckResult &lastCheck() const { return m_checkResult; }
    /// Selects the finding's text in the body editor (nothing for a finding about the whole
    /// page) and moves the focus there.
    void goToFinding(const check::Finding &finding);
    /// Hides a warning or tip on this page for good, with the author's reason. Errors cannot be
    /// dismissed.
    bool dismissFinding(const check::Finding &finding, const QString &reason);
    bool restoreFinding(const check::Finding &finding);
    /// The pages waiting for review, in their dock (View > Show review queue).
    ReviewQueuePanel *reviewQueue() const { return m_reviewPanel; }
    QDockWidget *reviewQueueDock() const { return m_reviewDock; }
    /// The link to the site: its settings, the sync and what the status bar says about it.
    SyncController *syncController() const { return m_sync; }
    /// The status bar's sync line; pressing it shows what the last sync did.
    QToolButton *syncStatus() const { return m_syncStatus; }
    /// The bar over the editor about the open page's state on the site (conflict, error, a
    /// draft there); hidden when there is nothing to say.
    QFrame *syncNotice() const { return m_syncNotice; }
    QString syncNoticeText() const;
    QPushButton *resolveButton() const { return m_syncResolve; }
    /// Saves the open page and starts a sync; the list and the page are reloaded after it.
    void syncNow();
    /// Opens the merge of the open page's conflict; on OK the result is saved and sent next sync.
    void resolveConflict();
    /// Asks to confirm \a kind on the open page with a message, queues it for the site and, when
    /// a site is set, syncs at once; offline it waits in the outbox for the next sync.
    void decide(sync::ReviewDecision::Kind kind);
    /// The Review menu: only the decisions the user's roles allow on the open page, or one
    /// disabled item saying why there are none.
    QMenu *reviewMenu() const { return m_reviewMenu; }
    /// The Review menu's item saying why no decision is offered; hidden when some are.
    QAction *reviewInfo() const { return m_reviewInfo; }
    /// The notice bar's button that opens the page's latest version on the site, shown when
    /// the site holds a draft the app cannot write.
    QPushButton *openOnSiteButton() const { return m_syncOpenOnSite; }
    /// The open page's latest version on the site (`<site>/node/<nid>/latest`); empty when the
    /// page is not on the site.
    QUrl latestVersionUrl() const;
    /// The changes shown after a decision was refused because the page changed on the site
    /// after the reviewer read it; null when none is open.
    ReviewView *changesSinceDecision() const;
    /// Replaces QDesktopServices::openUrl, for tests.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    /// The generation of the newest edit sent to be rendered; PreviewView::updated() echoes it.
    quint64 renderGeneration() const { return m_generation; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildFieldsPanel();
    /// Shows the open page's fields and what the site would refuse it for.
    void showFields();
    void validatePage();
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
    void buildMediaActions();
    void openMediaLink(const QUrl &url);
    void buildCheckPanel();
    /// Runs axe-core in the preview; its findings join the checker's until the text they
    /// are about is gone.
    void runAudit();
    QList<check::Finding> auditFindingsForText() const;
    /// The title of the store's page a link goes to, suggested as link text.
    QString titleOfLinkedPage(const QUrl &url) const;
    void scheduleCheck();
    /// Shows m_checkResult in the panel, the editor, the preview and the status bar, leaving out
    /// what the author dismissed.
    void showCheck();
    void showCheckPanel();
    bool isDismissed(const check::Finding &finding, QString *reason = nullptr) const;
    void buildSync();
    void buildReviewQueue();
    /// Reads the review queue from the store again soon, or when it is next shown.
    void scheduleReviewRefresh();
    void connectToSite();
    void onSyncFinished();
    void updateSyncStatus();
    void showSyncDetails();
    /// Reads every page's state against the site into the page list.
    void refreshSyncStates();
    void showSyncNotice();
    void buildReviewMenu();
    /// Shows the decisions the user may take on the open page now.
    void updateReviewActions();
    /// Shows what changed on the open page since the version published on the site.
    void showWhatChanged();
    /// What the status bar says about the decision just sent, after the sync.
    QString decisionOutcome() const;
    /// Names a page by its title, for the review view's page references.
    std::function<QString(const QString &)> pageTitleLookup() const;
    /// After a decision refused because the page changed on the site, shows those changes.
    void showChangesSinceDecision();
    /// What the audit before a submission found.
    struct SubmissionAudit
    {
        QList<check::Finding> errors;
        QString failure;
        bool blockOnErrors = false;
    };
    /// Starts the submission's audit once the preview shows the page as it is now.
    void startSubmissionAudit();
    /// Opens the submission's dialog once both the checker and the audit are done.
    void continueSubmission();
    /// Asks to confirm \a kind with a message, then queues and sends it; a submission shows
    /// its \a audit.
    void confirmDecision(sync::ReviewDecision::Kind kind, const SubmissionAudit *audit);
    /// The organisation's policy: no submission while the page has accessibility errors.
    bool blockSubmitOnErrors() const;

    store::PageStore &m_store;
    std::unique_ptr<store::RevisionStore> m_revisions;
    store::Autosaver *m_autosaver;
    render::RenderScheduler *m_renderer;
    AppActions *m_actions;
    FieldsPanel *m_fields = nullptr;
    QDockWidget *m_fieldsDock = nullptr;
    core::FieldValidator m_validator;
    QTimer *m_validateTimer = nullptr;
    PageListModel *m_model;
    PageListPanel *m_list;
    PageEditor *m_editor;
    QPointer<QWidget> m_focusBeforeSync;
    PreviewView *m_preview;
    QSplitter *m_splitter;
    NoticeBar *m_notices = nullptr;
    QLabel *m_saveState;
    QLabel *m_wordCount;
    QLabel *m_readingTime;
    std::unique_ptr<store::MediaStore> m_media;
    MediaSchemeHandler *m_mediaHandler = nullptr;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    CheckRunner *m_checkRunner = nullptr;
    CheckPanel *m_checkPanel = nullptr;
    QDockWidget *m_checkDock = nullptr;
    QToolButton *m_checkStatus = nullptr;
    RepairController *m_repairs = nullptr;
    SpellingController *m_spelling = nullptr;
    AxeAudit *m_audit = nullptr;
    QList<check::Finding> m_auditFindings;
    // The body the audit saw.
    QString m_auditedBody;
    std::unique_ptr<store::DismissalStore> m_dismissals;
    QList<store::Dismissal> m_pageDismissals;
    check::CheckResult m_checkResult;
    SyncController *m_sync = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QToolButton *m_syncStatus = nullptr;
    QFrame *m_syncNotice = nullptr;
    QLabel *m_syncNoticeText = nullptr;
    QPushButton *m_syncResolve = nullptr;
    QPushButton *m_syncOpenOnSite = nullptr;
    std::function<bool(const QUrl &)> m_openUrl;
    QMenu *m_reviewMenu = nullptr;
    QAction *m_reviewInfo = nullptr;
    // The decision sent with the running sync, to say how it went.
    QUuid m_decidedPage;
    // The page as its reviewer read it when deciding.
    std::optional<core::Page> m_decidedSeen;
    // The changes shown after a refused decision, while open (tests read it).
    QPointer<ReviewView> m_changesView;
    // A submission waiting for its audit.
    struct PendingSubmission
    {
        QUuid page;
        bool auditStarted = false;
        bool audited = false;
        QString auditFailure;
    };
    // The render generation the preview shows.
    quint64 m_previewGeneration = 0;
    std::optional<PendingSubmission> m_submission;
    sync::ReviewDecision::Kind m_decidedKind = sync::ReviewDecision::Kind::Approve;
    // The decision came from the review queue: the focus goes back to it after the sync.
    bool m_backToQueue = false;
    // A decision was queued while a sync ran: another sync sends it.
    bool m_syncAgain = false;
    ReviewQueueModel *m_reviewModel = nullptr;
    ReviewQueuePanel *m_reviewPanel = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QTimer *m_reviewRefresh = nullptr;
    // The store changed while the queue was hidden: it is read again when shown.
    bool m_reviewStale = false;
    // The open page has been checked at least once (until then the status says so).
    bool m_checked = false;
};

} // namespace lga::ui
