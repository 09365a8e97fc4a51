// SPDX-License-Identifier: GPL-2.0-or-later
// The axe-core audit in a real preview under Xvfb: what it finds, where it pins it, its timeout,
// and that page script stays off.
#include "support/previewprobe.h"

#include <render/previewblocks.h>
#include <ui/axeaudit.h>

#include <QTest>

#include <gtest/gtest.h>

#include <chrono>

using namespace lga;
using namespace std::chrono_literals;

namespace {

struct Outcome
{
    int finishedCount = 0;
    int failedCount = 0;
    QList<check::Finding> findings;
    QString reason;
};

/// Collects everything an audit reports, for as long as it lives.
class AuditWatcher
{
public:
    explicit AuditWatcher(ui::AxeAudit &audit)
    {
        QObject::connect(&audit, &ui::AxeAudit::finished, &m_context,
                         [this](const QList<check::Finding> &findings) {
                             ++outcome.finishedCount;
                             outcome.findings = findings;
                         });
        QObject::connect(&audit, &ui::AxeAudit::failed, &m_context, [this](const QString &reason) {
            ++outcome.failedCount;
            outcome.reason = reason;
        });
    }
    bool waitForEnd(int timeoutMs = 60000)
    {
        const int before = outcome.finishedCount + outcome.failedCount;
        return QTest::qWaitFor([&] { return outcome.finishedCount + outcome.failedCount > before; },
                               timeoutMs);
    }

    Outcome outcome;

private:
    QObject m_context;
};

void showMarkdown(ui::PreviewView &view, quint64 generation, const QString &markdown,
                  const QString &lastWords)
{
    view.showBlocks(generation,
                    render::PreviewBlocks::render(markdown, core::SourceFormat::Markdown));
    ASSERT_TRUE(test::waitForPreviewText(&view, lastWords));
}

QList<std::pair<QString, int>> rulesAndLines(const QList<check::Finding> &findings)
{
    QList<std::pair<QString, int>> result;
    for (const check::Finding &finding : findings)
        result.append({finding.axeRule, finding.line});
    return result;
}

const check::Finding *findRule(const QList<check::Finding> &findings, const QString &rule)
{
    for (const check::Finding &finding : findings)
        if (finding.axeRule == rule)
            return &finding;
    return nullptr;
}

// Line numbers matter: each problem sits on a known line of the author's source.
const QString kFlawedPage =
    QStringLiteral("## Bin collections\n"                                       // 1
                   "\n"                                                         // 2
                   "We collect your bins every week.\n"                         // 3
                   "\n"                                                         // 4
                   "<img src=\"wheelie-bin.png\">\n"                            // 5
                   "\n"                                                         // 6
                   "Find out more about [](/bins/missed) bins.\n"               // 7
                   "\n"                                                         // 8
                   "#### Missed bins\n"                                         // 9
                   "\n"                                                         // 10
                   "<table>\n"                                                  // 11
                   "<thead><tr><th></th><th>Day</th></tr></thead>\n"            // 12
                   "<tbody><tr><td>Blue bin</td><td>Monday</td></tr></tbody>\n" // 13
                   "</table>\n"                                                 // 14
                   "\n"                                                         // 15
                   "Tell us within 2 working days.\n");                         // 16

const QString kCleanPage =
    QStringLiteral("## Bin collections\n"
                   "\n"
                   "We collect your bins every week. Put them out by 7am.\n"
                   "\n"
                   "![A green wheelie bin at the kerb](wheelie-bin.png)\n"
                   "\n"
                   "- Blue bin: paper and card\n"
                   "- Green bin: garden waste\n"
                   "\n"
                   "### Missed bins\n"
                   "\n"
                   "| Bin | Day |\n"
                   "| --- | --- |\n"
                   "| Blue | Monday |\n"
                   "\n"
                   "[Report a missed bin](/bins/missed) within 2 working days.\n");

class AxeAuditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_view.resize(1000, 700);
        m_view.show();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_view.isReady(); }, 20000));
    }

    ui::PreviewView m_view;
};

} // namespace

TEST_F(AxeAuditTest, KnownViolationsArePinnedToTheBlocksTheAuthorWrote)
{
    ASSERT_NO_FATAL_FAILURE(showMarkdown(m_view, 1, kFlawedPage, QStringLiteral("working days")));
    ui::AxeAudit audit(&m_view);
    AuditWatcher watcher(audit);
    audit.start();
    EXPECT_TRUE(audit.isRunning());
    ASSERT_TRUE(watcher.waitForEnd());
    ASSERT_EQ(watcher.outcome.failedCount, 0) << watcher.outcome.reason.toStdString();
    EXPECT_FALSE(audit.isRunning());
    const QList<check::Finding> &findings = watcher.outcome.findings;
    const auto found = rulesAndLines(findings);
    EXPECT_TRUE(found.contains(std::pair(QStringLiteral("image-alt"), 5)))
        << testing::PrintToString(found);
    EXPECT_TRUE(found.contains(std::pair(QStringLiteral("link-name"), 7)))
        << testing::PrintToString(found);
    EXPECT_TRUE(found.contains(std::pair(QStringLiteral("heading-order"), 9)))
        << testing::PrintToString(found);
    EXPECT_TRUE(found.contains(std::pair(QStringLiteral("empty-table-header"), 11)))
        << testing::PrintToString(found);
    // Nothing is reported about the lines that are fine, nor about the page around the body.
    for (const check::Finding &finding : findings) {
        EXPECT_NE(finding.line, 1) << finding.axeRule.toStdString();
        EXPECT_NE(finding.line, 3) << finding.axeRule.toStdString();
        EXPECT_NE(finding.line, 16) << finding.axeRule.toStdString();
        EXPECT_GT(finding.line, 0) << finding.axeRule.toStdString();
        EXPECT_EQ(finding.source, check::Finding::Axe);
        EXPECT_EQ(finding.ruleId, QStringLiteral("axe:") + finding.axeRule);
        EXPECT_FALSE(finding.message.isEmpty());
        EXPECT_TRUE(finding.helpUrl.startsWith(QStringLiteral("https://")))
            << finding.helpUrl.toStdString();
    }

    const check::Finding *image = findRule(findings, QStringLiteral("image-alt"));
    ASSERT_NE(image, nullptr);
    EXPECT_EQ(image->severity, check::Finding::Error) << "a missing alt is critical in axe";
    EXPECT_EQ(image->wcag, QStringLiteral("1.1.1"));
    EXPECT_EQ(image->anchor, QStringLiteral("wheelie-bin.png"));
    EXPECT_EQ(image->endLine, 5);
    const check::Finding *table = findRule(findings, QStringLiteral("empty-table-header"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->endLine, 14) << "the whole table block";
    const check::Finding *heading = findRule(findings, QStringLiteral("heading-order"));
    ASSERT_NE(heading, nullptr);
    EXPECT_EQ(heading->anchor, QStringLiteral("Missed bins"));
    EXPECT_EQ(heading->severity, check::Finding::Warning) << "heading-order is moderate in axe";
}

TEST_F(AxeAuditTest, ACleanPageHasNoErrorsAndAnEditedPageIsAuditedAgain)
{
    ASSERT_NO_FATAL_FAILURE(showMarkdown(m_view, 1, kFlawedPage, QStringLiteral("working days")));
    ui::AxeAudit audit(&m_view);
    AuditWatcher watcher(audit);
    audit.start();
    ASSERT_TRUE(watcher.waitForEnd());
    ASSERT_FALSE(watcher.outcome.findings.isEmpty());

    // The page title above the body is empty here: judging it would give an empty heading.
    ASSERT_NO_FATAL_FAILURE(showMarkdown(m_view, 2, kCleanPage, QStringLiteral("Report a missed")));
    audit.start();
    ASSERT_TRUE(watcher.waitForEnd());
    ASSERT_EQ(watcher.outcome.failedCount, 0) << watcher.outcome.reason.toStdString();
    EXPECT_EQ(watcher.outcome.finishedCount, 2);
    EXPECT_TRUE(watcher.outcome.findings.isEmpty())
        << testing::PrintToString(rulesAndLines(watcher.outcome.findings));
}

TEST_F(AxeAuditTest, ATimedOutAuditFailsQuietlyAndTheNextOneStillWorks)
{
    ASSERT_NO_FATAL_FAILURE(showMarkdown(m_view, 1, kFlawedPage, QStringLiteral("working days")));
    ui::AxeAudit audit(&m_view);
    AuditWatcher watcher(audit);
    audit.start(1ms);
    ASSERT_TRUE(watcher.waitForEnd());
    EXPECT_EQ(watcher.outcome.failedCount, 1);
    EXPECT_FALSE(watcher.outcome.reason.isEmpty());
    EXPECT_FALSE(audit.isRunning());
    // The abandoned run finishes in the renderer later; its result must not surface.
    QTest::qWait(1500);
    EXPECT_EQ(watcher.outcome.finishedCount, 0);

    audit.start();
    ASSERT_TRUE(watcher.waitForEnd());
    EXPECT_EQ(watcher.outcome.failedCount, 1);
    EXPECT_EQ(watcher.outcome.finishedCount, 1);
    EXPECT_NE(findRule(watcher.outcome.findings, QStringLiteral("image-alt")), nullptr);
}

TEST_F(AxeAuditTest, StartingAgainReplacesTheRunningAuditWithOneAnswer)
{
    ASSERT_NO_FATAL_FAILURE(showMarkdown(m_view, 1, kFlawedPage, QStringLiteral("working days")));
    ui::AxeAudit audit(&m_view);
    AuditWatcher watcher(audit);
    audit.start();
    audit.start();
    ASSERT_TRUE(watcher.waitForEnd());
    QTest::qWait(1000);
    EXPECT_EQ(watcher.outcome.finishedCount, 1);
    EXPECT_EQ(watcher.outcome.failedCount, 0);
    EXPECT_NE(findRule(watcher.outcome.findings, QStringLiteral("link-name")), nullptr);
}

TEST(AxeAuditNotReady, APreviewThatIsNotUpYetFailsWithAReason)
{
    ui::PreviewView view; // Never shown, so Chromium never starts.
    ui::AxeAudit audit(&view);
    AuditWatcher watcher(audit);
    audit.start();
    ASSERT_TRUE(watcher.waitForEnd(5000));
    EXPECT_EQ(watcher.outcome.failedCount, 1);
    EXPECT_EQ(watcher.outcome.finishedCount, 0);
    EXPECT_FALSE(watcher.outcome.reason.isEmpty());
}

TEST_F(AxeAuditTest, PageScriptStillCannotRunAfterAnAudit)
{
    ASSERT_NO_FATAL_FAILURE(showMarkdown(m_view, 1, kFlawedPage, QStringLiteral("working days")));
    ui::AxeAudit audit(&m_view);
    AuditWatcher watcher(audit);
    audit.start();
    ASSERT_TRUE(watcher.waitForEnd());
    ASSERT_EQ(watcher.outcome.finishedCount, 1);
    test::evaluate(
        &m_view, QStringLiteral(
                     "const s = document.createElement('script');"
                     "s.textContent = \"document.body.setAttribute('data-pwned', '1')\";"
                     "document.body.appendChild(s);"
                     "const i = document.createElement('img');"
                     "i.setAttribute('onerror', \"document.body.setAttribute('data-pwned', '2')\");"
                     "i.src = 'nonexistent.png';"
                     "document.body.appendChild(i); 0"));
    QTest::qWait(500);
    EXPECT_EQ(test::evaluate(&m_view, QStringLiteral("document.body.getAttribute('data-pwned')")),
              QVariant());
}

TEST(AxeAuditFindings, ImpactSetsTheSeverityAndTagsGiveTheCriteriaInReadingOrder)
{
    const QByteArray json = R"({"token":1,"ok":true,"nodes":[
        {"rule":"link-in-text-block","impact":"serious","tags":["cat.color","wcag2a","wcag141"],
         "help":"Links must be distinguishable","description":"Ensure links stand out",
         "helpUrl":"https://example.org/a","first":9,"last":9,"anchor":"pay online"},
        {"rule":"reflow","impact":"moderate","tags":["wcag21aa","wcag1410","wcag2411"],
         "help":"h","description":"d","helpUrl":"u","first":3,"last":4,"anchor":""},
        {"rule":"tabindex","impact":"minor","tags":["best-practice"],
         "help":"h","description":"d","helpUrl":"u","first":3,"last":3,"anchor":"Apply"}]})";
    const QList<check::Finding> findings = ui::AxeAudit::findingsFromJson(json);
    ASSERT_EQ(findings.size(), 3);
    EXPECT_EQ(findings[0].axeRule, QStringLiteral("reflow"));
    EXPECT_EQ(findings[0].wcag, QStringLiteral("1.4.10, 2.4.11"));
    EXPECT_EQ(findings[0].severity, check::Finding::Warning);
    EXPECT_EQ(findings[0].line, 3);
    EXPECT_EQ(findings[0].endLine, 4);
    EXPECT_EQ(findings[0].column, 0);
    EXPECT_EQ(findings[1].axeRule, QStringLiteral("tabindex"));
    EXPECT_EQ(findings[1].severity, check::Finding::Tip);
    EXPECT_TRUE(findings[1].wcag.isEmpty()) << "best practice is not a WCAG criterion";
    EXPECT_EQ(findings[2].ruleId, QStringLiteral("axe:link-in-text-block"));
    EXPECT_EQ(findings[2].severity, check::Finding::Error);
    EXPECT_EQ(findings[2].wcag, QStringLiteral("1.4.1"));
    EXPECT_EQ(findings[2].message, QStringLiteral("Links must be distinguishable"));
    EXPECT_EQ(findings[2].why, QStringLiteral("Ensure links stand out"));
    EXPECT_EQ(findings[2].helpUrl, QStringLiteral("https://example.org/a"));
    EXPECT_EQ(findings[2].anchor, QStringLiteral("pay online"));
    EXPECT_EQ(findings[2].source, check::Finding::Axe);
}
