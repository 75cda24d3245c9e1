// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2resourceactions.h"

#include "catalog/catalog.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/v2/v2protocol.h"
#include "sandbox/v2/v2reply.h"

#include <QJsonArray>
#include <QTimeZone>

#include <optional>

namespace {

struct Paging
{
    int offset = 0;
    int limit = 20;

    bool takes(int index) const { return index >= offset && index < offset + limit; }
};

std::optional<Paging> readPaging(const V2Params &params, int defaultLimit, QString *error)
{
    const auto offset = params.integer(QStringLiteral("offset"), 0, 0, 1'000'000, error);
    const auto limit = offset ? params.integer(QStringLiteral("limit"), defaultLimit, 1, 100, error)
                              : std::nullopt;
    if (!limit)
        return std::nullopt;
    return Paging{*offset, *limit};
}

QString beijingTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

V2ResourceActions::V2ResourceActions(const Catalog *catalog)
    : m_catalog(catalog)
{}

void V2ResourceActions::registerWith(V2Protocol &protocol)
{
    protocol.addAction(QStringLiteral("DescribeAvailabilityZones"),
                       [this](const V2Call &call) { return describeAvailabilityZones(call); });
    protocol.addAction(QStringLiteral("DescribeImages"),
                       [this](const V2Call &call) { return describeImages(call); });
    protocol.addAction(QStringLiteral("DescribeKeyPairs"),
                       [this](const V2Call &call) { return describeKeyPairs(call); });
    protocol.addAction(QStringLiteral("DescribeVpcEx"),
                       [this](const V2Call &call) { return describeVpcEx(call); });
    protocol.addAction(QStringLiteral("DescribeSubnetEx"),
                       [this](const V2Call &call) { return describeSubnetEx(call); });
}

SandboxReply V2ResourceActions::describeAvailabilityZones(const V2Call &call) const
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    auto zoneJson = [&](const CatalogZone &zone) {
        return QJsonObject{{QLatin1String("zoneId"), zone.id},
                           {QLatin1String("zoneName"), zone.name.text(chinese)},
                           {QLatin1String("idcList"), QJsonArray{zone.name.text(chinese)}}};
    };
    if (call.params.contains(QStringLiteral("zoneId"))) {
        // One zone asked for: the documented answer is an object, not an array.
        QString error;
        const auto zoneId = call.params.integer(QStringLiteral("zoneId"), 0, 1, 9'999'999, &error);
        if (!zoneId)
            return V2Reply::error(V2Reply::InvalidParameter, error);
        const CatalogZone *zone = m_catalog->zone(*zoneId);
        if (!zone || zone->region != call.region) {
            return V2Reply::error(V2Reply::InvalidParameter,
                                  tr("Invalid parameter zoneId: zone %1 is not in region %2.")
                                      .arg(*zoneId)
                                      .arg(call.region));
        }
        return V2Reply::ok({{QLatin1String("zoneSet"), zoneJson(*zone)}});
    }
    QJsonArray zones;
    for (const CatalogZone &zone : m_catalog->zonesInRegion(call.region))
        zones.append(zoneJson(zone));
    return V2Reply::ok({{QLatin1String("zoneSet"), zones}});
}

SandboxReply V2ResourceActions::describeImages(const V2Call &call) const
{
    QString error;
    if (!call.params.required(QStringLiteral("imageType"), &error))
        return V2Reply::error(V2Reply::InvalidParameter, error);
    const auto imageType = call.params.integer(QStringLiteral("imageType"), 0, 1, 4, &error);
    const auto paging = imageType ? readPaging(call.params, 20, &error) : std::nullopt;
    if (!paging)
        return V2Reply::error(V2Reply::InvalidParameter, error);
    const QStringList ids = call.params.list(QStringLiteral("imageIds"));
    if (ids.size() > 10) {
        return V2Reply::error(V2Reply::InvalidParameter,
                              tr("Invalid parameter imageIds: at most 10 ids per request."));
    }

    QJsonArray set;
    int total = 0;
    for (const Image &image : SandboxData::images()) {
        if (image.imageType != *imageType || (!ids.isEmpty() && !ids.contains(image.imageId)))
            continue;
        if (paging->takes(total)) {
            set.append(QJsonObject{{QLatin1String("unImgId"), image.imageId},
                                   {QLatin1String("imageName"), image.name},
                                   {QLatin1String("imageDescription"), image.description},
                                   {QLatin1String("imageType"), image.imageType},
                                   {QLatin1String("osName"), image.osName},
                                   {QLatin1String("createTime"), beijingTime(image.createTime)},
                                   {QLatin1String("status"), 1}});
        }
        ++total;
    }
    return V2Reply::ok({{QLatin1String("totalCount"), total}, {QLatin1String("imageSet"), set}});
}

SandboxReply V2ResourceActions::describeKeyPairs(const V2Call &call) const
{
    QString error;
    const auto paging = readPaging(call.params, 20, &error);
    if (!paging)
        return V2Reply::error(V2Reply::InvalidParameter, error);
    const QStringList ids = call.params.list(QStringLiteral("keyIds"));
    const QString name = call.params.value(QStringLiteral("keyName"));

    QJsonArray set;
    int total = 0;
    for (const auto &key : SandboxData::keyPairs()) {
        if ((!ids.isEmpty() && !ids.contains(key.keyPair.keyId)) ||
            (!name.isEmpty() && !key.keyPair.name.contains(name)))
            continue;
        if (paging->takes(total)) {
            set.append(QJsonObject{{QLatin1String("keyId"), key.keyPair.keyId},
                                   {QLatin1String("keyName"), key.keyPair.name},
                                   {QLatin1String("pubkey"), key.publicKey},
                                   {QLatin1String("createTime"), key.createTime}});
        }
        ++total;
    }
    return V2Reply::ok({{QLatin1String("data"), QJsonObject{{QLatin1String("totalCount"), total},
                                                            {QLatin1String("sshSet"), set}}}});
}

SandboxReply V2ResourceActions::describeVpcEx(const V2Call &call) const
{
    QString error;
    const auto paging = readPaging(call.params, 20, &error);
    if (!paging)
        return V2Reply::error(V2Reply::InvalidParameter, error);
    const QString vpcId = call.params.value(QStringLiteral("vpcId"));
    const QString vpcName = call.params.value(QStringLiteral("vpcName"));

    QJsonArray data;
    int total = 0;
    for (const auto &vpc : SandboxData::vpcs()) {
        if (vpc.region != call.region || (!vpcId.isEmpty() && vpc.vpc.vpcId != vpcId) ||
            (!vpcName.isEmpty() && !vpc.vpc.name.contains(vpcName)))
            continue;
        int subnets = 0;
        for (const Subnet &subnet : SandboxData::subnets())
            subnets += subnet.vpcId == vpc.vpc.vpcId ? 1 : 0;
        if (paging->takes(total)) {
            data.append(QJsonObject{{QLatin1String("unVpcId"), vpc.vpc.vpcId},
                                    {QLatin1String("vpcName"), vpc.vpc.name},
                                    {QLatin1String("cidrBlock"), vpc.vpc.cidrBlock},
                                    {QLatin1String("subnetNum"), subnets},
                                    {QLatin1String("createTime"), vpc.createTime}});
        }
        ++total;
    }
    return V2Reply::ok({{QLatin1String("totalCount"), total}, {QLatin1String("data"), data}});
}

SandboxReply V2ResourceActions::describeSubnetEx(const V2Call &call) const
{
    QString error;
    const auto paging = readPaging(call.params, 20, &error);
    const auto zoneId = paging
                            ? call.params.integer(QStringLiteral("zoneId"), 0, 0, 9'999'999, &error)
                            : std::nullopt;
    if (!zoneId)
        return V2Reply::error(V2Reply::InvalidParameter, error);
    const QString vpcId = call.params.value(QStringLiteral("vpcId"));
    const QString subnetId = call.params.value(QStringLiteral("subnetId"));

    QJsonArray data;
    int total = 0;
    for (const Subnet &subnet : SandboxData::subnets()) {
        const auto *vpc = SandboxData::findVpc(subnet.vpcId);
        if (!vpc || vpc->region != call.region || (!vpcId.isEmpty() && subnet.vpcId != vpcId) ||
            (!subnetId.isEmpty() && subnet.subnetId != subnetId) ||
            (*zoneId && !subnet.zoneIds.contains(*zoneId)))
            continue;
        if (paging->takes(total)) {
            QJsonArray zones;
            for (int zone : subnet.zoneIds)
                zones.append(zone);
            data.append(QJsonObject{{QLatin1String("unVpcId"), subnet.vpcId},
                                    {QLatin1String("unSubnetId"), subnet.subnetId},
                                    {QLatin1String("subnetName"), subnet.name},
                                    {QLatin1String("cidrBlock"), subnet.cidrBlock},
                                    {QLatin1String("zoneId"), subnet.zoneIds.value(0)},
                                    {QLatin1String("zoneIds"), zones},
                                    {QLatin1String("availableIPNum"), subnet.availableIps}});
        }
        ++total;
    }
    return V2Reply::ok({{QLatin1String("totalCount"), total}, {QLatin1String("data"), data}});
}
