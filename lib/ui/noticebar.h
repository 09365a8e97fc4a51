// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace lga::ui {

/// A bar above the panes for things the author should know that need no answer, such as a daily
/// backup that could not be made. It never takes the focus or blocks the work; it stays until
/// dismissed, and it is hidden while it has nothing to say.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    /// Adds a notice in plain words and shows the bar. A notice already shown is not repeated.
    void addNotice(const QString &text);
    /// The notices shown, oldest first; empty once dismissed.
    QStringList notices() const { return m_notices; }
    QPushButton *dismissButton() const { return m_dismiss; }

    /// Hides the bar and forgets its notices.
    void dismiss();

private:
    QStringList m_notices;
    QLabel *m_text;
    QPushButton *m_dismiss;
};

} // namespace lga::ui
