// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fieldeditor.h"

class QLabel;
class QToolButton;
class QTableWidget;

namespace lga::ui {

/// A list of links (top tasks, related links): link text and address per row, in order, with
/// the field's limit shown and enforced when adding.
class LinkListEditor : public FieldEditor
{
    Q_OBJECT
public:
    LinkListEditor(const core::FieldDefinition &definition, QWidget *parent);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() const override;

    QTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }

private:
    void addRow(const QString &title, const QString &uri);
    void moveCurrent(int by);
    void updateControls();

    QTableWidget *m_table = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
};

} // namespace lga::ui
