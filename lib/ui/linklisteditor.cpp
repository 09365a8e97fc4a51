// SPDX-License-Identifier: GPL-2.0-or-later
#include "linklisteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lga::ui {

namespace {
const QString kTitle = QStringLiteral("title");
const QString kUri = QStringLiteral("uri");
} // namespace

LinkListEditor::LinkListEditor(const core::FieldDefinition &definition, QWidget *parent)
    : FieldEditor(definition, parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_count(new QLabel(this))
    , m_add(makeButton(tr("Add link"), this))
    , m_remove(makeButton(tr("Remove"), this))
    , m_up(makeButton(tr("Up"), this))
    , m_down(makeButton(tr("Down"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Link text"), tr("Address")});
    m_table->setAccessibleName(definition.label);
    m_table->setAccessibleDescription(
        tr("Each row is one link: its text, then its address, such as /bins or https://…"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 5);
    m_table->setMaximumHeight(m_table->fontMetrics().lineSpacing() * 10);
    m_count->setAccessibleName(tr("%1 count").arg(definition.label));
    m_add->setAccessibleName(tr("Add a link to %1").arg(definition.label));
    m_remove->setAccessibleName(tr("Remove the selected link from %1").arg(definition.label));
    m_up->setAccessibleName(tr("Move the selected link up"));
    m_down->setAccessibleName(tr("Move the selected link down"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_count);

    connect(m_add, &QToolButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->setFocus();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        updateControls();
        notify();
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateControls();
        notify();
    });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::itemChanged, this, &LinkListEditor::notify);
    connect(m_table, &QTableWidget::currentCellChanged, this, &LinkListEditor::updateControls);
    updateControls();
}

QJsonValue LinkListEditor::value() const
{
    QJsonArray links;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString title = m_table->item(row, 0)->text().trimmed();
        const QString uri = m_table->item(row, 1)->text().trimmed();
        // A row left blank is not a link yet; it is dropped rather than refused.
        if (title.isEmpty() && uri.isEmpty())
            continue;
        links.append(QJsonObject{{kTitle, title}, {kUri, uri}});
    }
    return links.isEmpty() ? QJsonValue() : QJsonValue(links);
}

void LinkListEditor::setValue(const QJsonValue &value)
{
    loading([&] {
        m_table->setRowCount(0);
        for (const QJsonValue &link : value.toArray()) {
            const QJsonObject object = link.toObject();
            addRow(object.value(kTitle).toString(), object.value(kUri).toString());
        }
        updateControls();
    });
}

QWidget *LinkListEditor::focusTarget() const
{
    return m_table;
}

void LinkListEditor::addRow(const QString &title, const QString &uri)
{
    loading([&] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(title));
        m_table->setItem(row, 1, new QTableWidgetItem(uri));
    });
}

void LinkListEditor::moveCurrent(int by)
{
    const int row = m_table->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    loading([&] {
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem *a = m_table->takeItem(row, column);
            QTableWidgetItem *b = m_table->takeItem(target, column);
            m_table->setItem(row, column, b);
            m_table->setItem(target, column, a);
        }
    });
    m_table->setCurrentCell(target, m_table->currentColumn());
    notify();
}

void LinkListEditor::updateControls()
{
    const int rows = m_table->rowCount();
    const int max = definition().maxValues;
    const bool limited = max != core::FieldDefinition::kUnlimited;
    m_count->setText(limited ? tr("%1 of %2").arg(rows).arg(max) : tr("%n link(s)", nullptr, rows));
    m_add->setEnabled(!limited || rows < max);
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < rows - 1);
}

} // namespace lga::ui
