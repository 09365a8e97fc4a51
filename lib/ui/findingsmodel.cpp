// SPDX-License-Identifier: GPL-2.0-or-later
#include "findingsmodel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace lga::ui {

namespace {

// Group rows have internal id 0; a finding's row carries its group + 1.
constexpr quintptr kGroupRow = 0;

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void FindingsModel::setFindings(const QList<check::Finding> &findings,
                                const QList<DismissedFinding> &dismissed)
{
    beginResetModel();
    for (auto &group : m_groups)
        group.clear();
    for (const check::Finding &finding : findings) {
        const Group group = finding.severity == check::Finding::Error     ? Errors
                            : finding.severity == check::Finding::Warning ? Warnings
                                                                          : Tips;
        m_groups[group].append({finding, {}});
    }
    m_groups[Dismissed] = dismissed;
    endResetModel();
}

void FindingsModel::setShowDismissed(bool show)
{
    if (show == m_showDismissed)
        return;
    beginResetModel();
    m_showDismissed = show;
    endResetModel();
}

QList<FindingsModel::Group> FindingsModel::visibleGroups() const
{
    QList<Group> groups;
    for (Group group : {Errors, Warnings, Tips}) {
        if (!m_groups[group].isEmpty())
            groups.append(group);
    }
    if (m_showDismissed && !m_groups[Dismissed].isEmpty())
        groups.append(Dismissed);
    return groups;
}

QString FindingsModel::groupTitle(Group group) const
{
    const int n = count(group);
    switch (group) {
    case Errors:
        return tr("Errors (%n)", nullptr, n);
    case Warnings:
        return tr("Warnings (%n)", nullptr, n);
    case Tips:
        return tr("Tips (%n)", nullptr, n);
    default:
        return tr("Dismissed (%n)", nullptr, n);
    }
}

const check::Finding *FindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const auto &group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group.at(index.row()).finding : nullptr;
}

bool FindingsModel::isDismissed(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == Dismissed + 1;
}

QString FindingsModel::dismissReason(const QModelIndex &index) const
{
    if (!isDismissed(index) || index.row() >= m_groups[Dismissed].size())
        return {};
    return m_groups[Dismissed].at(index.row()).reason;
}

QModelIndex FindingsModel::indexOf(const check::Finding &finding) const
{
    for (const QModelIndex &index : findingIndexes()) {
        if (*this->finding(index) == finding)
            return index;
    }
    return {};
}

QList<QModelIndex> FindingsModel::findingIndexes() const
{
    QList<QModelIndex> result;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex group = index(row, 0);
        for (int child = 0; child < rowCount(group); ++child)
            result.append(index(child, 0, group));
    }
    return result;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<Group> groups = visibleGroups();
    if (!parent.isValid())
        return row < groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= groups.size())
        return {};
    const Group group = groups.at(parent.row());
    return row < m_groups[group].size() ? createIndex(row, column, quintptr(group) + 1)
                                        : QModelIndex();
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    const int row = int(visibleGroups().indexOf(Group(child.internalId() - 1)));
    return row < 0 ? QModelIndex() : createIndex(row, 0, kGroupRow);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    const QList<Group> groups = visibleGroups();
    if (!parent.isValid())
        return int(groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupRow || parent.row() >= groups.size())
        return 0;
    return int(m_groups[groups.at(parent.row())].size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow) {
        const Group group = visibleGroups().value(index.row());
        if (index.column() != MessageColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return groupTitle(group);
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::DecorationRole: {
            QStyle *style = QApplication::style();
            switch (group) {
            case Errors:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case Warnings:
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case Tips:
                return style->standardIcon(QStyle::SP_MessageBoxInformation);
            default:
                return {};
            }
        }
        default:
            return {};
        }
    }
    const check::Finding *f = finding(index);
    if (!f)
        return {};
    const QString line = f->line > 0 ? QString::number(f->line) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == MessageColumn ? f->message : line;
    case Qt::ToolTipRole:
        return f->why.isEmpty() ? f->message : f->why;
    case Qt::AccessibleTextRole:
        if (index.column() == LineColumn)
            return line.isEmpty() ? tr("Whole page") : tr("Line %1").arg(line);
        return line.isEmpty() ? f->message : tr("%1, line %2").arg(f->message, line);
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == MessageColumn ? tr("Finding") : tr("Line");
}

} // namespace lga::ui
