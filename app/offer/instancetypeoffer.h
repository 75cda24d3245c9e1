// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One instance type as the service sells it in one zone, for one charge type: an item of
// DescribeZoneInstanceConfigInfos' InstanceTypeQuotaSet (cvm 2017-03-12, "InstanceTypeQuotaItem",
// cloud.tencent.com/document/api/213/17378). Values are the service's, never parsed from the name.
struct InstanceTypeOffer
{
    // Status: SELL "表示实例可购买", SOLD_OUT "表示实例已售罄". Anything else is kept as Unknown
    // and treated as not buyable: an unknown state is never taken for "on sale".
    enum class Status { Sell, SoldOut, Unknown };

    QString zone;         // Zone, e.g. "ap-guangzhou-6"
    QString instanceType; // InstanceType, e.g. "SA5.MEDIUM4": what RunInstances sends
    QString family;       // InstanceFamily, e.g. "SA5"
    QString typeName;     // TypeName, e.g. "标准型SA5" (display only)
    QString chargeType;   // InstanceChargeType, e.g. "POSTPAID_BY_HOUR"
    int cpu = 0;          // Cpu, cores
    int memory = 0;       // Memory, GB (not GiB: the doc says GB)
    Status status = Status::Unknown;
    QString rawStatus;      // Status verbatim
    QString soldOutReason;  // SoldOutReason; empty when selling
    QString statusCategory; // EnoughStock, NormalStock, UnderStock ("即将售罄"), WithoutStock
    // Price.UnitPrice (原价) and Price.UnitPriceDiscount (折扣价), CNY per Price.ChargeUnit
    // (HOUR for pay-by-hour). Absent when the service gave none.
    std::optional<double> unitPrice;
    std::optional<double> unitPriceDiscount;
    QString chargeUnit;
    QString cpuType;              // CpuType, e.g. "AMD EPYC Bergamo"; may be empty
    QString frequency;            // Frequency, e.g. "2.5GHz/3.1GHz"; may be empty
    double instanceBandwidth = 0; // InstanceBandwidth, internal bandwidth in Gbps
    int instancePps = 0;          // InstancePps, in units of 10,000 packets per second (万PPS)
    QStringList localDiskTypes;   // LocalDiskTypeList[].Type; empty: no local disk possible
    int gpu = 0;                  // Gpu, count

    bool isSelling() const { return status == Status::Sell; }
    // StatusCategory UnderStock: still buyable, but "即将售罄".
    bool isUnderStock() const;
    // Memory / Cpu in GB per core, 0 when Cpu is 0.
    double memoryPerCore() const { return cpu > 0 ? double(memory) / cpu : 0.0; }
    // The CPU:memory ratio reduced, as the product writes it: "1:4", "1:1", "3:7"; empty when
    // either value is not positive.
    QString ratioText() const;
    // The price the operator pays per hour: UnitPriceDiscount, else UnitPrice.
    std::optional<double> payablePrice() const;
    // True when both prices are known and differ (the UI then shows the list price too).
    bool hasDiscount() const;

    static Status statusFromText(const QString &status);

    bool operator==(const InstanceTypeOffer &) const = default;
};
