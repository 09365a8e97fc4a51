// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagelistpanel.h"

#include "pagelistdelegate.h"
#include "pagelistmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace lga::ui {

PageListPanel::PageListPanel(PageListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(PageListModel::TitleRole);

    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setAccessibleName(tr("Filter pages"));
    m_filter->setPlaceholderText(tr("Filter pages by title"));
    m_filter->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("pageList"));
    m_view->setAccessibleName(tr("Pages"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new PageListDelegate(m_view));

    auto *label = new QLabel(tr("&Pages"), this);
    label->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_view);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    // Down from the filter box moves into the list, as in a search field of any desktop app.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
            m_view->setFocus();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT pageActivated(current.data(PageListModel::UuidRole).toUuid());
            });
}

QUuid PageListPanel::currentPage() const
{
    return m_view->currentIndex().data(PageListModel::UuidRole).toUuid();
}

void PageListPanel::selectPage(const QUuid &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row));
    }
    m_selecting = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selecting = false;
}

void PageListPanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace lga::ui
