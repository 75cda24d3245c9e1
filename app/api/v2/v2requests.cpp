// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2requests.h"

#include "spec/instancecount.h"
#include "spec/specfields.h"

namespace {

QString number(int value)
{
    return QString::number(value);
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

void add(V2Request &request, const char *name, const QString &value)
{
    request.parameters.append({QString::fromLatin1(name), value});
}

void add(V2Request &request, SpecField field, const QString &value)
{
    add(request, SpecFields::info(field).v2Name, value);
}

// A spec value as API 2.0 spells it: numbers in decimal, flags as 1 or 0, text as it is.
QString text(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return flag(value.toBool());
    case QMetaType::Int:
        return number(value.toInt());
    default:
        return value.toString();
    }
}

} // namespace

V2Request V2Requests::runInstancesHour(const LaunchSpec &spec)
{
    V2Request r;
    r.action = QStringLiteral("RunInstancesHour");
    r.region = spec.region;
    // Every field the table gives an API 2.0 name, as SpecFields::requestValue() says.
    for (const SpecFieldInfo &field : SpecFields::all()) {
        if (!field.v2Name)
            continue;
        const QVariant value = SpecFields::requestValue(spec, field.field);
        if (value.isValid())
            add(r, field.field, text(value));
    }
    if (spec.clientToken.isEmpty())
        r.refusal = tr("The launch has no clientToken, so a retry could create the instances "
                       "twice; it was not sent.");
    else if (spec.clientToken.size() > 64)
        r.refusal = tr("The clientToken is longer than 64 characters; it was not sent.");
    else if (spec.goodsNum > InstanceCount::PerRequest)
        r.refusal = tr("One RunInstancesHour request launches at most %1 instances; %2 were "
                       "asked for. The launcher sends larger launches as several requests.")
                        .arg(InstanceCount::PerRequest)
                        .arg(spec.goodsNum);
    // What RunInstancesHour cannot carry is refused, not dropped: the launch would otherwise
    // differ from what the operator chose.
    else if (!spec.dataDisks.isEmpty())
        r.refusal = tr("API 2.0 takes one data disk (storageType and storageSize), not a list of "
                       "data disks; use an API 3.0 profile for this launch.");
    else if (!spec.securityGroupIds.isEmpty())
        r.refusal = tr("API 2.0 cannot attach security groups; use an API 3.0 profile for this "
                       "launch.");
    return r;
}

V2Request V2Requests::describeInstances(const QStringList &instanceIds, int offset, int limit)
{
    V2Request r;
    r.action = QStringLiteral("DescribeInstances");
    for (qsizetype i = 0; i < instanceIds.size(); ++i)
        r.parameters.append({QStringLiteral("instanceIds.") + QString::number(i), instanceIds[i]});
    add(r, "offset", number(offset));
    add(r, "limit", number(limit));
    if (instanceIds.size() > MaxIdsPerRequest)
        r.refusal = tr("At most %1 instance ids fit in one DescribeInstances request; %2 were "
                       "given.")
                        .arg(MaxIdsPerRequest)
                        .arg(instanceIds.size());
    else if (offset < 0 || limit < 1 || limit > MaxLimit)
        r.refusal =
            tr("DescribeInstances needs offset >= 0 and a limit from 1 to %1.").arg(MaxLimit);
    return r;
}

V2Request V2Requests::describeAvailabilityZones(int zoneId)
{
    V2Request r;
    r.action = QStringLiteral("DescribeAvailabilityZones");
    if (zoneId != 0)
        add(r, "zoneId", number(zoneId));
    return r;
}

V2Request V2Requests::describeImages(int imageType, int offset, int limit)
{
    V2Request r;
    r.module = V2Request::Module::Image;
    r.action = QStringLiteral("DescribeImages");
    add(r, "imageType", number(imageType));
    add(r, "offset", number(offset));
    add(r, "limit", number(limit));
    if (imageType < LaunchSpec::PrivateImage || imageType > LaunchSpec::SharedImage)
        r.refusal =
            tr("DescribeImages needs an image type from 1 to 4; %1 was given.").arg(imageType);
    else if (offset < 0 || limit < 1 || limit > MaxLimit)
        r.refusal = tr("DescribeImages needs offset >= 0 and a limit from 1 to %1.").arg(MaxLimit);
    return r;
}

V2Request V2Requests::describeKeyPairs(int offset, int limit)
{
    V2Request r;
    r.action = QStringLiteral("DescribeKeyPairs");
    add(r, "offset", number(offset));
    add(r, "limit", number(limit));
    if (offset < 0 || limit < 1 || limit > MaxLimit)
        r.refusal =
            tr("DescribeKeyPairs needs offset >= 0 and a limit from 1 to %1.").arg(MaxLimit);
    return r;
}

// The vpc module pages with offset and limit (default 20) like the others: without them a
// region with more than 20 VPCs or subnets would show only the first ones.
V2Request V2Requests::describeVpcEx(int offset, int limit)
{
    V2Request r;
    r.module = V2Request::Module::Vpc;
    r.action = QStringLiteral("DescribeVpcEx");
    add(r, "offset", number(offset));
    add(r, "limit", number(limit));
    if (offset < 0 || limit < 1 || limit > MaxLimit)
        r.refusal = tr("DescribeVpcEx needs offset >= 0 and a limit from 1 to %1.").arg(MaxLimit);
    return r;
}

V2Request V2Requests::describeSubnetEx(const QString &vpcId, int offset, int limit)
{
    V2Request r;
    r.module = V2Request::Module::Vpc;
    r.action = QStringLiteral("DescribeSubnetEx");
    if (!vpcId.isEmpty())
        add(r, "vpcId", vpcId);
    add(r, "offset", number(offset));
    add(r, "limit", number(limit));
    if (offset < 0 || limit < 1 || limit > MaxLimit)
        r.refusal =
            tr("DescribeSubnetEx needs offset >= 0 and a limit from 1 to %1.").arg(MaxLimit);
    return r;
}

V2Request V2Requests::inquiryInstancePriceHour(const LaunchSpec &spec)
{
    V2Request r;
    r.action = QStringLiteral("InquiryInstancePriceHour");
    r.region = spec.region;
    add(r, SpecField::Cpu, number(spec.cpu));
    add(r, SpecField::Mem, number(spec.mem));
    add(r, SpecField::ImageId, spec.imageId);
    add(r, SpecField::ImageType, number(spec.imageType));
    add(r, SpecField::StorageSize, number(spec.storageSize));
    if (!spec.bandwidthType.isEmpty())
        add(r, SpecField::BandwidthType, spec.bandwidthType);
    add(r, SpecField::Bandwidth, number(spec.bandwidth));
    add(r, SpecField::StorageType, number(spec.storageType));
    add(r, SpecField::GoodsNum, number(spec.goodsNum));
    return r;
}

V2Request V2Requests::returnInstance(const QString &instanceId)
{
    V2Request r;
    r.action = QStringLiteral("ReturnInstance");
    add(r, "instanceId", instanceId);
    if (instanceId.isEmpty())
        r.refusal = tr("ReturnInstance needs an instance id.");
    return r;
}

V2Request V2Requests::updateInstanceBandwidthHour(const QString &instanceId, int mbps)
{
    V2Request r;
    r.action = QStringLiteral("UpdateInstanceBandwidthHour");
    add(r, "instanceId", instanceId);
    add(r, "bandwidth", number(mbps));
    if (instanceId.isEmpty())
        r.refusal = tr("UpdateInstanceBandwidthHour needs an instance id.");
    return r;
}
