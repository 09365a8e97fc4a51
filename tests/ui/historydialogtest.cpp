// SPDX-License-Identifier: GPL-2.0-or-later
#include <core/fielddefinition.h>
#include <store/pagestore.h>
#include <store/revisionstore.h>
#include <ui/historydialog.h>

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace lga;
using store::RevisionStore;

namespace {

// The trimmed texts of the segments of one kind, in order.
QStringList texts(const QList<review::DiffSegment> &segments, review::DiffSegment::Kind kind)
{
    QStringList result;
    for (const review::DiffSegment &segment : segments) {
        if (segment.kind == kind)
            result.append(segment.text.trimmed());
    }
    return result;
}

class HistoryDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("pages.sqlite"))))
            << qPrintable(m_store.lastError().message);
        m_revisions = std::make_unique<RevisionStore>(m_store);
        m_revisions->setClock([this] {
            return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs(3600 * m_tick++);
        });

        // Four versions, oldest first; each changes something the next comparisons look for.
        m_page = core::Page::create(QStringLiteral("localgov_services_page"));
        m_page.title = QStringLiteral("Bin collections");
        m_page.summary = QStringLiteral("Find your collection day.");
        m_page.body = QStringLiteral("## When we collect\n\nWe collect every week.\n");
        ASSERT_TRUE(m_store.insert(m_page));
        keep(QStringLiteral("First draft"));

        m_page.body = QStringLiteral("## When we collect\n\nWe collect every fortnight.\n");
        keep(QStringLiteral("Fortnightly now"));

        m_page.summary = QStringLiteral("Find your bin collection day.");
        m_page.fields.insert(
            QStringLiteral("localgov_common_tasks"),
            QJsonArray{QJsonObject{
                {QStringLiteral("uri"), QStringLiteral("https://example.gov.uk/bins/missed")},
                {QStringLiteral("title"), QStringLiteral("Report a missed bin")}}});
        m_page.reviewDate = QDate(2026, 9, 1);
        keep(QStringLiteral("Tasks and review date"));

        m_page.body += QStringLiteral("\nPut your bin out by 7am.\n");
        keep(QStringLiteral("Added the time"));
        m_history = m_revisions->history(m_page.uuid);
        ASSERT_EQ(m_history.size(), 4);
    }

    void keep(const QString &message)
    {
        m_page.updated = {};
        ASSERT_TRUE(m_store.save(m_page)) << qPrintable(m_store.lastError().message);
        ASSERT_TRUE(m_revisions->saveVersion(*m_store.page(m_page.uuid), message))
            << qPrintable(m_revisions->lastError().message);
    }

    /// The row of the revision saved with \a message.
    int row(const QString &message) const
    {
        for (int i = 0; i < m_history.size(); ++i) {
            if (m_history.at(i).message == message)
                return i;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    store::PageStore m_store;
    std::unique_ptr<RevisionStore> m_revisions;
    int m_tick = 0;
    core::Page m_page;
    QList<RevisionStore::Revision> m_history;
};

} // namespace

TEST_F(HistoryDialogTest, TwoRevisionsApartShowExactlyTheWordsAndFieldsChangedBetweenThem)
{
    ui::HistoryDialog dialog(*m_revisions, *m_store.page(m_page.uuid));
    dialog.resize(1000, 620);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_EQ(dialog.revisionList()->count(), 4);

    // The third version compared with the first: the second and fourth versions lie either side.
    const int first = row(QStringLiteral("First draft"));
    const int third = row(QStringLiteral("Tasks and review date"));
    ASSERT_EQ(first - third, 2) << "the two revisions are not next to each other";
    dialog.revisionList()->setCurrentRow(third);
    ASSERT_TRUE(dialog.setComparison(m_history.at(first).id));

    EXPECT_EQ(texts(dialog.textChanges(), review::DiffSegment::Deleted),
              QStringList{QStringLiteral("week")});
    EXPECT_EQ(texts(dialog.textChanges(), review::DiffSegment::Inserted),
              (QStringList{QStringLiteral("bin"), QStringLiteral("fortnight")}));
    QString tasks =
        core::fieldDefinition(m_page.bundle, QStringLiteral("localgov_common_tasks")).label;
    if (tasks.isEmpty())
        tasks = QStringLiteral("Common tasks");
    const QStringList fieldLines = {
        QStringLiteral("Review date: (none) → ") +
            QLocale().toString(QDate(2026, 9, 1), QLocale::LongFormat),
        tasks +
            QStringLiteral(": (none) → Report a missed bin (https://example.gov.uk/bins/missed)"),
    };
    EXPECT_EQ(dialog.fieldChanges(), fieldLines);

    const QString shown = dialog.changes()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("fortnight"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("Report a missed bin"))) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(QStringLiteral("7am"))) << "a later change is not shown";
    // Changes are named in words, not by colour alone.
    EXPECT_TRUE(shown.contains(QStringLiteral("deleted:"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("inserted:"))) << qPrintable(shown);

    QDir().mkpath(QStringLiteral("/tmp/lga-screenshots"));
    dialog.grab().save(QStringLiteral("/tmp/lga-screenshots/historydialog.png"));

    // Picked the other way round, the diff still reads from the older version to the newer.
    const QList<review::DiffSegment> forward = dialog.textChanges();
    dialog.revisionList()->setCurrentRow(first);
    ASSERT_TRUE(dialog.setComparison(m_history.at(third).id));
    EXPECT_EQ(dialog.textChanges(), forward);
    EXPECT_EQ(dialog.fieldChanges(), fieldLines);

    // The same revision on both sides shows that nothing differs.
    ASSERT_TRUE(dialog.setComparison(m_history.at(first).id));
    EXPECT_TRUE(texts(dialog.textChanges(), review::DiffSegment::Inserted).isEmpty());
    EXPECT_TRUE(dialog.fieldChanges().isEmpty());
    EXPECT_TRUE(dialog.changes()->toPlainText().contains(QStringLiteral("No differences")));
}

TEST_F(HistoryDialogTest, ByDefaultARevisionIsComparedWithTheOneBeforeAndCanBeWithTheCurrentText)
{
    core::Page current = *m_store.page(m_page.uuid);
    current.body += QStringLiteral("Garden waste is extra.\n"); // typed, not yet a revision
    ui::HistoryDialog dialog(*m_revisions, current);
    EXPECT_EQ(dialog.compareWith()->currentData().toLongLong(),
              ui::HistoryDialog::kPreviousRevision);
    EXPECT_EQ(dialog.revisionList()->currentRow(), 0);
    EXPECT_EQ(texts(dialog.textChanges(), review::DiffSegment::Inserted),
              QStringList{QStringLiteral("Put your bin out by 7am.")});
    EXPECT_TRUE(dialog.fieldChanges().isEmpty());

    dialog.revisionList()->setCurrentRow(row(QStringLiteral("Fortnightly now")));
    ASSERT_TRUE(dialog.setComparison(ui::HistoryDialog::kCurrentText));
    EXPECT_TRUE(texts(dialog.textChanges(), review::DiffSegment::Deleted).isEmpty());
    EXPECT_EQ(texts(dialog.textChanges(), review::DiffSegment::Inserted),
              (QStringList{QStringLiteral("bin"),
                           QStringLiteral("Put your bin out by 7am.\nGarden waste is extra.")}));
    EXPECT_EQ(dialog.fieldChanges().size(), 2);
}

TEST_F(HistoryDialogTest, RestoringAnOldRevisionAddsOneAndLeavesEveryOtherAsItWas)
{
    ui::HistoryDialog dialog(*m_revisions, *m_store.page(m_page.uuid));
    const int second = row(QStringLiteral("Fortnightly now"));
    dialog.revisionList()->setCurrentRow(second);
    ASSERT_TRUE(dialog.restoreSelected());
    ASSERT_TRUE(dialog.restoredPage());

    const QList<RevisionStore::Revision> after = m_revisions->history(m_page.uuid);
    ASSERT_EQ(after.size(), m_history.size() + 1);
    EXPECT_EQ(after.mid(1), m_history) << "every earlier revision is kept unchanged";
    EXPECT_EQ(after.first().kind, RevisionStore::Kind::Restore);
    const core::Page &old = m_history.at(second).snapshot;
    const core::Page stored = *m_store.page(m_page.uuid);
    EXPECT_EQ(stored.body, old.body);
    EXPECT_EQ(stored.summary, old.summary);
    EXPECT_EQ(stored.fields, old.fields) << "the fields come back as they were too";
    EXPECT_FALSE(stored.fields.contains(QStringLiteral("localgov_common_tasks")));
    EXPECT_FALSE(stored.reviewDate.isValid());
    EXPECT_EQ(dialog.restoredPage()->body, old.body);
}

TEST_F(HistoryDialogTest, EveryControlIsNamedAndReachableFromTheKeyboard)
{
    ui::HistoryDialog dialog(*m_revisions, *m_store.page(m_page.uuid));
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_FALSE(dialog.revisionList()->accessibleName().isEmpty());
    EXPECT_FALSE(dialog.compareWith()->accessibleName().isEmpty());
    EXPECT_FALSE(dialog.changes()->accessibleName().isEmpty());
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (const QPushButton *button : buttons)
        EXPECT_FALSE(button->text().isEmpty() && button->accessibleName().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), dialog.revisionList());

    // Down picks the next older revision; Alt+W reaches the comparison, where Down picks the
    // current text (the second choice).
    QTest::keyClick(dialog.revisionList(), Qt::Key_Down);
    EXPECT_EQ(dialog.revisionList()->currentRow(), 1);
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.compareWith());
    QTest::keyClick(dialog.compareWith(), Qt::Key_Down);
    EXPECT_EQ(dialog.compareWith()->currentData().toLongLong(), ui::HistoryDialog::kCurrentText);
    EXPECT_EQ(texts(dialog.textChanges(), review::DiffSegment::Inserted),
              QStringList{QStringLiteral("Put your bin out by 7am.")});
    // Tab moves on to the changes, which a screen reader can then read.
    QTest::keyClick(dialog.compareWith(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog.changes());
}
