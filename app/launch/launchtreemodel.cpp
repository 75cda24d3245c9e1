// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launchtreemodel.h"

#include "catalog/catalog.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace {
constexpr quintptr LaunchRowId = 0; // internalId of top-level (launch) rows
} // namespace

LaunchTreeModel::LaunchTreeModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void LaunchTreeModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    beginResetModel();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_source = qobject_cast<InstanceModel *>(sourceModel);
    if (m_source) {
        m_connections << connect(m_source, &QAbstractItemModel::rowsInserted, this,
                                 &LaunchTreeModel::onRowsInserted)
                      << connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 &LaunchTreeModel::onRowsAboutToBeRemoved)
                      << connect(m_source, &QAbstractItemModel::rowsRemoved, this,
                                 &LaunchTreeModel::onRowsRemoved)
                      << connect(m_source, &QAbstractItemModel::dataChanged, this,
                                 &LaunchTreeModel::onDataChanged)
                      << connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &LaunchTreeModel::beginResetModel)
                      << connect(m_source, &QAbstractItemModel::modelReset, this,
                                 [this] {
                                     rebuild();
                                     endResetModel();
                                 })
                      // InstanceModel never moves rows; a layout change is taken as a new start.
                      << connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                 &LaunchTreeModel::beginResetModel)
                      << connect(m_source, &QAbstractItemModel::layoutChanged, this,
                                 [this] {
                                     rebuild();
                                     endResetModel();
                                 })
                      << connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void LaunchTreeModel::rebuild()
{
    // Launches known only by addLaunch() (no rows yet) stay across a rebuild.
    QList<Launch> old = std::move(m_launches);
    m_launches.clear();
    m_rowOfLaunch.clear();
    m_rowOfSerial.clear();
    const int rows = m_source ? m_source->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        const QString id = launchIdOfSourceRow(r);
        int launch = launchRowOf(id);
        if (launch < 0)
            launch = appendLaunch(id);
        m_launches[launch].rows << r;
    }
    for (const Launch &l : std::as_const(old)) {
        int row = launchRowOf(l.id);
        if (row < 0 && l.record)
            row = appendLaunch(l.id);
        // What was seen of a launch stays seen: a reset never announces it a second time.
        if (row >= 0) {
            m_launches[row].seenOnItsWay = l.seenOnItsWay;
            m_launches[row].settledAnnounced = l.settledAnnounced;
        }
    }
}

int LaunchTreeModel::appendLaunch(const QString &launchId)
{
    Launch launch;
    launch.id = launchId;
    launch.serial = m_nextSerial++;
    launch.record = m_lookup ? m_lookup(launchId) : std::nullopt;
    const int row = int(m_launches.size());
    m_launches << launch;
    m_rowOfLaunch.insert(launchId, row);
    m_rowOfSerial.insert(launch.serial, row);
    return row;
}

void LaunchTreeModel::addLaunch(const QString &launchId)
{
    if (launchId.isEmpty() || launchRowOf(launchId) >= 0)
        return;
    const int row = int(m_launches.size());
    beginInsertRows({}, row, row);
    appendLaunch(launchId);
    endInsertRows();
    launchRowChanged(row);
}

void LaunchTreeModel::launchChanged(const QString &launchId)
{
    const int row = launchRowOf(launchId);
    if (row < 0)
        return;
    m_launches[row].record = m_lookup ? m_lookup(launchId) : std::nullopt;
    launchRowChanged(row);
}

QString LaunchTreeModel::launchIdOfSourceRow(int sourceRow) const
{
    return m_source->index(sourceRow, 0).data(InstanceModel::LaunchIdRole).toString();
}

void LaunchTreeModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (Launch &launch : m_launches) {
        for (int &r : launch.rows) {
            if (r >= first)
                r += count;
        }
    }
    QSet<int> touched;
    for (int r = first; r <= last; ++r) {
        const QString id = launchIdOfSourceRow(r);
        int launchRow = launchRowOf(id);
        if (launchRow < 0) {
            launchRow = int(m_launches.size());
            beginInsertRows({}, launchRow, launchRow);
            appendLaunch(id);
            endInsertRows();
        }
        QList<int> &rows = m_launches[launchRow].rows;
        const int pos = int(std::lower_bound(rows.begin(), rows.end(), r) - rows.begin());
        beginInsertRows(index(launchRow, 0), pos, pos);
        rows.insert(pos, r);
        endInsertRows();
        touched.insert(launchRow);
    }
    for (int launchRow : std::as_const(touched))
        launchRowChanged(launchRow);
}

void LaunchTreeModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The rows go from this model while the source still has them: every index used meanwhile
    // is still right. The launch rows stay (a launch with no rows left is still a launch).
    for (int r = last; r >= first; --r) {
        const int launchRow = launchRowOf(launchIdOfSourceRow(r));
        if (launchRow < 0)
            continue;
        QList<int> &rows = m_launches[launchRow].rows;
        const auto it = std::lower_bound(rows.begin(), rows.end(), r);
        if (it == rows.end() || *it != r)
            continue;
        const int pos = int(it - rows.begin());
        beginRemoveRows(index(launchRow, 0), pos, pos);
        rows.removeAt(pos);
        endRemoveRows();
        if (!m_removedFrom.contains(launchRow))
            m_removedFrom << launchRow;
    }
}

void LaunchTreeModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (Launch &launch : m_launches) {
        for (int &r : launch.rows) {
            if (r > last)
                r -= count;
        }
    }
    const QList<int> touched = std::exchange(m_removedFrom, {});
    for (int launchRow : touched)
        launchRowChanged(launchRow);
}

void LaunchTreeModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    QList<int> touched;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const QModelIndex first = mapFromSource(topLeft.siblingAtRow(r));
        if (!first.isValid())
            continue;
        Q_EMIT dataChanged(first, first.siblingAtColumn(bottomRight.column()), roles);
        const int launchRow = m_rowOfSerial.value(first.internalId(), -1);
        if (!touched.contains(launchRow))
            touched << launchRow;
    }
    for (int launchRow : std::as_const(touched))
        launchRowChanged(launchRow);
}

void LaunchTreeModel::launchRowChanged(int launchRow)
{
    Launch &launch = m_launches[launchRow];
    launch.progress.reset();
    const LaunchProgress &now = progressOf(launch);
    Q_EMIT dataChanged(index(launchRow, 0), index(launchRow, InstanceModel::ColumnCount - 1));
    // A launch counts as on its way only when that was seen: rows read back from the journal
    // wait for their first status, and a launch that turns out to have been running all along
    // is no news.
    if (now.creating > 0)
        launch.seenOnItsWay = true;
    if (launch.seenOnItsWay && now.isSettled() && now.total > 0 && !launch.settledAnnounced) {
        launch.settledAnnounced = true;
        Q_EMIT launchSettled(launch.id);
    }
}

const LaunchProgress &LaunchTreeModel::progressOf(const Launch &launch) const
{
    if (launch.progress)
        return *launch.progress;
    LaunchProgress p;
    for (int r : launch.rows) {
        const InstanceModel::Row &row = m_source->row(r);
        // A batch's row stands for the instances it has no ids for: refused, or not known yet
        // (still on its way as far as anyone can tell).
        if (row.batchCount > 0)
            p.add(row.batchOpen ? InstanceState::Creating : row.info.state, row.batchCount);
        else
            p.add(row.info.state);
    }
    if (launch.record) {
        // What the record expects rows for and has none yet: batches not sent or not answered,
        // and ids of an answered batch whose rows are being added. On their way, either way.
        int expected = 0;
        for (const BatchRecord &batch : launch.record->batches)
            expected += batch.state == BatchRecord::State::Answered ? int(batch.instanceIds.size())
                                                                    : batch.count;
        if (expected > p.total)
            p.add(InstanceState::Creating, expected - p.total);
    }
    launch.progress = p;
    return *launch.progress;
}

QModelIndex LaunchTreeModel::launchIndex(const QString &launchId) const
{
    const int row = launchRowOf(launchId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

LaunchProgress LaunchTreeModel::progress(const QString &launchId) const
{
    const int row = launchRowOf(launchId);
    return row < 0 ? LaunchProgress() : progressOf(m_launches.at(row));
}

QString LaunchTreeModel::title(const QString &launchId) const
{
    const int row = launchRowOf(launchId);
    return row < 0 ? QString() : titleOf(m_launches.at(row));
}

LaunchTreeModel::Summary LaunchTreeModel::summary(const QStringList &launchIds) const
{
    Summary s;
    for (const QString &id : launchIds) {
        const int row = launchRowOf(id);
        if (row < 0)
            continue;
        const Launch &launch = m_launches.at(row);
        const LaunchProgress &p = progressOf(launch);
        s.progress += p;
        if (launch.record && launch.record->pricePerInstanceHour)
            s.runningCostPerHour += p.running * *launch.record->pricePerInstanceHour;
        else
            s.runningUnpriced += p.running;
    }
    return s;
}

QString LaunchTreeModel::titleOf(const Launch &launch) const
{
    if (!launch.record)
        return launch.id.left(8);
    const LaunchSpec &spec = launch.record->spec;
    if (!spec.instanceName.isEmpty())
        return spec.instanceName;
    return tr("%1 × %2 in %3")
        .arg(spec.goodsNum)
        .arg(spec.instanceType, Catalog::builtIn().zoneDisplayName(spec.zoneId, QString()));
}

QModelIndex LaunchTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= InstanceModel::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_launches.size() ? createIndex(row, column, LaunchRowId) : QModelIndex();
    if (parent.internalId() != LaunchRowId || parent.column() != 0 ||
        parent.row() >= m_launches.size())
        return {};
    const Launch &launch = m_launches.at(parent.row());
    return row < launch.rows.size() ? createIndex(row, column, launch.serial) : QModelIndex();
}

QModelIndex LaunchTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == LaunchRowId)
        return {};
    const int launchRow = m_rowOfSerial.value(child.internalId(), -1);
    return launchRow < 0 ? QModelIndex() : createIndex(launchRow, 0, LaunchRowId);
}

int LaunchTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_launches.size());
    if (parent.internalId() != LaunchRowId || parent.column() != 0 ||
        parent.row() >= m_launches.size())
        return 0;
    return int(m_launches.at(parent.row()).rows.size());
}

int LaunchTreeModel::columnCount(const QModelIndex &) const
{
    return InstanceModel::ColumnCount;
}

bool LaunchTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags LaunchTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex LaunchTreeModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.internalId() == LaunchRowId)
        return {};
    const int launchRow = m_rowOfSerial.value(proxyIndex.internalId(), -1);
    if (launchRow < 0 || proxyIndex.row() >= m_launches.at(launchRow).rows.size())
        return {};
    return m_source->index(m_launches.at(launchRow).rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex LaunchTreeModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int launchRow = launchRowOf(launchIdOfSourceRow(sourceIndex.row()));
    if (launchRow < 0)
        return {};
    const Launch &launch = m_launches.at(launchRow);
    const auto it = std::lower_bound(launch.rows.begin(), launch.rows.end(), sourceIndex.row());
    if (it == launch.rows.end() || *it != sourceIndex.row())
        return {};
    return createIndex(int(it - launch.rows.begin()), sourceIndex.column(), launch.serial);
}

QVariant LaunchTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

QVariant LaunchTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_source)
        return {};
    if (index.internalId() != LaunchRowId) {
        if (role == IsLaunchRole)
            return false;
        return m_source->data(mapToSource(index), role);
    }
    if (index.row() >= m_launches.size())
        return {};
    return launchData(m_launches.at(index.row()), index.column(), role);
}

QVariant LaunchTreeModel::launchData(const Launch &launch, int column, int role) const
{
    const std::optional<LaunchRecord> &record = launch.record;
    // What the record does not say, the launch's first row does (a launch is one account).
    const QModelIndex firstRow =
        launch.rows.isEmpty() ? QModelIndex() : m_source->index(launch.rows.first(), column);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case InstanceModel::IdColumn:
            return titleOf(launch);
        case InstanceModel::StatusColumn:
            return progressOf(launch).text();
        case InstanceModel::LanIpColumn:
        case InstanceModel::WanIpColumn:
            return {};
        case InstanceModel::NameColumn:
            if (record)
                return record->spec.instanceName;
            break;
        case InstanceModel::ZoneColumn:
            if (record)
                return Catalog::builtIn().zoneDisplayName(record->spec.zoneId, QString());
            break;
        case InstanceModel::TypeColumn:
            if (record)
                return record->spec.instanceType;
            break;
        case InstanceModel::LaunchedAtColumn:
            if (record)
                return record->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            break;
        case InstanceModel::LaunchColumn:
            return launch.id.left(8);
        default:
            break;
        }
        return firstRow.isValid() ? firstRow.data(role) : QVariant();
    case Qt::ToolTipRole:
        if (column == InstanceModel::StatusColumn) {
            const QString error = launchData(launch, column, InstanceModel::ErrorRole).toString();
            return error.isEmpty() ? progressOf(launch).text() : error;
        }
        if (column == InstanceModel::IdColumn)
            return titleOf(launch);
        return {};
    case InstanceModel::SortRole:
        if (column == InstanceModel::LaunchedAtColumn && record)
            return record->createdAt;
        if (column == InstanceModel::ShapeColumn && firstRow.isValid())
            return firstRow.data(role);
        return launchData(launch, column, Qt::DisplayRole);
    case InstanceModel::StatusIconRole: {
        if (column != InstanceModel::StatusColumn)
            return {};
        const LaunchProgress &p = progressOf(launch);
        if (p.creating > 0)
            return int(InstanceModel::StatusIcon::Pending);
        if (p.waiting > 0)
            return int(InstanceModel::StatusIcon::Waiting);
        if (p.failed > 0 && p.failed == p.total)
            return int(InstanceModel::StatusIcon::Failed);
        if (p.failed > 0 || p.other > 0)
            return int(InstanceModel::StatusIcon::Warning);
        if (p.isFinished())
            return int(InstanceModel::StatusIcon::Returned);
        return int(InstanceModel::StatusIcon::Running);
    }
    case InstanceModel::ErrorRole: {
        QStringList errors;
        if (record) {
            for (const BatchRecord &batch : record->batches) {
                if (!batch.error.isEmpty() && !errors.contains(batch.error))
                    errors << batch.error;
            }
        }
        return errors.join(QLatin1Char('\n'));
    }
    case InstanceModel::LaunchIdRole:
        return launch.id;
    case InstanceModel::ProfileIdRole:
        if (record)
            return record->profileId;
        return firstRow.isValid() ? firstRow.data(role) : QVariant();
    case InstanceModel::AccountProblemRole:
        return firstRow.isValid() ? firstRow.data(role) : QVariant();
    case InstanceModel::InstanceIdRole:
        return QString();
    case IsLaunchRole:
        return true;
    case ArchivedRole:
        return record && record->archived;
    case FinishedRole:
        return progressOf(launch).isFinished();
    case ClientTokensRole: {
        QStringList tokens;
        if (record) {
            for (const BatchRecord &batch : record->batches)
                tokens << batch.clientToken;
        }
        return tokens;
    }
    default:
        return {};
    }
}
