#include "api/v3/v3requestbuilder.h"

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

} // namespace

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

QJsonObject V3RequestBuilder::launchObject(const LaunchSpec &spec, const V3LaunchNames &names)
{
    QJsonObject body;
    body.insert(QStringLiteral("InstanceChargeType"), QStringLiteral("POSTPAID_BY_HOUR"));
    body.insert(QStringLiteral("Placement"),
                QJsonObject{{QStringLiteral("Zone"), names.zone},
                            {QStringLiteral("ProjectId"), spec.projectId}});
    body.insert(QStringLiteral("InstanceType"), names.instanceType);
    body.insert(QStringLiteral("ImageId"), spec.imageId);
    if (spec.rootSize)
        body.insert(QStringLiteral("SystemDisk"),
                    QJsonObject{{QStringLiteral("DiskSize"), *spec.rootSize}});
    if (spec.storageSize > 0) {
        body.insert(QStringLiteral("DataDisks"),
                    QJsonArray{QJsonObject{{QStringLiteral("DiskType"), names.dataDiskType},
                                           {QStringLiteral("DiskSize"), spec.storageSize}}});
    }
    // PublicIpAssigned is always explicit: API 3.0's default differs between revisions, and
    // the seed's rule (no bandwidth, no public IP) is what the operator was shown.
    body.insert(QStringLiteral("InternetAccessible"),
                QJsonObject{{QStringLiteral("InternetChargeType"), names.internetChargeType},
                            {QStringLiteral("InternetMaxBandwidthOut"), spec.bandwidth},
                            {QStringLiteral("PublicIpAssigned"), spec.getsPublicIp()}});
    if (spec.usesVpc()) {
        body.insert(QStringLiteral("VirtualPrivateCloud"),
                    QJsonObject{{QStringLiteral("VpcId"), spec.vpcId},
                                {QStringLiteral("SubnetId"), spec.subnetId},
                                {QStringLiteral("AsVpcGateway"), spec.isVpcGateway}});
    }
    body.insert(QStringLiteral("InstanceCount"), spec.goodsNum);
    if (!spec.instanceName.isEmpty())
        body.insert(QStringLiteral("InstanceName"), spec.instanceName);
    body.insert(QStringLiteral("EnhancedService"),
                QJsonObject{{QStringLiteral("SecurityService"),
                             QJsonObject{{QStringLiteral("Enabled"), spec.needSecurityAgent}}},
                            {QStringLiteral("MonitorService"),
                             QJsonObject{{QStringLiteral("Enabled"), spec.needMonitorAgent}}}});
    return body;
}

V3Request V3RequestBuilder::runInstances(const LaunchSpec &spec, const V3LaunchNames &names,
                                         bool dryRun)
{
    QJsonObject body = launchObject(spec, names);
    QJsonObject login;
    if (spec.password)
        login.insert(QStringLiteral("Password"), *spec.password);
    if (!spec.keyId.isEmpty())
        login.insert(QStringLiteral("KeyIds"), QJsonArray{spec.keyId});
    if (!login.isEmpty())
        body.insert(QStringLiteral("LoginSettings"), login);
    if (!spec.clientToken.isEmpty())
        body.insert(QStringLiteral("ClientToken"), spec.clientToken);
    if (dryRun)
        body.insert(QStringLiteral("DryRun"), true);
    return request(V3Request::CvmService, QStringLiteral("RunInstances"), body);
}

V3Request V3RequestBuilder::inquiryPriceRunInstances(const LaunchSpec &spec,
                                                     const V3LaunchNames &names)
{
    return request(V3Request::CvmService, QStringLiteral("InquiryPriceRunInstances"),
                   launchObject(spec, names));
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

V3Request V3RequestBuilder::describeZones()
{
    return request(V3Request::CvmService, QStringLiteral("DescribeZones"), QJsonObject());
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
