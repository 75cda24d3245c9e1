// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "catalog/catalogparser.h"

#include "catalog/catalogdata.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Thrown inside the parser only, caught in parse(): keeps the many checks short.
struct BadData
{
    QString path;
    QString problem;
};

[[noreturn]] void fail(const QString &path, const QString &problem)
{
    throw BadData{path, problem};
}

QString at(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Rejects keys that are not in `keys` ("comment" is always allowed): a typo in the data must
// not silently fall back to a default.
void onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const bool known = key == QLatin1String("comment") ||
                           std::any_of(keys.begin(), keys.end(),
                                       [&](const char *k) { return key == QLatin1String(k); });
        if (!known)
            fail(at(path, key), CatalogParser::tr("unknown key"));
    }
}

QJsonValue need(const QJsonObject &o, const QString &path, const char *key)
{
    QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        fail(at(path, QLatin1String(key)), CatalogParser::tr("missing"));
    return v;
}

int intValue(const QJsonValue &v, const QString &path, int min = 0, int max = 1 << 30)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d)
        fail(path, CatalogParser::tr("must be a whole number"));
    if (d < min || d > max)
        fail(path, CatalogParser::tr("must be between %1 and %2").arg(min).arg(max));
    return int(d);
}

int needInt(const QJsonObject &o, const QString &path, const char *key, int min = 0,
            int max = 1 << 30)
{
    return intValue(need(o, path, key), at(path, QLatin1String(key)), min, max);
}

QString needString(const QJsonObject &o, const QString &path, const char *key,
                   bool mayBeEmpty = false)
{
    const QJsonValue v = need(o, path, key);
    if (!v.isString())
        fail(at(path, QLatin1String(key)), CatalogParser::tr("must be text"));
    if (!mayBeEmpty && v.toString().trimmed().isEmpty())
        fail(at(path, QLatin1String(key)), CatalogParser::tr("must not be empty"));
    return v.toString();
}

QJsonObject needObject(const QJsonObject &o, const QString &path, const char *key)
{
    const QJsonValue v = need(o, path, key);
    if (!v.isObject())
        fail(at(path, QLatin1String(key)), CatalogParser::tr("must be an object"));
    return v.toObject();
}

QJsonArray needArray(const QJsonObject &o, const QString &path, const char *key)
{
    const QJsonValue v = need(o, path, key);
    if (!v.isArray() || v.toArray().isEmpty())
        fail(at(path, QLatin1String(key)), CatalogParser::tr("must be a non-empty list"));
    return v.toArray();
}

QJsonObject objectAt(const QJsonArray &a, qsizetype i, const QString &path)
{
    if (!a.at(i).isObject())
        fail(at(path, i), CatalogParser::tr("must be an object"));
    return a.at(i).toObject();
}

QList<int> intList(const QJsonObject &o, const QString &path, const char *key, int min, int max)
{
    const QJsonArray a = needArray(o, path, key);
    const QString listPath = at(path, QLatin1String(key));
    QList<int> values;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const int v = intValue(a.at(i), at(listPath, i), min, max);
        if (values.contains(v))
            fail(at(listPath, i), CatalogParser::tr("%1 appears twice").arg(v));
        values << v;
    }
    return values;
}

LocalizedText localized(const QJsonObject &o, const QString &path, const char *key)
{
    const QJsonObject n = needObject(o, path, key);
    const QString p = at(path, QLatin1String(key));
    onlyKeys(n, p, {"en", "zh"});
    return {needString(n, p, "en"), needString(n, p, "zh")};
}

// Reads min/max/step (and default); the caller checks the keys when the rule is embedded in a
// larger object (a disk type).
SizeRule sizeRule(const QJsonObject &o, const QString &path, bool hasDefault, bool checkKeys = true)
{
    if (checkKeys)
        onlyKeys(o, path, {"min", "max", "step", "default"});
    SizeRule r;
    r.min = needInt(o, path, "min");
    r.max = needInt(o, path, "max");
    r.step = needInt(o, path, "step", 1);
    if (r.max < r.min)
        fail(at(path, QLatin1String("max")), CatalogParser::tr("must not be below min"));
    if ((r.max - r.min) % r.step != 0)
        fail(at(path, QLatin1String("max")),
             CatalogParser::tr("must be min plus a whole number of steps"));
    r.defaultValue = hasDefault ? needInt(o, path, "default") : r.min;
    if (!r.contains(r.defaultValue))
        fail(at(path, QLatin1String("default")),
             CatalogParser::tr("must be a valid value of the rule"));
    return r;
}

PasswordRuleSet passwordRules(const QJsonObject &o, const QString &path)
{
    onlyKeys(o, path, {"minLength", "maxLength", "minClasses", "classes", "specials"});
    PasswordRuleSet r;
    r.minLength = needInt(o, path, "minLength", 1, 1000);
    r.maxLength = needInt(o, path, "maxLength", r.minLength, 1000);
    r.specials = needString(o, path, "specials");
    for (const QChar c : std::as_const(r.specials)) {
        if (c.isLetterOrNumber() || c.isSpace() || c.unicode() > 0x7e)
            fail(at(path, QLatin1String("specials")),
                 CatalogParser::tr("may hold only printable ASCII punctuation"));
    }
    const QJsonArray classes = needArray(o, path, "classes");
    static const QHash<QString, PasswordRuleSet::CharClass> names = {
        {QStringLiteral("letter"), PasswordRuleSet::CharClass::Letter},
        {QStringLiteral("lower"), PasswordRuleSet::CharClass::Lower},
        {QStringLiteral("upper"), PasswordRuleSet::CharClass::Upper},
        {QStringLiteral("digit"), PasswordRuleSet::CharClass::Digit},
        {QStringLiteral("special"), PasswordRuleSet::CharClass::Special}};
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const auto it = names.find(classes.at(i).toString());
        if (it == names.end())
            fail(at(at(path, QLatin1String("classes")), i),
                 CatalogParser::tr("must be one of letter, lower, upper, digit, special"));
        if (r.classes.contains(*it))
            fail(at(at(path, QLatin1String("classes")), i), CatalogParser::tr("appears twice"));
        r.classes << *it;
    }
    r.minClasses = needInt(o, path, "minClasses", 1, int(r.classes.size()));
    return r;
}

void readRegionsAndZones(const QJsonObject &root, CatalogData &d)
{
    const QJsonArray regions = needArray(root, {}, "regions");
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QString p = at(QStringLiteral("regions"), i);
        const QJsonObject o = objectAt(regions, i, QStringLiteral("regions"));
        onlyKeys(o, p, {"id", "shortCode", "name"});
        CatalogRegion r{needString(o, p, "id"), needString(o, p, "shortCode", true),
                        localized(o, p, "name")};
        if (std::any_of(d.regions.cbegin(), d.regions.cend(),
                        [&](const CatalogRegion &x) { return x.id == r.id; }))
            fail(at(p, QLatin1String("id")),
                 CatalogParser::tr("region %1 appears twice").arg(r.id));
        d.regions << r;
    }
    QSet<QString> v3Names;
    const QJsonArray zones = needArray(root, {}, "zones");
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString p = at(QStringLiteral("zones"), i);
        const QJsonObject o = objectAt(zones, i, QStringLiteral("zones"));
        onlyKeys(o, p, {"id", "region", "v3Name", "name"});
        CatalogZone z{needInt(o, p, "id", 1), needString(o, p, "region"),
                      needString(o, p, "v3Name", true), localized(o, p, "name")};
        if (d.zoneIndex.contains(z.id))
            fail(at(p, QLatin1String("id")), CatalogParser::tr("zone %1 appears twice").arg(z.id));
        if (!std::any_of(d.regions.cbegin(), d.regions.cend(),
                         [&](const CatalogRegion &r) { return r.id == z.region; }))
            fail(at(p, QLatin1String("region")),
                 CatalogParser::tr("unknown region %1").arg(z.region));
        if (!z.v3Name.isEmpty()) {
            if (v3Names.contains(z.v3Name))
                fail(at(p, QLatin1String("v3Name")),
                     CatalogParser::tr("%1 appears twice").arg(z.v3Name));
            v3Names.insert(z.v3Name);
        }
        d.zoneIndex.insert(z.id, d.zones.size());
        d.zones << z;
    }
}

void readDisksAndRules(const QJsonObject &root, CatalogData &d)
{
    d.storageTypeNumbering = needString(root, {}, "storageTypeNumbering");
    const QJsonArray disks = needArray(root, {}, "diskTypes");
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const QString p = at(QStringLiteral("diskTypes"), i);
        const QJsonObject o = objectAt(disks, i, QStringLiteral("diskTypes"));
        onlyKeys(o, p, {"storageType", "v3Name", "name", "min", "max", "step"});
        DiskType t{needInt(o, p, "storageType", 1), needString(o, p, "v3Name"),
                   localized(o, p, "name"), sizeRule(o, p, false, false)};
        if (t.size.min < 1)
            fail(at(p, QLatin1String("min")), CatalogParser::tr("must be at least 1"));
        for (const DiskType &other : std::as_const(d.diskTypes)) {
            if (other.storageType == t.storageType || other.v3Name == t.v3Name)
                fail(p, CatalogParser::tr("disk type %1 appears twice").arg(t.storageType));
        }
        d.diskTypes << t;
    }
    const QJsonObject system = needObject(root, {}, "systemDisk");
    onlyKeys(system, QStringLiteral("systemDisk"), {"linux", "windows"});
    d.linuxSystemDisk = sizeRule(needObject(system, QStringLiteral("systemDisk"), "linux"),
                                 QStringLiteral("systemDisk.linux"), true);
    d.windowsSystemDisk = sizeRule(needObject(system, QStringLiteral("systemDisk"), "windows"),
                                   QStringLiteral("systemDisk.windows"), true);

    const QJsonArray images = needArray(root, {}, "imageTypes");
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString p = at(QStringLiteral("imageTypes"), i);
        const QJsonObject o = objectAt(images, i, QStringLiteral("imageTypes"));
        onlyKeys(o, p, {"id", "name"});
        d.imageTypes << ImageTypeInfo{needInt(o, p, "id", 1), localized(o, p, "name")};
    }
    d.bandwidth = sizeRule(needObject(root, {}, "bandwidth"), QStringLiteral("bandwidth"), true);
    const QJsonArray bandwidthTypes = needArray(root, {}, "bandwidthTypes");
    for (qsizetype i = 0; i < bandwidthTypes.size(); ++i) {
        const QString p = at(QStringLiteral("bandwidthTypes"), i);
        const QJsonObject o = objectAt(bandwidthTypes, i, QStringLiteral("bandwidthTypes"));
        onlyKeys(o, p, {"id", "v3Name", "name"});
        d.bandwidthTypes << BandwidthTypeInfo{needString(o, p, "id"), needString(o, p, "v3Name"),
                                              localized(o, p, "name")};
    }
    d.goodsNum = sizeRule(needObject(root, {}, "goodsNum"), QStringLiteral("goodsNum"), true);
    if (d.goodsNum.min < 1)
        fail(QStringLiteral("goodsNum.min"), CatalogParser::tr("must be at least 1"));
    d.instanceNameMaxLength = needInt(root, {}, "instanceNameMaxLength", 1);
    d.clientTokenMaxLength = needInt(root, {}, "clientTokenMaxLength", 1);

    const QJsonObject passwords = needObject(root, {}, "passwords");
    onlyKeys(passwords, QStringLiteral("passwords"), {"linux", "windows"});
    d.linuxPassword = passwordRules(needObject(passwords, QStringLiteral("passwords"), "linux"),
                                    QStringLiteral("passwords.linux"));
    d.windowsPassword = passwordRules(needObject(passwords, QStringLiteral("passwords"), "windows"),
                                      QStringLiteral("passwords.windows"));
    d.linuxPasswordV3 = d.linuxPassword;
    d.windowsPasswordV3 = d.windowsPassword;
    if (root.contains(QLatin1String("v3Passwords"))) {
        const QString v3 = QStringLiteral("v3Passwords");
        const QJsonObject sets = needObject(root, {}, "v3Passwords");
        onlyKeys(sets, v3, {"linux", "windows"});
        d.linuxPasswordV3 =
            passwordRules(needObject(sets, v3, "linux"), QStringLiteral("v3Passwords.linux"));
        d.windowsPasswordV3 =
            passwordRules(needObject(sets, v3, "windows"), QStringLiteral("v3Passwords.windows"));
    }

    const QJsonArray sizes = needArray(root, {}, "v3Sizes");
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const QString p = at(QStringLiteral("v3Sizes"), i);
        const QJsonObject o = objectAt(sizes, i, QStringLiteral("v3Sizes"));
        onlyKeys(o, p, {"name", "cpu"});
        const int cpu = needInt(o, p, "cpu", 1);
        const QString name = needString(o, p, "name");
        if (d.v3SizeByCpu.contains(cpu) || d.v3SizeByCpu.values().contains(name))
            fail(p, CatalogParser::tr("size %1 appears twice").arg(name));
        d.v3SizeByCpu.insert(cpu, name);
    }
}

void readFamilies(const QJsonObject &root, CatalogData &d)
{
    const QJsonArray families = needArray(root, {}, "families");
    for (qsizetype i = 0; i < families.size(); ++i) {
        const QString p = at(QStringLiteral("families"), i);
        const QJsonObject o = objectAt(families, i, QStringLiteral("families"));
        onlyKeys(o, p,
                 {"id", "v3Prefix", "generation", "category", "description", "storageTypes",
                  "zones", "pairs"});
        InstanceFamily f;
        f.id = needString(o, p, "id");
        f.v3Prefix = needString(o, p, "v3Prefix");
        if (f.v3Prefix.contains(QLatin1Char('.')))
            fail(at(p, QLatin1String("v3Prefix")), CatalogParser::tr("must not contain a dot"));
        f.generation = needInt(o, p, "generation", 1);
        f.category = localized(o, p, "category");
        f.description = localized(o, p, "description");
        f.storageTypes = intList(o, p, "storageTypes", 1, 1000);
        for (int t : std::as_const(f.storageTypes)) {
            if (!std::any_of(d.diskTypes.cbegin(), d.diskTypes.cend(),
                             [t](const DiskType &x) { return x.storageType == t; }))
                fail(at(p, QLatin1String("storageTypes")),
                     CatalogParser::tr("unknown storageType %1").arg(t));
        }
        f.zones = intList(o, p, "zones", 1, 1 << 30);
        for (int z : std::as_const(f.zones)) {
            if (!d.zoneIndex.contains(z))
                fail(at(p, QLatin1String("zones")), CatalogParser::tr("unknown zone %1").arg(z));
        }
        const QJsonArray pairs = needArray(o, p, "pairs");
        const QString pairsPath = at(p, QLatin1String("pairs"));
        for (qsizetype j = 0; j < pairs.size(); ++j) {
            const QString pp = at(pairsPath, j);
            const QJsonObject po = objectAt(pairs, j, pairsPath);
            onlyKeys(po, pp, {"cpu", "mem"});
            const int cpu = needInt(po, pp, "cpu", 1, 4096);
            if (!d.v3SizeByCpu.contains(cpu))
                fail(at(pp, QLatin1String("cpu")),
                     CatalogParser::tr("%1 cores have no API 3.0 size name in v3Sizes").arg(cpu));
            if (std::any_of(f.pairs.cbegin(), f.pairs.cend(),
                            [cpu](const CpuMemPair &x) { return x.cpu == cpu; }))
                fail(at(pp, QLatin1String("cpu")),
                     CatalogParser::tr("%1 cores are listed twice").arg(cpu));
            for (int mem : intList(po, pp, "mem", 1, 1 << 20))
                f.pairs << CpuMemPair{cpu, mem};
        }
        std::sort(f.pairs.begin(), f.pairs.end(), [](const CpuMemPair &a, const CpuMemPair &b) {
            return a.cpu != b.cpu ? a.cpu < b.cpu : a.mem < b.mem;
        });
        if (d.familyIndex.contains(f.id))
            fail(at(p, QLatin1String("id")),
                 CatalogParser::tr("family %1 appears twice").arg(f.id));
        for (const InstanceFamily &other : std::as_const(d.families)) {
            if (other.v3Prefix == f.v3Prefix)
                fail(at(p, QLatin1String("v3Prefix")),
                     CatalogParser::tr("%1 appears twice").arg(f.v3Prefix));
        }
        d.familyIndex.insert(f.id, d.families.size());
        d.families << f;
    }
}

} // namespace

std::shared_ptr<const CatalogData> CatalogParser::parse(const QJsonObject &data, QString *error)
{
    try {
        onlyKeys(data, {},
                 {"format", "version", "regions", "zones", "families", "storageTypeNumbering",
                  "diskTypes", "systemDisk", "imageTypes", "bandwidth", "bandwidthTypes",
                  "goodsNum", "instanceNameMaxLength", "clientTokenMaxLength", "passwords",
                  "v3Passwords", "v3Sizes"});
        auto d = std::make_shared<CatalogData>();
        readRegionsAndZones(data, *d);
        readDisksAndRules(data, *d);
        readFamilies(data, *d);
        return d;
    } catch (const BadData &bad) {
        if (error)
            *error = tr("The instance catalog is invalid at %1: %2.").arg(bad.path, bad.problem);
        return nullptr;
    }
}
