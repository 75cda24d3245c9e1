// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3offerparser.h"

#include "api/answerreader.h"
#include "api/apierrorfactory.h"
#include "api/v3/v3responseparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace {

using Need = AnswerReader::Need;

// A list the answer must have; null reads as empty, since several answers send null for "none".
QList<QJsonObject> setOf(AnswerReader &f, const QJsonObject &o, const QString &path,
                         const char *key)
{
    if (o.value(QLatin1String(key)).isNull())
        return {};
    return f.objects(o, path, key, Need::Required);
}

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
    AnswerReader reader;
    T value = read(*envelope.value, reader);
    if (!reader.ok()) {
        result.error = ApiErrorFactory::malformed(action, reader.problem());
        result.error.requestId = envelope.value->value(QLatin1String("RequestId")).toString();
        return result;
    }
    result.value = std::move(value);
    return result;
}

InstanceTypeOffer readType(const QJsonObject &o, const QString &path, AnswerReader &f)
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
    t.cpu = f.integer(o, path, "Cpu", Need::Required).value_or(0);
    t.memory = f.integer(o, path, "Memory", Need::Required).value_or(0);
    t.rawStatus = f.text(o, path, "Status", Need::Required);
    t.status = InstanceTypeOffer::statusFromText(t.rawStatus);
    t.soldOutReason = f.text(o, path, "SoldOutReason");
    t.statusCategory = f.text(o, path, "StatusCategory");
    const QJsonObject price = f.object(o, path, "Price").value_or(QJsonObject());
    const QString pricePath = AnswerReader::join(path, "Price");
    t.unitPrice = f.decimal(price, pricePath, "UnitPrice");
    t.unitPriceDiscount = f.decimal(price, pricePath, "UnitPriceDiscount");
    t.chargeUnit = f.text(price, pricePath, "ChargeUnit");
    t.cpuType = f.text(o, path, "CpuType");
    t.frequency = f.text(o, path, "Frequency");
    t.instanceBandwidth = f.decimal(o, path, "InstanceBandwidth").value_or(0.0);
    t.instancePps = f.integer(o, path, "InstancePps").value_or(0);
    t.gpu = f.integer(o, path, "Gpu").value_or(0);
    const QList<QJsonObject> disks = f.objects(o, path, "LocalDiskTypeList", Need::Optional);
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const QString type =
            f.text(disks.at(i),
                   AnswerReader::element(AnswerReader::join(path, "LocalDiskTypeList"), i), "Type");
        if (!type.isEmpty() && !t.localDiskTypes.contains(type))
            t.localDiskTypes.append(type);
    }
    return t;
}

SecurityGroupPolicies::Rule readRule(const QJsonObject &o, const QString &path, AnswerReader &f)
{
    SecurityGroupPolicies::Rule r;
    r.policyIndex = f.integer(o, path, "PolicyIndex").value_or(0);
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
        parse<QList<InstanceTypeOffer>>(body, action, [](const QJsonObject &r, AnswerReader &f) {
            QList<InstanceTypeOffer> types;
            const QList<QJsonObject> set = setOf(f, r, Root, "InstanceTypeQuotaSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                InstanceTypeOffer t = readType(
                    set.at(i),
                    AnswerReader::element(AnswerReader::join(Root, "InstanceTypeQuotaSet"), i), f);
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
        [](const QJsonObject &r, AnswerReader &f) {
            QList<InstanceFamilyLabel> labels;
            const QList<QJsonObject> set = setOf(f, r, Root, "InstanceFamilyConfigSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path =
                    AnswerReader::element(AnswerReader::join(Root, "InstanceFamilyConfigSet"), i);
                labels.append({f.text(set.at(i), path, "InstanceFamily", Need::Required),
                               f.text(set.at(i), path, "InstanceFamilyName")});
            }
            return labels;
        });
}

ApiResult<QList<DiskConfig>> V3OfferParser::describeDiskConfigQuota(const QByteArray &body)
{
    return parse<QList<DiskConfig>>(
        body, QStringLiteral("DescribeDiskConfigQuota"), [](const QJsonObject &r, AnswerReader &f) {
            QList<DiskConfig> configs;
            const QList<QJsonObject> set = setOf(f, r, Root, "DiskConfigSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QJsonObject &o = set.at(i);
                const QString path =
                    AnswerReader::element(AnswerReader::join(Root, "DiskConfigSet"), i);
                DiskConfig c;
                c.diskType = f.text(o, path, "DiskType", Need::Required);
                c.usage = DiskConfig::usageFromText(f.text(o, path, "DiskUsage", Need::Required));
                c.available = f.boolean(o, path, "Available", Need::Required).value_or(false);
                c.zone = f.text(o, path, "Zone");
                c.family = f.text(o, path, "InstanceFamily");
                c.chargeType = f.text(o, path, "DiskChargeType");
                c.minGiB = f.integer(o, path, "MinDiskSize", Need::Required).value_or(0);
                c.maxGiB = f.integer(o, path, "MaxDiskSize", Need::Required).value_or(0);
                c.stepGiB = f.integer(o, path, "StepSize").value_or(1);
                const QJsonObject price = f.object(o, path, "Price").value_or(QJsonObject());
                const QString pricePath = AnswerReader::join(path, "Price");
                const auto unit = f.decimal(price, pricePath, "UnitPrice");
                const auto discounted = f.decimal(price, pricePath, "UnitPriceDiscount");
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
        body, QStringLiteral("DescribeAccountQuota"), [](const QJsonObject &r, AnswerReader &f) {
            AccountQuota quota;
            const QString overviewPath = AnswerReader::join(Root, "AccountQuotaOverview");
            const QJsonObject overview =
                f.object(r, Root, "AccountQuotaOverview", Need::Required).value_or(QJsonObject());
            quota.region = f.text(overview, overviewPath, "Region");
            const QString quotaPath = AnswerReader::join(overviewPath, "AccountQuota");
            const QJsonObject sets =
                f.object(overview, overviewPath, "AccountQuota").value_or(QJsonObject());
            const QList<QJsonObject> set =
                f.objects(sets, quotaPath, "PostPaidQuotaSet", Need::Optional);
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path =
                    AnswerReader::element(AnswerReader::join(quotaPath, "PostPaidQuotaSet"), i);
                AccountQuota::Zone zone;
                zone.zone = f.text(set.at(i), path, "Zone", Need::Required);
                zone.used = f.integer(set.at(i), path, "UsedQuota").value_or(0);
                zone.remaining =
                    f.integer(set.at(i), path, "RemainingQuota", Need::Required).value_or(0);
                zone.total = f.integer(set.at(i), path, "TotalQuota").value_or(0);
                quota.postPaid.append(zone);
            }
            return quota;
        });
}

ApiResult<ListPage<SecurityGroup>> V3OfferParser::describeSecurityGroups(const QByteArray &body)
{
    return parse<ListPage<SecurityGroup>>(
        body, QStringLiteral("DescribeSecurityGroups"), [](const QJsonObject &r, AnswerReader &f) {
            ListPage<SecurityGroup> page;
            page.totalCount = f.integer(r, Root, "TotalCount").value_or(-1);
            const QList<QJsonObject> set = setOf(f, r, Root, "SecurityGroupSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QJsonObject &o = set.at(i);
                const QString path =
                    AnswerReader::element(AnswerReader::join(Root, "SecurityGroupSet"), i);
                SecurityGroup g;
                g.securityGroupId = f.text(o, path, "SecurityGroupId", Need::Required);
                g.name = f.text(o, path, "SecurityGroupName");
                g.description = f.text(o, path, "SecurityGroupDesc");
                g.projectId = f.text(o, path, "ProjectId");
                g.isDefault = f.boolean(o, path, "IsDefault").value_or(false);
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
        [](const QJsonObject &r, AnswerReader &f) {
            SecurityGroupPolicies policies;
            const QString setPath = AnswerReader::join(Root, "SecurityGroupPolicySet");
            const QJsonObject set =
                f.object(r, Root, "SecurityGroupPolicySet", Need::Required).value_or(QJsonObject());
            policies.version = f.text(set, setPath, "Version");
            const QList<QJsonObject> ingress = f.objects(set, setPath, "Ingress", Need::Optional);
            for (qsizetype i = 0; i < ingress.size() && f.ok(); ++i)
                policies.ingress.append(
                    readRule(ingress.at(i),
                             AnswerReader::element(AnswerReader::join(setPath, "Ingress"), i), f));
            const QList<QJsonObject> egress = f.objects(set, setPath, "Egress", Need::Optional);
            for (qsizetype i = 0; i < egress.size() && f.ok(); ++i)
                policies.egress.append(
                    readRule(egress.at(i),
                             AnswerReader::element(AnswerReader::join(setPath, "Egress"), i), f));
            return policies;
        });
}
