// SPDX-License-Identifier: GPL-2.0-or-later
#include "textfieldeditor.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lga::ui {

using core::FieldKind;

TextFieldEditor::TextFieldEditor(const core::FieldDefinition &definition, QWidget *parent)
    : FieldEditor(definition, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (definition.kind == FieldKind::LongText) {
        m_area = new QPlainTextEdit(this);
        m_area->setAccessibleName(definition.label);
        m_area->setTabChangesFocus(true);
        m_area->setFixedHeight(m_area->fontMetrics().lineSpacing() * 4 + 12);
        layout->addWidget(m_area);
        connect(m_area, &QPlainTextEdit::textChanged, this, &TextFieldEditor::notify);
    } else {
        m_line = new QLineEdit(this);
        m_line->setAccessibleName(definition.label);
        if (definition.kind == FieldKind::Terms)
            m_line->setPlaceholderText(tr("For example: Bins, Recycling"));
        else
            m_line->setMaxLength(255);
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &TextFieldEditor::notify);
    }
}

QJsonValue TextFieldEditor::value() const
{
    if (m_area) {
        const QString text = m_area->toPlainText();
        return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    const QString text = m_line->text();
    if (definition().kind != FieldKind::Terms)
        return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text.trimmed());
    QJsonArray terms;
    for (const QString &term : text.split(u',', Qt::SkipEmptyParts)) {
        if (!term.trimmed().isEmpty())
            terms.append(term.trimmed());
    }
    return terms.isEmpty() ? QJsonValue() : QJsonValue(terms);
}

void TextFieldEditor::setValue(const QJsonValue &value)
{
    loading([&] {
        if (m_area) {
            m_area->setPlainText(value.toString());
        } else if (definition().kind == FieldKind::Terms) {
            QStringList terms;
            for (const QJsonValue &term : value.toArray())
                terms.append(term.toString());
            m_line->setText(terms.join(QLatin1String(", ")));
        } else {
            m_line->setText(value.toString());
        }
    });
}

QWidget *TextFieldEditor::focusTarget() const
{
    return m_area ? static_cast<QWidget *>(m_area) : static_cast<QWidget *>(m_line);
}

} // namespace lga::ui
