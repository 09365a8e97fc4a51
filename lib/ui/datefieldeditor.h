// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fieldeditor.h"

class QCheckBox;
class QDateEdit;

namespace lga::ui {

/// A date (`YYYY-MM-DD`) with a calendar; an optional date can be left unset.
class DateFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    DateFieldEditor(const core::FieldDefinition &definition, QWidget *parent);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() const override;

private:
    QCheckBox *m_set = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace lga::ui
