// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checker.h>
#include <ui/alttextprompt.h>
#include <ui/linktextprompt.h>
#include <ui/repaircontroller.h>
#include <ui/sourceeditor.h>

#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

// Readable failure messages: GoogleTest finds this through the argument's namespace.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << qPrintable(text) << '"';
}
QT_END_NAMESPACE

using lga::check::Checker;
using lga::check::Finding;
using lga::core::Page;
using lga::core::SourceFormat;
using lga::ui::AltTextPrompt;
using lga::ui::LinkTextPrompt;
using lga::ui::RepairController;
using lga::ui::SourceEditor;

using namespace Qt::StringLiterals;

namespace {

Finding findingIn(const QString &body, const char *rule,
                  SourceFormat format = SourceFormat::Markdown)
{
    Page page = Page::create(u"localgov_services_page"_s);
    page.title = u"Bins and recycling"_s;
    page.body = body;
    page.format = format;
    for (const Finding &finding : Checker().check(page)) {
        if (finding.ruleId == QLatin1StringView(rule))
            return finding;
    }
    ADD_FAILURE() << "the Checker reports no " << rule;
    return {};
}

// Runs `act` on the modal dialog of type T once it is open (from inside its exec()).
template<typename T> void whenModal(std::function<void(T *)> act, bool *seen)
{
    *seen = false;
    auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [act, seen, attempt](int left) {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            *seen = true;
            dialog->activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
            act(dialog);
            // A test that went wrong must not leave the dialog waiting for ever.
            QTimer::singleShot(100, dialog, [dialog] {
                if (dialog->isVisible()) {
                    ADD_FAILURE() << "the dialog is still open";
                    dialog->reject();
                }
            });
        } else if (left > 0) {
            QTimer::singleShot(20, [attempt, left] { (*attempt)(left - 1); });
        }
    };
    QTimer::singleShot(0, [attempt] { (*attempt)(250); });
}

struct Fixture
{
    SourceEditor editor;
    RepairController controller{&editor, &editor};

    Fixture(const QString &text, SourceFormat format = SourceFormat::Markdown)
    {
        editor.setSource(text, format);
        controller.setFormat(format);
        editor.resize(600, 300);
        editor.show();
    }
};

TEST(RepairController, OneClickRepairIsOneUndoStep)
{
    const QString before = u"Intro.\n\n# Council tax\n\nText."_s;
    Fixture f(before);
    QSignalSpy repaired(&f.controller, &RepairController::repaired);
    ASSERT_TRUE(f.controller.repair(findingIn(before, "heading-h1-in-body"), u"heading-level"_s));
    EXPECT_EQ(f.editor.toPlainText(), u"Intro.\n\n## Council tax\n\nText."_s);
    EXPECT_EQ(repaired.count(), 1);
    // The cursor is left at the repaired text.
    EXPECT_EQ(f.editor.textCursor().position(), int(u"Intro.\n\n##"_s.size()));

    f.editor.undo();
    EXPECT_EQ(f.editor.toPlainText(), before);
    EXPECT_FALSE(f.editor.document()->isUndoAvailable());
}

TEST(RepairController, OneClickRepairWithTwoEditsIsOneUndoStep)
{
    const QString before = u"<h2>Bins</h2>\n<h4>Garden waste</h4>"_s;
    Fixture f(before, SourceFormat::Html);
    ASSERT_TRUE(f.controller.repair(findingIn(before, "heading-skipped-level", SourceFormat::Html),
                                    u"heading-level"_s));
    EXPECT_EQ(f.editor.toPlainText(), u"<h2>Bins</h2>\n<h3>Garden waste</h3>"_s);
    f.editor.undo();
    EXPECT_EQ(f.editor.toPlainText(), before);
}

TEST(RepairController, StaleFindingChangesNothing)
{
    const QString before = u"# Council tax\n\nText."_s;
    const Finding finding = findingIn(before, "heading-h1-in-body");
    Fixture f(u"Added first.\n\n"_s + before);
    EXPECT_FALSE(f.controller.repair(finding, u"heading-level"_s));
    EXPECT_EQ(f.editor.toPlainText(), u"Added first.\n\n"_s + before);
}

TEST(RepairController, AltTextPromptWritesTheAltText)
{
    const QString before = u"Bins:\n\n![IMG_1234](bins.jpg)\n"_s;
    Fixture f(before);
    bool seen = false;
    whenModal<AltTextPrompt>(
        [](AltTextPrompt *prompt) {
            // Never a guess from the file name, and nothing to accept yet.
            EXPECT_TRUE(prompt->altEdit()->text().isEmpty());
            EXPECT_FALSE(prompt->okButton()->isEnabled());
            EXPECT_FALSE(prompt->accessibleName().isEmpty());
            EXPECT_FALSE(prompt->altEdit()->accessibleName().isEmpty());
            EXPECT_EQ(QApplication::focusWidget(), prompt->altEdit());
            prompt->grab().save(u"/tmp/repair-alttextprompt-empty.png"_s);
            QTest::keyClicks(prompt->altEdit(), u"bins.jpg"_s);
            EXPECT_FALSE(prompt->okButton()->isEnabled()) << "a file name is not alt text";
            prompt->altEdit()->clear();
            QTest::keyClicks(prompt->altEdit(), u"A green wheelie bin at the kerb"_s);
            EXPECT_TRUE(prompt->okButton()->isEnabled());
            prompt->grab().save(u"/tmp/repair-alttextprompt.png"_s);
            QTest::keyClick(prompt->altEdit(), Qt::Key_Return);
        },
        &seen);
    EXPECT_TRUE(f.controller.repair(findingIn(before, "alt-file-name"), u"write-alt"_s));
    EXPECT_TRUE(seen);
    EXPECT_EQ(f.editor.toPlainText(), u"Bins:\n\n![A green wheelie bin at the kerb](bins.jpg)\n"_s);
}

TEST(RepairController, AltTextPromptCanMarkDecorativeByKeyboard)
{
    const QString before = u"<p><img src=\"divider.png\"></p>"_s;
    Fixture f(before, SourceFormat::Html);
    bool seen = false;
    whenModal<AltTextPrompt>(
        [](AltTextPrompt *prompt) {
            // The keyboard path: Tab from the alt text to the checkbox, Space to tick it.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            EXPECT_EQ(QApplication::focusWidget(), prompt->decorativeBox());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            EXPECT_TRUE(prompt->decorativeBox()->isChecked());
            EXPECT_TRUE(prompt->okButton()->isEnabled());
            prompt->grab().save(u"/tmp/repair-alttextprompt-decorative.png"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
        },
        &seen);
    EXPECT_TRUE(
        f.controller.repair(findingIn(before, "alt-missing", SourceFormat::Html), u"write-alt"_s));
    EXPECT_TRUE(seen);
    EXPECT_EQ(f.editor.toPlainText(), u"<p><img src=\"divider.png\" alt=\"\"></p>"_s);
}

TEST(RepairController, EscapeChangesNothing)
{
    const QString before = u"![IMG_1234](bins.jpg)"_s;
    Fixture f(before);
    QSignalSpy repaired(&f.controller, &RepairController::repaired);
    bool seen = false;
    whenModal<AltTextPrompt>(
        [](AltTextPrompt *prompt) {
            QTest::keyClicks(prompt->altEdit(), u"A bin"_s);
            QTest::keyClick(prompt->altEdit(), Qt::Key_Escape);
        },
        &seen);
    EXPECT_FALSE(f.controller.repair(findingIn(before, "alt-file-name"), u"write-alt"_s));
    EXPECT_TRUE(seen);
    EXPECT_EQ(f.editor.toPlainText(), before);
    EXPECT_EQ(repaired.count(), 0);
    EXPECT_FALSE(f.editor.document()->isUndoAvailable());
}

TEST(RepairController, LinkTextPromptOffersThePageTitle)
{
    const QString before = u"To pay, [click here](https://example.gov.uk/pay)."_s;
    Fixture f(before);
    QUrl asked;
    f.controller.setTitleLookup([&asked](const QUrl &url) {
        asked = url;
        return u"Pay your council tax"_s;
    });
    bool seen = false;
    whenModal<LinkTextPrompt>(
        [](LinkTextPrompt *prompt) {
            EXPECT_TRUE(prompt->textEdit()->text().isEmpty());
            EXPECT_FALSE(prompt->okButton()->isEnabled());
            QTest::keyClicks(prompt->textEdit(), u"Read more"_s);
            EXPECT_FALSE(prompt->okButton()->isEnabled()) << "still generic";
            ASSERT_NE(prompt->suggestionButton(), nullptr);
            EXPECT_TRUE(prompt->suggestionButton()->text().contains(u"Pay your council tax"_s));
            prompt->grab().save(u"/tmp/repair-linktextprompt.png"_s);
            // The keyboard path: Tab from the field to the suggestion, Space to take it.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            EXPECT_EQ(QApplication::focusWidget(), prompt->suggestionButton());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            EXPECT_EQ(prompt->textEdit()->text(), u"Pay your council tax"_s);
            EXPECT_TRUE(prompt->okButton()->isEnabled());
            QTest::keyClick(prompt->textEdit(), Qt::Key_Return);
        },
        &seen);
    EXPECT_TRUE(
        f.controller.repair(findingIn(before, "link-generic-text"), u"rewrite-link-text"_s));
    EXPECT_TRUE(seen);
    EXPECT_EQ(asked, QUrl(u"https://example.gov.uk/pay"_s));
    EXPECT_EQ(f.editor.toPlainText(),
              u"To pay, [Pay your council tax](https://example.gov.uk/pay)."_s);
}

TEST(RepairController, FileInfoFromTheDocumentLookup)
{
    const QString before = u"Read the [Council tax leaflet](/files/leaflet.pdf)."_s;
    Fixture f(before);
    f.controller.setDocumentLookup([](const QUrl &url) {
        return url.path() == u"/files/leaflet.pdf" ? std::pair(u"PDF"_s, qint64(1258291))
                                                   : std::pair(QString(), qint64(-1));
    });
    EXPECT_TRUE(f.controller.repair(findingIn(before, "link-document-type"), u"add-file-info"_s));
    EXPECT_EQ(f.editor.toPlainText(),
              u"Read the [Council tax leaflet (PDF, 1.2 MB)](/files/leaflet.pdf)."_s);
}

TEST(RepairController, FileInfoAsksForAnUnknownSize)
{
    const QString before = u"Read the [Council tax leaflet](/files/leaflet.pdf)."_s;
    Fixture f(before);
    bool seen = false;
    whenModal<QInputDialog>(
        [](QInputDialog *dialog) {
            QTest::keyClicks(QApplication::focusWidget(), u"245 KB"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            Q_UNUSED(dialog);
        },
        &seen);
    EXPECT_TRUE(f.controller.repair(findingIn(before, "link-document-type"), u"add-file-info"_s));
    EXPECT_TRUE(seen);
    EXPECT_EQ(f.editor.toPlainText(),
              u"Read the [Council tax leaflet (PDF, 245 KB)](/files/leaflet.pdf)."_s);
}

} // namespace
