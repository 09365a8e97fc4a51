// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>
#include <spell/misspelling.h>
#include <spell/spellsettings.h>

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QMenu;
class QWidget;

namespace lga::spell {
class SpellChecker;
}

namespace lga::ui {

class SourceEditor;

/// Spelling in the body editor: after a pause in typing it checks the text off the UI thread
/// and underlines unknown words in red; the context menu (right click, or the Menu key) offers
/// suggestions, "Add to dictionary" and "Ignore on this page".
class SpellingController : public QObject
{
    Q_OBJECT
public:
    /// Uses the dictionaries and site words from the app's settings ("Spelling" group).
    explicit SpellingController(SourceEditor *editor, QObject *parent = nullptr);
    /// The dictionary loads in the background; checking starts once it has.
    SpellingController(SourceEditor *editor, const spell::SpellSettings &settings,
                       QObject *parent = nullptr);
    ~SpellingController() override;

    /// Off clears the squiggles; on checks at once.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// Another page is in the editor: its source format, and words ignored on the last page
    /// count again.
    void setPage(core::SourceFormat format);

    /// Why spelling is not checked (no dictionary), for the author; empty when it works or
    /// while the dictionary is still loading.
    QString errorString() const;

    /// The editor's standard context menu, with the spelling actions first when `position`
    /// (a character offset) is in or just after a misspelt word. The caller owns the menu.
    QMenu *createContextMenu(int position, QWidget *parent = nullptr);
    /// Opens that menu at the text cursor, for the keyboard.
    void showContextMenuAtCursor();
    /// Selects the next misspelt word after the cursor, wrapping at the end. False if none.
    bool nextMisspelling();
    /// Checks now rather than after the pause.
    void checkNow();

Q_SIGNALS:
    /// The squiggles now match the editor's text.
    void checked(int misspellings);
    /// The dictionary could not be loaded; `message` says why, for the author.
    void unavailable(const QString &message);

private:
    void onContentsChange(int from, int removed, int added);
    void onDictionaryLoaded();
    void onCheckFinished();
    void showContextMenu(const QPoint &inViewport, int position);
    void replace(int start, const QString &word, const QString &replacement);
    void addToDictionary(const QString &word);
    void ignore(const QString &word);
    // Drops the squiggles the author has just dealt with, before the next check confirms.
    void removeMarks(const std::function<bool(const QString &)> &dealtWith);

    SourceEditor *m_editor;
    std::shared_ptr<spell::SpellChecker> m_checker;
    QFutureWatcher<std::shared_ptr<spell::SpellChecker>> m_loader;
    QFutureWatcher<QList<spell::Misspelling>> m_watcher;
    QTimer m_pause;
    core::SourceFormat m_format = core::SourceFormat::Markdown;
    QSet<QString> m_ignored;
    bool m_enabled = true;
    // Counts edits, so a result for text that has changed since is dropped.
    quint64 m_revision = 0;
    quint64 m_checkedRevision = 0;
    bool m_pending = false;
};

} // namespace lga::ui
