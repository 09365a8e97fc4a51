// SPDX-License-Identifier: GPL-2.0-or-later
#include "spellingcontroller.h"

#include "sourceeditor.h"

#include <spell/spellchecker.h>

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QSettings>
#include <QTextBlock>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lga::ui {

namespace {

spell::SpellSettings appSettings()
{
    QSettings settings;
    return spell::SpellSettings::fromSettings(settings);
}

} // namespace

SpellingController::SpellingController(SourceEditor *editor, QObject *parent)
    : SpellingController(editor, appSettings(), parent)
{}

SpellingController::SpellingController(SourceEditor *editor, const spell::SpellSettings &settings,
                                       QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    // A pause this long feels immediate, yet skips the words still being typed.
    m_pause.setSingleShot(true);
    m_pause.setInterval(300);
    connect(&m_pause, &QTimer::timeout, this, &SpellingController::checkNow);
    connect(editor->document(), &QTextDocument::contentsChange, this,
            &SpellingController::onContentsChange);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SpellingController::onCheckFinished);
    connect(&m_loader, &QFutureWatcherBase::finished, this,
            &SpellingController::onDictionaryLoaded);

    editor->setContextMenuPolicy(Qt::CustomContextMenu);
    // For the Menu key too: Qt sends it with the text cursor's place in viewport coordinates.
    connect(editor, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        showContextMenu(pos, m_editor->cursorForPosition(pos).position());
    });

    // Loading en_GB takes a noticeable part of a second; the window must not wait for it.
    m_loader.setFuture(
        QtConcurrent::run([settings] { return std::make_shared<spell::SpellChecker>(settings); }));
}

SpellingController::~SpellingController()
{
    m_loader.waitForFinished();
    m_watcher.waitForFinished();
}

void SpellingController::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        checkNow();
        return;
    }
    m_pause.stop();
    ++m_revision; // Drops a check under way.
    m_editor->setMarks(MarkLayer::Spelling, {});
}

void SpellingController::setPage(core::SourceFormat format)
{
    m_format = format;
    m_ignored.clear();
    ++m_revision;
    m_pause.start();
}

QString SpellingController::errorString() const
{
    return m_checker ? m_checker->errorString() : QString();
}

void SpellingController::checkNow()
{
    m_pause.stop();
    if (!m_enabled || !m_checker || !m_checker->isValid())
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_checkedRevision = m_revision;
    m_watcher.setFuture(
        QtConcurrent::run([checker = m_checker, text = m_editor->toPlainText(), format = m_format,
                           ignored = m_ignored] { return checker->check(text, format, ignored); }));
}

void SpellingController::onContentsChange(int, int removed, int added)
{
    // Formatting alone (the highlighter) changes no words.
    if (removed == 0 && added == 0)
        return;
    ++m_revision;
    if (m_enabled)
        m_pause.start();
}

void SpellingController::onDictionaryLoaded()
{
    m_checker = m_loader.result();
    if (!m_checker->isValid()) {
        Q_EMIT unavailable(m_checker->errorString());
        return;
    }
    checkNow();
}

void SpellingController::onCheckFinished()
{
    if (m_pending) {
        m_pending = false;
        checkNow();
        return;
    }
    // The text changed while it was checked: the next check, already due, replaces this one.
    if (!m_enabled || m_checkedRevision != m_revision)
        return;
    const QList<spell::Misspelling> found = m_watcher.result();
    QList<EditorMark> marks;
    marks.reserve(found.size());
    const QString toolTip = tr("Not in the British English dictionary");
    for (const spell::Misspelling &misspelling : found)
        marks.append({misspelling.start, misspelling.length, EditorMark::Spelling, toolTip});
    m_editor->setMarks(MarkLayer::Spelling, marks);
    Q_EMIT checked(int(marks.size()));
}

QMenu *SpellingController::createContextMenu(int position, QWidget *parent)
{
    QMenu *menu = m_editor->createStandardContextMenu();
    menu->setParent(parent ? parent : m_editor, menu->windowFlags());
    if (!m_enabled || !m_checker)
        return menu;
    // The end counts too: with the keyboard the cursor is often just after the word.
    EditorMark marked;
    for (const EditorMark &mark : m_editor->marks(MarkLayer::Spelling)) {
        if (mark.length > 0 && position >= mark.start && position <= mark.start + mark.length) {
            marked = mark;
            break;
        }
    }
    if (marked.length == 0)
        return menu;
    const QString word = m_editor->toPlainText().mid(marked.start, marked.length);
    const int start = marked.start;

    QAction *before = menu->actions().value(0);
    const QStringList suggestions = m_checker->suggestions(word, 6);
    for (const QString &suggestion : suggestions) {
        QString label = suggestion;
        label.replace(u'&', QStringLiteral("&&"));
        QAction *action = new QAction(label, menu);
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        connect(action, &QAction::triggered, this,
                [this, start, word, suggestion] { replace(start, word, suggestion); });
        menu->insertAction(before, action);
    }
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(before, none);
    }
    menu->insertSeparator(before);
    QAction *add = new QAction(tr("&Add to dictionary"), menu);
    connect(add, &QAction::triggered, this, [this, word] { addToDictionary(word); });
    menu->insertAction(before, add);
    QAction *ignoreAction = new QAction(tr("&Ignore on this page"), menu);
    connect(ignoreAction, &QAction::triggered, this, [this, word] { ignore(word); });
    menu->insertAction(before, ignoreAction);
    menu->insertSeparator(before);
    return menu;
}

void SpellingController::showContextMenuAtCursor()
{
    showContextMenu(m_editor->cursorRect().center(), m_editor->textCursor().position());
}

void SpellingController::showContextMenu(const QPoint &inViewport, int position)
{
    std::unique_ptr<QMenu> menu(createContextMenu(position));
    menu->setAccessibleName(tr("Editor actions"));
    menu->exec(m_editor->viewport()->mapToGlobal(inViewport));
}

bool SpellingController::nextMisspelling()
{
    QList<EditorMark> marks = m_editor->marks(MarkLayer::Spelling);
    marks.removeIf([](const EditorMark &mark) { return mark.length == 0; });
    if (marks.isEmpty())
        return false;
    std::sort(marks.begin(), marks.end(),
              [](const EditorMark &a, const EditorMark &b) { return a.start < b.start; });
    const int from = m_editor->textCursor().selectionStart();
    const auto next = std::find_if(marks.cbegin(), marks.cend(),
                                   [from](const EditorMark &mark) { return mark.start > from; });
    const EditorMark &mark = next != marks.cend() ? *next : marks.first();
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(mark.start);
    cursor.setPosition(mark.start + mark.length, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    return true;
}

void SpellingController::replace(int start, const QString &word, const QString &replacement)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(start);
    cursor.setPosition(start + int(word.size()), QTextCursor::KeepAnchor);
    // The text may have moved on since the menu opened.
    if (cursor.selectedText() != word)
        return;
    removeMarks([&](const QString &marked) { return marked == word; });
    // One insertion, so one undo step.
    cursor.insertText(replacement);
    m_editor->setTextCursor(cursor);
}

void SpellingController::addToDictionary(const QString &word)
{
    m_checker->addToPersonalDictionary(word);
    removeMarks([this](const QString &marked) { return m_checker->isCorrect(marked); });
    m_pause.start();
}

void SpellingController::ignore(const QString &word)
{
    m_ignored.insert(word);
    removeMarks([&](const QString &marked) { return marked == word; });
    m_pause.start();
}

void SpellingController::removeMarks(const std::function<bool(const QString &)> &dealtWith)
{
    const QString text = m_editor->toPlainText();
    QList<EditorMark> marks = m_editor->marks(MarkLayer::Spelling);
    marks.removeIf([&](const EditorMark &mark) {
        return mark.length == 0 || dealtWith(text.mid(mark.start, mark.length));
    });
    m_editor->setMarks(MarkLayer::Spelling, marks);
}

} // namespace lga::ui
