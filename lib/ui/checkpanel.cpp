// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpanel.h"

#include <check/repairs.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>
#include <optional>

namespace lga::ui {

QString CheckPanel::severityName(check::Finding::Severity severity)
{
    switch (severity) {
    case check::Finding::Error:
        return tr("Error");
    case check::Finding::Warning:
        return tr("Warning");
    default:
        return tr("Tip");
    }
}

namespace {

QString paragraph(const QString &label, const QString &text)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

CheckPanel::CheckPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_readability(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_repairs(new QWidget(this))
    , m_repairLayout(new QHBoxLayout(m_repairs))
    , m_dismiss(new QPushButton(tr("&Dismiss…"), this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_showDismissed(new QCheckBox(tr("Show dis&missed"), this))
{
    setObjectName(QStringLiteral("checkPanel"));
    setAccessibleName(tr("Accessibility and plain English"));

    m_readability->setObjectName(QStringLiteral("readabilitySummary"));
    m_readability->setAccessibleName(tr("Readability"));
    m_readability->setWordWrap(true);
    m_readability->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setAccessibleName(tr("Findings"));
    m_view->setAccessibleDescription(
        tr("Press Enter on a finding to go to its text in the body editor"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setRootIsDecorated(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::LineColumn,
                                           QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);

    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setAccessibleName(tr("About the selected finding"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::TabFocus);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 6);

    m_repairs->setObjectName(QStringLiteral("repairButtons"));
    m_repairs->setAccessibleName(tr("Repairs"));
    m_repairLayout->setContentsMargins(0, 0, 0, 0);

    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setAccessibleName(tr("Dismiss this finding"));
    m_dismiss->setToolTip(tr("Stop showing this finding on this page, with a reason"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore this finding"));
    m_restore->setToolTip(tr("Show this dismissed finding again"));
    m_showDismissed->setObjectName(QStringLiteral("showDismissed"));
    m_showDismissed->setAccessibleName(tr("Show dismissed findings"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_repairs);
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_restore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_readability);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_details, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_showDismissed);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const check::Finding *finding = m_model->finding(index))
            Q_EMIT findingActivated(*finding);
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CheckPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CheckPanel::showDetails);
    connect(m_dismiss, &QPushButton::clicked, this, &CheckPanel::askDismiss);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const check::Finding *finding = currentFinding())
            Q_EMIT restoreRequested(*finding);
    });
    connect(m_showDismissed, &QCheckBox::toggled, this, [this](bool on) {
        const check::Finding *current = currentFinding();
        const check::Finding keep = current ? *current : check::Finding();
        m_model->setShowDismissed(on);
        select(m_model->indexOf(keep));
    });
    showDetails();
}

void CheckPanel::setFindings(const QList<check::Finding> &findings,
                             const QList<DismissedFinding> &dismissed,
                             const check::Readability &readability)
{
    if (readability.hasScore()) {
        m_readability->setText(tr("Reading ease %1 out of 100, reading age %2 · %n word(s)",
                                  nullptr, readability.words)
                                   .arg(qRound(readability.fleschReadingEase))
                                   .arg(readability.readingAge));
    } else {
        m_readability->setText(
            tr("%n word(s): too short to score readability", nullptr, readability.words));
    }

    // The same finding stays selected across checks, even when lines above it moved.
    const check::Finding *current = currentFinding();
    std::optional<check::Finding> previous;
    if (current)
        previous = *current;
    const bool hadFocus = m_view->hasFocus();
    m_model->setFindings(findings, dismissed);
    if (!previous)
        return;
    QModelIndex best;
    int distance = std::numeric_limits<int>::max();
    for (const QModelIndex &index : m_model->findingIndexes()) {
        const check::Finding *f = m_model->finding(index);
        if (f->ruleId != previous->ruleId || f->anchor != previous->anchor)
            continue;
        const int d = std::abs(f->line - previous->line);
        if (d < distance) {
            distance = d;
            best = index;
        }
    }
    select(best);
    if (hadFocus)
        m_view->setFocus();
}

void CheckPanel::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

const check::Finding *CheckPanel::currentFinding() const
{
    return m_model->finding(m_view->currentIndex().siblingAtColumn(0));
}

const check::Finding *CheckPanel::selectAdjacent(bool forward)
{
    const QList<QModelIndex> rows = m_model->findingIndexes();
    if (rows.isEmpty())
        return nullptr;
    const qsizetype at = rows.indexOf(m_view->currentIndex().siblingAtColumn(0));
    qsizetype next = 0;
    if (at < 0)
        next = forward ? 0 : rows.size() - 1;
    else
        next = (at + (forward ? 1 : rows.size() - 1)) % rows.size();
    select(rows.at(next));
    return m_model->finding(rows.at(next));
}

void CheckPanel::focusFindings()
{
    if (!currentFinding()) {
        const QList<QModelIndex> rows = m_model->findingIndexes();
        if (!rows.isEmpty())
            select(rows.first());
    }
    m_view->setFocus();
}

void CheckPanel::showDetails()
{
    while (QLayoutItem *item = m_repairLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    const check::Finding *finding = m_model->finding(index);
    const bool dismissed = m_model->isDismissed(index);
    // Errors are near-certain failures: there is nothing for the author to judge fine.
    const bool dismissable = finding && !dismissed && finding->severity != check::Finding::Error;
    m_dismiss->setVisible(dismissable);
    m_dismiss->setEnabled(dismissable);
    m_restore->setVisible(finding && dismissed);
    if (!finding) {
        m_details->setText(m_model->findingIndexes().isEmpty()
                               ? tr("No problems found.")
                               : tr("Select a finding to see why it matters and how to fix it."));
        return;
    }
    QString html =
        QStringLiteral("<p><b>%1:</b> %2</p>")
            .arg(severityName(finding->severity).toHtmlEscaped(), finding->message.toHtmlEscaped());
    if (!finding->why.isEmpty())
        html += paragraph(tr("Why it matters:"), finding->why);
    if (!finding->suggestion.isEmpty())
        html += paragraph(tr("Suggestion:"), finding->suggestion);
    if (!finding->wcag.isEmpty())
        html += paragraph(tr("WCAG:"), finding->wcag);
    if (!finding->axeRule.isEmpty())
        html += paragraph(tr("axe rule:"), finding->axeRule);
    if (finding->line > 0)
        html += paragraph(tr("Where:"),
                          tr("line %1, column %2").arg(finding->line).arg(finding->column));
    if (dismissed)
        html += paragraph(tr("Dismissed:"), m_model->dismissReason(index));
    if (!finding->helpUrl.isEmpty()) {
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(finding->helpUrl.toHtmlEscaped(), tr("More help").toHtmlEscaped());
    }
    m_details->setOpenExternalLinks(true);
    m_details->setText(html);
    if (dismissed)
        return;
    const check::Finding copy = *finding;
    for (const check::RepairAction &action : check::Repairs::actionsFor(copy)) {
        auto *button = new QPushButton(action.label, m_repairs);
        button->setObjectName(QStringLiteral("repair-") + action.id);
        button->setAccessibleName(action.label);
        m_repairLayout->addWidget(button);
        connect(button, &QPushButton::clicked, this,
                [this, copy, id = action.id] { Q_EMIT repairRequested(copy, id); });
    }
}

void CheckPanel::askDismiss()
{
    const check::Finding *finding = currentFinding();
    if (!finding || finding->severity == check::Finding::Error)
        return;
    const check::Finding copy = *finding;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Dismiss finding"),
        tr("Why is this fine? The finding will not be shown again on this page."),
        QLineEdit::Normal, tr("Checked and OK"), &ok);
    if (ok)
        Q_EMIT dismissRequested(copy, reason.trimmed().isEmpty() ? tr("Checked and OK") : reason);
}

} // namespace lga::ui
