// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/zoneoffermodel.h"

#include <algorithm>

ZoneOfferModel::ZoneOfferModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ZoneOfferModel::setOffer(const ZoneOffer &offer)
{
    beginResetModel();
    m_offer = offer;
    m_families = offer.families();
    m_types.clear();
    for (const QString &family : std::as_const(m_families))
        m_types.append(offer.typesOf(family));
    endResetModel();
}

void ZoneOfferModel::clear()
{
    setOffer(ZoneOffer{});
}

QModelIndex ZoneOfferModel::indexOfType(const QString &instanceType, int column) const
{
    for (int f = 0; f < m_types.size(); ++f) {
        for (int t = 0; t < m_types[f].size(); ++t) {
            if (m_types[f][t].instanceType == instanceType)
                return createIndex(t, column, quintptr(f) + 1);
        }
    }
    return {};
}

QModelIndex ZoneOfferModel::indexOfFamily(const QString &family) const
{
    const auto row = m_families.indexOf(family);
    return row < 0 ? QModelIndex() : createIndex(int(row), TypeColumn, quintptr(0));
}

const InstanceTypeOffer *ZoneOfferModel::typeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const auto family = qsizetype(index.internalId() - 1);
    if (family >= m_types.size() || index.row() >= m_types[family].size())
        return nullptr;
    return &m_types[family][index.row()];
}

QString ZoneOfferModel::priceText(double cnyPerHour)
{
    // Two decimals like the console; more when the price is finer than that (0.0125).
    for (int decimals = 2; decimals < 4; ++decimals) {
        QString text = QString::number(cnyPerHour, 'f', decimals);
        if (qFuzzyCompare(1.0 + text.toDouble(), 1.0 + cnyPerHour))
            return text;
    }
    return QString::number(cnyPerHour, 'f', 4);
}

QString ZoneOfferModel::priceColumnText(const InstanceTypeOffer &type)
{
    const std::optional<double> payable = type.payablePrice();
    if (!payable)
        return QStringLiteral("—");
    QString price = tr("¥%1", "CNY per hour").arg(priceText(*payable));
    if (!type.hasDiscount())
        return price;
    return tr("%1 (list ¥%2)", "discounted price, then the list price, CNY per hour")
        .arg(price, priceText(*type.unitPrice));
}

QString ZoneOfferModel::statusText(const InstanceTypeOffer &type)
{
    switch (type.status) {
    case InstanceTypeOffer::Status::Sell:
        return type.isUnderStock() ? tr("Nearly sold out") : tr("On sale");
    case InstanceTypeOffer::Status::SoldOut:
        return type.soldOutReason.isEmpty()
                   ? tr("Sold out")
                   : tr("Sold out: %1", "%1 is the service's SoldOutReason")
                         .arg(type.soldOutReason);
    case InstanceTypeOffer::Status::Unknown:
        break;
    }
    return tr("Not on sale (%1)", "%1 is the service's Status").arg(type.rawStatus);
}

QModelIndex ZoneOfferModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_families.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_types.size())
        return {};
    if (row >= m_types[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ZoneOfferModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ZoneOfferModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_families.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_types.size())
        return 0;
    return int(m_types[parent.row()].size());
}

int ZoneOfferModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ZoneOfferModel::familyData(int row, int column, int role) const
{
    const QString &family = m_families[row];
    const QList<InstanceTypeOffer> &types = m_types[row];
    const auto selling = std::count_if(types.cbegin(), types.cend(),
                                       [](const InstanceTypeOffer &t) { return t.isSelling(); });
    switch (role) {
    case FamilyRole:
        return family;
    case InstanceTypeRole:
        return QString();
    case SellingRole:
    case UnderStockRole:
        return false;
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (column) {
        case TypeColumn: {
            const QString label = m_offer.familyLabel(family);
            // The name already ends in the code (标准型S5, Standard S5): said once.
            if (label == family || label.endsWith(family))
                return label;
            return tr("%1 (%2)", "a family's name, then its code").arg(label, family);
        }
        case RatioColumn:
            return m_offer.ratiosText(family);
        case StatusColumn:
            // Not %n: the English plural would need a catalogue entry to read well.
            if (selling == 0)
                return tr("Sold out");
            return selling == 1 ? tr("1 type on sale") : tr("%1 types on sale").arg(selling);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ZoneOfferModel::typeData(const InstanceTypeOffer &type, int column, int role) const
{
    switch (role) {
    case InstanceTypeRole:
        return type.instanceType;
    case FamilyRole:
        return type.family;
    case SellingRole:
        return type.isSelling();
    case UnderStockRole:
        return type.isSelling() && type.isUnderStock();
    case Qt::TextAlignmentRole:
        if (column == CpuColumn || column == MemoryColumn || column == PriceColumn ||
            column == BandwidthColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn || !type.isSelling() || type.isUnderStock())
            return statusText(type);
        if (column == PriceColumn && type.payablePrice())
            return tr("Pay-by-hour price of the instance alone, in CNY per hour (disks and "
                      "bandwidth are charged on top).");
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (column) {
        case TypeColumn:
            return type.instanceType;
        case CpuColumn:
            return type.cpu == 1 ? tr("1 core") : tr("%1 cores").arg(type.cpu);
        case MemoryColumn:
            return tr("%1 GB").arg(type.memory);
        case RatioColumn:
            return type.ratioText();
        case PriceColumn:
            return priceColumnText(type);
        case CpuModelColumn:
            if (type.cpuType.isEmpty())
                return type.frequency;
            return type.frequency.isEmpty()
                       ? type.cpuType
                       : QStringLiteral("%1 (%2)").arg(type.cpuType, type.frequency);
        case BandwidthColumn:
            return type.instanceBandwidth > 0
                       ? tr("%1 Gbps").arg(QString::number(type.instanceBandwidth, 'g', 4))
                       : QString();
        case StatusColumn:
            return statusText(type);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ZoneOfferModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0)
        return index.row() < m_families.size() ? familyData(index.row(), index.column(), role)
                                               : QVariant();
    const InstanceTypeOffer *type = typeAt(index);
    return type ? typeData(*type, index.column(), role) : QVariant();
}

QVariant ZoneOfferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Instance type");
    case CpuColumn:
        return tr("vCPU");
    case MemoryColumn:
        return tr("Memory");
    case RatioColumn:
        return tr("CPU:memory");
    case PriceColumn:
        return tr("Price (CNY/hour)");
    case CpuModelColumn:
        return tr("CPU model");
    case BandwidthColumn:
        return tr("Bandwidth");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ZoneOfferModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A family row groups, it is not a choice; a type not on sale stays visible (its status says
    // why) but is disabled, so neither a click nor the keyboard can choose it.
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    const InstanceTypeOffer *type = typeAt(index);
    if (!type || !type->isSelling())
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
