// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3resourceactions.h"

#include "api/v3/v3requestbuilder.h"
#include "catalog/catalog.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/v3/v3params.h"
#include "sandbox/v3/v3protocol.h"
#include "sandbox/v3/v3reply.h"

#include <QJsonArray>
#include <QLocale>

namespace {

struct Paging
{
    int offset = 0;
    int limit = 20;

    bool takes(int index) const { return index >= offset && index < offset + limit; }
};

// Offset and Limit; on failure *code and *error say why (pagingError turns them into the answer).
std::optional<Paging> readPaging(const QJsonObject &body, QString *code, QString *error)
{
    *code = QStringLiteral("InvalidParameterValue");
    const auto offset = V3Params::integer(body, QStringLiteral("Offset"), 0, 0, 1'000'000, error);
    const auto limit = offset ? V3Params::limit(body, code, error) : std::nullopt;
    if (!limit)
        return std::nullopt;
    return Paging{*offset, *limit};
}

SandboxReply pagingError(const QString &code, const QString &error)
{
    return V3Reply::error(code, error);
}

} // namespace

V3ResourceActions::V3ResourceActions(const Catalog *catalog)
    : m_catalog(catalog)
{}

void V3ResourceActions::registerWith(V3Protocol &protocol)
{
    const QString cvm = QStringLiteral("cvm");
    const QString vpc = QStringLiteral("vpc");
    protocol.addAction(cvm, QStringLiteral("DescribeZones"),
                       [this](const V3Call &call) { return describeZones(call); });
    protocol.addAction(cvm, QStringLiteral("DescribeRegions"),
                       [this](const V3Call &) { return describeRegions(); });
    protocol.addAction(cvm, QStringLiteral("DescribeImages"),
                       [this](const V3Call &call) { return describeImages(call); });
    protocol.addAction(cvm, QStringLiteral("DescribeKeyPairs"),
                       [this](const V3Call &call) { return describeKeyPairs(call); });
    protocol.addAction(vpc, QStringLiteral("DescribeVpcs"),
                       [this](const V3Call &call) { return describeVpcs(call); });
    protocol.addAction(vpc, QStringLiteral("DescribeSubnets"),
                       [this](const V3Call &call) { return describeSubnets(call); });
}

SandboxReply V3ResourceActions::describeZones(const V3Call &call) const
{
    // Chinese names unless the call asks for English (X-TC-Language: en-US).
    const QLocale names = call.language == QLatin1String("en-US")
                              ? QLocale(QLocale::English, QLocale::UnitedStates)
                              : QLocale(QLocale::Chinese, QLocale::China);
    QJsonArray zones;
    for (const CatalogZone &zone : m_catalog->zonesInRegion(call.region)) {
        if (zone.v3Name.isEmpty())
            continue;
        // A zone where nothing is sold any more is listed as the service lists retired zones
        // (Guangzhou Zone 1, for one): UNAVAILABLE, so a client never defaults to it.
        const bool sells = !m_catalog->familiesSoldIn(zone.id).isEmpty();
        zones.append(
            QJsonObject{{QLatin1String("Zone"), zone.v3Name},
                        {QLatin1String("ZoneName"), zone.name.text(names)},
                        {QLatin1String("ZoneId"), QString::number(zone.id)},
                        {QLatin1String("ZoneState"),
                         sells ? QStringLiteral("AVAILABLE") : QStringLiteral("UNAVAILABLE")}});
    }
    return V3Reply::ok(
        {{QLatin1String("TotalCount"), int(zones.size())}, {QLatin1String("ZoneSet"), zones}});
}

SandboxReply V3ResourceActions::describeRegions() const
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QJsonArray regions;
    for (const CatalogRegion &region : m_catalog->regions()) {
        bool listed = false;
        bool sells = false;
        for (const CatalogZone &zone : m_catalog->zonesInRegion(region.id)) {
            listed |= !zone.v3Name.isEmpty();
            sells |= !zone.v3Name.isEmpty() && !m_catalog->familiesSoldIn(zone.id).isEmpty();
        }
        if (!listed)
            continue;
        regions.append(
            QJsonObject{{QLatin1String("Region"), region.id},
                        {QLatin1String("RegionName"), region.name.text(chinese)},
                        {QLatin1String("RegionState"),
                         sells ? QStringLiteral("AVAILABLE") : QStringLiteral("UNAVAILABLE")}});
    }
    return V3Reply::ok({{QLatin1String("TotalCount"), int(regions.size())},
                        {QLatin1String("RegionSet"), regions}});
}

SandboxReply V3ResourceActions::describeImages(const V3Call &call) const
{
    QString code;
    QString error;
    const auto paging = readPaging(call.body, &code, &error);
    const auto ids =
        paging ? V3Params::strings(call.body, QStringLiteral("ImageIds"), &error) : std::nullopt;
    if (!ids)
        return pagingError(code, error);
    QList<int> types;
    for (const QString &name : V3Params::filter(call.body, QStringLiteral("image-type"))) {
        const int type = V3RequestBuilder::imageTypeFromV3(name);
        if (type == 0) {
            return V3Reply::error(QStringLiteral("InvalidFilter"),
                                  tr("Invalid filter image-type: \"%1\" is not an image type "
                                     "(PUBLIC_IMAGE, PRIVATE_IMAGE, SHARED_IMAGE, MARKET_IMAGE).")
                                      .arg(name));
        }
        types.append(type);
    }

    QJsonArray set;
    int total = 0;
    for (const Image &image : SandboxData::images()) {
        if ((!types.isEmpty() && !types.contains(image.imageType)) ||
            (!ids->isEmpty() && !ids->contains(image.imageId)))
            continue;
        if (paging->takes(total)) {
            set.append(QJsonObject{
                {QLatin1String("ImageId"), image.imageId},
                {QLatin1String("ImageName"), image.name},
                {QLatin1String("ImageDescription"), image.description},
                {QLatin1String("ImageType"), V3RequestBuilder::v3ImageType(image.imageType)},
                {QLatin1String("OsName"), image.osName},
                {QLatin1String("CreatedTime"),
                 image.createTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
                {QLatin1String("ImageState"), QStringLiteral("NORMAL")}});
        }
        ++total;
    }
    return V3Reply::ok({{QLatin1String("TotalCount"), total}, {QLatin1String("ImageSet"), set}});
}

SandboxReply V3ResourceActions::describeKeyPairs(const V3Call &call) const
{
    QString code;
    QString error;
    const auto paging = readPaging(call.body, &code, &error);
    const auto ids =
        paging ? V3Params::strings(call.body, QStringLiteral("KeyIds"), &error) : std::nullopt;
    if (!ids)
        return pagingError(code, error);

    QJsonArray set;
    int total = 0;
    for (const auto &key : SandboxData::keyPairs()) {
        if (!ids->isEmpty() && !ids->contains(key.keyPair.keyId))
            continue;
        if (paging->takes(total)) {
            set.append(QJsonObject{{QLatin1String("KeyId"), key.keyPair.keyId},
                                   {QLatin1String("KeyName"), key.keyPair.name},
                                   {QLatin1String("PublicKey"), key.publicKey},
                                   {QLatin1String("CreatedTime"), key.createTime}});
        }
        ++total;
    }
    return V3Reply::ok({{QLatin1String("TotalCount"), total}, {QLatin1String("KeyPairSet"), set}});
}

SandboxReply V3ResourceActions::describeVpcs(const V3Call &call) const
{
    QString code;
    QString error;
    const auto paging = readPaging(call.body, &code, &error);
    const auto ids =
        paging ? V3Params::strings(call.body, QStringLiteral("VpcIds"), &error) : std::nullopt;
    if (!ids)
        return pagingError(code, error);

    QJsonArray set;
    int total = 0;
    for (const auto &vpc : SandboxData::vpcs()) {
        if (vpc.region != call.region || (!ids->isEmpty() && !ids->contains(vpc.vpc.vpcId)))
            continue;
        if (paging->takes(total)) {
            set.append(QJsonObject{{QLatin1String("VpcId"), vpc.vpc.vpcId},
                                   {QLatin1String("VpcName"), vpc.vpc.name},
                                   {QLatin1String("CidrBlock"), vpc.vpc.cidrBlock},
                                   {QLatin1String("CreatedTime"), vpc.createTime}});
        }
        ++total;
    }
    return V3Reply::ok({{QLatin1String("TotalCount"), total}, {QLatin1String("VpcSet"), set}});
}

SandboxReply V3ResourceActions::describeSubnets(const V3Call &call) const
{
    QString code;
    QString error;
    const auto paging = readPaging(call.body, &code, &error);
    if (!paging)
        return pagingError(code, error);
    const QStringList vpcIds = V3Params::filter(call.body, QStringLiteral("vpc-id"));
    const QStringList zones = V3Params::filter(call.body, QStringLiteral("zone"));

    QJsonArray set;
    int total = 0;
    for (const Subnet &subnet : SandboxData::subnets()) {
        const auto *vpc = SandboxData::findVpc(subnet.vpcId);
        const QString zone = m_catalog->v3ZoneName(subnet.zoneIds.value(0));
        if (!vpc || vpc->region != call.region ||
            (!vpcIds.isEmpty() && !vpcIds.contains(subnet.vpcId)) ||
            (!zones.isEmpty() && !zones.contains(zone)))
            continue;
        if (paging->takes(total)) {
            set.append(
                QJsonObject{{QLatin1String("SubnetId"), subnet.subnetId},
                            {QLatin1String("VpcId"), subnet.vpcId},
                            {QLatin1String("SubnetName"), subnet.name},
                            {QLatin1String("CidrBlock"), subnet.cidrBlock},
                            {QLatin1String("Zone"), zone},
                            {QLatin1String("AvailableIpAddressCount"), subnet.availableIps}});
        }
        ++total;
    }
    return V3Reply::ok({{QLatin1String("TotalCount"), total}, {QLatin1String("SubnetSet"), set}});
}
