#include "sandbox/v3/v3specreader.h"

#include "catalog/catalog.h"
#include "sandbox/sandboxdata.h"

#include <QJsonArray>

namespace {

const QString InvalidValue = QStringLiteral("InvalidParameterValue");

} // namespace

QString V3SpecReader::v3Field(const QString &v2Field)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("zoneId"), QStringLiteral("Placement.Zone")},
        {QStringLiteral("cpu"), QStringLiteral("InstanceType")},
        {QStringLiteral("mem"), QStringLiteral("InstanceType")},
        {QStringLiteral("instanceType"), QStringLiteral("InstanceType")},
        {QStringLiteral("imageId"), QStringLiteral("ImageId")},
        {QStringLiteral("imageType"), QStringLiteral("ImageId")},
        {QStringLiteral("bandwidth"), QStringLiteral("InternetAccessible.InternetMaxBandwidthOut")},
        {QStringLiteral("bandwidthType"), QStringLiteral("InternetAccessible.InternetChargeType")},
        {QStringLiteral("wanIp"), QStringLiteral("InternetAccessible.PublicIpAssigned")},
        {QStringLiteral("vpcId"), QStringLiteral("VirtualPrivateCloud.VpcId")},
        {QStringLiteral("subnetId"), QStringLiteral("VirtualPrivateCloud.SubnetId")},
        {QStringLiteral("storageType"), QStringLiteral("DataDisks.0.DiskType")},
        {QStringLiteral("storageSize"), QStringLiteral("DataDisks.0.DiskSize")},
        {QStringLiteral("rootSize"), QStringLiteral("SystemDisk.DiskSize")},
        {QStringLiteral("goodsNum"), QStringLiteral("InstanceCount")},
        {QStringLiteral("password"), QStringLiteral("LoginSettings.Password")},
        {QStringLiteral("keyId"), QStringLiteral("LoginSettings.KeyIds")},
        {QStringLiteral("projectId"), QStringLiteral("Placement.ProjectId")},
        {QStringLiteral("clientToken"), QStringLiteral("ClientToken")},
        {QStringLiteral("instanceName"), QStringLiteral("InstanceName")}};
    return names.value(v2Field, v2Field);
}

V3SpecReader::Result V3SpecReader::read(const QJsonObject &body, const QString &region,
                                        const Catalog &catalog)
{
    Result result;
    const auto fail = [&result](const QString &code, const QString &message) {
        result.errorCode = code;
        result.error = message;
        return result;
    };
    const auto badValue = [&](const QString &field, const QString &value) {
        return fail(InvalidValue, tr("Invalid parameter %1: \"%2\" is not a value this service "
                                     "knows.")
                                      .arg(field, value));
    };
    LaunchSpec &spec = result.spec;
    spec.region = region;

    const QString charge = body.value(QLatin1String("InstanceChargeType"))
                               .toString(QStringLiteral("POSTPAID_BY_HOUR"));
    if (charge != QLatin1String("POSTPAID_BY_HOUR")) {
        return fail(InvalidValue, tr("Invalid parameter InstanceChargeType: the sandbox sells only "
                                     "POSTPAID_BY_HOUR instances, not %1.")
                                      .arg(charge));
    }
    const QJsonObject placement = body.value(QLatin1String("Placement")).toObject();
    const QString zoneName = placement.value(QLatin1String("Zone")).toString();
    const CatalogZone *zone = catalog.zoneByV3Name(zoneName);
    if (!zone || zone->region != region)
        return badValue(QStringLiteral("Placement.Zone"), zoneName);
    spec.zoneId = zone->id;
    spec.projectId = placement.value(QLatin1String("ProjectId")).toInt(0);

    const QString type = body.value(QLatin1String("InstanceType")).toString();
    const auto parsedType = catalog.parseV3InstanceType(type);
    if (!parsedType)
        return badValue(QStringLiteral("InstanceType"), type);
    spec.instanceType = parsedType->familyId;
    spec.cpu = parsedType->cpu;
    spec.mem = parsedType->mem;

    spec.imageId = body.value(QLatin1String("ImageId")).toString();
    if (const Image *image = SandboxData::findImage(spec.imageId))
        spec.imageType = image->imageType;
    const QJsonObject systemDisk = body.value(QLatin1String("SystemDisk")).toObject();
    if (systemDisk.contains(QLatin1String("DiskSize")))
        spec.rootSize = systemDisk.value(QLatin1String("DiskSize")).toInt();

    const QJsonArray dataDisks = body.value(QLatin1String("DataDisks")).toArray();
    if (dataDisks.size() > 1) {
        return fail(QStringLiteral("InvalidParameter"),
                    tr("Invalid parameter DataDisks: the sandbox takes at most one data disk."));
    }
    if (!dataDisks.isEmpty()) {
        const QJsonObject disk = dataDisks.at(0).toObject();
        const QString diskType = disk.value(QLatin1String("DiskType")).toString();
        spec.storageType = catalog.storageTypeFromV3(diskType);
        if (spec.storageType == 0)
            return badValue(QStringLiteral("DataDisks.0.DiskType"), diskType);
        spec.storageSize = disk.value(QLatin1String("DiskSize")).toInt();
    }

    const QJsonObject internet = body.value(QLatin1String("InternetAccessible")).toObject();
    const QString chargeType = internet.value(QLatin1String("InternetChargeType"))
                                   .toString(catalog.v3ChargeType(LaunchSpec::PayByHour));
    spec.bandwidthType.clear();
    for (const BandwidthTypeInfo &known : catalog.bandwidthTypes()) {
        if (known.v3Name == chargeType)
            spec.bandwidthType = known.id;
    }
    if (spec.bandwidthType.isEmpty())
        return badValue(QStringLiteral("InternetAccessible.InternetChargeType"), chargeType);
    spec.bandwidth = internet.value(QLatin1String("InternetMaxBandwidthOut")).toInt(0);
    if (internet.contains(QLatin1String("PublicIpAssigned")))
        spec.wanIp = internet.value(QLatin1String("PublicIpAssigned")).toBool();

    const QJsonObject vpc = body.value(QLatin1String("VirtualPrivateCloud")).toObject();
    spec.vpcId = vpc.value(QLatin1String("VpcId")).toString();
    spec.subnetId = vpc.value(QLatin1String("SubnetId")).toString();
    spec.isVpcGateway = vpc.value(QLatin1String("AsVpcGateway")).toBool(false);

    spec.goodsNum = body.value(QLatin1String("InstanceCount")).toInt(1);
    spec.instanceName = body.value(QLatin1String("InstanceName")).toString();
    spec.clientToken = body.value(QLatin1String("ClientToken")).toString();
    const QJsonObject login = body.value(QLatin1String("LoginSettings")).toObject();
    if (login.contains(QLatin1String("Password")))
        spec.password = login.value(QLatin1String("Password")).toString();
    spec.keyId = login.value(QLatin1String("KeyIds")).toArray().at(0).toString();
    const QJsonObject enhanced = body.value(QLatin1String("EnhancedService")).toObject();
    spec.needSecurityAgent = enhanced.value(QLatin1String("SecurityService"))
                                 .toObject()
                                 .value(QLatin1String("Enabled"))
                                 .toBool(true);
    spec.needMonitorAgent = enhanced.value(QLatin1String("MonitorService"))
                                .toObject()
                                .value(QLatin1String("Enabled"))
                                .toBool(true);
    return result;
}
