// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checker.h>

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

// The corpus: realistic council page bodies in tests/corpus/check, each with a `.expected` file
// listing the findings a careful reviewer applying the standards would report ("LINE RULE-ID",
// `#` comments). Each page must give exactly those (line, rule) pairs, no more and no fewer.

using lga::check::Checker;
using lga::check::Finding;
using lga::core::Page;
using lga::core::SourceFormat;

namespace {

const QString corpusPath = QStringLiteral(LGA_SOURCE_DIR "/tests/corpus/check");

// Every rule the Checker offers; the corpus must expect each of them at least twice.
const QStringList allRuleIds = {
    QStringLiteral("alt-missing"),
    QStringLiteral("alt-whitespace"),
    QStringLiteral("alt-file-name"),
    QStringLiteral("alt-placeholder"),
    QStringLiteral("alt-redundant-prefix"),
    QStringLiteral("alt-too-long"),
    QStringLiteral("alt-decorative"),
    QStringLiteral("alt-repeats-link-text"),
    QStringLiteral("link-empty"),
    QStringLiteral("link-image-no-alt"),
    QStringLiteral("link-generic-text"),
    QStringLiteral("link-url-text"),
    QStringLiteral("link-document-type"),
    QStringLiteral("link-new-window"),
    QStringLiteral("link-same-text-different-target"),
    QStringLiteral("link-broken-anchor"),
    QStringLiteral("heading-empty"),
    QStringLiteral("heading-skipped-level"),
    QStringLiteral("heading-h1-in-body"),
    QStringLiteral("heading-too-long"),
    QStringLiteral("heading-fake-bold"),
    QStringLiteral("heading-fake-blockquote"),
    QStringLiteral("list-fake"),
    QStringLiteral("table-no-headers"),
    QStringLiteral("table-empty-header"),
    QStringLiteral("table-heading-in-cell"),
    QStringLiteral("table-layout"),
    QStringLiteral("text-all-caps"),
    QStringLiteral("text-underline"),
    QStringLiteral("contrast-low"),
    QStringLiteral("id-duplicate"),
    QStringLiteral("iframe-no-title"),
    QStringLiteral("media-video"),
    QStringLiteral("media-audio"),
    QStringLiteral("markup-removed-by-site"),
    QStringLiteral("sentence-too-long"),
    QStringLiteral("word-to-avoid"),
    QStringLiteral("readability-low"),
};

QStringList pageFiles()
{
    return QDir(corpusPath)
        .entryList({QStringLiteral("*.md"), QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

QString readText(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? QString::fromUtf8(file.readAll()) : QString();
}

QString expectedPath(const QString &pageFile)
{
    return corpusPath + u'/' + pageFile.left(pageFile.lastIndexOf(u'.')) +
           QStringLiteral(".expected");
}

struct Expectations
{
    /// "LINE RULE-ID" entries, sorted, repeated when a rule is expected twice on a line.
    QStringList entries;
    /// Lines of the file that are neither comments nor "LINE RULE-ID".
    QStringList malformed;
};

Expectations readExpectations(const QString &pageFile, bool *found)
{
    Expectations expectations;
    const QStringList lines = readText(expectedPath(pageFile), found).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.section(u'#', 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        bool isNumber = false;
        const int lineNumber = fields.value(0).toInt(&isNumber);
        if (fields.size() != 2 || !isNumber || lineNumber < 0) {
            expectations.malformed.append(raw);
            continue;
        }
        expectations.entries.append(QStringLiteral("%1 %2").arg(lineNumber).arg(fields[1]));
    }
    std::sort(expectations.entries.begin(), expectations.entries.end());
    return expectations;
}

// The entries of `from` that `other` lacks, counting repeats (a multiset difference).
QStringList difference(QStringList from, const QStringList &other)
{
    for (const QString &entry : other)
        from.removeOne(entry);
    return from;
}

class CorpusPage : public testing::TestWithParam<std::string>
{
};

std::vector<std::string> pageParams()
{
    std::vector<std::string> params;
    for (const QString &file : pageFiles())
        params.push_back(file.toStdString());
    return params;
}

std::string testName(const testing::TestParamInfo<std::string> &info)
{
    std::string name = info.param;
    for (char &c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

} // namespace

TEST_P(CorpusPage, GivesTheExpectedFindings)
{
    const QString file = QString::fromStdString(GetParam());
    bool readPage = false;
    Page page = Page::create(QStringLiteral("localgov_services_page"));
    page.title = QStringLiteral("Corpus page");
    page.body = readText(corpusPath + u'/' + file, &readPage);
    page.format =
        file.endsWith(QStringLiteral(".html")) ? SourceFormat::Html : SourceFormat::Markdown;
    ASSERT_TRUE(readPage) << qPrintable(file);

    bool foundExpectations = false;
    const Expectations expected = readExpectations(file, &foundExpectations);
    ASSERT_TRUE(foundExpectations) << "no .expected file for " << qPrintable(file);
    ASSERT_TRUE(expected.malformed.isEmpty()) << "malformed lines in the .expected file:\n"
                                              << qPrintable(expected.malformed.join(u'\n'));

    const QList<Finding> findings = Checker().check(page);
    QStringList actual;
    QMap<QString, QString> details;
    for (const Finding &finding : findings) {
        const QString entry = QStringLiteral("%1 %2").arg(finding.line).arg(finding.ruleId);
        actual.append(entry);
        if (!finding.anchor.isEmpty())
            details.insert(entry, QStringLiteral("\"%1\"").arg(finding.anchor));
    }
    std::sort(actual.begin(), actual.end());

    const QStringList missing = difference(expected.entries, actual);
    const QStringList unexpected = difference(actual, expected.entries);
    QStringList unexpectedWithAnchors;
    for (const QString &entry : unexpected)
        unexpectedWithAnchors.append(entry + u' ' + details.value(entry));
    const auto listed = [](const QStringList &entries) {
        return entries.isEmpty() ? QStringLiteral("(none)")
                                 : entries.join(QStringLiteral("\n    "));
    };
    EXPECT_TRUE(missing.isEmpty() && unexpected.isEmpty())
        << qPrintable(file) << "\n  missing (expected, not found):\n    "
        << qPrintable(listed(missing)) << "\n  unexpected (found, not expected):\n    "
        << qPrintable(listed(unexpectedWithAnchors));
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusPage, testing::ValuesIn(pageParams()), testName);

TEST(Corpus, IsLargeAndVariedEnough)
{
    const QStringList files = pageFiles();
    int htmlPages = 0;
    int cleanPages = 0;
    QMap<QString, int> ruleCounts;
    QStringList unknownRules;
    for (const QString &file : files) {
        if (file.endsWith(QStringLiteral(".html")))
            ++htmlPages;
        bool found = false;
        const Expectations expected = readExpectations(file, &found);
        EXPECT_TRUE(found) << "no .expected file for " << qPrintable(file);
        if (found && expected.entries.isEmpty() && expected.malformed.isEmpty())
            ++cleanPages;
        for (const QString &entry : expected.entries) {
            const QString rule = entry.section(u' ', 1);
            ++ruleCounts[rule];
            if (!allRuleIds.contains(rule))
                unknownRules.append(file + u':' + u' ' + rule);
        }
    }
    EXPECT_GE(files.size(), 30);
    EXPECT_GE(htmlPages, 6);
    EXPECT_GE(cleanPages, 8);
    EXPECT_TRUE(unknownRules.isEmpty()) << qPrintable(unknownRules.join(u'\n'));
    for (const QString &rule : allRuleIds)
        EXPECT_GE(ruleCounts.value(rule), 2) << qPrintable(rule);
}
