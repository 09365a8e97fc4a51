// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <core/page.h>

#include <QAbstractListModel>

namespace lga::ui {

/// The pages of the store, most recently edited first. Rows are summaries; the model never holds
/// a body, so ten thousand pages stay cheap.
class PageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        UpdatedRole,
        TitleRole,
        DetailRole, ///< Page type and status, e.g. "Service page · Draft".
    };

    explicit PageListModel(QObject *parent = nullptr);

    void setPages(QList<core::PageSummary> pages);
    /// Adds or refreshes a page and moves it to the top, as the page just edited.
    void upsert(const core::PageSummary &page);
    void remove(const QUuid &uuid);
    int rowOf(const QUuid &uuid) const;
    core::PageSummary at(int row) const { return m_pages.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<core::PageSummary> m_pages;
};

} // namespace lga::ui
