// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3world.h"

#include "sandbox/v3/v3worldreader.h"

#include <QFile>
#include <QJsonDocument>

namespace {

const QString LocalBasic = QStringLiteral("LOCAL_BASIC");

} // namespace

const V3World &V3World::builtIn()
{
    static const V3World world = [] {
        QFile file(QStringLiteral(":/sandbox/v3world.json"));
        QString error = tr("Cannot read the sandbox's API 3.0 world (:/sandbox/v3world.json).");
        V3World w;
        if (file.open(QIODevice::ReadOnly))
            w = fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        // The tests load this very data; a broken build must say why rather than run empty.
        if (!w.isValid())
            qCritical("%s", qUtf8Printable(error));
        return w;
    }();
    return world;
}

V3World V3World::fromJson(const QJsonObject &json, QString *error)
{
    V3World world;
    if (!V3WorldReader::read(json, &world, error))
        return V3World();
    return world;
}

const V3WorldFamily *V3World::family(const QString &family) const
{
    for (const V3WorldFamily &f : m_families) {
        if (f.family == family)
            return &f;
    }
    return nullptr;
}

QList<V3WorldType> V3World::typesIn(const QString &zone) const
{
    QList<V3WorldType> list;
    for (const V3WorldType &t : m_types) {
        if (t.zone == zone)
            list << t;
    }
    return list;
}

const V3WorldType *V3World::type(const QString &zone, const QString &instanceType) const
{
    for (const V3WorldType &t : m_types) {
        if (t.zone == zone && t.instanceType == instanceType)
            return &t;
    }
    return nullptr;
}

std::optional<V3Refusal> V3World::instanceTypeRefusal(const QString &zone,
                                                      const QString &instanceType) const
{
    if (const V3WorldType *t = type(zone, instanceType)) {
        if (t->sold())
            return std::nullopt;
        return V3Refusal{QStringLiteral("ResourcesSoldOut.SpecifiedInstanceType"),
                         tr("The instance type `%1` is sold out in the zone `%2` (%3). Choose "
                            "another type or zone; DescribeZoneInstanceConfigInfos shows which "
                            "are for sale.")
                             .arg(instanceType, zone, t->soldOutReason)};
    }
    const QString prefix = instanceType.section(u'.', 0, 0);
    const bool existsElsewhere =
        m_retired.contains(prefix) ||
        std::any_of(m_types.cbegin(), m_types.cend(),
                    [&](const V3WorldType &t) { return t.instanceType == instanceType; });
    if (existsElsewhere) {
        // The real message, as users meet it: "This instance type `S4.SMALL1` is not available
        // in the current zone `800007`."
        return V3Refusal{QStringLiteral("ResourceUnavailable.InstanceType"),
                         tr("This instance type `%1` is not available in the current zone `%2`.")
                             .arg(instanceType, zone)};
    }
    return V3Refusal{QStringLiteral("InvalidParameterValue.InstanceTypeNotFound"),
                     tr("The instance type `%1` does not exist; DescribeZoneInstanceConfigInfos "
                        "lists the types of each zone.")
                         .arg(instanceType)};
}

const V3WorldDisk *V3World::disk(const QString &diskType) const
{
    for (const V3WorldDisk &d : m_disks) {
        if (d.diskType == diskType)
            return &d;
    }
    return nullptr;
}

bool V3World::systemDiskAllowed(const QString &zone, const QString &family,
                                const QString &diskType) const
{
    const V3WorldFamily *f = this->family(family);
    const QString name = diskType.isEmpty() ? LocalBasic : diskType;
    return f && f->zones.contains(zone) && f->systemDisks.contains(name);
}

std::optional<SizeRule> V3World::dataDiskRule(const QString &zone, const QString &family,
                                              const QString &diskType) const
{
    const V3WorldFamily *f = this->family(family);
    const QString name = diskType.isEmpty() ? LocalBasic : diskType;
    const V3WorldDisk *d = disk(name);
    if (!f || !d || !f->zones.contains(zone) || !f->dataDisks.contains(name))
        return std::nullopt;
    return d->data;
}

std::optional<V3Refusal> V3World::dataDiskRefusal(const QString &zone, const QString &family,
                                                  const QString &diskType, int sizeGb) const
{
    const QString name = diskType.isEmpty() ? LocalBasic : diskType;
    const auto rule = dataDiskRule(zone, family, name);
    if (!rule) {
        return V3Refusal{QStringLiteral("UnsupportedOperation.InvalidDisk"),
                         tr("The data disk type %1 is not sold with the instance family %2 in "
                            "the zone %3 (an omitted DiskType means LOCAL_BASIC). Ask "
                            "DescribeDiskConfigQuota for the types on sale.")
                             .arg(name, family, zone)};
    }
    if (rule->contains(sizeGb))
        return std::nullopt;
    if (name == QLatin1String("CLOUD_SSD") && sizeGb < rule->min) {
        return V3Refusal{QStringLiteral("InvalidParameterValue.CloudSsdDataDiskSizeTooSmall"),
                         tr("A CLOUD_SSD data disk must be at least %1 GB.").arg(rule->min)};
    }
    return V3Refusal{QStringLiteral("InvalidParameterValue.Range"),
                     tr("The value `%1` specified in the parameter `DataDisks.DiskSize` is not "
                        "valid: %2 data disks are %3 to %4 GiB in steps of %5.")
                         .arg(sizeGb)
                         .arg(name)
                         .arg(rule->min)
                         .arg(rule->max)
                         .arg(rule->step)};
}

std::optional<V3Refusal> V3World::subnetZoneRefusal(const QString &subnetId,
                                                    const QString &subnetZone, const QString &zone)
{
    if (subnetZone == zone)
        return std::nullopt;
    return V3Refusal{QStringLiteral("InvalidParameterValue.SubnetIdZoneIdNotMatch"),
                     tr("The subnet %1 is in the zone %2, not in %3: an instance must be in its "
                        "subnet's zone.")
                         .arg(subnetId, subnetZone, zone)};
}

QList<V3WorldSecurityGroup> V3World::securityGroups(const QString &region) const
{
    QList<V3WorldSecurityGroup> list;
    for (const V3WorldSecurityGroup &g : m_groups) {
        if (g.region == region)
            list << g;
    }
    return list;
}

const V3WorldSecurityGroup *V3World::securityGroup(const QString &id) const
{
    for (const V3WorldSecurityGroup &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}
