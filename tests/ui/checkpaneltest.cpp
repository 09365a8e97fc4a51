// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/previewprobe.h"

#include <store/dismissalstore.h>
#include <store/pagestore.h>
#include <ui/appactions.h>
#include <ui/checkpanel.h>
#include <ui/checkrunner.h>
#include <ui/findingsmodel.h>
#include <ui/mainwindow.h>
#include <ui/pageeditor.h>
#include <ui/sourceeditor.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>

#include <cstdio>

using namespace lga;

namespace {

const QString kImageLine = QStringLiteral("<img src=\"bins.png\">");
const QString kLinkLine =
    QStringLiteral("To book a bulky waste collection [click here](https://example.gov.uk/book).");

core::Page page(const QString &title, const QString &body)
{
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = title;
    page.summary = QStringLiteral("Find your collection day.");
    page.body = body;
    return page;
}

// The body editor's text, read at the moment of the call.
struct SourceEditorText
{
    ui::SourceEditor *editor;
    QString operator()() const { return editor->toPlainText(); }
};

bool hasRule(const check::CheckResult &result, const QString &ruleId)
{
    return std::any_of(result.findings.cbegin(), result.findings.cend(),
                       [&](const check::Finding &f) { return f.ruleId == ruleId; });
}

// Types text as the author would, a key at a time, Return for each new line.
void type(QWidget *editor, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

class CheckPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("pages.sqlite"));
        m_store = openStore();
    }

    std::unique_ptr<store::PageStore> openStore()
    {
        auto store = std::make_unique<store::PageStore>();
        EXPECT_TRUE(store->open(m_path)) << qPrintable(store->lastError().message);
        return store;
    }

    std::unique_ptr<ui::MainWindow> openWindow(store::PageStore &store)
    {
        auto window = std::make_unique<ui::MainWindow>(store);
        window->resize(1500, 900);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->preview()->isReady(); }, 20000));
        return window;
    }

    // The newest check has landed: the runner is idle and has nothing waiting.
    static bool waitForCheck(ui::MainWindow &window, const QString &ruleId, bool present = true)
    {
        return QTest::qWaitFor([&] { return hasRule(window.lastCheck(), ruleId) == present; },
                               5000);
    }

    static QModelIndex indexOf(ui::MainWindow &window, const QString &ruleId)
    {
        ui::FindingsModel *model = window.checkPanel()->model();
        for (const QModelIndex &index : model->findingIndexes()) {
            if (model->finding(index)->ruleId == ruleId)
                return index;
        }
        return {};
    }

    static void select(ui::MainWindow &window, const QString &ruleId)
    {
        QTreeView *view = window.checkPanel()->view();
        const QModelIndex index = indexOf(window, ruleId);
        ASSERT_TRUE(index.isValid()) << qPrintable(ruleId);
        view->setFocus();
        view->setCurrentIndex(index);
    }

    // Clicks "Dismiss…" and answers its question with `reason`.
    static void dismissSelected(ui::MainWindow &window, const QString &reason)
    {
        auto *button =
            window.checkPanel()->findChild<QPushButton *>(QStringLiteral("dismissButton"));
        ASSERT_TRUE(button);
        ASSERT_TRUE(button->isVisible() && button->isEnabled());
        bool answered = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            EXPECT_EQ(dialog->textValue(), QStringLiteral("Checked and OK"));
            dialog->setTextValue(reason);
            answered = true;
            dialog->accept();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(answered);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::PageStore> m_store;
};

} // namespace

TEST_F(CheckPanelTest, FindingsAppearSoonAfterTypingStopsAndArePinnedToTheText)
{
    const core::Page bins = page(QStringLiteral("Bulky waste"), QStringLiteral("## Book\n\n"));
    ASSERT_TRUE(m_store->insert(bins));
    auto window = openWindow(*m_store);
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("checkDock"));
    ASSERT_TRUE(dock);
    EXPECT_TRUE(dock->isVisible()) << "the checker is on and shown by default";
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Accessibility and plain English"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->checkRunner()->isBusy(); }, 5000));

    ui::SourceEditor *editor = window->editor()->bodyEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    type(editor, kImageLine + QStringLiteral("\n\n") + kLinkLine);
    QElapsedTimer sinceLastKey;
    sinceLastKey.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return hasRule(window->lastCheck(), QStringLiteral("alt-missing")) &&
                   hasRule(window->lastCheck(), QStringLiteral("link-generic-text"));
        },
        5000));
    const qint64 elapsed = sinceLastKey.elapsed();
    std::printf("[ figures  ] findings shown %lld ms after the last keystroke\n",
                static_cast<long long>(elapsed));
    EXPECT_LT(elapsed, 2000);

    // Grouped by severity, with counts.
    ui::FindingsModel *model = window->checkPanel()->model();
    const int errors = model->count(ui::FindingsModel::Errors);
    const int warnings = model->count(ui::FindingsModel::Warnings);
    EXPECT_GE(errors, 1);
    EXPECT_GE(warnings, 1);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("Errors (%1)").arg(errors));
    EXPECT_EQ(model->index(1, 0).data().toString(), QStringLiteral("Warnings (%1)").arg(warnings));
    EXPECT_EQ(model->parent(indexOf(*window, QStringLiteral("alt-missing"))).row(), 0);
    EXPECT_EQ(model->parent(indexOf(*window, QStringLiteral("link-generic-text"))).row(), 1);

    // The status bar counts them and brings the panel back when it is hidden.
    auto *status = window->statusBar()->findChild<QToolButton *>(QStringLiteral("checkStatus"));
    ASSERT_TRUE(status);
    // Without the app's English plural forms loaded, "%n error(s)" reads as written.
    const auto counted = [](int n, const QString &word) {
        return QStringLiteral("%1 %2(s|\\(s\\))%3")
            .arg(n)
            .arg(word, n == 1 ? QStringLiteral("?") : QString());
    };
    const QRegularExpression expected(QLatin1Char('^') + counted(errors, QStringLiteral("error")) +
                                      QStringLiteral(" · ") +
                                      counted(warnings, QStringLiteral("warning")));
    EXPECT_TRUE(expected.match(status->text()).hasMatch())
        << qPrintable(status->text()) << " " << qPrintable(expected.pattern());
    EXPECT_EQ(window->actions()->toggleChecks->shortcut(), QKeySequence(Qt::Key_F7));
    window->actions()->toggleChecks->trigger();
    EXPECT_FALSE(dock->isVisible());
    QTest::mouseClick(status, Qt::LeftButton);
    EXPECT_TRUE(dock->isVisible());

    // Enter on a finding selects exactly its text in the editor.
    select(*window, QStringLiteral("link-generic-text"));
    QTest::keyClick(window->checkPanel()->view(), Qt::Key_Return);
    EXPECT_EQ(window->focusWidget(), editor);
    EXPECT_EQ(editor->textCursor().selectedText(), QStringLiteral("click here"));
    select(*window, QStringLiteral("alt-missing"));
    QTest::keyClick(window->checkPanel()->view(), Qt::Key_Return);
    EXPECT_TRUE(kImageLine.contains(editor->textCursor().selectedText()) &&
                editor->textCursor().selectedText().contains(QStringLiteral("bins.png")))
        << qPrintable(editor->textCursor().selectedText());

    // From the editor, the next finding is a key away, wrapping round.
    editor->setFocus();
    window->actions()->nextFinding->trigger();
    EXPECT_EQ(editor->textCursor().selectedText(), QStringLiteral("click here"));

    // Squiggles sit on the same ranges.
    const QString text = editor->toPlainText();
    const QList<ui::EditorMark> marks = editor->marks(ui::MarkLayer::Check);
    const auto at = [&](int start, int length, ui::EditorMark::Kind kind) {
        return std::any_of(marks.cbegin(), marks.cend(), [&](const ui::EditorMark &m) {
            return m.start == start && m.length == length && m.kind == kind;
        });
    };
    EXPECT_TRUE(at(int(text.indexOf(QStringLiteral("click here"))), 10, ui::EditorMark::Warning));
    EXPECT_TRUE(std::any_of(marks.cbegin(), marks.cend(), [&](const ui::EditorMark &m) {
        return m.kind == ui::EditorMark::Error && m.start >= text.indexOf(kImageLine) &&
               m.start + m.length <= text.indexOf(kImageLine) + kImageLine.size();
    }));

    // The preview outlines the blocks that hold them, with what was found in a data attribute
    // (never `title`, which would give an image without alt an accessible name).
    const auto classesOf = [&](const QString &selector) {
        return test::evaluate(window->preview(),
                              QStringLiteral("(() => { const e = document.querySelector('%1');"
                                             " return e ? e.className + '|' + e.title + '|' +"
                                             " e.dataset.lgaFindings : ''; })()")
                                  .arg(selector))
            .toString();
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return classesOf(QStringLiteral("#body > p:last-child"))
                .contains(QStringLiteral("lga-finding-warning"));
        },
        5000))
        << qPrintable(classesOf(QStringLiteral("#body > p:last-child")));
    const check::Finding *generic = window->checkPanel()->model()->finding(
        indexOf(*window, QStringLiteral("link-generic-text")));
    EXPECT_TRUE(classesOf(QStringLiteral("#body > p:last-child")).contains(generic->message));
    EXPECT_TRUE(classesOf(QStringLiteral("#body > p:last-child")).section(u'|', 1, 1).isEmpty());
    EXPECT_TRUE(
        test::evaluate(window->preview(), QStringLiteral("document.querySelector('#body img')"
                                                         ".closest('#body > *').classList"
                                                         ".contains('lga-finding-error')"))
            .toBool());

    window->checkPanel()->view()->setCurrentIndex(indexOf(*window, QStringLiteral("alt-missing")));
    QTest::qWait(200);
    const QString shot = QDir::temp().filePath(QStringLiteral("lga-checkpanel.png"));
    EXPECT_TRUE(window->grab().save(shot));
    std::printf("[ figures  ] screenshot %s\n", qPrintable(shot));
}

TEST_F(CheckPanelTest, ADismissedWarningStaysDismissedAcrossPagesAndRestartsButErrorsCannot)
{
    const core::Page bins = page(QStringLiteral("Bulky waste"),
                                 kImageLine + QStringLiteral("\n\n") + kLinkLine + u'\n');
    const core::Page other = page(QStringLiteral("Parking"), QStringLiteral("Pay online.\n"));
    ASSERT_TRUE(m_store->insert(bins));
    ASSERT_TRUE(m_store->insert(other));
    {
        auto window = openWindow(*m_store);
        window->openPage(bins.uuid);
        ASSERT_TRUE(waitForCheck(*window, QStringLiteral("link-generic-text")));
        auto *dismiss =
            window->checkPanel()->findChild<QPushButton *>(QStringLiteral("dismissButton"));

        // An error is a near-certain failure: it offers no dismissal.
        select(*window, QStringLiteral("alt-missing"));
        EXPECT_FALSE(dismiss->isVisible());
        EXPECT_FALSE(dismiss->isEnabled());

        select(*window, QStringLiteral("link-generic-text"));
        const int warnings = window->checkPanel()->model()->count(ui::FindingsModel::Warnings);
        dismissSelected(*window, QStringLiteral("The form's own button says this"));
        EXPECT_FALSE(indexOf(*window, QStringLiteral("link-generic-text")).isValid());
        EXPECT_EQ(window->checkPanel()->model()->count(ui::FindingsModel::Warnings), warnings - 1);
        const QString text = window->editor()->bodyEditor()->toPlainText();
        for (const ui::EditorMark &mark :
             window->editor()->bodyEditor()->marks(ui::MarkLayer::Check))
            EXPECT_NE(mark.start, text.indexOf(QStringLiteral("click here")));

        // Shown again on request, with the reason, and restorable.
        auto *show = window->checkPanel()->findChild<QCheckBox *>(QStringLiteral("showDismissed"));
        ASSERT_TRUE(show);
        show->setChecked(true);
        const QModelIndex dismissed = indexOf(*window, QStringLiteral("link-generic-text"));
        ASSERT_TRUE(dismissed.isValid());
        EXPECT_TRUE(window->checkPanel()->model()->isDismissed(dismissed));
        EXPECT_EQ(window->checkPanel()->model()->dismissReason(dismissed),
                  QStringLiteral("The form's own button says this"));
        show->setChecked(false);

        // Editing elsewhere keeps it dismissed; another page is not affected.
        ui::SourceEditor *editor = window->editor()->bodyEditor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::Start);
        type(editor, QStringLiteral("Book early.\n\n"));
        // The link moved from line 3 to line 5: wait for the check that says so.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const QList<check::Finding> &found = window->lastCheck().findings;
                return std::any_of(found.cbegin(), found.cend(), [](const check::Finding &f) {
                    return f.ruleId == QStringLiteral("link-generic-text") && f.line == 5;
                });
            },
            5000));
        EXPECT_TRUE(hasRule(window->lastCheck(), QStringLiteral("link-generic-text")));
        EXPECT_FALSE(indexOf(*window, QStringLiteral("link-generic-text")).isValid());

        window->openPage(other.uuid);
        window->openPage(bins.uuid);
        ASSERT_TRUE(waitForCheck(*window, QStringLiteral("link-generic-text")));
        EXPECT_FALSE(indexOf(*window, QStringLiteral("link-generic-text")).isValid());
        EXPECT_TRUE(indexOf(*window, QStringLiteral("alt-missing")).isValid());
        window->close();
    }
    m_store.reset();
    m_store = openStore();
    {
        auto window = openWindow(*m_store);
        window->openPage(bins.uuid);
        ASSERT_TRUE(waitForCheck(*window, QStringLiteral("link-generic-text")));
        EXPECT_FALSE(indexOf(*window, QStringLiteral("link-generic-text")).isValid());

        // Restoring brings it back for good.
        window->checkPanel()
            ->findChild<QCheckBox *>(QStringLiteral("showDismissed"))
            ->setChecked(true);
        select(*window, QStringLiteral("link-generic-text"));
        auto *restore =
            window->checkPanel()->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        ASSERT_TRUE(restore->isVisible());
        QTest::mouseClick(restore, Qt::LeftButton);
        const QModelIndex back = indexOf(*window, QStringLiteral("link-generic-text"));
        ASSERT_TRUE(back.isValid());
        EXPECT_FALSE(window->checkPanel()->model()->isDismissed(back));
        store::DismissalStore dismissals(*m_store);
        EXPECT_TRUE(dismissals.list(bins.uuid).isEmpty());
        window->close();
    }
}

TEST_F(CheckPanelTest, ACleanPageSaysSoAndEveryControlHasAName)
{
    ASSERT_TRUE(m_store->insert(
        page(QStringLiteral("Parking"), QStringLiteral("You can pay for parking online.\n"))));
    auto window = openWindow(*m_store);
    auto *status = window->statusBar()->findChild<QToolButton *>(QStringLiteral("checkStatus"));
    ASSERT_TRUE(status);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status->text() == QStringLiteral("No problems found"); }, 5000))
        << qPrintable(status->text());
    auto *summary = window->checkPanel()->findChild<QLabel *>(QStringLiteral("readabilitySummary"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("too short to score")))
        << qPrintable(summary->text());
    EXPECT_FALSE(status->accessibleName().isEmpty());
    for (QWidget *widget : window->checkPanel()->findChildren<QWidget *>()) {
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible() &&
            !widget->inherits("QScrollBar") && !widget->inherits("QHeaderView") &&
            widget->parent() != window->checkPanel()->view()) {
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
        }
    }
}

TEST_F(CheckPanelTest, ThreeKindsOfFindingAreFixedWithOneClickEach)
{
    ASSERT_TRUE(m_store->insert(page(QStringLiteral("Garden waste"),
                                     QStringLiteral("## Collections\n"
                                                    "\n"
                                                    "#### Winter\n"
                                                    "\n"
                                                    "WE DO NOT COLLECT GARDEN WASTE IN WINTER.\n"
                                                    "\n"
                                                    "• Grass cuttings\n"
                                                    "• Leaves\n"
                                                    "• Small branches\n"))));
    auto window = openWindow(*m_store);
    ASSERT_TRUE(waitForCheck(*window, QStringLiteral("list-fake")));
    const QString shots = QDir::temp().filePath(QStringLiteral("lga-repairs"));
    QDir().mkpath(shots);
    window->grab().save(shots + QStringLiteral("/0-before.png"));

    SourceEditorText text{window->editor()->bodyEditor()};
    const struct
    {
        const char *rule;
        const char *action;
        const char *expected;
    } repairs[] = {
        {"heading-skipped-level", "heading-level", "### Winter\n"},
        {"text-all-caps", "sentence-case", "We do not collect garden waste in winter.\n"},
        {"list-fake", "make-list", "- Grass cuttings\n- Leaves\n- Small branches"},
    };
    int step = 0;
    for (const auto &repair : repairs) {
        const QString rule = QString::fromLatin1(repair.rule);
        ASSERT_TRUE(waitForCheck(*window, rule)) << repair.rule;
        select(*window, rule);
        const QString name = QStringLiteral("repair-") + QString::fromLatin1(repair.action);
        QPushButton *button = nullptr;
        // The panel shows the selected finding's repairs as buttons once it has laid them out.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                button = window->checkPanel()->findChild<QPushButton *>(name);
                return button && button->isVisible();
            },
            2000))
            << repair.action;
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(text().contains(QString::fromUtf8(repair.expected))) << qPrintable(text());
        EXPECT_TRUE(waitForCheck(*window, rule, false)) << repair.rule;
        window->grab().save(shots + QStringLiteral("/%1-%2.png").arg(++step).arg(rule));
    }
    // Each fix is one step back.
    window->editor()->bodyEditor()->undo();
    EXPECT_TRUE(text().contains(QStringLiteral("• Grass cuttings")));
    std::printf("[          ] screenshots in %s\n", qPrintable(shots));
}

TEST(CheckRunnerTest, AnEditDuringACheckDropsThatCheckAndReportsOnlyTheNewestText)
{
    ui::CheckRunner runner(check::CheckSettings{});
    QList<std::pair<quint64, check::CheckResult>> reported;
    QObject::connect(&runner, &ui::CheckRunner::finished,
                     [&](quint64 generation, const check::CheckResult &result) {
                         reported.append({generation, result});
                     });
    runner.schedule(page(QStringLiteral("Old"), kLinkLine));
    runner.runNow();
    ASSERT_TRUE(runner.isBusy());
    // The author typed on while the first check ran: its result is stale.
    runner.schedule(page(QStringLiteral("New"), QStringLiteral("Pay online.\n")));
    runner.runNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !reported.isEmpty() && !runner.isBusy(); }, 5000));
    QTest::qWait(runner.delay() + 100);
    ASSERT_EQ(reported.size(), 1);
    EXPECT_EQ(reported.first().first, runner.generation());
    EXPECT_FALSE(hasRule(reported.first().second, QStringLiteral("link-generic-text")));
}

TEST(CheckRunnerTest, ChecksOnlyAfterTypingPauses)
{
    ui::CheckRunner runner(check::CheckSettings{});
    // Longer than the app's pause, so a slow machine's late timer cannot pass for a pause.
    runner.setDelay(400);
    int checks = 0;
    QObject::connect(&runner, &ui::CheckRunner::finished, [&] { ++checks; });
    QElapsedTimer typing;
    typing.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    // A keystroke every 50 ms for half a second: no check until the pause after the last.
    while (typing.elapsed() < 500) {
        runner.schedule(page(QStringLiteral("Typing"), kLinkLine));
        longestGap = std::max(longestGap, typing.elapsed() - last);
        last = typing.elapsed();
        QTest::qWait(50);
    }
    // A machine so busy that a 50 ms wait took the whole delay did pause, as far as the runner
    // can tell; the rest of the test still holds.
    longestGap = std::max(longestGap, typing.elapsed() - last);
    if (longestGap < runner.delay()) {
        EXPECT_EQ(checks, 0);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return checks > 0; }, 2000));
    QTest::qWait(runner.delay() + 100);
    EXPECT_EQ(checks, 1);
}
