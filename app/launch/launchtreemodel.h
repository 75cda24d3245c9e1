// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/instancemodel.h"
#include "launch/launchprogress.h"
#include "launch/launchrecord.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

// The instances grouped by launch: a tree over InstanceModel with one top-level row per launch
// and its instances (and refused or open batches) as children, in the InstanceModel's columns.
// Children give every role of their InstanceModel row unchanged, so code that reads
// InstanceIdRole, LaunchIdRole, StateRole... from a selection works on this model (and on
// proxies over it) as on InstanceModel itself.
//
// A launch row gives, per column: a title (IdColumn: the instance name, or "3 × SA5.MEDIUM4 in
// Guangzhou Zone 3"), the name, zone, instance type and shape of its spec, its progress
// (StatusColumn: "2 of 3 running, 1 failed"), its start time and account. Roles:
// LaunchIdRole and ProfileIdRole; an empty InstanceIdRole and no StateRole (it is no instance);
// ErrorRole with its batches' errors; IsLaunchRole true; ArchivedRole, FinishedRole and
// ClientTokensRole.
//
// The launch's record (title, batches, price, archived) comes from a lookup (the Launcher's
// records); launchChanged() re-reads it. launchSettled() is emitted once when a launch that was
// seen on its way (creating, unanswered batches) has nothing on its way any more.
class LaunchTreeModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum Role {
        IsLaunchRole = InstanceModel::AccountProblemRole + 32, // bool: a launch's row
        ArchivedRole,                                          // bool, launch rows
        FinishedRole,     // bool, launch rows: LaunchProgress::isFinished()
        ClientTokensRole, // QStringList, launch rows: every batch's clientToken, in order
    };
    Q_ENUM(Role)

    using RecordLookup = std::function<std::optional<LaunchRecord>(const QString &launchId)>;

    // What the launches given to summary() add up to.
    struct Summary
    {
        LaunchProgress progress;
        // What the running instances whose price is known cost, CNY per hour.
        double runningCostPerHour = 0;
        // Running instances of launches recorded without a price (not in runningCostPerHour).
        int runningUnpriced = 0;
    };

    explicit LaunchTreeModel(QObject *parent = nullptr);

    // Must be an InstanceModel (its roles and columns are the tree's).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void setRecordLookup(RecordLookup lookup) { m_lookup = std::move(lookup); }

    // A launch with no rows yet (its first batch is on its way); nothing when it is known.
    void addLaunch(const QString &launchId);
    // The launch's record changed (a batch's state, archived): re-read and shown again.
    void launchChanged(const QString &launchId);

    QModelIndex launchIndex(const QString &launchId) const;
    LaunchProgress progress(const QString &launchId) const;
    QString title(const QString &launchId) const;
    Summary summary(const QStringList &launchIds) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // InstanceModel's headers: the columns are the same, whatever rows there are.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // The launch has nothing on its way any more (see the class comment); once per launch.
    void launchSettled(const QString &launchId);

private:
    struct Launch
    {
        QString id;
        quintptr serial = 0; // its children's internalId: stable while launches come and go
        QList<int> rows;     // source rows, ascending
        std::optional<LaunchRecord> record;
        mutable std::optional<LaunchProgress> progress;
        bool seenOnItsWay = false;
        bool settledAnnounced = false;
    };

    void rebuild();
    int appendLaunch(const QString &launchId);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    // Recounts the launch, shows its row again and tells when it has settled.
    void launchRowChanged(int launchRow);
    const LaunchProgress &progressOf(const Launch &launch) const;
    QVariant launchData(const Launch &launch, int column, int role) const;
    QString titleOf(const Launch &launch) const;
    QString launchIdOfSourceRow(int sourceRow) const;
    int launchRowOf(const QString &launchId) const { return m_rowOfLaunch.value(launchId, -1); }

    InstanceModel *m_source = nullptr;
    RecordLookup m_lookup;
    QList<Launch> m_launches;
    QHash<QString, int> m_rowOfLaunch;
    QHash<quintptr, int> m_rowOfSerial;
    quintptr m_nextSerial = 1;
    QList<int> m_removedFrom; // launches that lost rows, between aboutToBeRemoved and removed
    QList<QMetaObject::Connection> m_connections;
};
