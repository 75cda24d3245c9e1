// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3worldreader.h"

#include "sandbox/v3/v3world.h"
#include "sandbox/v3/v3worldcatalog.h"

#include <QJsonArray>
#include <QSet>

namespace {

// Strict field reads that remember the first problem, with its path.
class Fields
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path + QLatin1String(": ") + what;
    }

    QJsonValue need(const QJsonObject &o, const QString &path, const char *key)
    {
        QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            fail(at(path, key), V3WorldReader::tr("missing"));
        return v;
    }
    QString string(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = need(o, path, key);
        if (!v.isUndefined() && !v.isString())
            fail(at(path, key), V3WorldReader::tr("expected a string"));
        return v.toString();
    }
    int integer(const QJsonObject &o, const QString &path, const char *key, int min)
    {
        const QJsonValue v = need(o, path, key);
        const double d = v.toDouble(-1);
        if (!v.isUndefined() && (!v.isDouble() || d != double(qint64(d)) || d < min || d > 1e9))
            fail(at(path, key),
                 V3WorldReader::tr("expected a whole number of at least %1").arg(min));
        return int(d);
    }
    double number(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = need(o, path, key);
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 0))
            fail(at(path, key), V3WorldReader::tr("expected a number, 0 or more"));
        return v.toDouble();
    }
    bool boolean(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = need(o, path, key);
        if (!v.isUndefined() && !v.isBool())
            fail(at(path, key), V3WorldReader::tr("expected true or false"));
        return v.toBool();
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = need(o, path, key);
        if (!v.isUndefined() && !v.isObject())
            fail(at(path, key), V3WorldReader::tr("expected an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = need(o, path, key);
        if (!v.isUndefined() && !v.isArray())
            fail(at(path, key), V3WorldReader::tr("expected a list"));
        return v.toArray();
    }
    QStringList strings(const QJsonObject &o, const QString &path, const char *key)
    {
        QStringList list;
        const QJsonArray a = array(o, path, key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(at(at(path, key), i), V3WorldReader::tr("expected a string"));
            list << a.at(i).toString();
        }
        return list;
    }
    LocalizedText text(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonObject t = object(o, path, key);
        return {string(t, at(path, key), "en"), string(t, at(path, key), "zh")};
    }
    SizeRule size(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonObject r = object(o, path, key);
        const QString p = at(path, key);
        SizeRule rule{integer(r, p, "min", 1), integer(r, p, "max", 1), integer(r, p, "step", 1),
                      0};
        if (rule.max < rule.min)
            fail(p, V3WorldReader::tr("max is below min"));
        return rule;
    }

    static QString at(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key)
                              : QString(path + u'.' + QLatin1String(key));
    }
    static QString at(const QString &path, qsizetype index)
    {
        return QString(path + u'[' + QString::number(index) + u']');
    }
};

QJsonArray localDisks(Fields &f, const QJsonObject &type, const QString &path)
{
    QJsonArray out;
    if (!type.contains(QLatin1String("localDisks")))
        return out;
    const QJsonArray disks = f.array(type, path, "localDisks");
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const QString p = Fields::at(Fields::at(path, "localDisks"), i);
        const QJsonObject d = disks.at(i).toObject();
        out.append(QJsonObject{{QLatin1String("Type"), f.string(d, p, "type")},
                               {QLatin1String("PartitionType"), f.string(d, p, "partitionType")},
                               {QLatin1String("MinSize"), f.integer(d, p, "minSize", 1)},
                               {QLatin1String("MaxSize"), f.integer(d, p, "maxSize", 1)},
                               {QLatin1String("Required"), f.string(d, p, "required")}});
    }
    return out;
}

QJsonArray policies(Fields &f, const QJsonObject &group, const QString &path, const char *key)
{
    QJsonArray out;
    const QJsonArray rules = f.array(group, path, key);
    static const QStringList protocols = {QStringLiteral("TCP"), QStringLiteral("UDP"),
                                          QStringLiteral("ICMP"), QStringLiteral("ICMPv6"),
                                          QStringLiteral("ALL")};
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString p = Fields::at(Fields::at(path, key), i);
        const QJsonObject r = rules.at(i).toObject();
        const QString protocol = f.string(r, p, "protocol");
        const QString action = f.string(r, p, "action");
        if (!protocols.contains(protocol))
            f.fail(Fields::at(p, "protocol"),
                   V3WorldReader::tr("expected TCP, UDP, ICMP, ICMPv6 or ALL"));
        if (action != QLatin1String("ACCEPT") && action != QLatin1String("DROP"))
            f.fail(Fields::at(p, "action"), V3WorldReader::tr("expected ACCEPT or DROP"));
        out.append(QJsonObject{{QLatin1String("PolicyIndex"), int(i)},
                               {QLatin1String("Protocol"), protocol},
                               {QLatin1String("Port"), f.string(r, p, "port")},
                               {QLatin1String("CidrBlock"), f.string(r, p, "cidrBlock")},
                               {QLatin1String("Ipv6CidrBlock"), QString()},
                               {QLatin1String("SecurityGroupId"), QString()},
                               {QLatin1String("Action"), action},
                               {QLatin1String("PolicyDescription"), f.string(r, p, "description")},
                               {QLatin1String("ModifyTime"), QString()}});
    }
    return out;
}

} // namespace

bool V3WorldReader::read(const QJsonObject &json, V3World *world, QString *error)
{
    Fields f;
    const Catalog &seed = Catalog::builtIn();
    if (json.value(QLatin1String("format")).toString() != QLatin1String(FormatName) ||
        json.value(QLatin1String("version")).toInt() != FormatVersion) {
        f.fail(QStringLiteral("format"), tr("expected format \"%1\", version %2")
                                             .arg(QLatin1String(FormatName))
                                             .arg(FormatVersion));
    }
    world->m_appId = quint64(f.number(json, {}, "appId"));
    world->m_quotaPerZone = f.integer(json, {}, "quotaPerZone", 0);
    world->m_retired = f.strings(json, {}, "retiredFamilies");

    const QJsonArray disks = f.array(json, {}, "disks");
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const QString p = Fields::at(QStringLiteral("disks"), i);
        const QJsonObject d = disks.at(i).toObject();
        V3WorldDisk disk{f.string(d, p, "type"), f.text(d, p, "name"), f.size(d, p, "system"),
                         f.size(d, p, "data"), f.number(d, p, "price")};
        if (world->disk(disk.diskType))
            f.fail(p, tr("disk type %1 appears twice").arg(disk.diskType));
        world->m_disks << disk;
    }

    const QJsonArray families = f.array(json, {}, "families");
    QSet<QString> typeNames;
    for (qsizetype i = 0; i < families.size() && !f.failed(); ++i) {
        const QString p = Fields::at(QStringLiteral("families"), i);
        const QJsonObject o = families.at(i).toObject();
        V3WorldFamily family{f.string(o, p, "family"),         f.string(o, p, "typeName"),
                             f.integer(o, p, "generation", 1), f.text(o, p, "category"),
                             f.text(o, p, "description"),      f.string(o, p, "cpuType"),
                             f.string(o, p, "frequency"),      f.strings(o, p, "systemDisks"),
                             f.strings(o, p, "dataDisks"),     f.strings(o, p, "zones")};
        if (world->family(family.family) || world->m_retired.contains(family.family))
            f.fail(p, tr("family %1 appears twice").arg(family.family));
        for (const QString &disk : family.systemDisks + family.dataDisks) {
            if (!world->disk(disk))
                f.fail(p, tr("unknown disk type %1").arg(disk));
        }
        for (const QString &zone : std::as_const(family.zones)) {
            if (!seed.zoneByV3Name(zone))
                f.fail(Fields::at(p, "zones"), tr("unknown zone %1").arg(zone));
            if (!world->m_zones.contains(zone))
                world->m_zones << zone;
        }
        const QJsonArray types = f.array(o, p, "types");
        for (qsizetype t = 0; t < types.size(); ++t) {
            const QString tp = Fields::at(Fields::at(p, "types"), t);
            const QJsonObject to = types.at(t).toObject();
            V3WorldType type;
            type.family = family.family;
            type.instanceType = f.string(to, tp, "type");
            type.cpu = f.integer(to, tp, "cpu", 1);
            type.memory = f.integer(to, tp, "memory", 1);
            type.pricePerHour = f.number(to, tp, "price");
            type.bandwidthGbps = f.number(to, tp, "bandwidth");
            type.pps = f.integer(to, tp, "pps", 0);
            type.localDisks = localDisks(f, to, tp);
            if (to.contains(QLatin1String("storageBlocks")))
                type.storageBlocks = f.integer(to, tp, "storageBlocks", 0);
            if (!type.instanceType.startsWith(family.family + u'.') ||
                typeNames.contains(type.instanceType))
                f.fail(
                    Fields::at(tp, "type"),
                    tr("%1 is not a new type of family %2").arg(type.instanceType, family.family));
            typeNames.insert(type.instanceType);
            for (const QString &zone : std::as_const(family.zones)) {
                type.zone = zone;
                world->m_types << type;
            }
        }
        world->m_families << family;
    }

    const QJsonArray stock = f.array(json, {}, "stock");
    for (qsizetype i = 0; i < stock.size() && !f.failed(); ++i) {
        const QString p = Fields::at(QStringLiteral("stock"), i);
        const QJsonObject o = stock.at(i).toObject();
        const QString zone = f.string(o, p, "zone");
        const QString name = f.string(o, p, "type");
        const QString status = f.string(o, p, "status");
        const QString category = f.string(o, p, "statusCategory");
        const QString reason = f.string(o, p, "reason");
        if (status != QLatin1String("SELL") && status != QLatin1String("SOLD_OUT"))
            f.fail(Fields::at(p, "status"), tr("expected SELL or SOLD_OUT"));
        const auto found =
            std::find_if(world->m_types.begin(), world->m_types.end(), [&](const V3WorldType &t) {
                return t.zone == zone && t.instanceType == name;
            });
        if (found == world->m_types.end()) {
            f.fail(p, tr("%1 is not sold in %2").arg(name, zone));
            continue;
        }
        found->status = status;
        found->statusCategory = category;
        found->soldOutReason = reason;
    }

    const QJsonArray groups = f.array(json, {}, "securityGroups");
    for (qsizetype i = 0; i < groups.size() && !f.failed(); ++i) {
        const QString p = Fields::at(QStringLiteral("securityGroups"), i);
        const QJsonObject o = groups.at(i).toObject();
        V3WorldSecurityGroup group;
        group.id = f.string(o, p, "id");
        group.region = f.string(o, p, "region");
        group.name = f.string(o, p, "name");
        group.description = f.string(o, p, "description");
        group.projectId = f.string(o, p, "projectId");
        group.isDefault = f.boolean(o, p, "isDefault");
        group.createdTime = f.string(o, p, "createdTime");
        group.ingress = policies(f, o, p, "ingress");
        group.egress = policies(f, o, p, "egress");
        if (!seed.region(group.region))
            f.fail(Fields::at(p, "region"), tr("unknown region %1").arg(group.region));
        if (world->securityGroup(group.id))
            f.fail(p, tr("security group %1 appears twice").arg(group.id));
        world->m_groups << group;
    }

    const QJsonObject systemDiskSize = f.object(json, {}, "systemDiskSize");
    if (!f.failed()) {
        QString catalogError;
        world->m_catalog = V3WorldCatalog::build(*world, systemDiskSize, &catalogError);
        if (!world->m_catalog.isValid())
            f.fail(QStringLiteral("families"), catalogError);
    }
    if (f.failed() && error)
        *error = f.error;
    return !f.failed();
}
