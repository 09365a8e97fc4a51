// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewdateeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>

namespace lga::ui {

ReviewDateEditor::ReviewDateEditor(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("&Review this page by"), this))
    , m_date(new QDateEdit(this))
    , m_interval(new QComboBox(this))
{
    setObjectName(QStringLiteral("reviewDate"));
    m_enabled->setAccessibleName(tr("Review this page by a date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setAccessibleName(tr("Next review date"));
    m_interval->setAccessibleName(tr("Set the review date from today"));
    m_interval->addItem(tr("Set from today…"), 0);
    // The intervals localgov_review_date offers.
    for (int months : {3, 6, 12, 18, 24, 36})
        m_interval->addItem(tr("In %n month(s)", nullptr, months), months);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled, 0, 0, 1, 2);
    layout->addWidget(m_date, 1, 0);
    layout->addWidget(m_interval, 1, 1);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        if (m_loading)
            return;
        if (on && !m_date->date().isValid())
            m_date->setDate(today().addMonths(12));
        Q_EMIT changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_interval, &QComboBox::activated, this, [this](int index) {
        const int months = m_interval->itemData(index).toInt();
        if (months <= 0)
            return;
        {
            const QSignalBlocker blocker(m_date);
            m_date->setDate(today().addMonths(months));
        }
        m_loading = true;
        m_enabled->setChecked(true);
        m_date->setEnabled(true);
        m_loading = false;
        m_interval->setCurrentIndex(0);
        Q_EMIT changed();
    });
    setDate({});
}

QDate ReviewDateEditor::date() const
{
    return m_enabled->isChecked() ? m_date->date() : QDate();
}

void ReviewDateEditor::setDate(const QDate &date)
{
    m_loading = true;
    m_enabled->setChecked(date.isValid());
    m_date->setEnabled(date.isValid());
    m_date->setDate(date.isValid() ? date : today().addMonths(12));
    m_loading = false;
}

QDate ReviewDateEditor::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

} // namespace lga::ui
