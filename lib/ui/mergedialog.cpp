// SPDX-License-Identifier: GPL-2.0-or-later
#include "mergedialog.h"

#include "historydialog.h"

#include <core/fielddefinition.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace lga::ui {

using sync::ThreeWayMerge;
using Choice = ThreeWayMerge::Choice;
using Part = ThreeWayMerge::Part;

namespace {

// A read-only pane the keyboard can still move through and select in.
QPlainTextEdit *makePane(const QString &accessibleName, bool readOnly, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setReadOnly(readOnly);
    if (readOnly)
        pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    pane->setAccessibleName(accessibleName);
    pane->setTabChangesFocus(true);
    pane->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return pane;
}

// A pane with its label above it; the label's mnemonic moves the focus to the pane.
QWidget *labelled(const QString &label, QPlainTextEdit *pane, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(label, box);
    title->setBuddy(pane);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(pane);
    return box;
}

// At most the last (or first) two lines of a clean neighbour, shortened, for context.
QString excerpt(const QString &text, bool fromEnd)
{
    QStringList lines = text.split(u'\n');
    lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
    if (lines.isEmpty())
        return {};
    lines = fromEnd ? lines.mid(std::max<qsizetype>(0, lines.size() - 2)) : lines.mid(0, 2);
    QString joined = lines.join(u' ').trimmed();
    constexpr qsizetype kLongest = 160;
    if (joined.size() > kLongest)
        joined = fromEnd ? QString(u'…' + joined.right(kLongest))
                         : QString(joined.left(kLongest) + u'…');
    return joined;
}

} // namespace

MergeDialog::MergeDialog(const sync::ThreeWayMerge::Result &result, QWidget *parent)
    : QDialog(parent)
    , m_merge(result)
    , m_resolutions(result.conflicts.size())
{
    setWindowTitle(tr("Resolve conflicts: %1").arg(result.page.title));
    setAccessibleName(tr("Resolve conflicts"));

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Conflict number"));
    QFont headingFont = m_count->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_count->setFont(headingFont);
    m_part = new QLabel(this);
    m_part->setAccessibleName(tr("Part of the page"));
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Decision"));
    auto *explanation =
        new QLabel(tr("You and someone on the site both changed this part of the page since your "
                      "last sync. Choose a version, or edit the result."),
                   this);
    explanation->setWordWrap(true);
    m_context = new QLabel(this);
    m_context->setAccessibleName(tr("Text around this part"));
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    m_context->setEnabled(false); // Greyed: context, not something to decide.

    m_mine = makePane(tr("Your version"), true, this);
    m_theirs = makePane(tr("Site version"), true, this);
    m_base = makePane(tr("Last synced version (base)"), true, this);
    m_result = makePane(tr("Result"), false, this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *pane : {m_mine, m_theirs, m_base, m_result})
        pane->setFont(fixed);

    auto *versions = new QSplitter(Qt::Horizontal, this);
    versions->setChildrenCollapsible(false);
    versions->addWidget(labelled(tr("&Your version"), m_mine, versions));
    versions->addWidget(labelled(tr("&Site version"), m_theirs, versions));
    versions->addWidget(labelled(tr("&Last synced version (base)"), m_base, versions));
    auto *panes = new QSplitter(Qt::Vertical, this);
    panes->setChildrenCollapsible(false);
    panes->addWidget(versions);
    panes->addWidget(labelled(tr("&Result"), m_result, panes));

    m_useMine = new QPushButton(tr("Use &mine"), this);
    m_useMine->setAccessibleName(tr("Use mine"));
    m_useMine->setToolTip(tr("Use your version for this part."));
    m_useTheirs = new QPushButton(tr("Use &theirs"), this);
    m_useTheirs->setAccessibleName(tr("Use theirs"));
    m_useTheirs->setToolTip(tr("Use the site's version for this part."));
    m_useBoth = new QPushButton(tr("Use b&oth"), this);
    m_useBoth->setAccessibleName(tr("Use both"));
    m_useBoth->setToolTip(tr("Keep your version followed by the site's version."));
    m_useBase = new QPushButton(tr("Use &base"), this);
    m_useBase->setAccessibleName(tr("Use base"));
    m_useBase->setToolTip(tr("Go back to the last synced version of this part."));
    m_previous = new QPushButton(tr("&Previous conflict"), this);
    m_previous->setAccessibleName(tr("Previous conflict"));
    m_previous->setToolTip(tr("Previous conflict (Shift+F8)"));
    m_next = new QPushButton(tr("&Next conflict"), this);
    m_next->setAccessibleName(tr("Next conflict"));
    m_next->setToolTip(tr("Next conflict (F8)"));
    for (QPushButton *button : {m_useMine, m_useTheirs, m_useBoth, m_useBase, m_previous, m_next})
        button->setAutoDefault(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setAccessibleName(tr("OK"));
    okButton()->setToolTip(tr("Available once every conflict is decided."));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_count);
    header->addWidget(m_part, 1);
    header->addWidget(m_status);
    auto *choices = new QHBoxLayout;
    for (QPushButton *button : {m_useMine, m_useTheirs, m_useBoth, m_useBase})
        choices->addWidget(button);
    choices->addStretch(1);
    choices->addWidget(m_previous);
    choices->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(explanation);
    layout->addWidget(m_context);
    layout->addWidget(panes, 1);
    layout->addLayout(choices);
    layout->addWidget(m_buttons);

    connect(m_useMine, &QPushButton::clicked, this, [this] { choose(Choice::Mine); });
    connect(m_useTheirs, &QPushButton::clicked, this, [this] { choose(Choice::Theirs); });
    connect(m_useBoth, &QPushButton::clicked, this, [this] { choose(Choice::Both); });
    connect(m_useBase, &QPushButton::clicked, this, [this] { choose(Choice::Base); });
    connect(m_previous, &QPushButton::clicked, this, &MergeDialog::previousConflict);
    connect(m_next, &QPushButton::clicked, this, &MergeDialog::nextConflict);
    connect(new QShortcut(QKeySequence(Qt::Key_F8), this), &QShortcut::activated, this,
            &MergeDialog::nextConflict);
    connect(new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this), &QShortcut::activated, this,
            &MergeDialog::previousConflict);
    connect(m_result, &QPlainTextEdit::textChanged, this, &MergeDialog::resultEdited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (allDecided())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(1100, 720);
    showConflict(0);
}

QPushButton *MergeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool MergeDialog::allDecided() const
{
    return std::all_of(m_resolutions.begin(), m_resolutions.end(),
                       [](const auto &resolution) { return resolution.has_value(); });
}

core::Page MergeDialog::resolvedPage() const
{
    QList<ThreeWayMerge::Resolution> resolutions;
    for (const auto &resolution : m_resolutions)
        resolutions.append(resolution.value_or(ThreeWayMerge::Resolution{}));
    return ThreeWayMerge::resolve(m_merge, resolutions);
}

void MergeDialog::showConflict(int index)
{
    if (m_resolutions.isEmpty()) {
        m_current = -1;
        m_count->setText(tr("No conflicts"));
        updateState();
        return;
    }
    m_current = std::clamp(index, 0, int(m_resolutions.size()) - 1);
    const ThreeWayMerge::Conflict &conflict = m_merge.conflicts.at(m_current);
    m_count->setText(tr("Conflict %1 of %2").arg(m_current + 1).arg(m_resolutions.size()));
    m_part->setText(partName(conflict));
    m_mine->setPlainText(displayText(conflict, Choice::Mine));
    m_theirs->setPlainText(displayText(conflict, Choice::Theirs));
    m_base->setPlainText(displayText(conflict, Choice::Base));
    const QString context = contextText(conflict);
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
    m_result->setReadOnly(!resultEditable(conflict));
    m_result->setPlaceholderText(resultEditable(conflict)
                                     ? tr("Choose a version above, or type the result here.")
                                     : tr("Choose a version above."));
    m_useBoth->setVisible(conflict.part == Part::Body);
    showResult();
    updateState();
}

void MergeDialog::nextConflict()
{
    showConflict(m_current + 1);
}

void MergeDialog::previousConflict()
{
    showConflict(m_current - 1);
}

void MergeDialog::choose(Choice choice)
{
    if (m_current < 0)
        return;
    m_resolutions[m_current] = ThreeWayMerge::Resolution::use(choice);
    showResult();
    updateState();
}

QString MergeDialog::partName(const ThreeWayMerge::Conflict &conflict) const
{
    switch (conflict.part) {
    case Part::Title:
        return tr("Title");
    case Part::Summary:
        return tr("Summary");
    case Part::State:
        return tr("Status");
    case Part::ReviewDate:
        return tr("Review date");
    case Part::Field: {
        const QString label = core::fieldDefinition(m_merge.page.bundle, conflict.field).label;
        return label.isEmpty() ? conflict.field : label;
    }
    case Part::Body:
        if (conflict.wholeBody)
            return tr("Body (the whole text: one side changed between Markdown and HTML)");
        int number = 0;
        for (int i = 0; i <= conflict.region && i < m_merge.body.size(); ++i) {
            if (m_merge.body.at(i).conflict >= 0)
                ++number;
        }
        return tr("Body, changed passage %1").arg(number);
    }
    return {};
}

QString MergeDialog::displayText(const ThreeWayMerge::Conflict &conflict, Choice side) const
{
    const auto pick = [&](const auto &base, const auto &mine, const auto &theirs) {
        return side == Choice::Mine ? mine : side == Choice::Theirs ? theirs : base;
    };
    switch (conflict.part) {
    case Part::Field:
        return HistoryDialog::readableValue(
            pick(conflict.baseValue, conflict.mineValue, conflict.theirsValue));
    case Part::State: {
        const auto state = core::moderationStateFromMachineName(
            pick(conflict.base, conflict.mine, conflict.theirs));
        return state ? core::displayName(*state) : tr("(none)");
    }
    case Part::ReviewDate: {
        const QString date = pick(conflict.base, conflict.mine, conflict.theirs);
        return date.isEmpty() ? tr("(none)") : HistoryDialog::readableValue(date);
    }
    case Part::Title:
    case Part::Summary:
    case Part::Body:
        break;
    }
    const QString text = pick(conflict.base, conflict.mine, conflict.theirs);
    if (conflict.part == Part::Body && text.isEmpty())
        return tr("(removed)");
    return text;
}

QString MergeDialog::contextText(const ThreeWayMerge::Conflict &conflict) const
{
    if (conflict.part != Part::Body || conflict.wholeBody)
        return {};
    QString before;
    for (int i = conflict.region - 1; i >= 0 && before.isEmpty(); --i)
        before = excerpt(m_merge.body.at(i).text, true);
    QString after;
    for (int i = conflict.region + 1; i < m_merge.body.size() && after.isEmpty(); ++i)
        after = excerpt(m_merge.body.at(i).text, false);
    QStringList lines;
    lines.append(before.isEmpty() ? tr("Before: (start of the page)")
                                  : tr("Before: %1").arg(before));
    lines.append(after.isEmpty() ? tr("After: (end of the page)") : tr("After: %1").arg(after));
    return lines.join(u'\n');
}

bool MergeDialog::resultEditable(const ThreeWayMerge::Conflict &conflict) const
{
    return conflict.part == Part::Title || conflict.part == Part::Summary ||
           conflict.part == Part::Body;
}

void MergeDialog::showResult()
{
    if (m_current < 0)
        return;
    const ThreeWayMerge::Conflict &conflict = m_merge.conflicts.at(m_current);
    const auto &resolution = m_resolutions.at(m_current);
    QString text;
    if (resolution) {
        if (resultEditable(conflict))
            text = ThreeWayMerge::resolvedText(m_merge, conflict, *resolution);
        else
            text = displayText(conflict, resolution->choice == Choice::Both ? Choice::Mine
                                                                            : resolution->choice);
    }
    m_settingResult = true;
    m_result->setPlainText(text);
    m_settingResult = false;
}

void MergeDialog::resultEdited()
{
    if (m_settingResult || m_current < 0 || m_result->isReadOnly())
        return;
    m_resolutions[m_current] = ThreeWayMerge::Resolution::customText(m_result->toPlainText());
    updateState();
}

void MergeDialog::updateState()
{
    const bool any = m_current >= 0;
    for (QPushButton *button : {m_useMine, m_useTheirs, m_useBoth, m_useBase})
        button->setEnabled(any);
    m_previous->setEnabled(any && m_current > 0);
    m_next->setEnabled(any && m_current < m_resolutions.size() - 1);
    if (any) {
        const auto &resolution = m_resolutions.at(m_current);
        QString status = tr("Not decided yet");
        if (resolution) {
            switch (resolution->choice) {
            case Choice::Mine:
                status = tr("Decided: your version");
                break;
            case Choice::Theirs:
                status = tr("Decided: the site's version");
                break;
            case Choice::Both:
                status = tr("Decided: both versions");
                break;
            case Choice::Base:
                status = tr("Decided: the last synced version");
                break;
            case Choice::Custom:
                status = tr("Decided: edited by hand");
                break;
            }
        }
        const auto decided = std::count_if(m_resolutions.begin(), m_resolutions.end(),
                                           [](const auto &r) { return r.has_value(); });
        m_status->setText(
            tr("%1 (%2 of %3 decided)").arg(status).arg(decided).arg(m_resolutions.size()));
    } else {
        m_status->clear();
    }
    okButton()->setEnabled(allDecided());
}

} // namespace lga::ui
