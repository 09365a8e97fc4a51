// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/fielddefinition.h>
#include <core/page.h>

#include <QJsonValue>
#include <QList>
#include <QUuid>
#include <QWidget>

class QToolButton;

namespace lga::ui {

/// What reference fields can point at: the store's pages and images, as the panel shows them.
struct FieldSources
{
    struct Image
    {
        QUuid uuid;
        QString label; ///< The file name and, when it has one, the alt text.
    };

    QList<core::PageSummary> pages;
    QList<Image> images;

    /// The pages of the given bundles, by title, as a reference field offers them.
    QList<core::PageSummary> pagesOf(const QStringList &bundles) const;
};

/// The control for one field of a page. Subclasses edit one FieldKind each; all of them hold
/// the value in the JSON shape core::Page::fields uses and say when the author changed it.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    /// The right editor for \a definition's kind.
    static FieldEditor *create(const core::FieldDefinition &definition, const FieldSources &sources,
                               QWidget *parent);

    const core::FieldDefinition &definition() const { return m_definition; }

    /// The value as the author left it; JSON null (QJsonValue()) when the field is empty.
    virtual QJsonValue value() const = 0;
    /// Shows \a value without emitting changed().
    virtual void setValue(const QJsonValue &value) = 0;
    /// The control that should take focus when the field's label is activated.
    virtual QWidget *focusTarget() const = 0;

Q_SIGNALS:
    void changed();

protected:
    FieldEditor(const core::FieldDefinition &definition, QWidget *parent);

    /// A button for list editors: a tool button takes the width of its text, so a row of them
    /// fits the narrow panel, and it still takes keyboard focus.
    static QToolButton *makeButton(const QString &text, QWidget *parent);
    /// Emits changed() unless a setValue() is in progress.
    void notify();
    /// Runs \a apply with changed() held back, for setValue() implementations.
    template<typename Apply> void loading(Apply apply)
    {
        const bool was = m_loading;
        m_loading = true;
        apply();
        m_loading = was;
    }

private:
    core::FieldDefinition m_definition;
    bool m_loading = false;
};

} // namespace lga::ui
