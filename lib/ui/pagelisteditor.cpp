// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagelisteditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lga::ui {

PageListEditor::PageListEditor(const core::FieldDefinition &definition, const FieldSources &sources,
                               QWidget *parent)
    : FieldEditor(definition, parent)
    , m_list(new QListWidget(this))
    , m_candidates(new QComboBox(this))
    , m_add(makeButton(tr("Add"), this))
    , m_remove(makeButton(tr("Remove"), this))
    , m_up(makeButton(tr("Up"), this))
    , m_down(makeButton(tr("Down"), this))
    , m_count(new QLabel(this))
{
    m_list->setAccessibleName(definition.label);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 8);
    m_candidates->setAccessibleName(tr("Page to add to %1").arg(definition.label));
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidates->setMinimumContentsLength(12);
    m_add->setAccessibleName(tr("Add the chosen page to %1").arg(definition.label));
    m_remove->setAccessibleName(tr("Remove the selected page from %1").arg(definition.label));
    m_up->setAccessibleName(tr("Move the selected page up"));
    m_down->setAccessibleName(tr("Move the selected page down"));

    const QList<core::PageSummary> targets = sources.pagesOf(definition.targetBundles);
    for (const core::PageSummary &page : targets) {
        const QString uuid = page.uuid.toString(QUuid::WithoutBraces);
        const QString title = page.title.isEmpty() ? tr("Untitled page") : page.title;
        m_titles.insert(uuid, title);
        m_candidates->addItem(title, uuid);
    }

    auto *add = new QHBoxLayout;
    add->addWidget(m_candidates, 1);
    add->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_count);
    layout->addLayout(add);

    connect(m_add, &QToolButton::clicked, this, [this] {
        const QString uuid = m_candidates->currentData().toString();
        if (uuid.isEmpty())
            return;
        addPage(uuid);
        m_list->setCurrentRow(m_list->count() - 1);
        updateControls();
        notify();
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        delete m_list->takeItem(m_list->currentRow());
        updateControls();
        notify();
    });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PageListEditor::updateControls);
    updateControls();
}

QJsonValue PageListEditor::value() const
{
    QJsonArray pages;
    for (int row = 0; row < m_list->count(); ++row)
        pages.append(m_list->item(row)->data(Qt::UserRole).toString());
    return pages.isEmpty() ? QJsonValue() : QJsonValue(pages);
}

void PageListEditor::setValue(const QJsonValue &value)
{
    loading([&] {
        m_list->clear();
        for (const QJsonValue &uuid : value.toArray())
            addPage(uuid.toString());
        updateControls();
    });
}

QWidget *PageListEditor::focusTarget() const
{
    return m_list;
}

void PageListEditor::addPage(const QString &uuid)
{
    // A page not in the store (deleted, or not synced yet) is kept under its uuid so that
    // nothing is dropped silently; the validator explains it.
    auto *item = new QListWidgetItem(m_titles.value(uuid, tr("Unknown page (%1)").arg(uuid)));
    item->setData(Qt::UserRole, uuid);
    m_list->addItem(item);
}

void PageListEditor::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    notify();
}

void PageListEditor::updateControls()
{
    const int rows = m_list->count();
    const int max = definition().maxValues;
    const bool limited = max != core::FieldDefinition::kUnlimited;
    m_count->setText(limited ? tr("%1 of %2").arg(rows).arg(max) : tr("%n page(s)", nullptr, rows));
    m_add->setEnabled(m_candidates->count() > 0 && (!limited || rows < max));
    m_candidates->setEnabled(m_candidates->count() > 0);
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < rows - 1);
}

} // namespace lga::ui
