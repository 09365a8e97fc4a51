// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewview.h"

#include "checkpanel.h"
#include "previewview.h"

#include "historydialog.h"
#include "sourceeditor.h"

#include <core/fielddefinition.h>
#include <html/document.h>
#include <html/node.h>
#include <render/bodyrenderer.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace lga::ui {

namespace {

using review::DiffSegment;

// What reviewers have written, by page, for as long as the app runs: a reviewer who closes the
// view to look something up finds the notes again. Only the GUI thread touches it.
QHash<QUuid, QString> &notesStore()
{
    static QHash<QUuid, QString> store;
    return store;
}

// Insertions and deletions differ by more than colour: underline and strike-through, and each
// carries a spoken label ("inserted: ") that is kept tiny rather than hidden so screen readers
// still read it.
const QString kDiffStyle =
    QStringLiteral("ins { background: #cce2d8; text-decoration: underline; }"
                   "del { background: #f4cdc6; text-decoration: line-through; }"
                   ".lga-diff-label { font-size: 1px; color: transparent; }"
                   ".lga-block-label { font-weight: bold; background: #ffdd00; color: #0b0c0c; }"
                   ".lga-block-words { font-style: italic; }"
                   "table { border-collapse: collapse; }"
                   "td, th { border: 1px solid #b1b4b6; padding: 4px; }"
                   "h3 { margin-top: 12px; }");

QString readableDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

// The segments one side of a side-by-side comparison shows: the unchanged text and its own
// changes.
QList<DiffSegment> oneSide(const QList<DiffSegment> &segments, DiffSegment::Kind kept)
{
    QList<DiffSegment> side;
    for (const DiffSegment &segment : segments) {
        if (segment.kind == DiffSegment::Equal || segment.kind == kept)
            side.append(segment);
    }
    return side;
}

QString preWrapped(const QString &html)
{
    return QLatin1String("<div style=\"white-space: pre-wrap\">") + html + QLatin1String("</div>");
}

bool hasChanges(const QList<DiffSegment> &segments)
{
    return std::any_of(segments.cbegin(), segments.cend(),
                       [](const DiffSegment &s) { return s.kind != DiffSegment::Equal; });
}

// One top-level element of a rendered body: its HTML as it stands and its text.
struct Block
{
    QString html;
    QString text;
};

// The rendered body cut into its top-level elements (paragraphs, headings, lists, tables), so
// the rendered diff compares and marks whole blocks.
QList<Block> blocksOf(const QString &bodyHtml)
{
    const html::Document document(bodyHtml);
    const QByteArray &utf8 = document.utf8();
    std::vector<std::pair<int, html::Node>> starts;
    for (const html::Node &node : document.root().children()) {
        if (node.isComment() || node.isWhitespace() || !node.hasSourcePosition())
            continue;
        starts.emplace_back(node.sourceOffset(), node);
    }
    QList<Block> blocks;
    for (size_t i = 0; i < starts.size(); ++i) {
        const int from = starts[i].first;
        const int to = i + 1 < starts.size() ? starts[i + 1].first : int(utf8.size());
        blocks.append({QString::fromUtf8(utf8.mid(from, to - from)).trimmed(),
                       starts[i].second.textContent().simplified()});
    }
    return blocks;
}

enum class BlockOp
{
    Keep,
    Remove,
    Add
};

// The longest common run of blocks, as keep/remove/add steps; on a tie the earlier block is
// the one that moves, as in the word diff. Bodies have at most a few hundred
// blocks, so the plain quadratic table is small.
std::vector<BlockOp> blockEdits(const QList<Block> &a, const QList<Block> &b)
{
    const auto n = size_t(a.size());
    const auto m = size_t(b.size());
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            common[i][j] = a[qsizetype(i)].html == b[qsizetype(j)].html
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    std::vector<BlockOp> ops;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)].html == b[qsizetype(j)].html) {
            ops.push_back(BlockOp::Keep);
            ++i;
            ++j;
        } else if (j < m && (i == n || common[i][j + 1] > common[i + 1][j])) {
            ops.push_back(BlockOp::Add);
            ++j;
        } else {
            ops.push_back(BlockOp::Remove);
            ++i;
        }
    }
    return ops;
}

// A changed block in a box headed by what happened to it, so where the change ends is as plain
// as where it starts. The label is text, so the change is never told by colour alone, and the
// box is a labelled group for screen readers.
render::Block markedBlock(const QString &kind, const QString &label, const QString &blockHtml)
{
    return {QLatin1String("<div class=\"lga-change lga-change-") + kind +
                QLatin1String("\" role=\"group\" aria-label=\"") + label.toHtmlEscaped() +
                QLatin1String("\"><p class=\"lga-change-label\">") + label.toHtmlEscaped() +
                QLatin1String("</p>") + blockHtml + QLatin1String("</div>"),
            0, 0};
}

} // namespace

ReviewView::ReviewView(const std::optional<core::Page> &published, const core::Page &proposed,
                       const check::CheckResult &checks, QWidget *parent, TitleLookup titleOf)
    : QDialog(parent)
    , m_titleOf(std::move(titleOf))
    , m_published(published)
    , m_proposed(proposed)
    , m_checks(checks)
    , m_tabs(new QTabWidget(this))
    , m_sideBySide(new QCheckBox(tr("Side b&y side"), this))
    , m_changesStack(new QStackedWidget(this))
    , m_inline(new QTextBrowser(this))
    , m_sideBySideView(new QTextBrowser(this))
    , m_rendered(new PreviewView(this))
    , m_source(new SourceEditor(this))
    , m_findings(new QListWidget(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reviewView"));
    setWindowTitle(tr("Review “%1”").arg(proposed.title));
    resize(1200, 760);

    buildSections();

    // What changed, inline or side by side.
    m_sideBySide->setObjectName(QStringLiteral("sideBySide"));
    m_sideBySide->setAccessibleName(tr("Show the versions side by side"));
    m_inline->setObjectName(QStringLiteral("inlineChanges"));
    m_inline->setAccessibleName(tr("What changed, inline"));
    m_sideBySideView->setObjectName(QStringLiteral("sideBySideChanges"));
    m_sideBySideView->setAccessibleName(
        tr("What changed, side by side: published version left, proposed version right"));
    for (QTextBrowser *browser : {m_inline, m_sideBySideView}) {
        browser->setOpenLinks(false);
        browser->document()->setDefaultStyleSheet(kDiffStyle);
    }
    m_inline->setHtml(inlineHtml());
    m_sideBySideView->setHtml(sideBySideHtml());
    m_changesStack->addWidget(m_inline);
    m_changesStack->addWidget(m_sideBySideView);
    auto *changesPage = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->addWidget(m_sideBySide);
    changesLayout->addWidget(m_changesStack);
    connect(m_sideBySide, &QCheckBox::toggled, this, &ReviewView::setSideBySide);

    // The proposed body rendered in the site's style, changed blocks labelled.
    m_rendered->setObjectName(QStringLiteral("renderedChanges"));
    m_rendered->setAccessibleName(tr("The proposed page with changed blocks labelled"));
    m_rendered->setHeader(proposed.title, proposed.summary);
    m_rendered->showBlocks(1, renderedDiffBlocks());

    // The proposed source, read-only, with the findings underlined.
    m_source->setObjectName(QStringLiteral("reviewSource"));
    m_source->setAccessibleName(tr("Source of the proposed version, read-only"));
    m_source->setSource(proposed.body, proposed.format);
    m_source->setReadOnly(true);
    // Keyboard users can still move through and select the read-only text.
    m_source->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setAccessibleName(tr("Review views"));
    m_tabs->addTab(changesPage, tr("&What changed"));
    m_tabs->addTab(m_rendered, tr("&Rendered changes"));
    m_tabs->addTab(m_source, tr("S&ource"));

    // Findings and notes.
    m_findings->setObjectName(QStringLiteral("reviewFindings"));
    m_findings->setAccessibleName(tr("Checker findings for the proposed version"));
    m_findings->setWordWrap(true);
    fillFindings();
    auto *findingsLabel = new QLabel(
        tr("&Findings: %1, %2, %3")
            .arg(tr("%n error(s)", nullptr, int(m_checks.count(check::Finding::Error))),
                 tr("%n warning(s)", nullptr, int(m_checks.count(check::Finding::Warning))),
                 tr("%n tip(s)", nullptr, int(m_checks.count(check::Finding::Tip)))),
        this);
    findingsLabel->setBuddy(m_findings);
    m_notes->setObjectName(QStringLiteral("reviewerNotes"));
    m_notes->setAccessibleName(tr("Reviewer's notes"));
    m_notes->setPlaceholderText(tr("Notes for yourself while you read; kept until you quit."));
    // Tab moves on to the next control rather than typing a tab into the notes.
    m_notes->setTabChangesFocus(true);
    m_notes->setPlainText(notesFor(proposed.uuid));
    auto *notesLabel = new QLabel(tr("Reviewer's &notes"), this);
    notesLabel->setBuddy(m_notes);
    const QUuid uuid = proposed.uuid;
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this, uuid] { notesStore().insert(uuid, m_notes->toPlainText()); });
    // Opening a finding shows it in the source.
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_findings->row(item);
        if (index < 0 || index >= m_checks.findings.size())
            return;
        const check::Finding &finding = m_checks.findings.at(index);
        if (finding.line <= 0)
            return;
        const QTextBlock block = m_source->document()->findBlockByNumber(finding.line - 1);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            std::clamp(finding.column - 1, 0, block.length() - 1));
        m_source->setTextCursor(cursor);
        m_tabs->setCurrentWidget(m_source);
        m_source->setFocus();
    });

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(findingsLabel);
    sideLayout->addWidget(m_findings, 3);
    sideLayout->addWidget(notesLabel);
    sideLayout->addWidget(m_notes, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *summary =
        new QLabel(m_published ? tr("Changes from the published version to the version in review.")
                               : tr("This page has never been published: all of it is new."),
                   this);
    m_summary = summary;
    summary->setObjectName(QStringLiteral("reviewSummary"));
    summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_tabs->setFocus();
}

void ReviewView::setSummary(const QString &text)
{
    m_summary->setText(text);
}

QString ReviewView::summary() const
{
    return m_summary->text();
}

void ReviewView::setMediaHandler(QWebEngineUrlSchemeHandler *handler)
{
    m_rendered->setMediaHandler(handler);
}

QString ReviewView::notes() const
{
    return m_notes->toPlainText();
}

QString ReviewView::notesFor(const QUuid &page)
{
    return notesStore().value(page);
}

void ReviewView::setSideBySide(bool sideBySide)
{
    m_sideBySide->setChecked(sideBySide);
    m_changesStack->setCurrentWidget(sideBySide ? m_sideBySideView : m_inline);
}

bool ReviewView::isSideBySide() const
{
    return m_changesStack->currentWidget() == m_sideBySideView;
}

void ReviewView::buildSections()
{
    core::Page before;
    if (m_published) {
        before = *m_published;
    } else {
        before.bundle = m_proposed.bundle;
    }
    const core::Page &after = m_proposed;
    m_sections.append({tr("Title"), review::WordDiff::diff(before.title, after.title)});
    m_sections.append({tr("Summary"), review::WordDiff::diff(before.summary, after.summary)});
    if (!m_published || before.format == after.format) {
        m_sections.append({tr("Body"), review::WordDiff::diff(before.body, after.body)});
    } else {
        // One side is Markdown and the other HTML (the site's copy could not be read back as
        // the author's Markdown): their sources share no markup, so compare what readers read.
        const auto text = [](const core::Page &page) {
            QStringList paragraphs;
            for (const Block &block :
                 blocksOf(render::BodyRenderer::bodyHtml(page.body, page.format, false)))
                paragraphs.append(block.text);
            return paragraphs.join(QStringLiteral("\n\n"));
        };
        m_sections.append({tr("Body (the words only: the versions are written in different "
                              "formats)"),
                           review::WordDiff::diff(text(before), text(after))});
    }
    if (before.reviewDate != after.reviewDate) {
        m_sections.append(
            {tr("Review date"), review::WordDiff::diff(readableDate(before.reviewDate),
                                                       readableDate(after.reviewDate))});
    }
    // The content type's own order first, as its edit form shows the fields, then any others.
    QStringList names;
    for (const core::FieldDefinition &definition : core::fieldDefinitions(after.bundle))
        names.append(definition.name);
    QStringList others = before.fields.keys() + after.fields.keys();
    others.sort();
    for (const QString &name : std::as_const(others)) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString &name : std::as_const(names)) {
        const QJsonValue from = before.fields.value(name);
        const QJsonValue to = after.fields.value(name);
        if (from == to)
            continue;
        // An absent value compares as empty text, so a new field reads as all inserted.
        const core::FieldKind kind = core::fieldDefinition(after.bundle, name).kind;
        const auto readable = [this, kind](const QJsonValue &value) -> QString {
            if (value.isUndefined())
                return {};
            // A page reference reads as the page's title where the store has it.
            if (m_titleOf && (kind == core::FieldKind::PageReference ||
                              kind == core::FieldKind::PageReferences)) {
                QJsonArray titled;
                for (const QJsonValue &item :
                     value.isArray() ? value.toArray() : QJsonArray{value}) {
                    const QString title = m_titleOf(item.toString());
                    titled.append(title.isEmpty() ? item : QJsonValue(title));
                }
                return HistoryDialog::readableValue(value.isArray() ? QJsonValue(titled)
                                                                    : titled.first());
            }
            return HistoryDialog::readableValue(value);
        };
        const QString fromText = readable(from);
        const QString toText = readable(to);
        m_sections.append(
            {core::fieldLabel(after.bundle, name), review::WordDiff::diff(fromText, toText)});
    }
}

QString ReviewView::inlineHtml() const
{
    QString html;
    for (const Section &section : m_sections) {
        html += QLatin1String("<h3>") + section.label.toHtmlEscaped();
        if (!hasChanges(section.segments))
            html += QLatin1String(" ") + tr("(unchanged)").toHtmlEscaped();
        html += QLatin1String("</h3>") + preWrapped(review::WordDiff::toHtml(section.segments));
    }
    return html;
}

QString ReviewView::sideBySideHtml() const
{
    QString html =
        QLatin1String("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">"
                      "<thead><tr><th width=\"50%\">") +
        tr("Published version").toHtmlEscaped() + QLatin1String("</th><th width=\"50%\">") +
        tr("Proposed version").toHtmlEscaped() + QLatin1String("</th></tr></thead>");
    for (const Section &section : m_sections) {
        QString heading = section.label.toHtmlEscaped();
        if (!hasChanges(section.segments))
            heading += QLatin1String(" ") + tr("(unchanged)").toHtmlEscaped();
        html +=
            QLatin1String("<tr><th colspan=\"2\" align=\"left\">") + heading +
            QLatin1String("</th></tr><tr><td valign=\"top\">") +
            preWrapped(review::WordDiff::toHtml(oneSide(section.segments, DiffSegment::Deleted))) +
            QLatin1String("</td><td valign=\"top\">") +
            preWrapped(review::WordDiff::toHtml(oneSide(section.segments, DiffSegment::Inserted))) +
            QLatin1String("</td></tr>");
    }
    return html + QLatin1String("</table>");
}

QList<render::Block> ReviewView::renderedDiffBlocks() const
{
    const QList<Block> before = m_published ? blocksOf(render::BodyRenderer::bodyHtml(
                                                  m_published->body, m_published->format, false))
                                            : QList<Block>();
    const QList<Block> after =
        blocksOf(render::BodyRenderer::bodyHtml(m_proposed.body, m_proposed.format, false));
    const std::vector<BlockOp> ops = blockEdits(before, after);

    // A block removed in one place and added unchanged in another has moved.
    QList<QString> removed;
    QList<QString> added;
    {
        qsizetype i = 0;
        qsizetype j = 0;
        for (const BlockOp op : ops) {
            if (op == BlockOp::Remove)
                removed.append(before[i].html);
            if (op == BlockOp::Add)
                added.append(after[j].html);
            i += op != BlockOp::Add;
            j += op != BlockOp::Remove;
        }
    }

    QList<render::Block> html;
    qsizetype i = 0;
    qsizetype j = 0;
    size_t k = 0;
    while (k < ops.size()) {
        if (ops[k] == BlockOp::Keep) {
            html.append({after[j].html, 0, 0});
            ++i;
            ++j;
            ++k;
            continue;
        }
        // One hunk of removals and additions; the n-th removal pairs with the n-th addition as
        // one changed block, unless either of them is a moved block.
        QList<qsizetype> gone;
        QList<qsizetype> come;
        for (; k < ops.size() && ops[k] != BlockOp::Keep; ++k) {
            if (ops[k] == BlockOp::Remove)
                gone.append(i++);
            else
                come.append(j++);
        }
        const auto moved = [](const QList<QString> &elsewhere, const Block &block) {
            return elsewhere.contains(block.html);
        };
        // The removed block as it was, struck through; del may hold whole blocks.
        const auto struck = [](const Block &block) -> QString {
            return QLatin1String("<del class=\"lga-removed\">") + block.html +
                   QLatin1String("</del>");
        };
        QList<qsizetype> goneLeft;
        for (const qsizetype g : std::as_const(gone)) {
            if (moved(added, before[g]))
                html += markedBlock(QStringLiteral("moved-from"), tr("Moved from here"),
                                    struck(before[g]));
            else
                goneLeft.append(g);
        }
        qsizetype paired = 0;
        for (const qsizetype c : std::as_const(come)) {
            if (moved(removed, after[c])) {
                html += markedBlock(QStringLiteral("moved-here"), tr("Moved here"), after[c].html);
            } else if (paired < goneLeft.size()) {
                const Block &old = before[goneLeft[paired++]];
                const QString words =
                    review::WordDiff::toHtml(review::WordDiff::diff(old.text, after[c].text));
                html +=
                    markedBlock(QStringLiteral("changed"), tr("Changed"),
                                after[c].html + QLatin1String("<p class=\"lga-change-words\">") +
                                    tr("Words changed:").toHtmlEscaped() + u' ' + words +
                                    QLatin1String("</p>"));
            } else {
                html += markedBlock(QStringLiteral("new"), tr("New"), after[c].html);
            }
        }
        for (; paired < goneLeft.size(); ++paired)
            html += markedBlock(QStringLiteral("removed"), tr("Removed"),
                                struck(before[goneLeft[paired]]));
    }
    if (after.isEmpty())
        html.append({QLatin1String("<p>") + tr("The proposed body is empty.").toHtmlEscaped() +
                         QLatin1String("</p>"),
                     0, 0});
    return html;
}

void ReviewView::fillFindings()
{
    QList<EditorMark> marks;
    const QTextDocument *document = m_source->document();
    for (const check::Finding &finding : std::as_const(m_checks.findings)) {
        const QString where = finding.line > 0 ? tr("line %1").arg(finding.line) : tr("whole page");
        auto *item = new QListWidgetItem(
            tr("%1 (%2): %3")
                .arg(CheckPanel::severityName(finding.severity), where, finding.message),
            m_findings);
        item->setToolTip(finding.why);
        if (finding.line <= 0)
            continue;
        const QTextBlock first = document->findBlockByNumber(finding.line - 1);
        const QTextBlock last =
            document->findBlockByNumber(std::max(finding.endLine, finding.line) - 1);
        if (!first.isValid() || !last.isValid())
            continue;
        const int start = first.position() + std::clamp(finding.column - 1, 0, first.length() - 1);
        const int end = finding.endLine > 0
                            ? last.position() + std::clamp(finding.endColumn, 0, last.length() - 1)
                            : first.position() + first.length() - 1;
        const EditorMark::Kind kind = finding.severity == check::Finding::Error ? EditorMark::Error
                                      : finding.severity == check::Finding::Warning
                                          ? EditorMark::Warning
                                          : EditorMark::Tip;
        marks.append({start, std::max(1, end - start), kind, finding.message});
    }
    if (m_checks.findings.isEmpty())
        new QListWidgetItem(tr("No findings: the checker found nothing to fix."), m_findings);
    m_findings->setCurrentRow(0);
    m_source->setMarks(MarkLayer::Check, marks);
}

} // namespace lga::ui
