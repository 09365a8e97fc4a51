// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fieldeditor.h"

class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;

namespace lga::ui {

/// An ordered list of other pages (child pages, guide pages, steps, related news): the chosen
/// pages by title, with a list of the pages the site accepts to add from.
class PageListEditor : public FieldEditor
{
    Q_OBJECT
public:
    PageListEditor(const core::FieldDefinition &definition, const FieldSources &sources,
                   QWidget *parent);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() const override;

    QListWidget *list() const { return m_list; }
    QComboBox *candidates() const { return m_candidates; }
    QToolButton *addButton() const { return m_add; }

private:
    void addPage(const QString &uuid);
    void moveCurrent(int by);
    void updateControls();

    QHash<QString, QString> m_titles; ///< uuid → title of every page that may be added.
    QListWidget *m_list = nullptr;
    QComboBox *m_candidates = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace lga::ui
