// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// One instance type as DescribeZoneInstanceConfigInfos lists it in one zone (InstanceTypeQuotaItem
// in the cvm API 2017-03-12 docs). Memory in GB, price in CNY per hour (POSTPAID_BY_HOUR),
// bandwidth in Gbps, pps in 10,000 packets per second.
struct V3WorldType
{
    QString zone;         // ap-guangzhou-3
    QString family;       // S5
    QString instanceType; // S5.MEDIUM4
    int cpu = 0;
    int memory = 0;
    double pricePerHour = 0;
    double bandwidthGbps = 0;
    int pps = 0;
    QString status = QStringLiteral("SELL"); // SELL or SOLD_OUT
    QString statusCategory = QStringLiteral("EnoughStock");
    QString soldOutReason; // empty while SELL
    QJsonArray localDisks; // LocalDiskTypeList items, already in API names
    int storageBlocks = 0;

    bool sold() const { return status == QLatin1String("SELL"); }
};

// One instance family of the world (DescribeInstanceFamilyConfigs) with what goes with it.
struct V3WorldFamily
{
    QString family;   // S5
    QString typeName; // 标准型S5 (TypeName, InstanceFamilyName)
    int generation = 0;
    LocalizedText category;
    LocalizedText description;
    QString cpuType;
    QString frequency;
    QStringList systemDisks; // SystemDisk.DiskType values this family takes
    QStringList dataDisks;   // DataDisks.N.DiskType values this family takes
    QStringList zones;       // where its types are sold

    // TypeName in the answer's language (X-TC-Language): "Standard S5" for en-US, else 标准型S5.
    QString typeNameIn(const QString &language) const
    {
        return language == QLatin1String("en-US") && !category.en.isEmpty()
                   ? category.en + u' ' + family
                   : typeName;
    }
};

// One cloud disk type with its size rules per usage, in GiB (cbs DescribeDiskConfigQuota).
struct V3WorldDisk
{
    QString diskType; // CLOUD_PREMIUM
    LocalizedText name;
    SizeRule system;
    SizeRule data;
    double pricePerGbHour = 0; // CNY per GiB per hour
};

// One security group (vpc DescribeSecurityGroups) with its rules (DescribeSecurityGroupPolicies).
struct V3WorldSecurityGroup
{
    QString id; // sg-xxxxxxxx
    QString region;
    QString name;
    QString description;
    QString projectId; // a String in the vpc API
    bool isDefault = false;
    QString createdTime; // yyyy-MM-dd HH:mm:ss
    QJsonArray ingress;  // SecurityGroupPolicy objects, already in API names
    QJsonArray egress;
};

// A refusal as the real service words it: Response.Error.Code and a message.
struct V3Refusal
{
    QString code;
    QString message;
};

// The sandbox's API 3.0 world: what a real account meets today (cvm-api-v3-today.md §1–§5), read
// from a data file (resources/sandbox/v3world.json, compiled in as :/sandbox/v3world.json).
// Current families (S5, SA5, S6, M6, C6, IT5, SA2) with their (Cpu, Memory) pairs and hourly
// prices per zone, some types SOLD_OUT with a reason, the retired families of the seed (S1…C2),
// cloud disk rules, the pay-by-hour quota per zone (30 by default) and security groups. It also
// builds the Catalog the API 3.0 protocol checks launches against: the seed's regions, zones
// and limits with this world's families and disk types. The API 2.0 world is not this one.
// Cheap to copy; every lookup is pure.
class V3World
{
    Q_DECLARE_TR_FUNCTIONS(V3World)

public:
    static constexpr int DefaultQuotaPerZone = 30;

    // The world compiled into the program; checked by the tests, so it always loads.
    static const V3World &builtIn();
    // Reads a world object; on bad data an invalid world and, in *error, the path of the
    // problem (e.g. "families[2].types[0].cpu: expected a whole number").
    static V3World fromJson(const QJsonObject &json, QString *error = nullptr);

    bool isValid() const { return m_catalog.isValid(); }

    // The Catalog API 3.0 launches are checked against: the built-in catalog's regions, zones
    // and limits with this world's families ("CVM.S5") and disk types (system disk 20–1024 GiB).
    const Catalog &catalog() const { return m_catalog; }

    QList<V3WorldFamily> families() const { return m_families; }
    const V3WorldFamily *family(const QString &family) const;
    QStringList retiredFamilies() const { return m_retired; }
    // Every type sold (or sold out) in `zone`, in the data file's order; empty for zones where
    // the world sells nothing (ap-guangzhou-1, ...).
    QList<V3WorldType> typesIn(const QString &zone) const;
    const V3WorldType *type(const QString &zone, const QString &instanceType) const;
    // Every zone that sells something, in the order the data names them.
    QStringList zones() const { return m_zones; }

    // RunInstances' answer on InstanceType in `zone`, when it is not sold there:
    // ResourceUnavailable.InstanceType (a retired family, or a type this zone does not sell),
    // InvalidParameterValue.InstanceTypeNotFound (no such type anywhere), or
    // ResourcesSoldOut.SpecifiedInstanceType (SOLD_OUT, with its reason). Source: GO
    // cvm/v20170312 client.go, RunInstances' error codes; messages like the real ones.
    std::optional<V3Refusal> instanceTypeRefusal(const QString &zone,
                                                 const QString &instanceType) const;

    // Disks (GiB). An empty diskType means LOCAL_BASIC, what the service assumes when the type
    // is omitted. Legacy types (LOCAL_BASIC, CLOUD_BASIC) are not allowed on current families.
    QList<V3WorldDisk> disks() const { return m_disks; }
    const V3WorldDisk *disk(const QString &diskType) const;
    bool systemDiskAllowed(const QString &zone, const QString &family,
                           const QString &diskType) const;
    // The size rule of a data disk of that type on that family in that zone; nothing when the
    // combination is not sold.
    std::optional<SizeRule> dataDiskRule(const QString &zone, const QString &family,
                                         const QString &diskType) const;
    // RunInstances' answer on one data disk: UnsupportedOperation.InvalidDisk (type not sold
    // with the family), InvalidParameterValue.CloudSsdDataDiskSizeTooSmall (CLOUD_SSD under
    // 100 GB), InvalidParameterValue.Range (other sizes). Nothing when it is accepted.
    std::optional<V3Refusal> dataDiskRefusal(const QString &zone, const QString &family,
                                             const QString &diskType, int sizeGb) const;
    // RunInstances' answer when VirtualPrivateCloud.SubnetId lies in another zone than
    // Placement.Zone: InvalidParameterValue.SubnetIdZoneIdNotMatch. `subnetZone` is the zone
    // DescribeSubnets gives for the subnet.
    static std::optional<V3Refusal>
    subnetZoneRefusal(const QString &subnetId, const QString &subnetZone, const QString &zone);

    // Pay-by-hour instances an account may have alive in one zone (DescribeAccountQuota's
    // PostPaidQuotaSet TotalQuota; "30台或60台不等" per 购买约束).
    int quotaPerZone() const { return m_quotaPerZone; }
    void setQuotaPerZone(int quota) { m_quotaPerZone = quota; }
    quint64 appId() const { return m_appId; }

    QList<V3WorldSecurityGroup> securityGroups(const QString &region) const;
    const V3WorldSecurityGroup *securityGroup(const QString &id) const;

private:
    friend class V3WorldReader;

    Catalog m_catalog;
    QList<V3WorldFamily> m_families;
    QList<V3WorldType> m_types; // one per (zone, type)
    QStringList m_zones;
    QStringList m_retired;
    QList<V3WorldDisk> m_disks;
    QList<V3WorldSecurityGroup> m_groups;
    int m_quotaPerZone = DefaultQuotaPerZone;
    quint64 m_appId = 0;
};
