// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/checkresult.h>
#include <core/page.h>
#include <render/previewblocks.h>
#include <review/worddiff.h>

#include <QDialog>
#include <QUuid>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QWebEngineUrlSchemeHandler;

namespace lga::ui {

class PreviewView;
class SourceEditor;

/// The reviewer's view of a page in review: what changed against the published version (word by
/// word, inline or side by side, fields included), the proposed body rendered with its changed
/// blocks labelled, the proposed source read-only, the checker's findings for it, and the
/// reviewer's notes. Read-only: the decision itself is made elsewhere.
class ReviewView : public QDialog
{
    Q_OBJECT

public:
    /// One section of the comparison (title, summary, body, a field) with its word diff.
    struct Section
    {
        QString label;
        QList<review::DiffSegment> segments;
    };

    /// \a published is the version live on the site, or nothing when the page was never
    /// published (then all of \a proposed reads as new). \a checks are the findings for
    /// \a proposed.
    /// The title of the page with the given uuid, or empty when unknown.
    using TitleLookup = std::function<QString(const QString &uuid)>;

    ReviewView(const std::optional<core::Page> &published, const core::Page &proposed,
               const check::CheckResult &checks, QWidget *parent = nullptr,
               TitleLookup titleOf = {});

    /// What the reviewer has written about this page. Kept per page while the app runs, so
    /// closing and reopening the view keeps it.
    QString notes() const;
    /// The notes kept for a page, for whoever records the decision; empty when none.
    static QString notesFor(const QUuid &page);

    /// Title, summary and body always, then each other field that differs, in the content
    /// type's order.
    const QList<Section> &sections() const { return m_sections; }

    /// The proposed page in the site's style, each changed block labelled (Changed, New,
    /// Removed, Moved) and the changed words marked as insertions and deletions.
    PreviewView *renderedChanges() const { return m_rendered; }
    /// Serves the store's images in the rendered changes; set it before the view is shown.
    void setMediaHandler(QWebEngineUrlSchemeHandler *handler);

    /// Replaces the line over the comparison that says what is compared with what.
    void setSummary(const QString &text);
    QString summary() const;

    /// Shows the comparison side by side (published left, proposed right) or inline.
    void setSideBySide(bool sideBySide);
    bool isSideBySide() const;

private:
    void buildSections();
    QString inlineHtml() const;
    QString sideBySideHtml() const;
    QList<render::Block> renderedDiffBlocks() const;
    void fillFindings();

    TitleLookup m_titleOf;
    std::optional<core::Page> m_published;
    core::Page m_proposed;
    check::CheckResult m_checks;
    QList<Section> m_sections;

    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs;
    QCheckBox *m_sideBySide;
    QStackedWidget *m_changesStack;
    QTextBrowser *m_inline;
    QTextBrowser *m_sideBySideView;
    PreviewView *m_rendered;
    SourceEditor *m_source;
    QListWidget *m_findings;
    QPlainTextEdit *m_notes;
};

} // namespace lga::ui
