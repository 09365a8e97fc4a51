// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace lga::ui {

/// When the page is next due for review (LocalGov's review date): off, or a date, set directly
/// or as one of the site's intervals (3 to 36 months) from today.
class ReviewDateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewDateEditor(QWidget *parent = nullptr);

    /// A null date when the page has no review date.
    QDate date() const;
    /// Shows \a date without emitting changed().
    void setDate(const QDate &date);
    /// The day intervals count from; tests set it. By default the current date.
    void setToday(const QDate &today) { m_today = today; }

    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *intervalBox() const { return m_interval; }
    QDateEdit *dateEdit() const { return m_date; }

Q_SIGNALS:
    void changed();

private:
    QDate today() const;

    QCheckBox *m_enabled = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_interval = nullptr;
    QDate m_today;
    bool m_loading = false;
};

} // namespace lga::ui
