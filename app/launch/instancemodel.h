// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"
#include "launch/launchrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

// Every instance this app has launched, one row each, plus one row per batch the service refused
// (so the failure and its reason stay visible) or whose outcome is not known yet (shown as
// "outcome unknown, will ask again" until the batch is answered). Rebuilt from the journal at
// start-up, refreshed by the StatusTracker. Updates emit dataChanged for the changed rows only.
// Every row belongs to the account (profile, region) of its launch: AccountColumn names it (views
// show it when they show more than one account), and when that account cannot be used now its
// status says so beside the state and ErrorRole gives the reason (setAccount()).
//
// cvmcore has no QIcon: the status column gives a StatusIcon through StatusIconRole and the view
// maps it to an icon. The status is always told by text as well.
class InstanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        ZoneColumn,
        TypeColumn,
        ShapeColumn, // cores / memory
        StatusColumn,
        LanIpColumn,
        WanIpColumn,
        BandwidthColumn, // the public bandwidth cap, Mbps
        LaunchedAtColumn,
        LaunchColumn,
        AccountColumn, // the profile that launched it (views hide it unless showing every account)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StatusIconRole = Qt::UserRole + 1, // a StatusIcon, as int
        ErrorRole,                         // why creation (or the batch) failed, why an instance
                                           // is not found, why a batch is unconfirmed; or empty
        InstanceIdRole,                    // empty for a failed batch's row
        LaunchIdRole,
        StateRole,          // InstanceState, as int
        SortRole,           // a value that sorts the column naturally (times, numbers)
        ProfileIdRole,      // the profile that launched the row's instances; empty: not known
        AccountProblemRole, // why the row's account cannot be used now (translated), or empty
        BandwidthRole,      // the public bandwidth cap in Mbps (int): the service's last answer,
                            // else the launch's; -1 when neither says
        RegionRole,         // the launch's region (ap-guangzhou); empty in older journals
        ZoneIdRole,         // the zone as API 3.0 names it (ap-guangzhou-3), else its API 2.0
                            // number; what Placement.Zone / zoneId take
        NameRole,           // the instance's name (InstanceName / instanceName), or empty
        LanIpRole,          // the private IP, or empty
        WanIpsRole,         // the public IPs (QStringList), empty without a public IP
    };
    Q_ENUM(Role)

    // Pending: the service says it is being made (创建中) or busy; Waiting: nothing known yet
    // ("Waiting for status"): the two look different so a stale row is not read as progress.
    enum class StatusIcon {
        Pending,
        Running,
        Stopped,
        Failed,
        Returning,
        Returned,
        Warning,
        Waiting
    };
    Q_ENUM(StatusIcon)

    struct Row
    {
        QString key; // the instance id, or "batch:<clientToken>" for a failed or open batch
        QString launchId;
        QString profileId; // the account the instance belongs to (LaunchRecord::profileId)
        QString region;    // and its region (LaunchRecord::region; empty in older journals)
        QDateTime launchedAt;
        QString instanceType;
        InstanceInfo info;
        QString error;
        // Why the operator's last action on the instance (a return) failed; cleared when the
        // service reports another state or the action is tried again.
        QString actionError;
        int batchCount = 0;     // > 0 only for a batch's row: how many it has no ids for
        bool batchOpen = false; // a batch's row whose outcome is not known yet (Unconfirmed)
    };

    static QString stateText(InstanceState state);
    static StatusIcon statusIcon(InstanceState state);

    explicit InstanceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds (once) the rows of every answered, failed or unconfirmed batch of the launch.
    void addLaunch(const LaunchRecord &record);
    // Shows one batch as it is now: its instances' rows (added once), and a row for the instances
    // it has no ids for while it is failed or unconfirmed (updated in place, removed once the
    // batch is answered).
    void addBatch(const LaunchRecord &record, int batch);
    // What the service says now; rows that do not change emit nothing.
    void updateInstances(const QList<InstanceInfo> &instances);
    // How the account (profile, region) of rows is shown: its name for AccountColumn, and why it
    // cannot be used (empty: it can), shown beside the status and in ErrorRole.
    void setAccount(const QString &profileId, const QString &region, const QString &name,
                    const QString &problem);
    // Why the account's instances could not be asked about in the last poll round (translated),
    // or empty once it works again: the open rows say "status not refreshed" and ErrorRole
    // gives the reason, where the operator looks, not only in the status bar.
    void setAccountPollError(const QString &profileId, const QString &region, const QString &error);
    // Why an action on the instance failed (empty: clears it); shown in ErrorRole and beside the
    // status until the service reports another state.
    void setActionError(const QString &instanceId, const QString &error);
    void clear();

    int rowOfInstance(const QString &instanceId) const;
    const Row &row(int row) const { return m_rows.at(row); }

private:
    void appendRows(const QList<Row> &rows);
    void removeKey(const QString &key);
    // The row's error for an instance: the service's reason when it failed or is not found.
    static QString errorOf(const InstanceInfo &info);
    QVariant display(const Row &row, int column) const;

    struct Account
    {
        QString name;
        QString problem;
        QString pollError;
    };
    void accountRowsChanged(const QString &profileId, const QString &region);
    static QString accountKey(const QString &profileId, const QString &region);
    Account accountOf(const Row &row) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    QHash<QString, Account> m_accounts; // by accountKey()
};
