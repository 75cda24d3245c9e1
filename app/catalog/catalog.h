// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalogtypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct CatalogData;

// What can be launched where: regions, zones, instance families and their (cpu, mem) pairs, disk
// types, bandwidth and system disk limits, password rules, and the API 3.0 names of all of them.
// The one source of truth for the wizard, the validator, the sandbox and the request builders.
// The facts live in resources/catalog/*.json (compiled in); adding a family or a pair there
// changes no C++. Cheap to copy (shared, immutable).
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    // An empty catalog (isValid() false): knows nothing, so every lookup fails.
    Catalog();

    // The catalog compiled into the program (resources/catalog/*.json). Checked by the tests, so
    // it always loads.
    static const Catalog &builtIn();

    // Builds a catalog from one object holding every section. On bad data returns an invalid
    // catalog and, in *error, a translated message naming the problem.
    static Catalog fromJson(const QJsonObject &data, QString *error = nullptr);
    // Reads the files (each an object with "format" and "version") and merges their sections; a
    // section in two files is an error.
    static Catalog fromFiles(const QStringList &paths, QString *error = nullptr);

    bool isValid() const { return m_data != nullptr; }

    // Which storageType numbering the data uses (the seed's: 1 local, 2 cloud, 3 SSD local,
    // 4 SSD cloud), as written in the data.
    QString storageTypeNumbering() const;

    // Regions and zones
    QList<CatalogRegion> regions() const;
    std::optional<CatalogRegion> region(const QString &regionId) const;
    QList<CatalogZone> zones() const;
    QList<CatalogZone> zonesInRegion(const QString &regionId) const;
    const CatalogZone *zone(int zoneId) const; // nullptr when unknown
    const CatalogZone *zoneByV3Name(const QString &v3Name) const;
    QString v3ZoneName(int zoneId) const; // empty when unknown
    QString zoneName(int zoneId, const QLocale &locale = QLocale()) const;
    // How the interface names a zone wherever it shows one (tables, details, notifications): the
    // catalog's name in the locale's language ("Guangzhou Zone 3" / "广州三区"), found by the
    // API 2.0 zoneId or by `serviceName` when that is an API 3.0 Placement.Zone
    // (ap-guangzhou-3). A zone the catalog does not know keeps the service's own name, and
    // without one is "Zone 100003": never a bare number.
    QString zoneDisplayName(int zoneId, const QString &serviceName,
                            const QLocale &locale = QLocale()) const;

    // Families and their (cpu, mem) pairs
    QList<InstanceFamily> families() const;
    QStringList familyIds() const;
    const InstanceFamily *family(const QString &familyId) const; // nullptr when unknown
    QList<CpuMemPair> pairs(const QString &familyId) const;
    bool allowsPair(const QString &familyId, int cpu, int mem) const;
    QList<int> cpuChoices(const QString &familyId) const;          // ascending, distinct
    QList<int> memChoices(const QString &familyId, int cpu) const; // GB for these cores
    QList<int> cpuChoicesForMem(const QString &familyId, int mem) const;
    QStringList ratios(const QString &familyId) const; // distinct "1:8", "3:7"... ascending
    // The ratios as one short text: "1:8", "1:2, 1:4, 1:8", or "1:1 to 1:8" when there are many.
    QString ratiosText(const QString &familyId) const;

    // Where families are sold
    bool sells(int zoneId, const QString &familyId) const;
    QList<CatalogZone> zonesSelling(const QString &familyId) const;
    QStringList familiesSoldIn(int zoneId) const;

    // Disks
    QList<DiskType> diskTypes() const;
    const DiskType *diskType(int storageType) const; // nullptr when unknown
    QList<DiskType> diskTypesFor(const QString &familyId) const;
    bool allowsStorageType(const QString &familyId, int storageType) const;
    // Linux/BSD 20-50 step 10 default 20; Windows fixed 50. Unknown gives the Linux rule: callers
    // that must not guess check the OS first (the validator does).
    SizeRule systemDisk(OsFamily os) const;

    // Network, images, counts
    QList<ImageTypeInfo> imageTypes() const;
    bool isImageType(int imageType) const;
    SizeRule bandwidth() const;
    QList<BandwidthTypeInfo> bandwidthTypes() const;
    const BandwidthTypeInfo *bandwidthType(const QString &id) const;
    SizeRule goodsNum() const;
    int instanceNameMaxLength() const;
    int clientTokenMaxLength() const;

    // Passwords: Windows for Windows, the Linux/BSD rules otherwise.
    // The password rules of an image's OS: API 2.0's (RunInstancesHour, rules.json) or, with
    // `apiThree`, API 3.0's (RunInstances LoginSettings.Password, v3.json's v3Passwords).
    PasswordRuleSet passwordRules(OsFamily os, bool apiThree = false) const;

    // API 3.0 names
    QString v3SizeName(int cpu) const; // 2 -> MEDIUM; empty when there is none
    // "S2.MEDIUM4" for (CVM.S2, 2, 4); empty when the family or the core count has no API 3.0
    // name. Does not check that the pair is allowed: ask allowsPair() for that.
    QString v3InstanceType(const QString &familyId, int cpu, int mem) const;
    struct V3Type
    {
        QString familyId;
        int cpu = 0;
        int mem = 0;
    };
    std::optional<V3Type> parseV3InstanceType(const QString &v3InstanceType) const;
    QString v3DiskType(int storageType) const;              // LOCAL_BASIC...; empty when unknown
    int storageTypeFromV3(const QString &v3DiskType) const; // 0 when unknown
    QString v3ChargeType(const QString &bandwidthType) const;

private:
    explicit Catalog(std::shared_ptr<const CatalogData> data);

    std::shared_ptr<const CatalogData> m_data;
};
