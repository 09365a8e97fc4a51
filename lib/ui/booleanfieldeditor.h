// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fieldeditor.h"

class QCheckBox;

namespace lga::ui {

/// A yes/no field as a check box labelled with the field's name.
class BooleanFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    BooleanFieldEditor(const core::FieldDefinition &definition, QWidget *parent);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() const override;

private:
    QCheckBox *m_box = nullptr;
};

} // namespace lga::ui
