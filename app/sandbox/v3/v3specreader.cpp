// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3specreader.h"

#include "catalog/catalog.h"
#include "sandbox/sandboxdata.h"
#include "spec/specfields.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

const QString InvalidParameter = QStringLiteral("InvalidParameter");
const QString InvalidValue = QStringLiteral("InvalidParameterValue");

// Strict, typed reads of one body, remembering the first problem. Each read returns whether the
// member is present (and well-typed); absent members leave the target untouched.
class BodyReader
{
    Q_DECLARE_TR_FUNCTIONS(V3SpecReader)

public:
    explicit BodyReader(V3SpecReader::Result *result)
        : m_result(result)
    {}

    bool failed() const { return !m_result->ok(); }

    void fail(const QString &code, const QString &message)
    {
        if (failed())
            return;
        m_result->errorCode = code;
        m_result->error = message;
    }

    bool string(const QJsonObject &object, const QString &key, const QString &path, QString *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || failed())
            return false;
        if (!value.isString())
            return wrongType(path, tr("a string"));
        *out = value.toString();
        return true;
    }

    bool integer(const QJsonObject &object, const QString &key, const QString &path, int *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || failed())
            return false;
        // Integers come as JSON numbers or, as the service also takes them, decimal strings.
        bool ok = false;
        double number = 0;
        if (value.isDouble()) {
            number = value.toDouble();
            ok = std::isfinite(number) && number == std::trunc(number);
        } else if (value.isString()) {
            const qlonglong parsed = value.toString().toLongLong(&ok);
            number = double(parsed);
        }
        if (!ok || number < std::numeric_limits<int>::min() ||
            number > std::numeric_limits<int>::max())
            return wrongType(path, tr("a whole number"));
        *out = int(number);
        return true;
    }

    bool boolean(const QJsonObject &object, const QString &key, const QString &path, bool *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || failed())
            return false;
        if (!value.isBool())
            return wrongType(path, tr("true or false"));
        *out = value.toBool();
        return true;
    }

    QJsonObject object(const QJsonObject &object, const QString &key, const QString &path = {})
    {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isObject() && !failed())
            wrongType(path.isEmpty() ? key : path, tr("an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isArray() && !failed())
            wrongType(key, tr("a list"));
        return value.toArray();
    }

private:
    bool wrongType(const QString &path, const QString &expected)
    {
        fail(InvalidParameter, tr("Invalid parameter %1: expected %2.").arg(path, expected));
        return false;
    }

    V3SpecReader::Result *m_result;
};

} // namespace

QStringList V3SpecReader::Result::unsent() const
{
    // Every field of the table the body did not set: API 2.0's own (storageType, storageSize)
    // are never in an API 3.0 body, so the checks leave them alone too.
    QStringList names;
    for (const SpecFieldInfo &field : SpecFields::all()) {
        const QString name = QLatin1String(field.jsonKey);
        if (field.field != SpecField::Region && !sent.contains(name))
            names.append(name);
    }
    return names;
}

QString V3SpecReader::Result::v3Field(const QString &v2Field) const
{
    return sent.value(v2Field, V3SpecReader::v3Field(v2Field));
}

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
        {QStringLiteral("isVpcGateway"), QStringLiteral("VirtualPrivateCloud.AsVpcGateway")},
        {QStringLiteral("systemDiskType"), QStringLiteral("SystemDisk.DiskType")},
        {QStringLiteral("dataDisks"), QStringLiteral("DataDisks")},
        {QStringLiteral("securityGroupIds"), QStringLiteral("SecurityGroupIds")},
        {QStringLiteral("rootSize"), QStringLiteral("SystemDisk.DiskSize")},
        {QStringLiteral("goodsNum"), QStringLiteral("InstanceCount")},
        {QStringLiteral("password"), QStringLiteral("LoginSettings.Password")},
        {QStringLiteral("keyId"), QStringLiteral("LoginSettings.KeyIds")},
        {QStringLiteral("projectId"), QStringLiteral("Placement.ProjectId")},
        {QStringLiteral("clientToken"), QStringLiteral("ClientToken")},
        {QStringLiteral("instanceName"), QStringLiteral("InstanceName")},
        {QStringLiteral("needSecurityAgent"),
         QStringLiteral("EnhancedService.SecurityService.Enabled")},
        {QStringLiteral("needMonitorAgent"),
         QStringLiteral("EnhancedService.MonitorService.Enabled")}};
    return names.value(v2Field, v2Field);
}

V3SpecReader::Result V3SpecReader::read(const QJsonObject &body, const QString &region,
                                        const Catalog &catalog)
{
    Result result;
    BodyReader in(&result);
    LaunchSpec &spec = result.spec;
    spec.region = region;
    const auto sent = [&result](const char *field, const QString &path) {
        result.sent.insert(QLatin1String(field), path);
    };
    const auto badValue = [&](const QString &path, const QString &value) {
        in.fail(
            InvalidValue,
            tr("Invalid parameter %1: \"%2\" is not a value this service knows.").arg(path, value));
        return result;
    };

    QString charge = QStringLiteral("POSTPAID_BY_HOUR");
    in.string(body, QStringLiteral("InstanceChargeType"), QStringLiteral("InstanceChargeType"),
              &charge);
    if (!in.failed() && charge != QLatin1String("POSTPAID_BY_HOUR")) {
        in.fail(InvalidValue, tr("Invalid parameter InstanceChargeType: the sandbox sells only "
                                 "POSTPAID_BY_HOUR instances, not %1.")
                                  .arg(charge));
    }

    const QJsonObject placement = in.object(body, QStringLiteral("Placement"));
    QString zoneName;
    const QString zonePath = QStringLiteral("Placement.Zone");
    if (in.string(placement, QStringLiteral("Zone"), zonePath, &zoneName)) {
        const CatalogZone *zone = catalog.zoneByV3Name(zoneName);
        if (!zone || zone->region != region)
            return badValue(zonePath, zoneName);
        spec.zoneId = zone->id;
        sent("zoneId", zonePath);
    } else if (!in.failed()) {
        in.fail(QStringLiteral("MissingParameter"),
                tr("Missing required parameter %1: the zone to launch in, e.g. ap-guangzhou-3.")
                    .arg(zonePath));
    }
    if (in.integer(placement, QStringLiteral("ProjectId"), QStringLiteral("Placement.ProjectId"),
                   &spec.projectId))
        sent("projectId", QStringLiteral("Placement.ProjectId"));

    QString type;
    if (in.string(body, QStringLiteral("InstanceType"), QStringLiteral("InstanceType"), &type)) {
        const auto parsedType = catalog.parseV3InstanceType(type);
        if (!parsedType)
            return badValue(QStringLiteral("InstanceType"), type);
        spec.instanceType = parsedType->familyId;
        spec.cpu = parsedType->cpu;
        spec.mem = parsedType->mem;
        for (const char *field : {"instanceType", "cpu", "mem"})
            sent(field, QStringLiteral("InstanceType"));
    }

    if (in.string(body, QStringLiteral("ImageId"), QStringLiteral("ImageId"), &spec.imageId)) {
        sent("imageId", QStringLiteral("ImageId"));
        // API 3.0 has no image type parameter: it is the image's own.
        if (const Image *image = SandboxData::findImage(spec.imageId)) {
            spec.imageType = image->imageType;
            sent("imageType", QStringLiteral("ImageId"));
        }
    }

    // Disks, in API 3.0's own types. A type must be one the world knows; whether the family
    // takes it is the world's to say (V3World, before this reader runs).
    const auto diskType = [&](const QJsonObject &disk, const QString &path, QString *out) {
        QString name;
        if (!in.string(disk, QStringLiteral("DiskType"), path, &name))
            return false;
        if (catalog.storageTypeFromV3(name) == 0) {
            badValue(path, name);
            return false;
        }
        *out = name;
        return true;
    };
    const QJsonObject systemDisk = in.object(body, QStringLiteral("SystemDisk"));
    if (diskType(systemDisk, QStringLiteral("SystemDisk.DiskType"), &spec.systemDiskType))
        sent("systemDiskType", QStringLiteral("SystemDisk.DiskType"));
    int rootSize = 0;
    if (in.integer(systemDisk, QStringLiteral("DiskSize"), QStringLiteral("SystemDisk.DiskSize"),
                   &rootSize)) {
        spec.rootSize = rootSize;
        sent("rootSize", QStringLiteral("SystemDisk.DiskSize"));
    }
    const QJsonArray dataDisks = in.array(body, QStringLiteral("DataDisks"));
    if (dataDisks.size() > DataDisk::MaxPerInstance) {
        in.fail(InvalidParameter, tr("Invalid parameter DataDisks: at most %1 data disks per "
                                     "instance, %2 were sent.")
                                      .arg(DataDisk::MaxPerInstance)
                                      .arg(dataDisks.size()));
    }
    for (qsizetype i = 0; i < dataDisks.size() && !in.failed(); ++i) {
        const QString path = QStringLiteral("DataDisks.%1").arg(i);
        if (!dataDisks.at(i).isObject()) {
            in.fail(InvalidParameter, tr("Invalid parameter %1: expected an object.").arg(path));
            break;
        }
        const QJsonObject disk = dataDisks.at(i).toObject();
        DataDisk read;
        if (!diskType(disk, path + QStringLiteral(".DiskType"), &read.diskType) && !in.failed()) {
            in.fail(QStringLiteral("MissingParameter"),
                    tr("Missing parameter %1.DiskType: without it the service takes LOCAL_BASIC, "
                       "which this instance type does not take. Name the disk's type.")
                        .arg(path));
        }
        if (!in.integer(disk, QStringLiteral("DiskSize"), path + QStringLiteral(".DiskSize"),
                        &read.diskSize) &&
            !in.failed()) {
            in.fail(QStringLiteral("MissingParameter"),
                    tr("Missing parameter %1.DiskSize: the data disk's size in GiB.").arg(path));
        }
        spec.dataDisks.append(read);
    }
    if (!dataDisks.isEmpty())
        sent("dataDisks", QStringLiteral("DataDisks"));
    const QJsonArray groups = in.array(body, QStringLiteral("SecurityGroupIds"));
    for (const QJsonValue group : groups) {
        if (!group.isString()) {
            in.fail(InvalidParameter, tr("Invalid parameter SecurityGroupIds: expected a list of "
                                         "security group ids (sg-xxxxxxxx)."));
            break;
        }
        spec.securityGroupIds.append(group.toString());
    }
    if (!groups.isEmpty())
        sent("securityGroupIds", QStringLiteral("SecurityGroupIds"));

    const QJsonObject internet = in.object(body, QStringLiteral("InternetAccessible"));
    QString chargeType;
    const QString chargePath = QStringLiteral("InternetAccessible.InternetChargeType");
    if (in.string(internet, QStringLiteral("InternetChargeType"), chargePath, &chargeType)) {
        const auto known =
            std::find_if(catalog.bandwidthTypes().cbegin(), catalog.bandwidthTypes().cend(),
                         [&](const BandwidthTypeInfo &info) { return info.v3Name == chargeType; });
        if (known == catalog.bandwidthTypes().cend())
            return badValue(chargePath, chargeType);
        spec.bandwidthType = known->id;
        sent("bandwidthType", chargePath);
    }
    if (in.integer(internet, QStringLiteral("InternetMaxBandwidthOut"),
                   QStringLiteral("InternetAccessible.InternetMaxBandwidthOut"), &spec.bandwidth))
        sent("bandwidth", QStringLiteral("InternetAccessible.InternetMaxBandwidthOut"));
    bool wanIp = false;
    if (in.boolean(internet, QStringLiteral("PublicIpAssigned"),
                   QStringLiteral("InternetAccessible.PublicIpAssigned"), &wanIp)) {
        spec.wanIp = wanIp;
        sent("wanIp", QStringLiteral("InternetAccessible.PublicIpAssigned"));
    }

    const QJsonObject vpc = in.object(body, QStringLiteral("VirtualPrivateCloud"));
    if (in.string(vpc, QStringLiteral("VpcId"), QStringLiteral("VirtualPrivateCloud.VpcId"),
                  &spec.vpcId))
        sent("vpcId", QStringLiteral("VirtualPrivateCloud.VpcId"));
    if (in.string(vpc, QStringLiteral("SubnetId"), QStringLiteral("VirtualPrivateCloud.SubnetId"),
                  &spec.subnetId))
        sent("subnetId", QStringLiteral("VirtualPrivateCloud.SubnetId"));
    if (in.boolean(vpc, QStringLiteral("AsVpcGateway"),
                   QStringLiteral("VirtualPrivateCloud.AsVpcGateway"), &spec.isVpcGateway))
        sent("isVpcGateway", QStringLiteral("VirtualPrivateCloud.AsVpcGateway"));

    if (in.integer(body, QStringLiteral("InstanceCount"), QStringLiteral("InstanceCount"),
                   &spec.goodsNum))
        sent("goodsNum", QStringLiteral("InstanceCount"));
    if (in.string(body, QStringLiteral("InstanceName"), QStringLiteral("InstanceName"),
                  &spec.instanceName))
        sent("instanceName", QStringLiteral("InstanceName"));
    if (in.string(body, QStringLiteral("ClientToken"), QStringLiteral("ClientToken"),
                  &spec.clientToken))
        sent("clientToken", QStringLiteral("ClientToken"));

    const QJsonObject login = in.object(body, QStringLiteral("LoginSettings"));
    QString password;
    if (in.string(login, QStringLiteral("Password"), QStringLiteral("LoginSettings.Password"),
                  &password)) {
        spec.password = password;
        sent("password", QStringLiteral("LoginSettings.Password"));
    }
    const QJsonArray keyIds = in.array(login, QStringLiteral("KeyIds"));
    if (keyIds.size() > 1) {
        in.fail(InvalidParameter, tr("Invalid parameter LoginSettings.KeyIds: the sandbox takes "
                                     "at most one key."));
    }
    if (!keyIds.isEmpty()) {
        if (!keyIds.at(0).isString())
            in.fail(InvalidParameter,
                    tr("Invalid parameter LoginSettings.KeyIds: expected a list of key ids."));
        spec.keyId = keyIds.at(0).toString();
        sent("keyId", QStringLiteral("LoginSettings.KeyIds"));
    }

    const QJsonObject enhanced = in.object(body, QStringLiteral("EnhancedService"));
    const QJsonObject security = in.object(enhanced, QStringLiteral("SecurityService"),
                                           QStringLiteral("EnhancedService.SecurityService"));
    if (in.boolean(security, QStringLiteral("Enabled"),
                   QStringLiteral("EnhancedService.SecurityService.Enabled"),
                   &spec.needSecurityAgent))
        sent("needSecurityAgent", QStringLiteral("EnhancedService.SecurityService.Enabled"));
    const QJsonObject monitor = in.object(enhanced, QStringLiteral("MonitorService"),
                                          QStringLiteral("EnhancedService.MonitorService"));
    if (in.boolean(monitor, QStringLiteral("Enabled"),
                   QStringLiteral("EnhancedService.MonitorService.Enabled"),
                   &spec.needMonitorAgent))
        sent("needMonitorAgent", QStringLiteral("EnhancedService.MonitorService.Enabled"));
    return result;
}
