// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3offerparser.h"

#include "api/apierrorfactory.h"
#include "api/v3/v3responseparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {

// ---------------------------------------------------------------------------------------------
// The scalar readers, all in one place so that they can give way to the shared readers of
// app/api once those land: a number or a numeric string for numbers, a string or a number for
// texts and ids. Each remembers the first problem with its path ("InstanceTypeQuotaSet[2].Cpu").

enum class Need { Required, Optional };

class LenientReader
{
public:
    QString problem;

    bool ok() const { return problem.isEmpty(); }

    QString text(const QJsonObject &o, const QString &path, const char *key,
                 Need need = Need::Optional)
    {
        const QJsonValue v = present(o, path, key, need);
        if (v.isString())
            return v.toString();
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return QString::number(v.toDouble(), 'g', 17);
        if (!v.isUndefined() && !v.isNull())
            fail(V3OfferParser::tr("%1 is not a text").arg(name(path, key)));
        return {};
    }

    std::optional<double> number(const QJsonObject &o, const QString &path, const char *key,
                                 Need need = Need::Optional)
    {
        const QJsonValue v = present(o, path, key, need);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        if (v.isString()) {
            const QString s = v.toString().trimmed();
            if (s.isEmpty() && need == Need::Optional)
                return std::nullopt;
            bool parsed = false;
            const double d = s.toDouble(&parsed);
            if (parsed && std::isfinite(d))
                return d;
        }
        if (!v.isUndefined() && !v.isNull())
            fail(V3OfferParser::tr("%1 is not a number").arg(name(path, key)));
        return std::nullopt;
    }

    int integer(const QJsonObject &o, const QString &path, const char *key,
                Need need = Need::Optional, int fallback = 0)
    {
        const std::optional<double> d = number(o, path, key, need);
        if (!d)
            return fallback;
        if (std::floor(*d) == *d && *d >= std::numeric_limits<int>::min() &&
            *d <= std::numeric_limits<int>::max())
            return int(*d);
        fail(V3OfferParser::tr("%1 is not a whole number").arg(name(path, key)));
        return fallback;
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key,
                 Need need = Need::Optional, bool fallback = false)
    {
        const QJsonValue v = present(o, path, key, need);
        if (v.isBool())
            return v.toBool();
        if (v.isString()) {
            const QString s = v.toString().trimmed().toLower();
            if (s == QLatin1String("true") || s == QLatin1String("1"))
                return true;
            if (s == QLatin1String("false") || s == QLatin1String("0"))
                return false;
        }
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return v.toDouble() == 1;
        if (!v.isUndefined() && !v.isNull())
            fail(V3OfferParser::tr("%1 is not true or false").arg(name(path, key)));
        return fallback;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key,
                       Need need = Need::Optional)
    {
        const QJsonValue v = present(o, path, key, need);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            fail(V3OfferParser::tr("%1 is not an object").arg(name(path, key)));
        return {};
    }

    // An array of objects. null reads as empty: several answers send null for "none".
    QList<QJsonObject> objects(const QJsonObject &o, const QString &path, const char *key,
                               Need need = Need::Required)
    {
        QList<QJsonObject> result;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && need == Need::Required)
            fail(V3OfferParser::tr("%1 is missing").arg(name(path, key)));
        if (v.isUndefined() || v.isNull())
            return result;
        if (!v.isArray()) {
            fail(V3OfferParser::tr("%1 is not a list").arg(name(path, key)));
            return result;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                fail(V3OfferParser::tr("%1[%2] is not an object").arg(name(path, key)).arg(i));
                return {};
            }
            result.append(array.at(i).toObject());
        }
        return result;
    }

    static QString element(const QString &path, const char *key, qsizetype index)
    {
        return name(path, key) + u'[' + QString::number(index) + u']';
    }

    static QString name(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
    }

private:
    QJsonValue present(const QJsonObject &o, const QString &path, const char *key, Need need)
    {
        QJsonValue v = o.value(QLatin1String(key));
        if ((v.isUndefined() || v.isNull()) && need == Need::Required)
            fail(V3OfferParser::tr("%1 is missing").arg(name(path, key)));
        return v;
    }

    void fail(const QString &what)
    {
        if (problem.isEmpty())
            problem = what;
    }
};

// ---------------------------------------------------------------------------------------------

const QString Root = QStringLiteral("Response");

// The envelope, then `read` on the Response object; a reader problem turns into Malformed.
template<typename T, typename Read>
ApiResult<T> parse(const QByteArray &body, const QString &action, Read read)
{
    ApiResult<T> result;
    const ApiResult<QJsonObject> envelope = V3ResponseParser::response(body, action);
    if (!envelope.ok()) {
        result.error = envelope.error;
        return result;
    }
    LenientReader reader;
    T value = read(*envelope.value, reader);
    if (!reader.ok()) {
        result.error = ApiErrorFactory::malformed(action, reader.problem);
        result.error.requestId = envelope.value->value(QLatin1String("RequestId")).toString();
        return result;
    }
    result.value = std::move(value);
    return result;
}

InstanceTypeOffer readType(const QJsonObject &o, const QString &path, LenientReader &f)
{
    InstanceTypeOffer t;
    t.zone = f.text(o, path, "Zone");
    t.instanceType = f.text(o, path, "InstanceType", Need::Required);
    t.family = f.text(o, path, "InstanceFamily");
    if (t.family.isEmpty()) {
        // Names are <FAMILY>.<SIZE> (cvm-api-v3-today.md §1d); only the family is taken from
        // the name, never the cores or memory.
        t.family = t.instanceType.section(u'.', 0, 0);
    }
    t.typeName = f.text(o, path, "TypeName");
    t.chargeType = f.text(o, path, "InstanceChargeType");
    t.cpu = f.integer(o, path, "Cpu", Need::Required);
    t.memory = f.integer(o, path, "Memory", Need::Required);
    t.rawStatus = f.text(o, path, "Status", Need::Required);
    t.status = InstanceTypeOffer::statusFromText(t.rawStatus);
    t.soldOutReason = f.text(o, path, "SoldOutReason");
    t.statusCategory = f.text(o, path, "StatusCategory");
    const QJsonObject price = f.object(o, path, "Price");
    const QString pricePath = LenientReader::name(path, "Price");
    t.unitPrice = f.number(price, pricePath, "UnitPrice");
    t.unitPriceDiscount = f.number(price, pricePath, "UnitPriceDiscount");
    t.chargeUnit = f.text(price, pricePath, "ChargeUnit");
    t.cpuType = f.text(o, path, "CpuType");
    t.frequency = f.text(o, path, "Frequency");
    t.instanceBandwidth = f.number(o, path, "InstanceBandwidth").value_or(0.0);
    t.instancePps = f.integer(o, path, "InstancePps");
    t.gpu = f.integer(o, path, "Gpu");
    const QList<QJsonObject> disks = f.objects(o, path, "LocalDiskTypeList", Need::Optional);
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const QString type =
            f.text(disks.at(i), LenientReader::element(path, "LocalDiskTypeList", i), "Type");
        if (!type.isEmpty() && !t.localDiskTypes.contains(type))
            t.localDiskTypes.append(type);
    }
    return t;
}

SecurityGroupPolicies::Rule readRule(const QJsonObject &o, const QString &path, LenientReader &f)
{
    SecurityGroupPolicies::Rule r;
    r.policyIndex = f.integer(o, path, "PolicyIndex");
    r.protocol = f.text(o, path, "Protocol");
    r.port = f.text(o, path, "Port");
    r.cidrBlock = f.text(o, path, "CidrBlock");
    r.ipv6CidrBlock = f.text(o, path, "Ipv6CidrBlock");
    r.sourceGroupId = f.text(o, path, "SecurityGroupId");
    r.action = f.text(o, path, "Action");
    r.description = f.text(o, path, "PolicyDescription");
    return r;
}

} // namespace

ApiResult<QList<InstanceTypeOffer>>
V3OfferParser::describeZoneInstanceConfigInfos(const QByteArray &body)
{
    const QString action = QStringLiteral("DescribeZoneInstanceConfigInfos");
    ApiResult<QList<InstanceTypeOffer>> result =
        parse<QList<InstanceTypeOffer>>(body, action, [](const QJsonObject &r, LenientReader &f) {
            QList<InstanceTypeOffer> types;
            const QList<QJsonObject> set = f.objects(r, Root, "InstanceTypeQuotaSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                InstanceTypeOffer t =
                    readType(set.at(i), LenientReader::element(Root, "InstanceTypeQuotaSet", i), f);
                if (t.chargeType.isEmpty() || t.chargeType == QLatin1String("POSTPAID_BY_HOUR"))
                    types.append(std::move(t));
            }
            return types;
        });
    if (!result.ok() &&
        result.error.codeString == QLatin1String("InvalidParameterValue.ZoneNotSupported")) {
        result.value = QList<InstanceTypeOffer>();
        result.error = ApiError();
    }
    return result;
}

ApiResult<QList<InstanceFamilyLabel>>
V3OfferParser::describeInstanceFamilyConfigs(const QByteArray &body)
{
    return parse<QList<InstanceFamilyLabel>>(
        body, QStringLiteral("DescribeInstanceFamilyConfigs"),
        [](const QJsonObject &r, LenientReader &f) {
            QList<InstanceFamilyLabel> labels;
            const QList<QJsonObject> set = f.objects(r, Root, "InstanceFamilyConfigSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = LenientReader::element(Root, "InstanceFamilyConfigSet", i);
                labels.append({f.text(set.at(i), path, "InstanceFamily", Need::Required),
                               f.text(set.at(i), path, "InstanceFamilyName")});
            }
            return labels;
        });
}

ApiResult<QList<DiskConfig>> V3OfferParser::describeDiskConfigQuota(const QByteArray &body)
{
    return parse<QList<DiskConfig>>(
        body, QStringLiteral("DescribeDiskConfigQuota"),
        [](const QJsonObject &r, LenientReader &f) {
            QList<DiskConfig> configs;
            const QList<QJsonObject> set = f.objects(r, Root, "DiskConfigSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QJsonObject &o = set.at(i);
                const QString path = LenientReader::element(Root, "DiskConfigSet", i);
                DiskConfig c;
                c.diskType = f.text(o, path, "DiskType", Need::Required);
                c.usage = DiskConfig::usageFromText(f.text(o, path, "DiskUsage", Need::Required));
                c.available = f.boolean(o, path, "Available", Need::Required);
                c.zone = f.text(o, path, "Zone");
                c.family = f.text(o, path, "InstanceFamily");
                c.chargeType = f.text(o, path, "DiskChargeType");
                c.minGiB = f.integer(o, path, "MinDiskSize", Need::Required);
                c.maxGiB = f.integer(o, path, "MaxDiskSize", Need::Required);
                c.stepGiB = f.integer(o, path, "StepSize", Need::Optional, 1);
                const QJsonObject price = f.object(o, path, "Price");
                const QString pricePath = LenientReader::name(path, "Price");
                const auto unit = f.number(price, pricePath, "UnitPrice");
                const auto discounted = f.number(price, pricePath, "UnitPriceDiscount");
                c.unitPrice = discounted ? discounted : unit;
                c.chargeUnit = f.text(price, pricePath, "ChargeUnit");
                configs.append(c);
            }
            return configs;
        });
}

ApiResult<AccountQuota> V3OfferParser::describeAccountQuota(const QByteArray &body)
{
    return parse<AccountQuota>(
        body, QStringLiteral("DescribeAccountQuota"), [](const QJsonObject &r, LenientReader &f) {
            AccountQuota quota;
            const QString overviewPath = LenientReader::name(Root, "AccountQuotaOverview");
            const QJsonObject overview = f.object(r, Root, "AccountQuotaOverview", Need::Required);
            quota.region = f.text(overview, overviewPath, "Region");
            const QString quotaPath = LenientReader::name(overviewPath, "AccountQuota");
            const QJsonObject sets = f.object(overview, overviewPath, "AccountQuota");
            const QList<QJsonObject> set =
                f.objects(sets, quotaPath, "PostPaidQuotaSet", Need::Optional);
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = LenientReader::element(quotaPath, "PostPaidQuotaSet", i);
                AccountQuota::Zone zone;
                zone.zone = f.text(set.at(i), path, "Zone", Need::Required);
                zone.used = f.integer(set.at(i), path, "UsedQuota");
                zone.remaining = f.integer(set.at(i), path, "RemainingQuota", Need::Required);
                zone.total = f.integer(set.at(i), path, "TotalQuota");
                quota.postPaid.append(zone);
            }
            return quota;
        });
}

ApiResult<ListPage<SecurityGroup>> V3OfferParser::describeSecurityGroups(const QByteArray &body)
{
    return parse<ListPage<SecurityGroup>>(
        body, QStringLiteral("DescribeSecurityGroups"), [](const QJsonObject &r, LenientReader &f) {
            ListPage<SecurityGroup> page;
            page.totalCount = f.integer(r, Root, "TotalCount", Need::Optional, -1);
            const QList<QJsonObject> set = f.objects(r, Root, "SecurityGroupSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QJsonObject &o = set.at(i);
                const QString path = LenientReader::element(Root, "SecurityGroupSet", i);
                SecurityGroup g;
                g.securityGroupId = f.text(o, path, "SecurityGroupId", Need::Required);
                g.name = f.text(o, path, "SecurityGroupName");
                g.description = f.text(o, path, "SecurityGroupDesc");
                g.projectId = f.text(o, path, "ProjectId");
                g.isDefault = f.boolean(o, path, "IsDefault");
                g.createdTime = f.text(o, path, "CreatedTime");
                page.items.append(g);
            }
            return page;
        });
}

ApiResult<SecurityGroupPolicies>
V3OfferParser::describeSecurityGroupPolicies(const QByteArray &body)
{
    return parse<SecurityGroupPolicies>(
        body, QStringLiteral("DescribeSecurityGroupPolicies"),
        [](const QJsonObject &r, LenientReader &f) {
            SecurityGroupPolicies policies;
            const QString setPath = LenientReader::name(Root, "SecurityGroupPolicySet");
            const QJsonObject set = f.object(r, Root, "SecurityGroupPolicySet", Need::Required);
            policies.version = f.text(set, setPath, "Version");
            const QList<QJsonObject> ingress = f.objects(set, setPath, "Ingress", Need::Optional);
            for (qsizetype i = 0; i < ingress.size() && f.ok(); ++i)
                policies.ingress.append(
                    readRule(ingress.at(i), LenientReader::element(setPath, "Ingress", i), f));
            const QList<QJsonObject> egress = f.objects(set, setPath, "Egress", Need::Optional);
            for (qsizetype i = 0; i < egress.size() && f.ok(); ++i)
                policies.egress.append(
                    readRule(egress.at(i), LenientReader::element(setPath, "Egress", i), f));
            return policies;
        });
}
