// SPDX-License-Identifier: GPL-2.0-or-later
#include "historydialog.h"

#include <review/worddiff.h>
#include <store/revisionstore.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lga::ui {

namespace {

constexpr int kRevisionIdRole = Qt::UserRole + 1;

QString kindLabel(store::RevisionStore::Kind kind)
{
    switch (kind) {
    case store::RevisionStore::Kind::Burst:
        return HistoryDialog::tr("Edits");
    case store::RevisionStore::Kind::Version:
        return HistoryDialog::tr("Saved version");
    case store::RevisionStore::Kind::Restore:
        return HistoryDialog::tr("Restored");
    case store::RevisionStore::Kind::Import:
        return HistoryDialog::tr("Imported");
    }
    return {};
}

// Everything the author can change, as one text for the word diff.
QString asText(const core::Page &page)
{
    return page.title + QLatin1String("\n\n") + page.summary + QLatin1String("\n\n") + page.body;
}

} // namespace

HistoryDialog::HistoryDialog(store::RevisionStore &revisions, const core::Page &current,
                             QWidget *parent)
    : QDialog(parent)
    , m_revisions(revisions)
    , m_current(current)
    , m_list(new QListWidget(this))
    , m_changes(new QTextBrowser(this))
    , m_restore(new QPushButton(tr("&Restore this version"), this))
{
    setWindowTitle(tr("History of “%1”").arg(current.title));
    setObjectName(QStringLiteral("historyDialog"));
    resize(960, 600);

    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setAccessibleName(tr("Revisions, newest first"));
    m_changes->setObjectName(QStringLiteral("revisionChanges"));
    m_changes->setAccessibleName(tr("What changed in this revision"));
    m_changes->setOpenLinks(false);
    // Insertions and deletions are told apart by more than colour: underline and strike-through,
    // and a spoken label for screen readers.
    m_changes->document()->setDefaultStyleSheet(
        QStringLiteral("ins { background: #cce2d8; text-decoration: underline; }"
                       "del { background: #f4cdc6; text-decoration: line-through; }"
                       ".lga-diff-label { font-size: 1px; color: transparent; }"));
    m_restore->setAccessibleName(tr("Restore this version"));

    auto *listLabel = new QLabel(tr("Re&visions"), this);
    listLabel->setBuddy(m_list);
    auto *changesLabel = new QLabel(tr("&Changes since the revision before"), this);
    changesLabel->setBuddy(m_changes);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list);
    auto *right = new QVBoxLayout;
    right->addWidget(changesLabel);
    right->addWidget(m_changes);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    const QLocale locale;
    for (const store::RevisionStore::Revision &revision : m_revisions.history(current.uuid)) {
        QString text =
            tr("%1 · %2").arg(locale.toString(revision.created.toLocalTime(), QLocale::ShortFormat),
                              kindLabel(revision.kind));
        if (!revision.message.isEmpty())
            text += QLatin1Char('\n') + revision.message;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kRevisionIdRole, revision.id);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryDialog::showChanges);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_restore->setEnabled(m_list->count() > 0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_changes->setPlainText(tr("This page has no saved revisions yet."));
    m_list->setFocus();
}

void HistoryDialog::showChanges()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const auto chosen = m_revisions.revision(m_list->item(row)->data(kRevisionIdRole).toLongLong());
    if (!chosen)
        return;
    // Each revision is compared with the one before it; the oldest with an empty page.
    QString before;
    if (row + 1 < m_list->count()) {
        if (const auto older =
                m_revisions.revision(m_list->item(row + 1)->data(kRevisionIdRole).toLongLong()))
            before = asText(older->snapshot);
    }
    const auto segments = review::WordDiff::diff(before, asText(chosen->snapshot));
    m_changes->setHtml(QLatin1String("<div style=\"white-space: pre-wrap\">") +
                       review::WordDiff::toHtml(segments) + QLatin1String("</div>"));
}

bool HistoryDialog::restoreSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return false;
    const auto restored =
        m_revisions.restore(m_list->item(row)->data(kRevisionIdRole).toLongLong());
    if (!restored) {
        QMessageBox::warning(this, tr("Could not restore"), m_revisions.lastError().message);
        return false;
    }
    m_restored = restored;
    accept();
    return true;
}

} // namespace lga::ui
