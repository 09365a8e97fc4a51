// SPDX-License-Identifier: GPL-2.0-or-later
#include "datefieldeditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace lga::ui {

DateFieldEditor::DateFieldEditor(const core::FieldDefinition &definition, QWidget *parent)
    : FieldEditor(definition, parent)
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setAccessibleName(definition.label);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!definition.required) {
        m_set = new QCheckBox(tr("Set"), this);
        m_set->setAccessibleName(tr("%1 is set").arg(definition.label));
        layout->addWidget(m_set);
        connect(m_set, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
        connect(m_set, &QCheckBox::toggled, this, &DateFieldEditor::notify);
    }
    layout->addWidget(m_date, 1);
    connect(m_date, &QDateEdit::dateChanged, this, &DateFieldEditor::notify);
}

QJsonValue DateFieldEditor::value() const
{
    if (m_set && !m_set->isChecked())
        return QJsonValue();
    return m_date->date().toString(Qt::ISODate);
}

void DateFieldEditor::setValue(const QJsonValue &value)
{
    loading([&] {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (m_set) {
            m_set->setChecked(date.isValid());
            m_date->setEnabled(date.isValid());
        }
        m_date->setDate(date.isValid() ? date : QDate::currentDate());
    });
}

QWidget *DateFieldEditor::focusTarget() const
{
    return m_set ? static_cast<QWidget *>(m_set) : static_cast<QWidget *>(m_date);
}

} // namespace lga::ui
