// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fieldeditor.h"

class QLineEdit;
class QPlainTextEdit;

namespace lga::ui {

/// Text on one line, text on several lines, or a comma-separated list of topics (Terms).
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    TextFieldEditor(const core::FieldDefinition &definition, QWidget *parent);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() const override;

private:
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_area = nullptr;
};

} // namespace lga::ui
