// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3requestbuilder.h"

#include "spec/specfields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

V3Request request(const QString &service, const QString &action, const QJsonObject &body)
{
    return {service, action, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

QJsonObject filter(const QString &name, const QStringList &values)
{
    return {{QStringLiteral("Name"), name}, {QStringLiteral("Values"), stringArray(values)}};
}

struct ImageTypeName
{
    int imageType;
    const char *v3Name;
};

// The protocol's own vocabulary for LaunchSpec::ImageType, not catalog data.
constexpr ImageTypeName ImageTypeNames[] = {
    {LaunchSpec::PrivateImage, "PRIVATE_IMAGE"},
    {LaunchSpec::PublicImage, "PUBLIC_IMAGE"},
    {LaunchSpec::MarketplaceImage, "MARKET_IMAGE"},
    {LaunchSpec::SharedImage, "SHARED_IMAGE"},
};

// `node` with `value` at `path` ("Placement", "Zone"; a number is an array index), creating the
// objects and arrays on the way.
QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex && index >= 0) {
        QJsonArray array = node.toArray();
        while (array.size() <= index)
            array.append(QJsonValue());
        array[index] = setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object.insert(head, setAt(object.value(head), path, value));
    return object;
}

QJsonValue json(const QVariant &value)
{
    return value.isValid() ? QJsonValue::fromVariant(value) : QJsonValue(QJsonValue::Undefined);
}

QJsonObject bandwidthBody(const QString &instanceId, int mbps)
{
    return QJsonObject{{QStringLiteral("InstanceIds"), QJsonArray{instanceId}},
                       {QStringLiteral("InternetAccessible"),
                        QJsonObject{{QStringLiteral("InternetMaxBandwidthOut"), mbps}}}};
}

} // namespace

QJsonValue V3RequestBuilder::v3Value(const LaunchSpec &spec, const V3LaunchNames &names,
                                     SpecField field)
{
    // The system disk's size is always sent: the service's default (50 GiB) is the operator's
    // only when the wizard showed it, and the request says so itself.
    if (field == SpecField::RootSize)
        return spec.rootSize.value_or(LaunchSpec::V3DefaultSystemDiskGb);
    const QVariant value = SpecFields::requestValue(spec, field);
    if (!value.isValid())
        return QJsonValue::Undefined;
    switch (field) {
    case SpecField::ZoneId:
        return names.zone;
    case SpecField::InstanceType:
    case SpecField::Cpu:
    case SpecField::Mem:
        return names.instanceType;
    case SpecField::BandwidthType:
        return names.internetChargeType;
    default:
        return json(value);
    }
}

QString V3RequestBuilder::v3ImageType(int imageType)
{
    for (const auto &entry : ImageTypeNames) {
        if (entry.imageType == imageType)
            return QString::fromLatin1(entry.v3Name);
    }
    return {};
}

int V3RequestBuilder::imageTypeFromV3(const QString &v3ImageType)
{
    for (const auto &entry : ImageTypeNames) {
        if (v3ImageType == QLatin1String(entry.v3Name))
            return entry.imageType;
    }
    return 0;
}

QJsonObject V3RequestBuilder::launchObject(const LaunchSpec &spec, const V3LaunchNames &names,
                                           bool withLogin)
{
    QJsonObject body;
    body.insert(QStringLiteral("InstanceChargeType"), QStringLiteral("POSTPAID_BY_HOUR"));
    // Every field the table gives an API 3.0 path, as SpecFields::requestValue() says, in API
    // 3.0's names. PublicIpAssigned is always explicit: API 3.0's default differs between
    // revisions, and the seed's rule (no bandwidth, no public IP) is what the operator was shown.
    for (const SpecFieldInfo &field : SpecFields::all()) {
        if (!field.v3Path)
            continue;
        const QString path = QString::fromLatin1(field.v3Path);
        if (!withLogin && (path.startsWith(QLatin1String("LoginSettings.")) ||
                           field.field == SpecField::ClientToken))
            continue;
        const QJsonValue value = v3Value(spec, names, field.field);
        if (!value.isUndefined())
            body = setAt(body, path.split(QLatin1Char('.')), value).toObject();
    }
    return body;
}

V3Request V3RequestBuilder::runInstances(const LaunchSpec &spec, const V3LaunchNames &names,
                                         bool dryRun)
{
    QJsonObject body = launchObject(spec, names, true);
    if (dryRun)
        body.insert(QStringLiteral("DryRun"), true);
    return request(V3Request::CvmService, QStringLiteral("RunInstances"), body);
}

V3Request V3RequestBuilder::inquiryPriceRunInstances(const LaunchSpec &spec,
                                                     const V3LaunchNames &names)
{
    return request(V3Request::CvmService, QStringLiteral("InquiryPriceRunInstances"),
                   launchObject(spec, names, false));
}

V3Request V3RequestBuilder::describeInstances(const QStringList &instanceIds, int offset, int limit)
{
    QJsonObject body{{QStringLiteral("Offset"), offset}, {QStringLiteral("Limit"), limit}};
    if (!instanceIds.isEmpty())
        body.insert(QStringLiteral("InstanceIds"), stringArray(instanceIds));
    return request(V3Request::CvmService, QStringLiteral("DescribeInstances"), body);
}

V3Request V3RequestBuilder::terminateInstances(const QStringList &instanceIds)
{
    return request(V3Request::CvmService, QStringLiteral("TerminateInstances"),
                   QJsonObject{{QStringLiteral("InstanceIds"), stringArray(instanceIds)}});
}

V3Request V3RequestBuilder::resetInstancesInternetMaxBandwidth(const QString &instanceId, int mbps)
{
    return request(V3Request::CvmService, QStringLiteral("ResetInstancesInternetMaxBandwidth"),
                   bandwidthBody(instanceId, mbps));
}

V3Request
V3RequestBuilder::inquiryPriceResetInstancesInternetMaxBandwidth(const QString &instanceId,
                                                                 int mbps)
{
    return request(V3Request::CvmService,
                   QStringLiteral("InquiryPriceResetInstancesInternetMaxBandwidth"),
                   bandwidthBody(instanceId, mbps));
}

V3Request V3RequestBuilder::describeZones()
{
    return request(V3Request::CvmService, QStringLiteral("DescribeZones"), QJsonObject());
}

V3Request V3RequestBuilder::describeRegions()
{
    return request(V3Request::CvmService, QStringLiteral("DescribeRegions"), QJsonObject());
}

V3Request V3RequestBuilder::describeImages(int imageType, int offset, int limit,
                                           const QString &instanceType)
{
    QJsonObject body{{QStringLiteral("Offset"), offset}, {QStringLiteral("Limit"), limit}};
    if (!instanceType.isEmpty())
        body.insert(QStringLiteral("InstanceType"), instanceType);
    const QString type = v3ImageType(imageType);
    if (!type.isEmpty())
        body.insert(QStringLiteral("Filters"),
                    QJsonArray{filter(QStringLiteral("image-type"), {type})});
    return request(V3Request::CvmService, QStringLiteral("DescribeImages"), body);
}

V3Request V3RequestBuilder::describeKeyPairs(int offset, int limit)
{
    return request(V3Request::CvmService, QStringLiteral("DescribeKeyPairs"),
                   {{QStringLiteral("Offset"), offset}, {QStringLiteral("Limit"), limit}});
}

// The vpc service types Offset and Limit as strings, unlike cvm.
V3Request V3RequestBuilder::describeVpcs(int offset, int limit)
{
    return request(V3Request::VpcService, QStringLiteral("DescribeVpcs"),
                   {{QStringLiteral("Offset"), QString::number(offset)},
                    {QStringLiteral("Limit"), QString::number(limit)}});
}

V3Request V3RequestBuilder::describeSubnets(const QString &vpcId, int offset, int limit)
{
    QJsonObject body{{QStringLiteral("Offset"), QString::number(offset)},
                     {QStringLiteral("Limit"), QString::number(limit)}};
    if (!vpcId.isEmpty())
        body.insert(QStringLiteral("Filters"),
                    QJsonArray{filter(QStringLiteral("vpc-id"), {vpcId})});
    return request(V3Request::VpcService, QStringLiteral("DescribeSubnets"), body);
}
