// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lga::ui {

/// The guided repair "Rewrite link text…": shows where the link goes and its current text,
/// offers the target page's title as a one-click suggestion when the app knows it, and asks
/// for words that say where the link goes. OK stays disabled, with the reason shown, while the
/// text is empty, generic ("click here") or a web address. Enter accepts, Escape cancels.
class LinkTextPrompt : public QDialog
{
    Q_OBJECT
public:
    /// `suggestion` is the target page's title, or empty when unknown; `startText` fills the
    /// field (the current text when it is worth editing) and is otherwise empty.
    LinkTextPrompt(const QString &address, const QString &currentText, const QString &suggestion,
                   const QString &startText, QWidget *parent = nullptr);

    QString linkText() const;

    QLineEdit *textEdit() const { return m_text; }
    /// "Use “<title>”"; null when there is no suggestion.
    QPushButton *suggestionButton() const { return m_suggestion; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *problemLabel() const { return m_problem; }

    /// Why this link text will not do, or an empty string when it will.
    static QString linkTextProblem(const QString &text);

private:
    void updateState();

    QLineEdit *m_text = nullptr;
    QPushButton *m_suggestion = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lga::ui
