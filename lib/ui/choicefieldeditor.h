// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fieldeditor.h"

class QComboBox;

namespace lga::ui {

/// One value out of a list: a Choice field, a page reference (pages of the bundles the site
/// accepts, by title) or an image from the media library. Optional fields offer "None".
class ChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    ChoiceFieldEditor(const core::FieldDefinition &definition, const FieldSources &sources,
                      QWidget *parent);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() const override;

private:
    QComboBox *m_combo = nullptr;
};

} // namespace lga::ui
