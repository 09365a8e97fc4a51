// SPDX-License-Identifier: GPL-2.0-or-later
#include "booleanfieldeditor.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace lga::ui {

BooleanFieldEditor::BooleanFieldEditor(const core::FieldDefinition &definition, QWidget *parent)
    : FieldEditor(definition, parent)
    , m_box(new QCheckBox(definition.label, this))
{
    m_box->setAccessibleName(definition.label);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    connect(m_box, &QCheckBox::toggled, this, &BooleanFieldEditor::notify);
}

QJsonValue BooleanFieldEditor::value() const
{
    return m_box->isChecked();
}

void BooleanFieldEditor::setValue(const QJsonValue &value)
{
    loading([&] {
        m_box->setChecked(value.isBool() ? value.toBool() : definition().defaultValue.toBool());
    });
}

QWidget *BooleanFieldEditor::focusTarget() const
{
    return m_box;
}

} // namespace lga::ui
