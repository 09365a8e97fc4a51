// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/previewprobe.h"

#include <check/checker.h>
#include <ui/reviewview.h>

#include <QCheckBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace lga;

namespace {

// What a reader sees marked in a diff: the runs of struck-through (deleted) and underlined
// (inserted) text, with the spoken labels taken out and the ends trimmed.
struct Marked
{
    QStringList deleted;
    QStringList inserted;
};

enum class Mark
{
    None,
    Deleted,
    Inserted
};

Mark markOf(const QTextCharFormat &format)
{
    if (format.fontStrikeOut())
        return Mark::Deleted;
    if (format.fontUnderline())
        return Mark::Inserted;
    return Mark::None;
}

// Only the text between `from` and `to` (document positions); the whole document by default.
Marked marked(const QTextDocument *document, int from = 0, int to = -1)
{
    if (to < 0)
        to = document->characterCount();
    QList<std::pair<Mark, QString>> runs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.position() < from || fragment.position() >= to)
                continue;
            const Mark mark = markOf(fragment.charFormat());
            if (runs.isEmpty() || runs.last().first != mark)
                runs.append({mark, fragment.text()});
            else
                runs.last().second += fragment.text();
        }
        // A line break inside a change keeps the change in one run.
        if (!runs.isEmpty())
            runs.last().second += u'\n';
    }
    Marked result;
    for (auto [mark, text] : runs) {
        text.remove(QStringLiteral("deleted: "));
        text.remove(QStringLiteral("inserted: "));
        text = text.trimmed();
        if (mark == Mark::Deleted)
            result.deleted.append(text);
        else if (mark == Mark::Inserted)
            result.inserted.append(text);
    }
    return result;
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    if (!cell.isValid())
        return QStringLiteral("(no cell %1, %2)").arg(row).arg(column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.remove(QStringLiteral("deleted: "));
    text.remove(QStringLiteral("inserted: "));
    return text;
}

// Every table in the document, nested ones included, in document order.
void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

QList<QTextTable *> tablesOf(const QTextDocument *document)
{
    QList<QTextTable *> tables;
    collectTables(document->rootFrame(), tables);
    return tables;
}

QTextTable *firstTable(const QTextDocument *document)
{
    const QList<QTextTable *> tables = tablesOf(document);
    return tables.isEmpty() ? nullptr : tables.first();
}

core::Page publishedPage()
{
    core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Bin collections");
    page.summary = QStringLiteral("Find your collection day.");
    page.body = QStringLiteral("## Collections\n\n"
                               "We collect every week.\n\n"
                               "Recycling centres open at nine.\n\n"
                               "Garden waste permits renew every April.\n\n"
                               "![bins.png](bins.png)\n\n"
                               "| Day | Bin |\n| --- | --- |\n| Monday | Green |\n");
    page.fields.insert(
        QStringLiteral("localgov_common_tasks"),
        QJsonArray{QJsonObject{
            {QStringLiteral("uri"), QStringLiteral("https://example.gov.uk/bins/missed")},
            {QStringLiteral("title"), QStringLiteral("Report a missed bin")}}});
    page.state = core::ModerationState::Published;
    return page;
}

// One word of a paragraph, a paragraph moved, a table cell and one field differ.
core::Page proposedPage(const core::Page &published)
{
    core::Page page = published;
    page.body = QStringLiteral("## Collections\n\n"
                               "We collect every fortnight.\n\n"
                               "Garden waste permits renew every April.\n\n"
                               "Recycling centres open at nine.\n\n"
                               "![bins.png](bins.png)\n\n"
                               "| Day | Bin |\n| --- | --- |\n| Monday | Blue |\n");
    page.fields.insert(
        QStringLiteral("localgov_common_tasks"),
        QJsonArray{QJsonObject{
            {QStringLiteral("uri"), QStringLiteral("https://example.gov.uk/bins/missed")},
            {QStringLiteral("title"), QStringLiteral("Report a missing bin")}}});
    page.state = core::ModerationState::Review;
    return page;
}

template<typename T> T *child(const QWidget &view, const char *name)
{
    return view.findChild<T *>(QString::fromLatin1(name));
}

// What the rendered changes show, read back from the preview's DOM.
struct RenderedChanges
{
    QStringList labels;
    QStringList groupNames;
    QStringList deleted;
    QStringList inserted;
    QList<QJsonArray> tables;
    QString text;
    int removedBlocks = 0;
    bool styled = false;
    bool spokenLabelsHidden = false;
};

bool waitForChanges(ui::PreviewView *preview)
{
    return QTest::qWaitFor(
        [preview] {
            return preview->isReady() &&
                   test::evaluate(preview, QStringLiteral("document.querySelectorAll('#body > "
                                                          "*').length"))
                           .toInt() > 0;
        },
        20000);
}

RenderedChanges renderedChangesOf(ui::PreviewView *preview)
{
    const QString script = QStringLiteral(R"((() => {
        const body = document.getElementById('body');
        const all = (selector) => [...body.querySelectorAll(selector)];
        const words = (e) => {
            const copy = e.cloneNode(true);
            copy.querySelectorAll('.lga-diff-label').forEach((l) => l.remove());
            return copy.textContent.trim();
        };
        const label = body.querySelector('.lga-change-label');
        const spoken = all('.lga-diff-label');
        return JSON.stringify({
            labels: all('.lga-change-label').map((e) => e.textContent.trim()),
            groups: all('.lga-change[role=group]').map((e) => e.getAttribute('aria-label')),
            deleted: all('.lga-change-words del').map(words),
            inserted: all('.lga-change-words ins').map(words),
            tables: all('table').map((t) => [...t.rows].map((r) =>
                [...r.cells].map((c) => c.textContent.trim()))),
            text: body.textContent,
            removed: all('del.lga-removed').length,
            styled: !!label && getComputedStyle(label).fontWeight === '700',
            hidden: spoken.length > 0 && spoken.every((e) => e.getBoundingClientRect().width <= 1),
        });
    })())");
    const QJsonObject json =
        QJsonDocument::fromJson(test::evaluate(preview, script).toString().toUtf8()).object();
    const auto strings = [&json](const char *key) {
        QStringList list;
        for (const QJsonValue &value : json.value(QLatin1StringView(key)).toArray())
            list.append(value.toString());
        return list;
    };
    RenderedChanges changes;
    changes.labels = strings("labels");
    changes.groupNames = strings("groups");
    changes.deleted = strings("deleted");
    changes.inserted = strings("inserted");
    for (const QJsonValue &table : json.value(QStringLiteral("tables")).toArray())
        changes.tables.append(table.toArray());
    changes.text = json.value(QStringLiteral("text")).toString();
    changes.removedBlocks = json.value(QStringLiteral("removed")).toInt();
    changes.styled = json.value(QStringLiteral("styled")).toBool();
    changes.spokenLabelsHidden = json.value(QStringLiteral("hidden")).toBool();
    return changes;
}

void saveShot(QWidget &view, const QString &suffix)
{
    const QString shot = qEnvironmentVariable("LGA_REVIEW_VIEW_SCREENSHOT");
    if (shot.isEmpty())
        return;
    const QFileInfo info(shot);
    const QString path = suffix.isEmpty() ? shot
                                          : info.path() + u'/' + info.completeBaseName() + u'-' +
                                                suffix + u'.' + info.suffix();
    EXPECT_TRUE(view.grab().save(path)) << qPrintable(path);
}

} // namespace

TEST(ReviewView, InlineDiffMarksExactlyTheChanges)
{
    const core::Page published = publishedPage();
    const core::Page proposed = proposedPage(published);
    ui::ReviewView view(published, proposed, check::Checker().run(proposed));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    auto *inlineView = child<QTextBrowser>(view, "inlineChanges");
    ASSERT_TRUE(inlineView);
    EXPECT_TRUE(inlineView->isVisible());
    EXPECT_FALSE(view.isSideBySide());
    const Marked changes = marked(inlineView->document());
    // The moved paragraph reads as removed from its old place and added at its new one.
    EXPECT_EQ(changes.deleted, (QStringList{QStringLiteral("week"),
                                            QStringLiteral("Recycling centres open at nine."),
                                            QStringLiteral("Green"), QStringLiteral("missed")}));
    EXPECT_EQ(changes.inserted, (QStringList{QStringLiteral("fortnight"),
                                             QStringLiteral("Recycling centres open at nine."),
                                             QStringLiteral("Blue"), QStringLiteral("missing")}));

    // The field shows under the label its edit form gives it; unchanged parts say so.
    const QString text = inlineView->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Top tasks"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Title (unchanged)"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("Body (unchanged)")));
    // Screen readers hear what each mark means.
    const QString html = inlineView->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("deleted: ")));
    EXPECT_TRUE(html.contains(QStringLiteral("inserted: ")));
    saveShot(view, {});
}

TEST(ReviewView, SideBySideShowsBothVersionsAndAltYSwitches)
{
    const core::Page published = publishedPage();
    const core::Page proposed = proposedPage(published);
    ui::ReviewView view(published, proposed, check::Checker().run(proposed));
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));

    // A mnemonic clicks its check box a moment later, as a mouse click would.
    QTest::keyClick(&view, Qt::Key_Y, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&view] { return view.isSideBySide(); }));
    auto *sideView = child<QTextBrowser>(view, "sideBySideChanges");
    ASSERT_TRUE(sideView);
    EXPECT_TRUE(sideView->isVisible());
    EXPECT_FALSE(child<QTextBrowser>(view, "inlineChanges")->isVisible());
    EXPECT_TRUE(child<QCheckBox>(view, "sideBySide")->isChecked());

    QTextTable *table = firstTable(sideView->document());
    ASSERT_TRUE(table);
    EXPECT_EQ(table->columns(), 2);
    // A heading row, then per section a label row and a row with the two versions.
    ASSERT_EQ(table->rows(), 1 + 2 * view.sections().size());
    EXPECT_EQ(cellText(table, 0, 0), QStringLiteral("Published version"));
    EXPECT_EQ(cellText(table, 0, 1), QStringLiteral("Proposed version"));
    const int bodyRow = 1 + 2 * 2 + 1;
    EXPECT_EQ(cellText(table, bodyRow - 1, 0), QStringLiteral("Body"));
    const QString left = cellText(table, bodyRow, 0);
    const QString right = cellText(table, bodyRow, 1);
    EXPECT_EQ(left.trimmed(), published.body.trimmed());
    EXPECT_EQ(right.trimmed(), proposed.body.trimmed());

    // The left column marks only deletions, the right only insertions.
    const Marked leftMarks = marked(sideView->document(), table->cellAt(bodyRow, 0).firstPosition(),
                                    table->cellAt(bodyRow, 0).lastPosition());
    const Marked rightMarks =
        marked(sideView->document(), table->cellAt(bodyRow, 1).firstPosition(),
               table->cellAt(bodyRow, 1).lastPosition());
    EXPECT_EQ(leftMarks.deleted, (QStringList{QStringLiteral("week"),
                                              QStringLiteral("Recycling centres open at nine."),
                                              QStringLiteral("Green")}));
    EXPECT_TRUE(leftMarks.inserted.isEmpty());
    EXPECT_EQ(rightMarks.inserted, (QStringList{QStringLiteral("fortnight"),
                                                QStringLiteral("Recycling centres open at nine."),
                                                QStringLiteral("Blue")}));
    EXPECT_TRUE(rightMarks.deleted.isEmpty());
    saveShot(view, QStringLiteral("side-by-side"));

    QTest::keyClick(&view, Qt::Key_Y, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&view] { return !view.isSideBySide(); }));
}

TEST(ReviewView, RenderedDiffLabelsChangedAndMovedBlocks)
{
    const core::Page published = publishedPage();
    const core::Page proposed = proposedPage(published);
    ui::ReviewView view(published, proposed, check::Checker().run(proposed));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto *tabs = child<QTabWidget>(view, "reviewTabs");
    ui::PreviewView *rendered = view.renderedChanges();
    ASSERT_TRUE(tabs && rendered);
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    // Alt+R opens the tab from the keyboard.
    QTest::keyClick(tabs, Qt::Key_R, Qt::AltModifier);
    ASSERT_EQ(tabs->currentWidget(), rendered);
    ASSERT_TRUE(waitForChanges(rendered));

    const RenderedChanges changes = renderedChangesOf(rendered);
    EXPECT_EQ(changes.labels.count(QStringLiteral("Changed")), 2) << qPrintable(changes.text);
    EXPECT_EQ(changes.labels.count(QStringLiteral("Moved here")), 1);
    EXPECT_EQ(changes.labels.count(QStringLiteral("Moved from here")), 1);
    EXPECT_FALSE(changes.labels.contains(QStringLiteral("New")));
    EXPECT_FALSE(changes.labels.contains(QStringLiteral("Removed")));
    // Every changed block is a group named by what happened to it, for screen readers.
    EXPECT_EQ(changes.groupNames, changes.labels);
    // Rendered in the site's style, not source: a real table and heading, no Markdown markers.
    EXPECT_FALSE(changes.text.contains(QStringLiteral("##")));
    EXPECT_TRUE(changes.styled) << "the site's stylesheet draws the labels";
    const auto table =
        std::find_if(changes.tables.cbegin(), changes.tables.cend(), [](const QJsonArray &rows) {
            return rows.size() >= 2 && rows[0].toArray()[0].toString() == u"Day";
        });
    ASSERT_NE(table, changes.tables.cend());
    EXPECT_EQ((*table)[1].toArray()[1].toString(), QStringLiteral("Blue"));
    // Within a changed block, the words that changed are marked, with their spoken labels
    // kept for screen readers but not drawn.
    EXPECT_TRUE(changes.deleted.contains(QStringLiteral("week"))) << qPrintable(changes.text);
    EXPECT_TRUE(changes.inserted.contains(QStringLiteral("fortnight")));
    EXPECT_TRUE(changes.deleted.contains(QStringLiteral("Green")));
    EXPECT_TRUE(changes.inserted.contains(QStringLiteral("Blue")));
    EXPECT_TRUE(changes.text.contains(QStringLiteral("deleted: week")));
    EXPECT_TRUE(changes.spokenLabelsHidden);
    // The moved block's old place is struck through.
    EXPECT_GE(changes.removedBlocks, 1);
    saveShot(view, QStringLiteral("rendered"));
}

TEST(ReviewView, NeverPublishedPageIsAllNew)
{
    core::Page proposed = proposedPage(publishedPage());
    ui::ReviewView view(std::nullopt, proposed, check::Checker().run(proposed));
    EXPECT_TRUE(child<QLabel>(view, "reviewSummary")->text().contains(QStringLiteral("never")));
    const Marked changes = marked(child<QTextBrowser>(view, "inlineChanges")->document());
    EXPECT_TRUE(changes.deleted.isEmpty());
    EXPECT_TRUE(changes.inserted.contains(proposed.title));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    child<QTabWidget>(view, "reviewTabs")->setCurrentWidget(view.renderedChanges());
    ASSERT_TRUE(waitForChanges(view.renderedChanges()));
    const RenderedChanges rendered = renderedChangesOf(view.renderedChanges());
    EXPECT_FALSE(rendered.labels.contains(QStringLiteral("Changed")));
    // Heading, three paragraphs, the image's paragraph and the table.
    EXPECT_EQ(rendered.labels.count(QStringLiteral("New")), 6) << qPrintable(rendered.text);
}

TEST(ReviewView, FindingsListMatchesTheCheckResult)
{
    const core::Page published = publishedPage();
    const core::Page proposed = proposedPage(published);
    const check::CheckResult result = check::Checker().run(proposed);
    // The image's alt text is its file name: at least that error is there to show.
    ASSERT_GT(result.count(check::Finding::Error), 0);
    ui::ReviewView view(published, proposed, result);
    auto *list = child<QListWidget>(view, "reviewFindings");
    ASSERT_TRUE(list);
    EXPECT_FALSE(list->accessibleName().isEmpty());
    ASSERT_EQ(list->count(), result.findings.size());
    for (int i = 0; i < list->count(); ++i) {
        const check::Finding &finding = result.findings.at(i);
        const QString severity = finding.severity == check::Finding::Error ? QStringLiteral("Error")
                                 : finding.severity == check::Finding::Warning
                                     ? QStringLiteral("Warning")
                                     : QStringLiteral("Tip");
        const QString where = finding.line > 0 ? QStringLiteral("line %1").arg(finding.line)
                                               : QStringLiteral("whole page");
        EXPECT_EQ(list->item(i)->text(),
                  QStringLiteral("%1 (%2): %3").arg(severity, where, finding.message));
    }
}

TEST(ReviewView, NotesAreKeptPerPageAcrossClosing)
{
    const core::Page published = publishedPage();
    const core::Page proposed = proposedPage(published);
    const check::CheckResult result = check::Checker().run(proposed);
    {
        ui::ReviewView view(published, proposed, result);
        view.show();
        view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
        auto *notes = child<QPlainTextEdit>(view, "reviewerNotes");
        ASSERT_TRUE(notes);
        // Alt+N reaches the notes from anywhere in the view.
        QTest::keyClick(&view, Qt::Key_N, Qt::AltModifier);
        ASSERT_TRUE(notes->hasFocus());
        QTest::keyClicks(notes, QStringLiteral("Check the bin colours with the team."));
        EXPECT_EQ(view.notes(), QStringLiteral("Check the bin colours with the team."));
        // Escape closes the view.
        QTest::keyClick(notes, Qt::Key_Escape);
        EXPECT_FALSE(view.isVisible());
        EXPECT_EQ(view.result(), QDialog::Rejected);
    }
    ui::ReviewView reopened(published, proposed, result);
    EXPECT_EQ(reopened.notes(), QStringLiteral("Check the bin colours with the team."));
    EXPECT_EQ(ui::ReviewView::notesFor(proposed.uuid), reopened.notes());

    core::Page other = core::Page::create(QStringLiteral("localgov_services_page"));
    other.title = QStringLiteral("Council tax");
    ui::ReviewView another(std::nullopt, other, {});
    EXPECT_TRUE(another.notes().isEmpty());
}

TEST(ReviewView, WelshTextIsDiffedByWholeLetters)
{
    core::Page published = core::Page::create(QStringLiteral("localgov_services_page"));
    published.title = QStringLiteral("Cyngor Sir Conwy – ŵ ŷ");
    published.body = QStringLiteral("Croeso i ŵyr a chaffi.\n");
    core::Page proposed = published;
    proposed.title = QStringLiteral("Cyngor Sir Ddinbych – ŵ ŷ");
    proposed.body = QStringLiteral("Croeso i ŷd a chaffi.\n");
    ui::ReviewView view(published, proposed, check::Checker().run(proposed));

    const Marked changes = marked(child<QTextBrowser>(view, "inlineChanges")->document());
    EXPECT_EQ(changes.deleted, (QStringList{QStringLiteral("Conwy"), QStringLiteral("ŵyr")}));
    EXPECT_EQ(changes.inserted, (QStringList{QStringLiteral("Ddinbych"), QStringLiteral("ŷd")}));
    QTextTable *table = firstTable(child<QTextBrowser>(view, "sideBySideChanges")->document());
    ASSERT_TRUE(table);
    EXPECT_EQ(cellText(table, 2, 0).trimmed(), QStringLiteral("Cyngor Sir Conwy – ŵ ŷ"));
    EXPECT_EQ(cellText(table, 2, 1).trimmed(), QStringLiteral("Cyngor Sir Ddinbych – ŵ ŷ"));
}

TEST(ReviewView, EveryControlHasAnAccessibleName)
{
    const core::Page proposed = proposedPage(publishedPage());
    ui::ReviewView view(publishedPage(), proposed, {});
    for (const char *name : {"sideBySide", "inlineChanges", "sideBySideChanges", "renderedChanges",
                             "reviewSource", "reviewFindings", "reviewerNotes", "reviewTabs"}) {
        auto *widget = child<QWidget>(view, name);
        ASSERT_TRUE(widget) << name;
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
    }
    // The source is the proposed version, and it cannot be edited.
    auto *source = child<QPlainTextEdit>(view, "reviewSource");
    EXPECT_EQ(source->toPlainText(), proposed.body);
    EXPECT_TRUE(source->isReadOnly());
}

TEST(ReviewView, VersionsInDifferentFormatsAreComparedByTheirWords)
{
    core::Page published = publishedPage();
    published.format = core::SourceFormat::Html;
    published.body = QStringLiteral("<h2>Collections</h2><p>We collect every <strong>week"
                                    "</strong>.</p>");
    core::Page proposed = published;
    proposed.format = core::SourceFormat::Markdown;
    proposed.body = QStringLiteral("## Collections\n\nWe collect every **fortnight**.\n");
    proposed.state = core::ModerationState::Review;
    ui::ReviewView view(published, proposed, check::Checker().run(proposed));
    const auto body = std::find_if(view.sections().cbegin(), view.sections().cend(),
                                   [](const auto &s) { return s.label.startsWith(u"Body"); });
    ASSERT_NE(body, view.sections().cend());
    EXPECT_TRUE(body->label.contains(QStringLiteral("words only")));
    QStringList deleted;
    QStringList inserted;
    for (const review::DiffSegment &segment : body->segments) {
        EXPECT_FALSE(segment.text.contains(u'<')) << "no markup: " << qPrintable(segment.text);
        if (segment.kind == review::DiffSegment::Deleted)
            deleted.append(segment.text.trimmed());
        if (segment.kind == review::DiffSegment::Inserted)
            inserted.append(segment.text.trimmed());
    }
    EXPECT_EQ(deleted, QStringList{QStringLiteral("week")}) << qPrintable(deleted.join(u'|'));
    EXPECT_EQ(inserted, QStringList{QStringLiteral("fortnight")});
}

TEST(ReviewView, PageReferencesReadAsTitles)
{
    core::Page published = publishedPage();
    published.bundle = QStringLiteral("localgov_services_page");
    core::Page proposed = published;
    const QString oldParent = QStringLiteral("5a0b6c3e-0000-4000-8000-000000000001");
    const QString newParent = QStringLiteral("5a0b6c3e-0000-4000-8000-000000000002");
    published.fields.insert(QStringLiteral("localgov_services_parent"), oldParent);
    proposed.fields.insert(QStringLiteral("localgov_services_parent"), newParent);
    ui::ReviewView view(published, proposed, check::Checker().run(proposed), nullptr,
                        [&](const QString &uuid) {
                            return uuid == oldParent   ? QStringLiteral("Bins")
                                   : uuid == newParent ? QStringLiteral("Recycling")
                                                       : QString();
                        });
    QString words;
    for (const ui::ReviewView::Section &section : view.sections()) {
        for (const review::DiffSegment &segment : section.segments)
            words += segment.text;
    }
    EXPECT_TRUE(words.contains(QStringLiteral("Recycling")));
    EXPECT_TRUE(words.contains(QStringLiteral("Bins")));
    EXPECT_FALSE(words.contains(newParent));
}
