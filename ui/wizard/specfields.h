#pragma once

#include <QString>

// The LaunchSpec field names the wizard talks about: the API parameter names, as validation
// findings, templates and request builders use them.
namespace SpecField {
inline const QString Region = QStringLiteral("region");
inline const QString ZoneId = QStringLiteral("zoneId");
inline const QString InstanceType = QStringLiteral("instanceType");
inline const QString Cpu = QStringLiteral("cpu");
inline const QString Mem = QStringLiteral("mem");
inline const QString ImageId = QStringLiteral("imageId");
inline const QString ImageType = QStringLiteral("imageType");
inline const QString BandwidthType = QStringLiteral("bandwidthType");
inline const QString Bandwidth = QStringLiteral("bandwidth");
inline const QString WanIp = QStringLiteral("wanIp");
inline const QString VpcId = QStringLiteral("vpcId");
inline const QString SubnetId = QStringLiteral("subnetId");
inline const QString IsVpcGateway = QStringLiteral("isVpcGateway");
inline const QString StorageType = QStringLiteral("storageType");
inline const QString StorageSize = QStringLiteral("storageSize");
inline const QString RootSize = QStringLiteral("rootSize");
inline const QString GoodsNum = QStringLiteral("goodsNum");
inline const QString Password = QStringLiteral("password");
inline const QString KeyId = QStringLiteral("keyId");
inline const QString NeedSecurityAgent = QStringLiteral("needSecurityAgent");
inline const QString NeedMonitorAgent = QStringLiteral("needMonitorAgent");
inline const QString ProjectId = QStringLiteral("projectId");
inline const QString InstanceName = QStringLiteral("instanceName");
} // namespace SpecField
