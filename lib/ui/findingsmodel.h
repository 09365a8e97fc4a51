// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <check/finding.h>

#include <QAbstractItemModel>
#include <QList>

namespace lga::ui {

/// A finding the author dismissed, with the reason they gave.
struct DismissedFinding
{
    check::Finding finding;
    QString reason;
};

/// The checker's findings as a tree: one group per severity (errors, warnings, tips) with its
/// count, each finding a row with its message and line. With dismissed findings shown, a last
/// group lists them with their reasons.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        MessageColumn,
        LineColumn,
        ColumnCount,
    };
    enum Group
    {
        Errors,
        Warnings,
        Tips,
        Dismissed,
        GroupCount,
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Replaces everything; findings keep their order within each group.
    void setFindings(const QList<check::Finding> &findings,
                     const QList<DismissedFinding> &dismissed);
    void setShowDismissed(bool show);
    bool showsDismissed() const { return m_showDismissed; }

    /// The finding at \a index, or nullptr for a group row.
    const check::Finding *finding(const QModelIndex &index) const;
    /// Whether \a index is a dismissed finding, and why it was dismissed.
    bool isDismissed(const QModelIndex &index) const;
    QString dismissReason(const QModelIndex &index) const;
    /// The index of the first finding equal to \a finding, or an invalid index.
    QModelIndex indexOf(const check::Finding &finding) const;
    /// Every finding row in display order (groups in turn).
    QList<QModelIndex> findingIndexes() const;
    int count(Group group) const { return int(m_groups[group].size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// The groups shown, in order (empty groups are left out).
    QList<Group> visibleGroups() const;
    QString groupTitle(Group group) const;

    QList<DismissedFinding> m_groups[GroupCount];
    bool m_showDismissed = false;
};

} // namespace lga::ui
