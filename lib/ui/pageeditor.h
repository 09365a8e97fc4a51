// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lga::ui {

class SourceEditor;

/// The fields of one page an author edits: title, summary and body. Holds the page being
/// edited as a value and reports every change; it never touches the store.
class PageEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PageEditor(QWidget *parent = nullptr);

    /// Shows a page; emits nothing. An empty page (null uuid) disables the fields.
    void setPage(const core::Page &page);
    /// The page as edited so far.
    const core::Page &page() const { return m_page; }

    /// Replaces the page's fields and review date as the fields panel edited them; emits
    /// edited().
    void setFields(const QJsonObject &fields, const QDate &reviewDate);

    SourceEditor *bodyEditor() const { return m_body; }
    QLineEdit *titleEdit() const { return m_title; }

Q_SIGNALS:
    /// Any field changed; `page()` holds the new value.
    void edited();
    void bodyEdited();
    void headerEdited();
    /// setPage() showed another page (or none).
    void pageShown();

private:
    void updateMeta();

    core::Page m_page;
    bool m_loading = false;
    QLabel *m_meta = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    SourceEditor *m_body = nullptr;
};

} // namespace lga::ui
