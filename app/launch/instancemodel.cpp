// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

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
    case InstanceState::NotFound:
        return tr("Not found by the service");
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
    case InstanceState::NotFound:
        return StatusIcon::Warning;
    case InstanceState::Creating:
    case InstanceState::Busy:
        return StatusIcon::Pending;
    case InstanceState::Unknown:
        return StatusIcon::Waiting;
    }
    return StatusIcon::Pending;
}

QString InstanceModel::errorOf(const InstanceInfo &info)
{
    const bool explained =
        info.state == InstanceState::CreateFailed || info.state == InstanceState::NotFound;
    return explained ? info.failureReason : QString();
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
        if (index.column() == StatusColumn) {
            const QString error = data(index, ErrorRole).toString();
            return error.isEmpty() ? QVariant(display(r, StatusColumn)) : QVariant(error);
        }
        return {};
    case SortRole:
        if (index.column() == LaunchedAtColumn)
            return r.launchedAt;
        if (index.column() == ShapeColumn)
            return qint64(r.info.cpu) * 1000000 + r.info.mem;
        if (index.column() == BandwidthColumn)
            return r.info.bandwidth;
        return display(r, index.column());
    case StatusIconRole:
        if (index.column() == StatusColumn)
            return int(statusIcon(r.info.state));
        return {};
    case ErrorRole: {
        if (!r.error.isEmpty())
            return r.error;
        if (!r.actionError.isEmpty())
            return r.actionError;
        const Account account = accountOf(r);
        return account.problem.isEmpty() ? account.pollError : account.problem;
    }
    case ProfileIdRole:
        return r.profileId;
    case AccountProblemRole:
        return accountOf(r).problem;
    case InstanceIdRole:
        return r.info.instanceId;
    case LaunchIdRole:
        return r.launchId;
    case StateRole:
        return int(r.info.state);
    case BandwidthRole:
        return r.info.bandwidth;
    case RegionRole:
        return r.region;
    case NameRole:
        return r.info.name;
    case LanIpRole:
        return r.info.lanIp;
    case WanIpsRole:
        return r.info.wanIps;
    case ZoneIdRole: {
        const QString v3Name = Catalog::builtIn().v3ZoneName(r.info.zoneId);
        if (!v3Name.isEmpty())
            return v3Name;
        // API 3.0 answers name the zone (ap-guangzhou-3) where the catalog has no number.
        const QString prefix = r.region + QLatin1Char('-');
        if (!r.region.isEmpty() && r.info.zoneName.startsWith(prefix))
            return r.info.zoneName;
        return QString::number(r.info.zoneId);
    }
    default:
        return {};
    }
}

QVariant InstanceModel::display(const Row &r, int column) const
{
    switch (column) {
    case IdColumn:
        if (r.batchCount > 0 && r.batchOpen)
            return tr("(%n instance(s) not confirmed yet)", nullptr, r.batchCount);
        return r.batchCount > 0 ? tr("(%n instance(s) not created)", nullptr, r.batchCount)
                                : r.info.instanceId;
    case NameColumn:
        return r.info.name;
    case ZoneColumn:
        // The catalog names every zone, in the interface's language, whether the row came from
        // the journal (a zoneId), API 2.0 (a Chinese zoneName) or API 3.0 (ap-guangzhou-3).
        return Catalog::builtIn().zoneDisplayName(r.info.zoneId, r.info.zoneName);
    case TypeColumn:
        return r.instanceType;
    case ShapeColumn:
        return tr("%n core(s) / %1 GB", nullptr, r.info.cpu).arg(r.info.mem);
    case StatusColumn: {
        if (r.batchCount > 0 && !r.batchOpen)
            return tr("Not launched");
        const QString state =
            r.batchCount > 0 ? tr("Outcome unknown, will ask again") : stateText(r.info.state);
        // Said beside the state, never instead of it: the instance is what it was, only this
        // app cannot ask or act through its account now.
        const bool settled =
            r.info.state == InstanceState::Returned || r.info.state == InstanceState::CreateFailed;
        if (!settled && !accountOf(r).problem.isEmpty())
            return tr("%1 (account not available)").arg(state);
        if (!r.actionError.isEmpty())
            return tr("%1 (last action failed)").arg(state);
        if (!settled && !accountOf(r).pollError.isEmpty())
            return tr("%1 (status not refreshed)").arg(state);
        return state;
    }
    case LanIpColumn:
        return r.info.lanIp;
    case WanIpColumn:
        return r.info.wanIps.join(QStringLiteral(", "));
    case BandwidthColumn:
        return r.info.bandwidth < 0 ? QString() : tr("%1 Mbps").arg(r.info.bandwidth);
    case LaunchedAtColumn:
        // One fixed, sortable form in both languages, narrow enough for one line.
        return r.launchedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case LaunchColumn:
        return r.launchId.left(8);
    case AccountColumn: {
        if (r.profileId.isEmpty())
            return tr("Account unknown");
        const QString name = accountOf(r).name;
        return name.isEmpty() ? r.profileId : name;
    }
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
        // The wizard's word for it (机型), so table and wizard agree.
        return tr("Instance type");
    case ShapeColumn:
        return tr("Cores / memory");
    case StatusColumn:
        return tr("Status");
    case LanIpColumn:
        return tr("Private IP");
    case WanIpColumn:
        return tr("Public IP");
    case BandwidthColumn:
        return tr("Bandwidth");
    case LaunchedAtColumn:
        return tr("Launched at");
    case LaunchColumn:
        return tr("Launch");
    case AccountColumn:
        return tr("Account");
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
    base.profileId = record.profileId;
    base.region = record.region;
    base.launchedAt = record.createdAt;
    base.instanceType = record.spec.instanceType;
    base.info.name = record.spec.instanceName;
    // Named by the catalog when shown (ZoneColumn), in the language of the moment.
    base.info.zoneId = record.spec.zoneId;
    base.info.cpu = record.spec.cpu;
    base.info.mem = record.spec.mem;
    base.info.bandwidth = record.spec.bandwidth; // until the service says otherwise

    // One row stands for the instances of a batch that the service has not given ids for:
    // refused for good (Failed), or not known yet (Unconfirmed, asked again later). It goes once
    // the batch is answered.
    const QString batchKey = BatchKeyPrefix + b.clientToken;
    const bool open = b.state == BatchRecord::State::Unconfirmed;
    const int missing = b.count - int(b.instanceIds.size());
    if ((b.state == BatchRecord::State::Failed || open) && missing > 0) {
        Row r = base;
        r.key = batchKey;
        r.info.state = open ? InstanceState::Unknown : InstanceState::CreateFailed;
        r.error = b.error;
        r.batchCount = missing;
        r.batchOpen = open;
        const auto it = m_rowOfKey.constFind(batchKey);
        if (it == m_rowOfKey.constEnd()) {
            appendRows({r});
        } else if (m_rows.at(*it).error != r.error || m_rows.at(*it).batchOpen != open ||
                   m_rows.at(*it).info.state != r.info.state) {
            m_rows[*it] = r;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        }
    } else {
        removeKey(batchKey);
    }

    QList<Row> rows;
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

void InstanceModel::removeKey(const QString &key)
{
    const auto it = m_rowOfKey.constFind(key);
    if (it == m_rowOfKey.constEnd())
        return;
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOfKey.remove(key);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOfKey[m_rows.at(i).key] = i;
    endRemoveRows();
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
        if (info == r.info && r.error == errorOf(info))
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
        if (next.bandwidth < 0)
            next.bandwidth = r.info.bandwidth;
        const QString error = errorOf(next);
        if (next == r.info && error == r.error)
            continue;
        // A failed action is about the state it failed in: a new state supersedes it.
        if (next.state != r.info.state)
            r.actionError.clear();
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

QString InstanceModel::accountKey(const QString &profileId, const QString &region)
{
    return profileId + QLatin1Char('\n') + region;
}

InstanceModel::Account InstanceModel::accountOf(const Row &row) const
{
    return m_accounts.value(accountKey(row.profileId, row.region));
}

void InstanceModel::setAccount(const QString &profileId, const QString &region, const QString &name,
                               const QString &problem)
{
    Account &account = m_accounts[accountKey(profileId, region)];
    if (account.name == name && account.problem == problem)
        return;
    account.name = name;
    account.problem = problem;
    accountRowsChanged(profileId, region);
}

void InstanceModel::setAccountPollError(const QString &profileId, const QString &region,
                                        const QString &error)
{
    Account &account = m_accounts[accountKey(profileId, region)];
    if (account.pollError == error)
        return;
    account.pollError = error;
    accountRowsChanged(profileId, region);
}

void InstanceModel::setActionError(const QString &instanceId, const QString &error)
{
    const int row = rowOfInstance(instanceId);
    if (row < 0 || m_rows.at(row).actionError == error)
        return;
    m_rows[row].actionError = error;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InstanceModel::accountRowsChanged(const QString &profileId, const QString &region)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).profileId == profileId && m_rows.at(i).region == region) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
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
