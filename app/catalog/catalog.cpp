// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "catalog/catalog.h"

#include "catalog/catalogdata.h"
#include "catalog/catalogparser.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace {

const QString FormatName = QStringLiteral("cvm-launcher-catalog");
constexpr int FormatVersion = 1;

QString ratioText(int cpu, int mem)
{
    const int g = std::gcd(cpu, mem);
    return QString::number(cpu / g) + QLatin1Char(':') + QString::number(mem / g);
}

} // namespace

Catalog::Catalog() = default;

Catalog::Catalog(std::shared_ptr<const CatalogData> data)
    : m_data(std::move(data))
{}

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        QDir dir(QStringLiteral(":/catalog"));
        QStringList paths;
        const QStringList names =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            paths << dir.filePath(name);
        QString error;
        Catalog c = fromFiles(paths, &error);
        // The tests load this very data; a broken build must say why rather than run empty.
        if (!c.isValid())
            qCCritical(lcCatalog, "%s", qUtf8Printable(error));
        return c;
    }();
    return catalog;
}

Catalog Catalog::fromJson(const QJsonObject &data, QString *error)
{
    if (data.contains(QLatin1String("format")) &&
        (data.value(QLatin1String("format")).toString() != FormatName ||
         data.value(QLatin1String("version")).toInt() != FormatVersion)) {
        if (error)
            *error = tr("The instance catalog is not in format %1 version %2.")
                         .arg(FormatName)
                         .arg(FormatVersion);
        return {};
    }
    auto parsed = CatalogParser::parse(data, error);
    return parsed ? Catalog(std::move(parsed)) : Catalog();
}

Catalog Catalog::fromFiles(const QStringList &paths, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return Catalog();
    };
    if (paths.isEmpty())
        return failWith(tr("No instance catalog files were found."));
    QJsonObject merged;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(
                tr("Cannot read the catalog file %1: %2.").arg(path, file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return failWith(tr("The catalog file %1 is not a JSON object: %2 (at byte %3).")
                                .arg(path, parseError.errorString())
                                .arg(parseError.offset));
        const QJsonObject o = doc.object();
        if (o.value(QLatin1String("format")).toString() != FormatName ||
            o.value(QLatin1String("version")).toInt() != FormatVersion)
            return failWith(tr("The catalog file %1 is not in format %2 version %3.")
                                .arg(path, FormatName)
                                .arg(FormatVersion));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("format") || it.key() == QLatin1String("version") ||
                it.key() == QLatin1String("comment"))
                continue;
            if (merged.contains(it.key()))
                return failWith(tr("The catalog section \"%1\" appears in more than one file "
                                   "(again in %2).")
                                    .arg(it.key(), path));
            merged.insert(it.key(), it.value());
        }
    }
    return fromJson(merged, error);
}

QString Catalog::storageTypeNumbering() const
{
    return m_data ? m_data->storageTypeNumbering : QString();
}

QList<CatalogRegion> Catalog::regions() const
{
    return m_data ? m_data->regions : QList<CatalogRegion>();
}

std::optional<CatalogRegion> Catalog::region(const QString &regionId) const
{
    if (m_data) {
        for (const CatalogRegion &r : m_data->regions) {
            if (r.id == regionId)
                return r;
        }
    }
    return std::nullopt;
}

QList<CatalogZone> Catalog::zones() const
{
    return m_data ? m_data->zones : QList<CatalogZone>();
}

QList<CatalogZone> Catalog::zonesInRegion(const QString &regionId) const
{
    QList<CatalogZone> result;
    if (m_data) {
        for (const CatalogZone &z : m_data->zones) {
            if (z.region == regionId)
                result << z;
        }
    }
    return result;
}

const CatalogZone *Catalog::zone(int zoneId) const
{
    if (!m_data)
        return nullptr;
    const auto it = m_data->zoneIndex.constFind(zoneId);
    return it == m_data->zoneIndex.cend() ? nullptr : &m_data->zones.at(*it);
}

const CatalogZone *Catalog::zoneByV3Name(const QString &v3Name) const
{
    if (m_data && !v3Name.isEmpty()) {
        for (const CatalogZone &z : m_data->zones) {
            if (z.v3Name == v3Name)
                return &z;
        }
    }
    return nullptr;
}

QString Catalog::v3ZoneName(int zoneId) const
{
    const CatalogZone *z = zone(zoneId);
    return z ? z->v3Name : QString();
}

QString Catalog::zoneName(int zoneId, const QLocale &locale) const
{
    const CatalogZone *z = zone(zoneId);
    return z ? z->name.text(locale) : QString::number(zoneId);
}

QString Catalog::zoneDisplayName(int zoneId, const QString &serviceName,
                                 const QLocale &locale) const
{
    const CatalogZone *z = zoneId != 0 ? zone(zoneId) : nullptr;
    if (!z)
        z = zoneByV3Name(serviceName);
    if (z)
        return z->name.text(locale);
    if (!serviceName.isEmpty())
        return serviceName;
    return zoneId != 0 ? tr("Zone %1").arg(zoneId) : QString();
}

QList<InstanceFamily> Catalog::families() const
{
    return m_data ? m_data->families : QList<InstanceFamily>();
}

QStringList Catalog::familyIds() const
{
    QStringList ids;
    if (m_data) {
        for (const InstanceFamily &f : m_data->families)
            ids << f.id;
    }
    return ids;
}

const InstanceFamily *Catalog::family(const QString &familyId) const
{
    if (!m_data)
        return nullptr;
    const auto it = m_data->familyIndex.constFind(familyId);
    return it == m_data->familyIndex.cend() ? nullptr : &m_data->families.at(*it);
}

QList<CpuMemPair> Catalog::pairs(const QString &familyId) const
{
    const InstanceFamily *f = family(familyId);
    return f ? f->pairs : QList<CpuMemPair>();
}

bool Catalog::allowsPair(const QString &familyId, int cpu, int mem) const
{
    const InstanceFamily *f = family(familyId);
    return f && f->pairs.contains(CpuMemPair{cpu, mem});
}

QList<int> Catalog::cpuChoices(const QString &familyId) const
{
    QList<int> result;
    if (const InstanceFamily *f = family(familyId)) {
        for (const CpuMemPair &p : f->pairs) {
            if (result.isEmpty() || result.last() != p.cpu)
                result << p.cpu;
        }
    }
    return result;
}

QList<int> Catalog::memChoices(const QString &familyId, int cpu) const
{
    QList<int> result;
    if (const InstanceFamily *f = family(familyId)) {
        for (const CpuMemPair &p : f->pairs) {
            if (p.cpu == cpu)
                result << p.mem;
        }
    }
    return result;
}

QList<int> Catalog::cpuChoicesForMem(const QString &familyId, int mem) const
{
    QList<int> result;
    if (const InstanceFamily *f = family(familyId)) {
        for (const CpuMemPair &p : f->pairs) {
            if (p.mem == mem)
                result << p.cpu;
        }
    }
    return result;
}

QStringList Catalog::ratios(const QString &familyId) const
{
    // Ordered by memory per core, so "1:1" comes before "1:8".
    QMap<double, QString> byRatio;
    if (const InstanceFamily *f = family(familyId)) {
        for (const CpuMemPair &p : f->pairs)
            byRatio.insert(double(p.mem) / p.cpu, ratioText(p.cpu, p.mem));
    }
    return byRatio.values();
}

QString Catalog::ratiosText(const QString &familyId) const
{
    const QStringList all = ratios(familyId);
    if (all.size() <= 4)
        return all.join(QLatin1String(", "));
    return tr("%1 to %2", "a range of CPU:memory ratios").arg(all.first(), all.last());
}

bool Catalog::sells(int zoneId, const QString &familyId) const
{
    const InstanceFamily *f = family(familyId);
    return f && f->zones.contains(zoneId);
}

QList<CatalogZone> Catalog::zonesSelling(const QString &familyId) const
{
    QList<CatalogZone> result;
    if (const InstanceFamily *f = family(familyId)) {
        for (const CatalogZone &z : m_data->zones) {
            if (f->zones.contains(z.id))
                result << z;
        }
    }
    return result;
}

QStringList Catalog::familiesSoldIn(int zoneId) const
{
    QStringList result;
    if (m_data) {
        for (const InstanceFamily &f : m_data->families) {
            if (f.zones.contains(zoneId))
                result << f.id;
        }
    }
    return result;
}

QList<DiskType> Catalog::diskTypes() const
{
    return m_data ? m_data->diskTypes : QList<DiskType>();
}

const DiskType *Catalog::diskType(int storageType) const
{
    if (m_data) {
        for (const DiskType &t : m_data->diskTypes) {
            if (t.storageType == storageType)
                return &t;
        }
    }
    return nullptr;
}

QList<DiskType> Catalog::diskTypesFor(const QString &familyId) const
{
    QList<DiskType> result;
    if (const InstanceFamily *f = family(familyId)) {
        for (int t : f->storageTypes) {
            if (const DiskType *d = diskType(t))
                result << *d;
        }
    }
    return result;
}

bool Catalog::allowsStorageType(const QString &familyId, int storageType) const
{
    const InstanceFamily *f = family(familyId);
    return f && f->storageTypes.contains(storageType);
}

SizeRule Catalog::systemDisk(OsFamily os) const
{
    if (!m_data)
        return {};
    return os == OsFamily::Windows ? m_data->windowsSystemDisk : m_data->linuxSystemDisk;
}

QList<ImageTypeInfo> Catalog::imageTypes() const
{
    return m_data ? m_data->imageTypes : QList<ImageTypeInfo>();
}

bool Catalog::isImageType(int imageType) const
{
    return m_data && std::any_of(m_data->imageTypes.cbegin(), m_data->imageTypes.cend(),
                                 [imageType](const ImageTypeInfo &i) { return i.id == imageType; });
}

SizeRule Catalog::bandwidth() const
{
    return m_data ? m_data->bandwidth : SizeRule();
}

QList<BandwidthTypeInfo> Catalog::bandwidthTypes() const
{
    return m_data ? m_data->bandwidthTypes : QList<BandwidthTypeInfo>();
}

const BandwidthTypeInfo *Catalog::bandwidthType(const QString &id) const
{
    if (m_data) {
        for (const BandwidthTypeInfo &t : m_data->bandwidthTypes) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

SizeRule Catalog::goodsNum() const
{
    return m_data ? m_data->goodsNum : SizeRule();
}

int Catalog::instanceNameMaxLength() const
{
    return m_data ? m_data->instanceNameMaxLength : 0;
}

int Catalog::clientTokenMaxLength() const
{
    return m_data ? m_data->clientTokenMaxLength : 0;
}

PasswordRuleSet Catalog::passwordRules(OsFamily os, bool apiThree) const
{
    if (!m_data)
        return {};
    if (apiThree)
        return os == OsFamily::Windows ? m_data->windowsPasswordV3 : m_data->linuxPasswordV3;
    return os == OsFamily::Windows ? m_data->windowsPassword : m_data->linuxPassword;
}

QString Catalog::v3SizeName(int cpu) const
{
    return m_data ? m_data->v3SizeByCpu.value(cpu) : QString();
}

QString Catalog::v3InstanceType(const QString &familyId, int cpu, int mem) const
{
    const InstanceFamily *f = family(familyId);
    const QString size = v3SizeName(cpu);
    if (!f || size.isEmpty() || mem <= 0)
        return {};
    return f->v3Prefix + QLatin1Char('.') + size + QString::number(mem);
}

std::optional<Catalog::V3Type> Catalog::parseV3InstanceType(const QString &v3InstanceType) const
{
    if (!m_data)
        return std::nullopt;
    const qsizetype dot = v3InstanceType.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return std::nullopt;
    const QStringView prefix = QStringView(v3InstanceType).left(dot);
    const QStringView rest = QStringView(v3InstanceType).mid(dot + 1);
    const auto family = std::find_if(m_data->families.cbegin(), m_data->families.cend(),
                                     [&](const InstanceFamily &f) { return f.v3Prefix == prefix; });
    if (family == m_data->families.cend())
        return std::nullopt;
    qsizetype digits = rest.size();
    while (digits > 0 && rest.at(digits - 1).isDigit())
        --digits;
    const QStringView size = rest.left(digits);
    bool ok = false;
    const int mem = rest.mid(digits).toInt(&ok);
    if (!ok || mem <= 0)
        return std::nullopt;
    for (auto it = m_data->v3SizeByCpu.cbegin(); it != m_data->v3SizeByCpu.cend(); ++it) {
        if (it.value() == size)
            return V3Type{family->id, it.key(), mem};
    }
    return std::nullopt;
}

QString Catalog::v3DiskType(int storageType) const
{
    const DiskType *t = diskType(storageType);
    return t ? t->v3Name : QString();
}

int Catalog::storageTypeFromV3(const QString &v3DiskType) const
{
    if (m_data) {
        for (const DiskType &t : m_data->diskTypes) {
            if (t.v3Name == v3DiskType)
                return t.storageType;
        }
    }
    return 0;
}

QString Catalog::v3ChargeType(const QString &bandwidthType) const
{
    const BandwidthTypeInfo *t = this->bandwidthType(bandwidthType);
    return t ? t->v3Name : QString();
}
