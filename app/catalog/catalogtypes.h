// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

// The value types the Catalog hands out. Plain data read from resources/catalog/*.json; the
// Catalog checks them at load, so users can rely on the invariants noted here.

// Which login and system-disk rules apply: the image's operating system family.
enum class OsFamily {
    Unknown, // not known yet (no image chosen, or a private image the app has not described)
    Linux,   // Linux and BSD images share the seed's rules
    Windows
};

// Guesses the family from an image's osName ("CentOS 7.2 64位", "Windows Server 2012 R2 64位").
// Empty or unrecognised names give Unknown rather than a guess.
OsFamily osFamilyFromName(const QString &osName);

// A name in the two languages the product ships. Chinese for a Chinese UI, English otherwise.
struct LocalizedText
{
    QString en;
    QString zh;

    QString text(const QLocale &locale = QLocale()) const;
    QString text(QStringView languageCode) const; // "zh", "zh_CN", "en", ...
};

struct CatalogRegion
{
    QString id;        // ap-guangzhou
    QString shortCode; // gz (older API 2.0 pages)
    LocalizedText name;
};

struct CatalogZone
{
    int id = 0;     // API 2.0 zoneId, e.g. 100003
    QString region; // id of a CatalogRegion
    QString v3Name; // API 3.0 Placement.Zone, e.g. ap-guangzhou-3; empty when none is documented
    LocalizedText name;
};

struct CpuMemPair
{
    int cpu = 0;
    int mem = 0; // GB

    bool operator==(const CpuMemPair &) const = default;
};

struct InstanceFamily
{
    QString id;       // CVM.S2
    QString v3Prefix; // S2
    int generation = 0;
    LocalizedText category;
    LocalizedText description;
    QList<CpuMemPair> pairs; // sorted by cpu, then mem; no duplicates
    QList<int> storageTypes; // storageType values (seed numbering) the family takes
    QList<int> zones;        // zone ids that sell the family
};

// min..max inclusive in steps of step counted from min; defaultValue lies on the grid.
struct SizeRule
{
    int min = 0;
    int max = 0;
    int step = 1;
    int defaultValue = 0;

    bool contains(int value) const;
    // The valid values next to value: one when value is valid or outside the range, else the
    // ones just below and just above.
    QList<int> nearest(int value) const;
};

struct DiskType
{
    int storageType = 0; // seed numbering: 1 local, 2 cloud, 3 SSD local, 4 SSD cloud
    QString v3Name;      // LOCAL_BASIC, CLOUD_BASIC, LOCAL_SSD, CLOUD_SSD
    LocalizedText name;
    SizeRule size; // data disk size in GB
};

struct ImageTypeInfo
{
    int id = 0; // 1 private, 2 public, 3 marketplace, 4 shared
    LocalizedText name;
};

struct BandwidthTypeInfo
{
    QString id;     // PayByHour, PayByTraffic (API 2.0 bandwidthType)
    QString v3Name; // InternetAccessible.InternetChargeType
    LocalizedText name;
};

struct PasswordRuleSet
{
    enum class CharClass { Letter, Lower, Upper, Digit, Special };

    int minLength = 0;
    int maxLength = 0;
    int minClasses = 0;
    QList<CharClass> classes; // the classes that count towards minClasses
    QString specials;         // the special characters allowed (and counted as Special)

    // Whether c belongs to the class (Special: one of specials).
    bool inClass(QChar c, CharClass charClass) const;
    // Letters, digits and specials; nothing else may appear in a password.
    bool allowed(QChar c) const;
};
