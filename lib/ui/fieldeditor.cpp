// SPDX-License-Identifier: GPL-2.0-or-later
#include "fieldeditor.h"

#include "booleanfieldeditor.h"
#include "choicefieldeditor.h"
#include "datefieldeditor.h"
#include "linklisteditor.h"
#include "pagelisteditor.h"
#include "textfieldeditor.h"

#include <QToolButton>

#include <algorithm>

namespace lga::ui {

using core::FieldKind;

QList<core::PageSummary> FieldSources::pagesOf(const QStringList &bundles) const
{
    QList<core::PageSummary> found;
    std::copy_if(pages.cbegin(), pages.cend(), std::back_inserter(found),
                 [&](const core::PageSummary &page) { return bundles.contains(page.bundle); });
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return found;
}

FieldEditor::FieldEditor(const core::FieldDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
{
    setObjectName(definition.name);
}

FieldEditor *FieldEditor::create(const core::FieldDefinition &definition,
                                 const FieldSources &sources, QWidget *parent)
{
    switch (definition.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Terms:
        return new TextFieldEditor(definition, parent);
    case FieldKind::Date:
        return new DateFieldEditor(definition, parent);
    case FieldKind::Links:
        return new LinkListEditor(definition, parent);
    case FieldKind::PageReferences:
        return new PageListEditor(definition, sources, parent);
    case FieldKind::Boolean:
        return new BooleanFieldEditor(definition, parent);
    case FieldKind::Choice:
    case FieldKind::PageReference:
    case FieldKind::MediaReference:
        break;
    }
    return new ChoiceFieldEditor(definition, sources, parent);
}

QToolButton *FieldEditor::makeButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

void FieldEditor::notify()
{
    if (!m_loading)
        Q_EMIT changed();
}

} // namespace lga::ui
