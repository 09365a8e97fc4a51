// SPDX-License-Identifier: GPL-2.0-or-later
// Sync from the main window against the CMS emulator served in-process: the author presses
// Sync now, edits, meets a conflict in the page list and over the editor, and resolves it.
#include <cms-emulator/server.h>
#include <store/pagestore.h>
#include <ui/appactions.h>
#include <ui/mainwindow.h>
#include <ui/mergedialog.h>
#include <ui/pageeditor.h>
#include <ui/pagelistmodel.h>
#include <ui/pagelistpanel.h>
#include <ui/sourceeditor.h>
#include <ui/synccontroller.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

using namespace lga;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSentence = u"You can do this online at any time."_s;

class SyncWindowTest : public ::testing::Test
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
        sync::Credentials credentials;
        credentials.site = QUrl(site());
        credentials.method = sync::AuthMethod::Basic;
        credentials.userName = u"editor"_s;
        credentials.password = u"editor-pass"_s;
        m_window->syncController()->setFastRetries(true);
        m_window->syncController()->setCredentials(credentials, false);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    QString site() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    // Presses Sync now as the author would, from the keyboard, and waits for the end.
    bool syncFromKeyboard()
    {
        QSignalSpy done(m_window->syncController(), &ui::SyncController::finished);
        EXPECT_TRUE(m_window->actions()->syncNow->isEnabled());
        // A closed dialog may leave the window inactive, where shortcuts do not reach it.
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), Qt::Key_Y,
                        Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_TRUE(m_window->syncController()->isRunning()) << "Ctrl+Shift+Y did not start it";
        // Nothing typed during the sync can be saved over what it brings in.
        EXPECT_FALSE(m_window->editor()->bodyEditor()->isEnabled());
        const bool finished = done.wait(60000);
        EXPECT_TRUE(m_window->editor()->bodyEditor()->isEnabled());
        return finished;
    }

    QString statusText() const { return m_window->syncStatus()->text(); }

    QJsonObject remote(const QString &path)
    {
        QNetworkRequest request(QUrl(site() + path));
        request.setRawHeader("Accept", "application/vnd.api+json");
        request.setRawHeader("Authorization", "Basic " + "editor:editor-pass"_ba.toBase64());
        return send(request, "GET", {});
    }

    QJsonObject send(QNetworkRequest request, const QByteArray &verb, const QByteArray &data)
    {
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, data);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const QJsonObject document = QJsonDocument::fromJson(reply->readAll()).object();
        m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return document;
    }

    QString nodePath(const core::Page &page) const
    {
        return u"/jsonapi/node/"_s + page.bundle + u'/' + page.uuid.toString(QUuid::WithoutBraces);
    }

    QString remoteBody(const core::Page &page)
    {
        return remote(nodePath(page))[u"data"_s][u"attributes"_s][u"body"_s][u"value"_s].toString();
    }

    // A colleague edits the page's body in the site's own editor.
    void editOnSite(const core::Page &page, const QString &from, const QString &to)
    {
        const QJsonObject resource = remote(nodePath(page)).value(u"data"_s).toObject();
        QJsonObject body = resource[u"attributes"_s][u"body"_s].toObject();
        const QString html = body.value(u"value"_s).toString();
        ASSERT_TRUE(html.contains(from)) << html.toStdString();
        body.insert(u"value"_s, QString(html).replace(from, to));
        body.remove(u"processed"_s);
        const QJsonObject patch{
            {u"data"_s, QJsonObject{{u"type"_s, resource.value(u"type"_s)},
                                    {u"id"_s, resource.value(u"id"_s)},
                                    {u"attributes"_s,
                                     QJsonObject{{u"body"_s, body},
                                                 {u"moderation_state"_s,
                                                  resource[u"attributes"_s][u"moderation_state"_s]},
                                                 {u"revision_log"_s, u"Edited on the site"_s}}}}}};
        QNetworkRequest request(QUrl(site() + nodePath(page)));
        request.setRawHeader("Accept", "application/vnd.api+json");
        request.setRawHeader("Content-Type", "application/vnd.api+json");
        request.setRawHeader("Authorization", "Basic " + "editor:editor-pass"_ba.toBase64());
        send(request, "PATCH", QJsonDocument(patch).toJson(QJsonDocument::Compact));
        ASSERT_EQ(m_lastStatus, 200);
    }

    // A published service page with the seeder's standard body, as the sync brought it in.
    core::Page servicePage()
    {
        for (const core::PageSummary &summary : m_store.summaries()) {
            if (summary.bundle != u"localgov_services_page"_s ||
                summary.state != core::ModerationState::Published)
                continue;
            const std::optional<core::Page> page = m_store.page(summary.uuid);
            if (page && page->body.contains(kSentence))
                return *page;
        }
        ADD_FAILURE() << "no published service page with the standard body";
        return {};
    }

    // Types over \a from in the open page's body editor.
    void typeOver(const QString &from, const QString &to)
    {
        ui::SourceEditor *body = m_window->editor()->bodyEditor();
        const QTextCursor found = body->document()->find(from);
        ASSERT_FALSE(found.isNull()) << body->toPlainText().toStdString();
        body->setTextCursor(found);
        body->setFocus();
        QTest::keyClicks(body, to);
    }

    ui::PageListModel::SyncState listState(const QUuid &page) const
    {
        const QAbstractItemModel *model =
            m_window->pageList()->findChild<QAbstractItemView *>()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ui::PageListModel::UuidRole).toUuid() == page)
                return ui::PageListModel::SyncState(
                    index.data(ui::PageListModel::SyncStateRole).toInt());
        }
        ADD_FAILURE() << "page not in the list";
        return ui::PageListModel::SyncState::None;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<emulator::Server> m_server;
    quint16 m_port = 0;
    int m_lastStatus = 0;
    store::PageStore m_store;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(SyncWindowTest, SyncNowIsOffWithoutASiteAndSaysSo)
{
    m_window->syncController()->setCredentials({}, false);
    EXPECT_FALSE(m_window->actions()->syncNow->isEnabled());
    EXPECT_TRUE(m_window->actions()->syncNow->toolTip().contains(u"Connect to site"_s));
    EXPECT_EQ(statusText(), u"Not connected"_s);
    EXPECT_FALSE(m_window->syncStatus()->accessibleName().isEmpty());
    EXPECT_NE(m_window->syncStatus()->focusPolicy(), Qt::NoFocus);
}

TEST_F(SyncWindowTest, APageWrittenHereSaysItIsNotOnTheSiteUntilSynced)
{
    core::Page page = core::Page::create(u"localgov_services_page"_s);
    page.title = u"Book a bulky waste collection"_s;
    page.summary = u"How to book and what it costs."_s;
    page.body = u"You can book online.\n"_s;
    ASSERT_TRUE(m_store.insert(page));
    // A new window on the store, as when the app starts with a site set.
    m_window = std::make_unique<ui::MainWindow>(m_store);
    sync::Credentials credentials;
    credentials.site = QUrl(site());
    credentials.method = sync::AuthMethod::Basic;
    credentials.userName = u"editor"_s;
    credentials.password = u"editor-pass"_s;
    m_window->syncController()->setCredentials(credentials, false);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    const QAbstractItemModel *model =
        m_window->pageList()->findChild<QAbstractItemView *>()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 0).data(ui::PageListModel::SyncTextRole).toString(),
              u"Not on site yet"_s);
    ASSERT_TRUE(syncFromKeyboard());
    EXPECT_EQ(remote(u"/jsonapi/node/localgov_services_page/"_s +
                     page.uuid.toString(QUuid::WithoutBraces))
                  .value(u"data"_s)[u"attributes"_s][u"title"_s]
                  .toString(),
              page.title);
    // Now it is on the site like the others (some of which have drafts waiting there).
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_NE(model->index(row, 0).data(ui::PageListModel::SyncTextRole).toString(),
                  u"Not on site yet"_s);
}

TEST_F(SyncWindowTest, SyncBringsTheSitesPagesAndSendsAnEditMadeInTheEditor)
{
    ASSERT_EQ(m_window->pageList()->findChild<QAbstractItemView *>()->model()->rowCount(), 0);
    ASSERT_TRUE(syncFromKeyboard());
    EXPECT_TRUE(statusText().startsWith(u"Synced "_s)) << statusText().toStdString();
    const QAbstractItemModel *model =
        m_window->pageList()->findChild<QAbstractItemView *>()->model();
    EXPECT_EQ(model->rowCount(), 40);
    EXPECT_EQ(m_store.count(), 40);

    const core::Page page = servicePage();
    m_window->openPage(page.uuid);
    typeOver(kSentence, u"You can do this online, day or night."_s);
    ASSERT_TRUE(syncFromKeyboard());
    EXPECT_TRUE(statusText().startsWith(u"Synced "_s)) << statusText().toStdString();
    EXPECT_TRUE(remoteBody(page).contains(u"day or night"_s)) << remoteBody(page).toStdString();
    // The page was not changed by the sync, so the author's place in it stays.
    const ui::SourceEditor *body = m_window->editor()->bodyEditor();
    EXPECT_EQ(m_window->currentPage(), page.uuid);
    EXPECT_EQ(body->textCursor().position(),
              body->toPlainText().indexOf(u"day or night."_s) + int(u"day or night."_s.size()));
    EXPECT_EQ(listState(page.uuid), ui::PageListModel::SyncState::None);
}

TEST_F(SyncWindowTest, AConflictShowsInTheListAndOverTheEditorAndIsResolvedThere)
{
    ASSERT_TRUE(syncFromKeyboard());
    const core::Page page = servicePage();
    m_window->openPage(page.uuid);
    EXPECT_TRUE(m_window->syncNotice()->isHidden());

    editOnSite(page, kSentence, u"You can do this online whenever you like."_s);
    typeOver(kSentence, u"You can do this online, day or night."_s);
    QApplication::processEvents();
    EXPECT_EQ(listState(page.uuid), ui::PageListModel::SyncState::ChangedHere);
    ASSERT_TRUE(syncFromKeyboard());

    EXPECT_EQ(m_window->syncController()->state(), ui::SyncController::State::Conflicts);
    EXPECT_TRUE(statusText().startsWith(u"1 conflict"_s)) << statusText().toStdString();
    EXPECT_EQ(listState(page.uuid), ui::PageListModel::SyncState::Conflict);
    EXPECT_TRUE(m_window->syncNoticeText().contains(u"changed on the site too"_s))
        << m_window->syncNoticeText().toStdString();
    EXPECT_TRUE(m_window->resolveButton()->isVisible());
    // Nothing the author wrote was overwritten, and the site keeps the colleague's edit.
    EXPECT_TRUE(m_window->editor()->page().body.contains(u"day or night"_s));
    EXPECT_TRUE(remoteBody(page).contains(u"whenever you like"_s));
    if (const QString shot = qEnvironmentVariable("LGA_SYNC_SCREENSHOT"); !shot.isEmpty())
        m_window->grab().save(shot);

    // The author keeps their own sentence in the merge dialog.
    bool sawDialog = false;
    QTimer::singleShot(200, m_window.get(), [&] {
        auto *dialog = qobject_cast<ui::MergeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        for (int i = 0; i < dialog->conflictCount(); ++i) {
            dialog->showConflict(i);
            dialog->choose(sync::ThreeWayMerge::Choice::Mine);
        }
        dialog->accept();
    });
    QTest::mouseClick(m_window->resolveButton(), Qt::LeftButton);
    ASSERT_TRUE(sawDialog);
    EXPECT_TRUE(m_window->syncNotice()->isHidden());
    EXPECT_EQ(listState(page.uuid), ui::PageListModel::SyncState::ChangedHere);

    ASSERT_TRUE(syncFromKeyboard());
    EXPECT_TRUE(statusText().startsWith(u"Synced "_s)) << statusText().toStdString();
    EXPECT_TRUE(remoteBody(page).contains(u"day or night"_s)) << remoteBody(page).toStdString();
    EXPECT_EQ(listState(page.uuid), ui::PageListModel::SyncState::None);
}

} // namespace
