// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "fieldeditor.h"

#include <core/fieldproblem.h>
#include <core/page.h>

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace lga::ui {

class ReviewDateEditor;

/// The fields of the open page beyond title, summary and body, as its content type defines
/// them (core::fieldDefinitions), with the review date and the problems the site would refuse
/// the page for, each shown at its field. Like PageEditor it holds values and reports changes;
/// it never touches the store.
class FieldsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FieldsPanel(QWidget *parent = nullptr);

    /// What reference fields offer; takes effect at the next setPage().
    void setSources(const FieldSources &sources);
    /// Shows the page's fields; emits nothing. An empty page (null uuid) shows no fields.
    void setPage(const core::Page &page);

    /// The page's fields as edited: the editors' values over the fields the page came with, so
    /// fields the app has no control for are kept.
    QJsonObject fields() const;
    QDate reviewDate() const;

    /// Shows \a problems at their fields; problems of the title, summary or body are listed at
    /// the top. Replaces what was shown before.
    void setProblems(const QList<core::FieldProblem> &problems);

    FieldEditor *editor(const QString &field) const { return m_editors.value(field); }
    ReviewDateEditor *reviewDateEditor() const { return m_review; }
    /// The text shown at a field's problem line; empty when the field has none.
    QString problemText(const QString &field) const;
    /// The problems of title, summary and body, as listed at the top.
    QString pageProblemText() const;

Q_SIGNALS:
    /// A field or the review date changed; fields() and reviewDate() hold the new values.
    void edited();

private:
    void rebuild(const QString &bundle);

    FieldSources m_sources;
    QString m_bundle;
    bool m_built = false;
    QJsonObject m_original;
    QLabel *m_heading = nullptr;
    QLabel *m_pageProblems = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    ReviewDateEditor *m_review = nullptr;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_problemLabels;
};

} // namespace lga::ui
