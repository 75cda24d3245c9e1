#include "launch/instancemodel.h"

#include "catalog/catalog.h"

#include <QLocale>

#include <algorithm>

namespace {
const QString BatchKeyPrefix = QStringLiteral("batch:");
}

QString InstanceModel::stateText(InstanceState state)
{
    switch (state) {
    case InstanceState::Creating:
        return tr("Creating");
    case InstanceState::Running:
        return tr("Running");
    case InstanceState::CreateFailed:
        return tr("Creation failed");
    case InstanceState::Stopped:
        return tr("Stopped");
    case InstanceState::Returning:
        return tr("Returning");
    case InstanceState::Returned:
        return tr("Returned");
    case InstanceState::Fault:
        return tr("Fault");
    case InstanceState::Busy:
        return tr("Busy");
    case InstanceState::Unknown:
        return tr("Waiting for status");
    }
    return {};
}

InstanceModel::StatusIcon InstanceModel::statusIcon(InstanceState state)
{
    switch (state) {
    case InstanceState::Running:
        return StatusIcon::Running;
    case InstanceState::Stopped:
        return StatusIcon::Stopped;
    case InstanceState::CreateFailed:
        return StatusIcon::Failed;
    case InstanceState::Returning:
        return StatusIcon::Returning;
    case InstanceState::Returned:
        return StatusIcon::Returned;
    case InstanceState::Fault:
        return StatusIcon::Warning;
    case InstanceState::Creating:
    case InstanceState::Busy:
    case InstanceState::Unknown:
        return StatusIcon::Pending;
    }
    return StatusIcon::Pending;
}

InstanceModel::InstanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int InstanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return r.error.isEmpty() ? QVariant(display(r, StatusColumn)) : QVariant(r.error);
        return {};
    case SortRole:
        if (index.column() == LaunchedAtColumn)
            return r.launchedAt;
        if (index.column() == ShapeColumn)
            return qint64(r.info.cpu) * 1000000 + r.info.mem;
        return display(r, index.column());
    case StatusIconRole:
        if (index.column() == StatusColumn)
            return int(statusIcon(r.info.state));
        return {};
    case ErrorRole:
        return r.error;
    case InstanceIdRole:
        return r.info.instanceId;
    case LaunchIdRole:
        return r.launchId;
    case StateRole:
        return int(r.info.state);
    default:
        return {};
    }
}

QVariant InstanceModel::display(const Row &r, int column) const
{
    switch (column) {
    case IdColumn:
        return r.batchCount > 0 ? tr("(%n instance(s) not created)", nullptr, r.batchCount)
                                : r.info.instanceId;
    case NameColumn:
        return r.info.name;
    case ZoneColumn:
        return r.info.zoneName.isEmpty() ? QString::number(r.info.zoneId) : r.info.zoneName;
    case TypeColumn:
        return r.instanceType;
    case ShapeColumn:
        return tr("%n core(s) / %1 GB", nullptr, r.info.cpu).arg(r.info.mem);
    case StatusColumn:
        return r.batchCount > 0 ? tr("Not launched") : stateText(r.info.state);
    case LanIpColumn:
        return r.info.lanIp;
    case WanIpColumn:
        return r.info.wanIps.join(QStringLiteral(", "));
    case LaunchedAtColumn:
        // One fixed, sortable form in both languages, narrow enough for one line.
        return r.launchedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case LaunchColumn:
        return r.launchId.left(8);
    default:
        return {};
    }
}

QVariant InstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Instance ID");
    case NameColumn:
        return tr("Name");
    case ZoneColumn:
        return tr("Zone");
    case TypeColumn:
        return tr("Type");
    case ShapeColumn:
        return tr("Cores / memory");
    case StatusColumn:
        return tr("Status");
    case LanIpColumn:
        return tr("Private IP");
    case WanIpColumn:
        return tr("Public IP");
    case LaunchedAtColumn:
        return tr("Launched at");
    case LaunchColumn:
        return tr("Launch");
    default:
        return {};
    }
}

void InstanceModel::addLaunch(const LaunchRecord &record)
{
    for (int i = 0; i < record.batches.size(); ++i)
        addBatch(record, i);
}

void InstanceModel::addBatch(const LaunchRecord &record, int batch)
{
    if (batch < 0 || batch >= record.batches.size())
        return;
    const BatchRecord &b = record.batches.at(batch);
    Row base;
    base.launchId = record.id;
    base.launchedAt = record.createdAt;
    base.instanceType = record.spec.instanceType;
    base.info.name = record.spec.instanceName;
    base.info.zoneId = record.spec.zoneId;
    // Until the service names the zone (and for batches it never made), the catalog does.
    if (const CatalogZone *zone = Catalog::builtIn().zone(record.spec.zoneId))
        base.info.zoneName = zone->name.text();
    base.info.cpu = record.spec.cpu;
    base.info.mem = record.spec.mem;

    QList<Row> rows;
    if (b.state == BatchRecord::State::Failed) {
        Row r = base;
        r.key = BatchKeyPrefix + b.clientToken;
        r.info.state = InstanceState::CreateFailed;
        r.error = b.error;
        r.batchCount = b.count - int(b.instanceIds.size());
        if (r.batchCount > 0 && !m_rowOfKey.contains(r.key))
            rows << r;
    }
    for (const QString &id : b.instanceIds) {
        if (m_rowOfKey.contains(id))
            continue;
        Row r = base;
        r.key = id;
        r.info.instanceId = id;
        rows << r;
    }
    appendRows(rows);
}

void InstanceModel::appendRows(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Row &r : rows) {
        m_rowOfKey.insert(r.key, int(m_rows.size()));
        m_rows << r;
    }
    endInsertRows();
}

void InstanceModel::updateInstances(const QList<InstanceInfo> &instances)
{
    QList<int> changed;
    for (const InstanceInfo &info : instances) {
        const auto it = m_rowOfKey.constFind(info.instanceId);
        if (info.instanceId.isEmpty() || it == m_rowOfKey.constEnd())
            continue;
        Row &r = m_rows[*it];
        // Most of an answer repeats what the row shows: settle that without copying.
        if (info == r.info &&
            r.error == (info.state == InstanceState::CreateFailed ? info.failureReason : QString()))
            continue;
        InstanceInfo next = info;
        // An answer may leave out what the launch already told us.
        if (next.name.isEmpty())
            next.name = r.info.name;
        if (next.zoneId == 0 && next.zoneName.isEmpty()) {
            next.zoneId = r.info.zoneId;
            next.zoneName = r.info.zoneName;
        }
        if (next.cpu == 0 && next.mem == 0) {
            next.cpu = r.info.cpu;
            next.mem = r.info.mem;
        }
        const QString error =
            next.state == InstanceState::CreateFailed ? next.failureReason : QString();
        if (next == r.info && error == r.error)
            continue;
        r.info = next;
        r.error = error;
        changed << *it;
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    // One signal per run of adjacent changed rows: never a row that did not change.
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changed.at(i), 0), index(changed.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void InstanceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    endResetModel();
}

int InstanceModel::rowOfInstance(const QString &instanceId) const
{
    return m_rowOfKey.value(instanceId, -1);
}
