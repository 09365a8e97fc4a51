// SPDX-License-Identifier: GPL-2.0-or-later
// Review decisions from the main window against the CMS emulator served in-process: the Review
// menu offers only what the user's role allows, a decision is confirmed with a message and
// sent at once, and a page with a draft the app cannot write opens on the site.
#include <cms-emulator/account.h>
#include <cms-emulator/accountstore.h>
#include <cms-emulator/server.h>
#include <store/pagestore.h>
#include <store/syncstore.h>
#include <ui/appactions.h>
#include <ui/checkpanel.h>
#include <ui/decisiondialog.h>
#include <ui/mainwindow.h>
#include <ui/reviewqueuemodel.h>
#include <ui/reviewqueuepanel.h>
#include <ui/reviewview.h>
#include <ui/synccontroller.h>

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace lga;
using namespace Qt::Literals::StringLiterals;

namespace {

class DecisionWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server = std::make_unique<emulator::Server>(m_dir.filePath(u"cms.sqlite"_s),
                                                      emulator::Seeder::spread(40));
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(0);
        ASSERT_NE(m_port, 0);
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"store.sqlite"_s)));
        m_window = std::make_unique<ui::MainWindow>(m_store);
        m_window->syncController()->setFastRetries(true);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        activate();
    }

    void activate()
    {
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    QString site() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    void signIn(const QString &user)
    {
        sync::Credentials credentials;
        credentials.site = QUrl(site());
        credentials.method = sync::AuthMethod::Basic;
        credentials.userName = user;
        credentials.password = user + u"-pass"_s;
        m_window->syncController()->setCredentials(credentials, false);
    }

    bool sync()
    {
        QSignalSpy done(m_window->syncController(), &ui::SyncController::finished);
        m_window->syncNow();
        return done.wait(60000) && m_window->syncController()->lastReport().ok();
    }

    QJsonObject http(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(site() + path));
        request.setRawHeader("Accept", "application/vnd.api+json");
        request.setRawHeader("Authorization", "Basic " + "editor:editor-pass"_ba.toBase64());
        QByteArray data;
        if (!body.isEmpty()) {
            request.setRawHeader("Content-Type", "application/vnd.api+json");
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, data);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject document = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return document;
    }

    QString nodePath(const QUuid &page) const
    {
        return u"/jsonapi/node/"_s + m_store.page(page)->bundle + u'/' +
               page.toString(QUuid::WithoutBraces);
    }

    QJsonObject remoteAttributes(const QUuid &page)
    {
        return http("GET", nodePath(page))[u"data"_s][u"attributes"_s].toObject();
    }

    // A draft on the site (never published, so a submission moves the page itself rather than
    // a working copy) owned by the user with \a uid.
    QUuid draftOwnedBy(qint64 uid)
    {
        store::SyncStore records(m_store);
        for (const core::PageSummary &summary : m_store.summaries()) {
            const std::optional<store::SyncRecord> record = records.record(summary.uuid);
            if (summary.state != core::ModerationState::Draft || !record || record->draftOnSite)
                continue;
            const QString owner =
                record->resource.value(u"relationships"_s)[u"uid"_s][u"data"_s][u"id"_s].toString();
            if (owner == emulator::Account::uuidForUser(uid))
                return summary.uuid;
        }
        ADD_FAILURE() << "no draft owned by " << uid;
        return {};
    }

    // A published service page with no draft on the site, as the sync brought it in.
    QUuid publishedPage(bool draftOnSite = false)
    {
        store::SyncStore records(m_store);
        for (const core::PageSummary &summary : m_store.summaries()) {
            const std::optional<store::SyncRecord> record = records.record(summary.uuid);
            if (summary.state == core::ModerationState::Published && record &&
                record->draftOnSite == draftOnSite)
                return summary.uuid;
        }
        ADD_FAILURE() << "no published page with draftOnSite " << draftOnSite;
        return {};
    }

    // An author submits the page for review in the site's web admin.
    void submitOnSite(const QUuid &page)
    {
        const QJsonObject patch{
            {u"data"_s,
             QJsonObject{{u"type"_s, QString(u"node--"_s + m_store.page(page)->bundle)},
                         {u"id"_s, page.toString(QUuid::WithoutBraces)},
                         {u"attributes"_s, QJsonObject{{u"moderation_state"_s, u"review"_s},
                                                       {u"revision_log"_s, u"Please check"_s}}}}}};
        http("PATCH", nodePath(page), patch);
        ASSERT_EQ(m_lastStatus, 200);
    }

    // A dialog that opens after a wait (the audit) is not given focus by Xvfb, which has no
    // window manager; a desktop's window manager activates it.
    static void focusDialog(QDialog *dialog)
    {
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(50);
        dialog->activateWindow();
        EXPECT_TRUE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
    }

    // Runs \a act on the decision dialog once it is open; the dialog's exec() blocks the
    // keystroke that opened it.
    void onDialog(std::function<void(ui::DecisionDialog *)> act)
    {
        m_dialogSeen = false;
        // A watch for a dialog that never opened stops here.
        delete m_poll;
        auto *poll = new QTimer(m_window.get());
        m_poll = poll;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [this, poll, act] {
            auto *dialog = qobject_cast<ui::DecisionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->deleteLater();
            poll->stop();
            m_dialogSeen = true;
            focusDialog(dialog);
            act(dialog);
            // Never left open: a dialog still up would block the test.
            if (dialog->isVisible()) {
                ADD_FAILURE() << "the decision dialog was left open";
                dialog->reject();
            }
        });
        poll->start();
    }

    void press(int key)
    {
        activate();
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), Qt::Key(key),
                        Qt::ControlModifier | Qt::AltModifier);
    }

    int transitionsQueued(const QUuid &page)
    {
        int count = 0;
        for (const store::OutboxEntry &entry : store::SyncStore(m_store).outbox())
            count +=
                entry.page == page && entry.operation == store::OutboxEntry::Operation::Transition;
        return count;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<emulator::Server> m_server;
    quint16 m_port = 0;
    int m_lastStatus = 0;
    store::PageStore m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    bool m_dialogSeen = false;
    QPointer<QTimer> m_poll;
};

} // namespace

TEST_F(DecisionWindowTest, WithoutASiteTheReviewMenuSaysWhyItOffersNothing)
{
    EXPECT_TRUE(m_window->reviewInfo()->isVisible());
    EXPECT_FALSE(m_window->reviewInfo()->isEnabled());
    EXPECT_TRUE(m_window->reviewInfo()->text().contains(u"Connect to a site"_s));
    for (QAction *action : {m_window->actions()->submitForReview, m_window->actions()->approve,
                            m_window->actions()->sendBack, m_window->actions()->archive})
        EXPECT_FALSE(action->isVisible()) << action->text().toStdString();
}

TEST_F(DecisionWindowTest, WhatChangedShowsANewPageAsAllNew)
{
    core::Page page = core::Page::create(u"localgov_services_page"_s);
    page.title = u"Book a bulky waste collection"_s;
    page.body = u"You can book online.\n"_s;
    ASSERT_TRUE(m_store.insert(page));
    m_window->openPage(page.uuid);
    bool shown = false;
    QTimer::singleShot(200, m_window.get(), [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *view = qobject_cast<ui::ReviewView *>(widget);
            if (!view || !view->isVisible())
                continue;
            shown = true;
            ASSERT_FALSE(view->sections().isEmpty());
            // Never published: every word of the title is new.
            for (const review::DiffSegment &segment : view->sections().first().segments)
                EXPECT_EQ(segment.kind, review::DiffSegment::Inserted);
            QTest::keyClick(view, Qt::Key_Escape);
        }
    });
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_TRUE(shown);
}

TEST_F(DecisionWindowTest, AnEditorApprovesFromTheQueueWithAMessage)
{
    signIn(u"editor"_s);
    ASSERT_TRUE(sync());
    // The roles are kept for this site and user, so decisions are offered offline too.
    EXPECT_EQ(m_window->syncController()->roles(), QStringList{u"localgov_editor"_s});
    const QUuid page = draftOwnedBy(emulator::AccountStore::authorUid);
    submitOnSite(page);
    ASSERT_TRUE(sync());

    // The reviewer opens the queue and the page in it from the keyboard.
    m_window->actions()->toggleReviewQueue->trigger();
    ui::ReviewQueuePanel *queue = m_window->reviewQueue();
    ASSERT_TRUE(QTest::qWaitFor([queue] { return queue->model()->rowCount() == 1; }, 20000));
    queue->focusQueue();
    QTest::keyClick(queue->view(), Qt::Key_Return);
    ASSERT_EQ(m_window->currentPage(), page);
    EXPECT_TRUE(m_window->actions()->approve->isVisible());
    EXPECT_TRUE(m_window->actions()->sendBack->isVisible());
    EXPECT_FALSE(m_window->reviewInfo()->isVisible());

    QString summary;
    onDialog([&summary](ui::DecisionDialog *dialog) {
        summary = dialog->summary()->text();
        EXPECT_TRUE(dialog->okButton()->isEnabled()) << "a message is optional for approval";
        QTest::keyClicks(dialog->messageEdit(), u"Checked the fees table"_s);
        if (const QByteArray path = qgetenv("LGA_DECISION_SCREENSHOT"); !path.isEmpty()) {
            auto *window = dialog->parentWidget()->window();
            QPixmap shot = window->grab();
            QPainter painter(&shot);
            painter.drawPixmap(window->mapFromGlobal(dialog->mapToGlobal(QPoint(0, 0))),
                               dialog->grab());
            painter.end();
            shot.save(QString::fromLocal8Bit(path));
        }
        QTest::keyClick(dialog->messageEdit(), Qt::Key_Return, Qt::ControlModifier);
    });
    QSignalSpy done(m_window->syncController(), &ui::SyncController::finished);
    press(Qt::Key_A);
    ASSERT_TRUE(m_dialogSeen);
    EXPECT_TRUE(summary.contains(m_store.page(page)->title)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"goes live"_s)) << summary.toStdString();
    // The decision goes to the site at once.
    ASSERT_TRUE(done.wait(60000));
    const QJsonObject attributes = remoteAttributes(page);
    EXPECT_EQ(attributes.value(u"moderation_state"_s).toString(), u"published"_s);
    EXPECT_EQ(attributes.value(u"revision_log"_s).toString(), u"Checked the fees table"_s);
    EXPECT_EQ(transitionsQueued(page), 0);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"is published on the site"_s))
        << m_window->statusBar()->currentMessage().toStdString();
    // Published now: approval is no longer offered.
    EXPECT_FALSE(m_window->actions()->approve->isVisible());
    // The reviewer is back in the queue, ready for the next page (here it says none is left).
    EXPECT_EQ(queue->model()->rowCount(), 0);
    EXPECT_TRUE(queue->isAncestorOf(m_window->focusWidget()));
}

TEST_F(DecisionWindowTest, AnAuthorMaySendBackWithACommentButNotApprove)
{
    signIn(u"author"_s);
    ASSERT_TRUE(sync());
    const QUuid page = draftOwnedBy(emulator::AccountStore::authorUid);
    submitOnSite(page);
    ASSERT_TRUE(sync());
    m_window->openPage(page);
    EXPECT_EQ(m_window->syncController()->roles(), QStringList{u"localgov_author"_s});
    EXPECT_FALSE(m_window->actions()->approve->isVisible());
    EXPECT_TRUE(m_window->actions()->sendBack->isVisible());

    // Ctrl+Alt+A opens nothing for an author.
    onDialog([](ui::DecisionDialog *dialog) { dialog->reject(); });
    press(Qt::Key_A);
    QTest::qWait(200);
    EXPECT_FALSE(m_dialogSeen);

    bool okWithoutComment = true;
    bool reasonShown = false;
    bool stillOpen = false;
    onDialog([&](ui::DecisionDialog *dialog) {
        QTest::keyClicks(dialog->messageEdit(), u"   "_s);
        okWithoutComment = dialog->okButton()->isEnabled();
        reasonShown = dialog->reason()->isVisible();
        QTest::keyClick(dialog->messageEdit(), Qt::Key_Return, Qt::ControlModifier);
        stillOpen = dialog->isVisible();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    press(Qt::Key_B);
    ASSERT_TRUE(m_dialogSeen);
    EXPECT_FALSE(okWithoutComment);
    EXPECT_TRUE(reasonShown);
    EXPECT_TRUE(stillOpen);
    EXPECT_EQ(transitionsQueued(page), 0);
    EXPECT_EQ(remoteAttributes(page).value(u"moderation_state"_s).toString(), u"review"_s);
}

TEST_F(DecisionWindowTest, ADraftOnTheSiteOpensAtItsLatestVersion)
{
    signIn(u"editor"_s);
    ASSERT_TRUE(sync());
    const QUuid page = publishedPage(true);
    m_window->openPage(page);
    QList<QUrl> opened;
    m_window->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QPushButton *button = m_window->openOnSiteButton();
    ASSERT_TRUE(button->isVisible());
    EXPECT_FALSE(m_window->syncNoticeText().isEmpty());
    // No decision can be written for it here; the menu says so.
    EXPECT_FALSE(m_window->actions()->approve->isVisible());
    EXPECT_TRUE(m_window->reviewInfo()->isVisible());
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    const int nid = remoteAttributes(page).value(u"drupal_internal__nid"_s).toInt();
    ASSERT_GT(nid, 0);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened[0], QUrl(site() + u"/node/%1/latest"_s.arg(nid)));
}

namespace {

// An author's draft with errors: an image whose alt text is its file name (the checker's) and a
// link with no text (axe-core's link-name).
QUuid draftWithAnError(store::PageStore &store, const QUuid &page)
{
    core::Page draft = *store.page(page);
    draft.body += u"\n\n![bin-collection.png](https://www.example.gov.uk/images/bin-collection.png)"
                  u"\n\nSee [](https://www.example.gov.uk/bins) for the days.\n"_s;
    EXPECT_TRUE(store.save(draft));
    return page;
}

} // namespace

TEST_F(DecisionWindowTest, SubmittingForReviewAuditsThePageFirstAndListsItsErrors)
{
    signIn(u"author"_s);
    ASSERT_TRUE(sync());
    const QUuid page = draftWithAnError(m_store, draftOwnedBy(emulator::AccountStore::authorUid));
    m_window->openPage(page);
    ASSERT_TRUE(m_window->actions()->submitForReview->isVisible());

    QStringList errors;
    QString auditSummary;
    bool okEnabled = false;
    onDialog([&](ui::DecisionDialog *dialog) {
        auditSummary = dialog->auditSummary()->text();
        for (int row = 0; row < dialog->auditErrors()->count(); ++row)
            errors.append(dialog->auditErrors()->item(row)->text());
        okEnabled = dialog->okButton()->isEnabled();
        QTest::keyClicks(dialog->messageEdit(), u"New photo of the bin lorry"_s);
        QTest::keyClick(dialog->messageEdit(), Qt::Key_Return, Qt::ControlModifier);
        // Never left open: a dialog still up here would block the test.
        EXPECT_FALSE(dialog->isVisible());
        if (dialog->isVisible())
            dialog->reject();
    });
    QSignalSpy done(m_window->syncController(), &ui::SyncController::finished);
    press(Qt::Key_R);
    // The dialog waits for the checker and for axe-core in the preview.
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_dialogSeen; }, 60000));
    EXPECT_TRUE(auditSummary.contains(u"error"_s)) << auditSummary.toStdString();
    EXPECT_FALSE(auditSummary.contains(u"did not run"_s)) << auditSummary.toStdString();
    ASSERT_FALSE(errors.isEmpty());
    const bool namesTheImage = std::any_of(errors.cbegin(), errors.cend(), [](const QString &e) {
        return e.contains(u"alt"_s, Qt::CaseInsensitive) ||
               e.contains(u"alternative"_s, Qt::CaseInsensitive);
    });
    EXPECT_TRUE(namesTheImage) << errors.join(u" | "_s).toStdString();
    // Without the organisation's policy the author may still submit.
    EXPECT_TRUE(okEnabled);
    ASSERT_TRUE(QTest::qWaitFor([&done] { return done.count() > 0; }, 60000));
    const QJsonObject attributes = remoteAttributes(page);
    EXPECT_EQ(attributes.value(u"moderation_state"_s).toString(), u"review"_s);
    EXPECT_EQ(attributes.value(u"revision_log"_s).toString(), u"New photo of the bin lorry"_s);
}

TEST_F(DecisionWindowTest, ThePolicyBlocksSubmittingWhileErrorsRemain)
{
    QSettings().setValue(u"Review/BlockSubmitOnErrors"_s, true);
    signIn(u"author"_s);
    ASSERT_TRUE(sync());
    const QUuid page = draftWithAnError(m_store, draftOwnedBy(emulator::AccountStore::authorUid));
    m_window->openPage(page);

    bool okEnabled = true;
    QString reason;
    bool showErrorsOffered = false;
    onDialog([&](ui::DecisionDialog *dialog) {
        okEnabled = dialog->okButton()->isEnabled();
        reason = dialog->reason()->isVisible() ? dialog->reason()->text() : QString();
        showErrorsOffered = dialog->showErrorsButton()->isVisible();
        // Ctrl+Enter does nothing while blocked; Alt+E shows the errors.
        QTest::keyClick(dialog->messageEdit(), Qt::Key_Return, Qt::ControlModifier);
        EXPECT_TRUE(dialog->isVisible());
        QTest::keyClick(dialog->messageEdit(), Qt::Key_E, Qt::AltModifier);
        // A mnemonic clicks its button after a short press animation.
        EXPECT_TRUE(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 2000));
        if (dialog->isVisible())
            dialog->reject();
    });
    press(Qt::Key_R);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_dialogSeen; }, 60000));
    QSettings().remove(u"Review/BlockSubmitOnErrors"_s);
    EXPECT_FALSE(okEnabled);
    EXPECT_TRUE(reason.contains(u"organisation"_s)) << reason.toStdString();
    EXPECT_TRUE(showErrorsOffered);
    EXPECT_TRUE(QTest::qWaitFor([this] { return m_window->checkPanel()->isVisible(); }, 5000));
    EXPECT_EQ(transitionsQueued(page), 0);
    EXPECT_EQ(remoteAttributes(page).value(u"moderation_state"_s).toString(), u"draft"_s);
}

TEST_F(DecisionWindowTest, ADecisionOnAPageChangedOnTheSiteIsRefusedAndShowsTheChanges)
{
    signIn(u"editor"_s);
    ASSERT_TRUE(sync());
    const QUuid page = draftOwnedBy(emulator::AccountStore::authorUid);
    submitOnSite(page);
    ASSERT_TRUE(sync());
    m_window->openPage(page);
    const QString title = m_store.page(page)->title;

    // While the reviewer reads, the author changes the title on the site.
    const QJsonObject patch{
        {u"data"_s,
         QJsonObject{
             {u"type"_s, QString(u"node--"_s + m_store.page(page)->bundle)},
             {u"id"_s, page.toString(QUuid::WithoutBraces)},
             {u"attributes"_s, QJsonObject{{u"title"_s, QString(title + u" and recycling"_s)}}}}}};
    http("PATCH", nodePath(page), patch);
    ASSERT_EQ(m_lastStatus, 200);

    // The changes are shown once the sync is back; the view is modal, so it is read from a
    // watch like the decision dialog.
    QString summary;
    QStringList inserted;
    QPointer<QTimer> watch = new QTimer(m_window.get());
    watch->setInterval(20);
    QObject::connect(watch, &QTimer::timeout, watch, [&, watch] {
        ui::ReviewView *view = m_window->changesSinceDecision();
        if (!view || !view->isVisible())
            return;
        watch->stop();
        summary = view->summary();
        for (const review::DiffSegment &segment : view->sections().first().segments) {
            if (segment.kind == review::DiffSegment::Inserted)
                inserted.append(segment.text.trimmed());
        }
        view->reject();
    });
    watch->start();
    onDialog([](ui::DecisionDialog *dialog) {
        QTest::keyClick(dialog->messageEdit(), Qt::Key_Return, Qt::ControlModifier);
    });
    press(Qt::Key_A);
    ASSERT_TRUE(m_dialogSeen);
    ASSERT_TRUE(QTest::qWaitFor([&summary] { return !summary.isEmpty(); }, 60000));
    delete watch;
    EXPECT_TRUE(summary.contains(u"changed on the site after you read it"_s))
        << summary.toStdString();
    EXPECT_TRUE(inserted.join(u' ').contains(u"recycling"_s)) << inserted.join(u'|').toStdString();
    // Nothing was published that the reviewer had not read.
    EXPECT_EQ(remoteAttributes(page).value(u"moderation_state"_s).toString(), u"review"_s);
    EXPECT_EQ(transitionsQueued(page), 0);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"refused"_s))
        << m_window->statusBar()->currentMessage().toStdString();
}
