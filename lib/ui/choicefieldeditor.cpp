// SPDX-License-Identifier: GPL-2.0-or-later
#include "choicefieldeditor.h"

#include <core/contenttype.h>

#include <QComboBox>
#include <QVBoxLayout>

#include <algorithm>

namespace lga::ui {

using core::FieldKind;

ChoiceFieldEditor::ChoiceFieldEditor(const core::FieldDefinition &definition,
                                     const FieldSources &sources, QWidget *parent)
    : FieldEditor(definition, parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setAccessibleName(definition.label);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);

    // A required field starts unset too, so the author chooses instead of keeping whatever
    // happened to be first; the validator then says the field is required.
    m_combo->addItem(definition.required ? tr("Choose…") : tr("None"), QString());
    switch (definition.kind) {
    case FieldKind::Choice:
        for (const core::FieldChoice &choice : definition.choices)
            m_combo->addItem(choice.label, choice.value);
        break;
    case FieldKind::MediaReference:
        for (const FieldSources::Image &image : sources.images)
            m_combo->addItem(image.label, image.uuid.toString(QUuid::WithoutBraces));
        break;
    default: {
        const QList<core::PageSummary> targets = sources.pagesOf(definition.targetBundles);
        for (const core::PageSummary &page : targets) {
            const QString title = page.title.isEmpty() ? tr("Untitled page") : page.title;
            // The type tells apart a landing and a sub-landing page of the same name.
            const QString label =
                definition.targetBundles.size() > 1
                    ? tr("%1 (%2)").arg(title, core::contentType(page.bundle).label)
                    : title;
            m_combo->addItem(label, page.uuid.toString(QUuid::WithoutBraces));
        }
        break;
    }
    }
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ChoiceFieldEditor::notify);
}

QJsonValue ChoiceFieldEditor::value() const
{
    const QString data = m_combo->currentData().toString();
    return data.isEmpty() ? QJsonValue() : QJsonValue(data);
}

void ChoiceFieldEditor::setValue(const QJsonValue &value)
{
    loading([&] {
        const QString wanted = value.toString();
        int index = wanted.isEmpty() ? 0 : m_combo->findData(wanted);
        if (index < 0) {
            // A value the lists do not hold (a page deleted since, or one not synced yet) stays
            // visible and is kept, so opening a page never changes it behind the author's back;
            // the validator says what is wrong with it.
            m_combo->addItem(tr("Unknown (%1)").arg(wanted), wanted);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
    });
}

QWidget *ChoiceFieldEditor::focusTarget() const
{
    return m_combo;
}

} // namespace lga::ui
