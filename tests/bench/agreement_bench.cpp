// SPDX-License-Identifier: GPL-2.0-or-later
// How well the native checker agrees with the axe-core audit, over the checker's corpus
// (tests/corpus/check: council page bodies in Markdown and HTML). Each page is checked natively,
// as the author wrote it, and shown in a real preview (the site-sanitized body) for axe to
// audit. Run under a display (Xvfb); prints:
//
// - agreement_axe_violations: the nodes axe reports over the whole corpus.
// - agreement_axe_found_natively_pct: of those, the share for which a native finding with the
//   same axe rule (or an equivalent one) covers an overlapping line range.
// - agreement_native_with_axe_id: the native findings that name an axe rule.
// - agreement_native_removed_by_site: of those, the ones about markup the site removes (a
//   markup-removed-by-site finding on the same lines, or the element is not in the preview):
//   axe cannot see them, so they are left out of the next figure.
// - agreement_native_confirmed_by_axe_pct: of the native findings axe could see, the share that
//   an axe finding with an equivalent rule confirms on an overlapping line range.
//
// Every disagreement is listed on stderr: page, rule, lines, which side found it.
#include <check/checker.h>
#include <check/finding.h>
#include <core/page.h>
#include <render/previewblocks.h>
#include <ui/axeaudit.h>
#include <ui/previewview.h>
#include <ui/webengineenvironment.h>

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

using namespace lga;

namespace {

const QString corpusPath = QStringLiteral(LGA_SOURCE_DIR "/tests/corpus/check");

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

double percent(qsizetype part, qsizetype whole)
{
    return whole == 0 ? 100.0 : 100.0 * double(part) / double(whole);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The axe rules that count as one: axe splits some checks in two where the native rule has
/// one (a table without headers fails td-has-header or th-has-data-cells; a broken list fails
/// list or listitem).
QString axeGroup(const QString &axeRule)
{
    if (axeRule == u"th-has-data-cells")
        return QStringLiteral("td-has-header");
    if (axeRule == u"listitem")
        return QStringLiteral("list");
    return axeRule;
}

/// The native rules equivalent to each axe rule, beyond those that name it as their axeRule.
const QHash<QString, QStringList> &nativeEquivalents()
{
    static const QHash<QString, QStringList> equivalents = {
        {QStringLiteral("image-alt"),
         {QStringLiteral("alt-missing"), QStringLiteral("alt-whitespace")}},
        {QStringLiteral("link-name"),
         {QStringLiteral("link-empty"), QStringLiteral("link-image-no-alt")}},
        {QStringLiteral("heading-order"), {QStringLiteral("heading-skipped-level")}},
        {QStringLiteral("empty-heading"), {QStringLiteral("heading-empty")}},
        {QStringLiteral("empty-table-header"), {QStringLiteral("table-empty-header")}},
        {QStringLiteral("td-has-header"), {QStringLiteral("table-no-headers")}},
        {QStringLiteral("color-contrast"), {QStringLiteral("contrast-low")}},
        {QStringLiteral("frame-title"), {QStringLiteral("iframe-no-title")}},
        {QStringLiteral("image-redundant-alt"), {QStringLiteral("alt-repeats-link-text")}},
        {QStringLiteral("duplicate-id"), {QStringLiteral("id-duplicate")}},
    };
    return equivalents;
}

/// Whether a native finding and an axe finding are about the same check.
bool sameCheck(const check::Finding &native, const check::Finding &axe)
{
    const QString group = axeGroup(axe.axeRule);
    if (!native.axeRule.isEmpty() && axeGroup(native.axeRule) == group)
        return true;
    return nativeEquivalents().value(group).contains(native.ruleId);
}

int lastLineOf(const check::Finding &finding)
{
    return std::max(finding.line, finding.endLine);
}

/// Whether two line ranges share a line; a page-level finding (line 0) is everywhere.
bool overlaps(int firstA, int lastA, int firstB, int lastB)
{
    if (firstA == 0 || firstB == 0)
        return true;
    return firstA <= lastB && firstB <= lastA;
}

bool overlaps(const check::Finding &a, const check::Finding &b)
{
    return overlaps(a.line, lastLineOf(a), b.line, lastLineOf(b));
}

/// The markup the preview must hold for axe to see what a native finding is about; empty when
/// no element is needed (the native rule judges text).
QString markupNeeded(const QString &axeRule)
{
    const QString group = axeGroup(axeRule);
    if (group == u"image-alt" || group == u"image-redundant-alt")
        return QStringLiteral("<img");
    if (group == u"link-name")
        return QStringLiteral("<a");
    if (group == u"frame-title")
        return QStringLiteral("<iframe");
    if (group == u"video-caption")
        return QStringLiteral("<video");
    if (group == u"color-contrast")
        return QStringLiteral("style=");
    if (group == u"duplicate-id")
        return QStringLiteral(" id=");
    if (group == u"empty-heading" || group == u"heading-order")
        return QStringLiteral("<h");
    if (group == u"empty-table-header" || group == u"td-has-header")
        return QStringLiteral("<table");
    return {};
}

/// Whether the site removes what a native finding is about, so axe, which audits the sanitized
/// body, cannot see it: the checker says the site removes markup there, or the preview's blocks
/// on those lines lack the element.
bool removedBySite(const check::Finding &native, const QList<check::Finding> &allNative,
                   const QList<render::Block> &blocks)
{
    for (const check::Finding &other : allNative) {
        if (other.ruleId == u"markup-removed-by-site" && other.line != 0 && overlaps(other, native))
            return true;
    }
    const QString needed = markupNeeded(native.axeRule);
    if (needed.isEmpty() || native.line == 0)
        return false;
    for (const render::Block &block : blocks) {
        if (overlaps(block.firstLine, block.lastLine, native.line, lastLineOf(native)) &&
            block.html.contains(needed, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

/// Shows `blocks` as a fresh page and audits it with axe; nothing when either fails.
std::optional<QList<check::Finding>> audit(ui::PreviewView &view, ui::AxeAudit &axe,
                                           quint64 generation, const QList<render::Block> &blocks)
{
    bool shown = false;
    QMetaObject::Connection updated =
        QObject::connect(&view, &ui::PreviewView::updated, [&](quint64 done) {
            if (done == generation)
                shown = true;
        });
    view.clear();
    view.showBlocks(generation, blocks);
    const bool wasShown = QTest::qWaitFor([&] { return shown; }, 30000);
    QObject::disconnect(updated);
    if (!wasShown) {
        std::fprintf(stderr, "agreement: the page was not shown\n");
        return std::nullopt;
    }

    QEventLoop loop;
    std::optional<QList<check::Finding>> result;
    QMetaObject::Connection finished =
        QObject::connect(&axe, &ui::AxeAudit::finished, [&](const QList<check::Finding> &found) {
            result = found;
            loop.quit();
        });
    QMetaObject::Connection failed =
        QObject::connect(&axe, &ui::AxeAudit::failed, [&](const QString &reason) {
            std::fprintf(stderr, "agreement: axe: %s\n", qPrintable(reason));
            loop.quit();
        });
    axe.start(std::chrono::minutes(2));
    loop.exec();
    QObject::disconnect(finished);
    QObject::disconnect(failed);
    return result;
}

QString lines(const check::Finding &finding)
{
    return finding.line == lastLineOf(finding)
               ? QString::number(finding.line)
               : QStringLiteral("%1-%2").arg(finding.line).arg(lastLineOf(finding));
}

void report(const QString &page, const QString &side, const QString &rule,
            const check::Finding &finding)
{
    QString anchor = finding.anchor.simplified();
    if (anchor.size() > 50)
        anchor = anchor.left(47) + QStringLiteral("...");
    std::fprintf(stderr, "%-36s %-24s %-7s %-34s %s\n", qPrintable(page), qPrintable(side),
                 qPrintable(lines(finding)), qPrintable(rule), qPrintable(anchor));
}

} // namespace

int main(int argc, char **argv)
{
    ui::WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    ui::PreviewView view;
    view.resize(1000, 800);
    view.show();
    if (!QTest::qWaitFor([&] { return view.isReady(); }, 30000)) {
        std::fprintf(stderr, "agreement: the preview did not load\n");
        return 1;
    }
    const QString title = QStringLiteral("Corpus page");
    view.setHeader(title, QString());
    ui::AxeAudit axe(&view);

    const QStringList files =
        QDir(corpusPath)
            .entryList({QStringLiteral("*.md"), QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        std::fprintf(stderr, "agreement: no pages in the corpus\n");
        return 1;
    }

    qsizetype axeViolations = 0;
    qsizetype axeFoundNatively = 0;
    qsizetype nativeWithAxeId = 0;
    qsizetype nativeRemovedBySite = 0;
    qsizetype nativeConfirmed = 0;
    // Agreements and disagreements per kind ("axe only: color-contrast"), for the summary.
    QHash<QString, int> kinds;
    quint64 generation = 0;

    std::fprintf(stderr, "%-36s %-24s %-7s %-34s %s\n", "page", "side", "lines", "rule", "anchor");
    for (const QString &file : files) {
        core::Page page = core::Page::create(QStringLiteral("localgov_services_page"));
        page.title = title;
        page.body = readText(corpusPath + u'/' + file);
        page.format = file.endsWith(QStringLiteral(".html")) ? core::SourceFormat::Html
                                                             : core::SourceFormat::Markdown;
        const QList<check::Finding> native = check::Checker().check(page);
        const QList<render::Block> blocks = render::PreviewBlocks::render(page.body, page.format);
        const std::optional<QList<check::Finding>> found = audit(view, axe, ++generation, blocks);
        if (!found)
            return 1;

        for (const check::Finding &violation : *found) {
            ++axeViolations;
            const bool matched =
                std::any_of(native.cbegin(), native.cend(), [&](const check::Finding &n) {
                    return sameCheck(n, violation) && overlaps(n, violation);
                });
            if (matched) {
                ++axeFoundNatively;
                ++kinds[QStringLiteral("agree (axe finding found natively): ") + violation.axeRule];
                continue;
            }
            report(file, QStringLiteral("axe only"), violation.axeRule, violation);
            ++kinds[QStringLiteral("axe only: ") + violation.axeRule];
        }

        for (const check::Finding &finding : native) {
            if (finding.axeRule.isEmpty())
                continue;
            ++nativeWithAxeId;
            const bool confirmed =
                std::any_of(found->cbegin(), found->cend(), [&](const check::Finding &a) {
                    return sameCheck(finding, a) && overlaps(finding, a);
                });
            const QString rule = finding.ruleId + QStringLiteral(" (") + finding.axeRule + u')';
            if (confirmed) {
                ++nativeConfirmed;
                ++kinds[QStringLiteral("agree (native finding confirmed by axe): ") + rule];
                continue;
            }
            if (removedBySite(finding, native, blocks)) {
                ++nativeRemovedBySite;
                report(file, QStringLiteral("native, site removes"), rule, finding);
                ++kinds[QStringLiteral("native only, site removes: ") + rule];
                continue;
            }
            report(file, QStringLiteral("native only"), rule, finding);
            ++kinds[QStringLiteral("native only: ") + rule];
        }
    }

    QStringList kindNames = kinds.keys();
    std::sort(kindNames.begin(), kindNames.end());
    std::fprintf(stderr, "\nagreements and disagreements by kind over %lld pages:\n",
                 static_cast<long long>(files.size()));
    for (const QString &kind : kindNames)
        std::fprintf(stderr, "%4d  %s\n", kinds.value(kind), qPrintable(kind));

    print("agreement_pages", double(files.size()), "count");
    print("agreement_axe_violations", double(axeViolations), "count");
    print("agreement_axe_found_natively_pct", percent(axeFoundNatively, axeViolations), "%");
    print("agreement_native_with_axe_id", double(nativeWithAxeId), "count");
    print("agreement_native_removed_by_site", double(nativeRemovedBySite), "count");
    print("agreement_native_confirmed_by_axe_pct",
          percent(nativeConfirmed, nativeWithAxeId - nativeRemovedBySite), "%");
    return 0;
}
