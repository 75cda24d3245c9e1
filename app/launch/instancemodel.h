#pragma once

#include "api/cloudtypes.h"
#include "launch/launchrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

// Every instance this app has launched, one row each, plus one row per batch the service refused
// (so the failure and its reason stay visible). Rebuilt from the journal at start-up, refreshed
// by the StatusTracker. Updates emit dataChanged for the changed rows only.
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
        LaunchedAtColumn,
        LaunchColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StatusIconRole = Qt::UserRole + 1, // a StatusIcon, as int
        ErrorRole,                         // why creation (or the batch) failed; empty otherwise
        InstanceIdRole,                    // empty for a failed batch's row
        LaunchIdRole,
        StateRole, // InstanceState, as int
        SortRole,  // a value that sorts the column naturally (times, numbers)
    };
    Q_ENUM(Role)

    enum class StatusIcon { Pending, Running, Stopped, Failed, Returning, Returned, Warning };
    Q_ENUM(StatusIcon)

    struct Row
    {
        QString key; // the instance id, or "batch:<clientToken>" for a failed batch
        QString launchId;
        QDateTime launchedAt;
        QString instanceType;
        InstanceInfo info;
        QString error;
        int batchCount = 0; // > 0 only for a failed batch's row: how many were not created
    };

    static QString stateText(InstanceState state);
    static StatusIcon statusIcon(InstanceState state);

    explicit InstanceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds (once) the rows of every answered or failed batch of the launch.
    void addLaunch(const LaunchRecord &record);
    // Adds (once) the rows of one batch.
    void addBatch(const LaunchRecord &record, int batch);
    // What the service says now; rows that do not change emit nothing.
    void updateInstances(const QList<InstanceInfo> &instances);
    void clear();

    int rowOfInstance(const QString &instanceId) const;
    const Row &row(int row) const { return m_rows.at(row); }

private:
    void appendRows(const QList<Row> &rows);
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
};
