// SPDX-License-Identifier: GPL-2.0-or-later
#include "fieldspanel.h"

#include "reviewdateeditor.h"

#include <core/contenttype.h>

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lga::ui {

namespace {

// Problems are told apart by words, not by colour alone: the label starts with what kind of
// problem it is, and screen readers hear it through the editor's description too.
QString describe(const core::FieldProblem &problem)
{
    return problem.severity == core::FieldProblem::Severity::Blocking
               ? FieldsPanel::tr("Must fix: %1").arg(problem.message)
               : FieldsPanel::tr("Advice: %1").arg(problem.message);
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setStyleSheet(QStringLiteral("color: #b10e1e; font-weight: 600;"));
    label->setVisible(false);
    return label;
}

} // namespace

FieldsPanel::FieldsPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_pageProblems(problemLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("fieldsPanel"));
    m_heading->setObjectName(QStringLiteral("fieldsHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_pageProblems->setObjectName(QStringLiteral("pageProblems"));
    m_pageProblems->setAccessibleName(tr("Problems with the title, summary or body"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The form wraps its rows instead; a sideways scroll bar would hide half of every control.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(300);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_pageProblems);
    layout->addWidget(m_scroll, 1);
    setPage({});
}

void FieldsPanel::setSources(const FieldSources &sources)
{
    m_sources = sources;
    m_built = false;
}

void FieldsPanel::setPage(const core::Page &page)
{
    const QString bundle = page.uuid.isNull() ? QString() : page.bundle;
    // Rebuilding every time keeps each editor's lists (pages it may point at) current.
    rebuild(bundle);
    m_original = page.fields;
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setValue(page.fields.value(editor->definition().name));
    if (m_review)
        m_review->setDate(page.reviewDate);
    setProblems({});
}

QJsonObject FieldsPanel::fields() const
{
    QJsonObject fields = m_original;
    for (FieldEditor *editor : std::as_const(m_editors)) {
        const QJsonValue value = editor->value();
        if (value.isNull() || value.isUndefined())
            fields.remove(editor->definition().name);
        else
            fields.insert(editor->definition().name, value);
    }
    return fields;
}

QDate FieldsPanel::reviewDate() const
{
    return m_review ? m_review->date() : QDate();
}

void FieldsPanel::setProblems(const QList<core::FieldProblem> &problems)
{
    QHash<QString, QStringList> byField;
    QStringList pageLines;
    for (const core::FieldProblem &problem : problems) {
        if (m_problemLabels.contains(problem.field))
            byField[problem.field].append(describe(problem));
        else
            pageLines.append(describe(problem));
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = byField.value(it.key()).join(u'\n');
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        if (FieldEditor *editor = m_editors.value(it.key()))
            editor->focusTarget()->setAccessibleDescription(text);
    }
    m_pageProblems->setText(pageLines.join(u'\n'));
    m_pageProblems->setVisible(!pageLines.isEmpty());
}

QString FieldsPanel::problemText(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label ? label->text() : QString();
}

QString FieldsPanel::pageProblemText() const
{
    return m_pageProblems->text();
}

void FieldsPanel::rebuild(const QString &bundle)
{
    m_bundle = bundle;
    m_built = true;
    m_editors.clear();
    m_problemLabels.clear();
    m_review = nullptr;
    if (m_form)
        m_form->deleteLater();
    m_form = new QWidget;
    m_layout = new QFormLayout(m_form);
    m_layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scroll->setWidget(m_form);

    if (bundle.isEmpty()) {
        m_heading->setText(tr("No page open."));
        return;
    }
    const QString type = core::contentType(bundle).label;
    m_heading->setText(tr("%1 fields").arg(type.isEmpty() ? bundle : type));

    QWidget *previous = nullptr;
    for (const core::FieldDefinition &definition : core::fieldDefinitions(bundle)) {
        FieldEditor *editor = FieldEditor::create(definition, m_sources, m_form);
        connect(editor, &FieldEditor::changed, this, &FieldsPanel::edited);
        m_editors.insert(definition.name, editor);
        auto *box = new QWidget(m_form);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        if (!definition.help.isEmpty()) {
            auto *help = new QLabel(definition.help, box);
            help->setWordWrap(true);
            help->setEnabled(false);
            column->addWidget(help);
            editor->focusTarget()->setToolTip(definition.help);
        }
        QLabel *problem = problemLabel(box);
        problem->setObjectName(definition.name + QLatin1String("Problem"));
        column->addWidget(problem);
        m_problemLabels.insert(definition.name, problem);

        if (definition.kind == core::FieldKind::Boolean) {
            // The check box carries its own label.
            m_layout->addRow(box);
        } else {
            auto *label = new QLabel(definition.required ? tr("%1 (required)").arg(definition.label)
                                                         : definition.label,
                                     m_form);
            label->setBuddy(editor->focusTarget());
            m_layout->addRow(label, box);
        }
        if (previous)
            QWidget::setTabOrder(previous, editor->focusTarget());
        previous = editor->focusTarget();
    }

    m_review = new ReviewDateEditor(m_form);
    auto *reviewLabel = new QLabel(tr("Next review"), m_form);
    QFont bold = reviewLabel->font();
    bold.setBold(true);
    reviewLabel->setFont(bold);
    m_layout->addRow(reviewLabel);
    m_layout->addRow(m_review);
    connect(m_review, &ReviewDateEditor::changed, this, &FieldsPanel::edited);
}

} // namespace lga::ui
