// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewqueuepanel.h"

#include "reviewqueuemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lga::ui {

ReviewQueuePanel::ReviewQueuePanel(ReviewQueueModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(m_stack))
    , m_empty(new QLabel(tr("No pages are waiting for review."), m_stack))
{
    setObjectName(QStringLiteral("reviewQueuePanel"));
    m_heading->setObjectName(QStringLiteral("reviewQueueHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    // No accessible name of its own: screen readers read the text, count included.

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ReviewQueueModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("reviewQueueView"));
    m_view->setAccessibleName(tr("Pages waiting for review"));
    m_view->setAccessibleDescription(
        tr("Oldest first. Press Enter to open the selected page; choose a column heading to "
           "sort by it."));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewQueueModel::SubmittedColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::TitleColumn,
                                                     QHeaderView::Interactive);
    m_view->setColumnWidth(ReviewQueueModel::TitleColumn, 240);

    m_empty->setObjectName(QStringLiteral("reviewQueueEmpty"));
    m_empty->setAccessibleName(tr("No pages are waiting for review."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);

    // Enter (activated) and a double-click both open the page.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QUuid uuid = index.data(ReviewQueueModel::UuidRole).toUuid();
        if (!uuid.isNull())
            Q_EMIT pageActivated(uuid);
    });
    // A refresh resets the model; the reviewer's place in the queue stays where it was.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = currentPage(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keep);
        if (row >= 0) {
            m_view->setCurrentIndex(
                m_proxy->mapFromSource(m_model->index(row, ReviewQueueModel::TitleColumn)));
        }
        m_keep = {};
        updateHeading();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReviewQueuePanel::updateHeading);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReviewQueuePanel::updateHeading);
    updateHeading();
}

QUuid ReviewQueuePanel::currentPage() const
{
    return m_view->currentIndex().data(ReviewQueueModel::UuidRole).toUuid();
}

void ReviewQueuePanel::focusQueue()
{
    if (m_model->rowCount() == 0) {
        m_empty->setFocus();
        return;
    }
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, ReviewQueueModel::TitleColumn));
    m_view->setFocus();
}

void ReviewQueuePanel::updateHeading()
{
    const int count = m_model->rowCount();
    m_heading->setText(tr("Waiting for review (%1)").arg(count));
    m_stack->setCurrentWidget(count == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    m_empty->setFocusPolicy(count == 0 ? Qt::StrongFocus : Qt::NoFocus);
    if (count > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, ReviewQueueModel::TitleColumn));
}

} // namespace lga::ui
