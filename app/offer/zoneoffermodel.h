// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "offer/zoneoffer.h"

#include <QAbstractItemModel>

// The live offer of one zone as a two-level tree for the wizard's instance step: one top-level
// row per family the service lists (labelled by DescribeInstanceFamilyConfigs, in the service's
// order), under it one row per instance type (ordered by cores, then memory).
//
// Columns: InstanceType, cores, memory (GB), CPU:memory (Memory/Cpu of the answer, never the
// name), hourly price (CNY per hour: UnitPriceDiscount, and UnitPrice when it differs), status
// (SELL, SOLD_OUT with its SoldOutReason, UnderStock), CPU model (CpuType and Frequency) and
// bandwidth (InstanceBandwidth, Gbps). Only a type on sale (Status SELL) is selectable: family rows
// and sold-out or unknown-state types are shown but never chosen. No widgets: Qt Core only.
class ZoneOfferModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Status before the CPU model: whether a type can be chosen must be seen without scrolling.
    enum Column {
        TypeColumn,
        CpuColumn,
        MemoryColumn,
        RatioColumn,
        PriceColumn,
        StatusColumn,
        CpuModelColumn,
        BandwidthColumn,
        ColumnCount
    };
    enum Role {
        InstanceTypeRole = Qt::UserRole + 1, // QString: the exact InstanceType; empty on families
        FamilyRole,                          // QString: InstanceFamily, on both levels
        SellingRole,                         // bool: a type on sale (the only choosable rows)
        UnderStockRole                       // bool: on sale, StatusCategory UnderStock
    };

    explicit ZoneOfferModel(QObject *parent = nullptr);

    // Replaces everything shown (a reset). An empty offer shows nothing.
    void setOffer(const ZoneOffer &offer);
    const ZoneOffer &offer() const { return m_offer; }
    void clear();

    // The row of the type with this exact InstanceType; invalid when it is not listed.
    QModelIndex indexOfType(const QString &instanceType, int column = TypeColumn) const;
    // The family's top-level row; invalid when it is not listed.
    QModelIndex indexOfFamily(const QString &family) const;
    // The listed type at `index` (any column); nullptr on a family row or an invalid index.
    const InstanceTypeOffer *typeAt(const QModelIndex &index) const;

    // "0.36" with 2 decimals (more when needed, up to 4), in the C locale like the service's.
    static QString priceText(double cnyPerHour);
    // The price column's text (the header says per hour): "¥0.36", "¥0.36 (list ¥0.40)"; "—"
    // without a price.
    static QString priceColumnText(const InstanceTypeOffer &type);
    // The status column's text: "On sale", "Nearly sold out", "Sold out: <SoldOutReason>".
    static QString statusText(const InstanceTypeOffer &type);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // A type row's internalId is its family's row + 1; a family row's is 0.
    QVariant familyData(int row, int column, int role) const;
    QVariant typeData(const InstanceTypeOffer &type, int column, int role) const;

    ZoneOffer m_offer;
    QStringList m_families;
    QList<QList<InstanceTypeOffer>> m_types; // per family, as m_families
};
