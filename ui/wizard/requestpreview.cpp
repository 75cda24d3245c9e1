#include "wizard/requestpreview.h"

RequestPreview::Parameters RequestPreview::parameters(const LaunchSpec &spec)
{
    const auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    Parameters p;
    p.append({QStringLiteral("Action"), QStringLiteral("RunInstancesHour")});
    if (!spec.region.isEmpty())
        p.append({QStringLiteral("Region"), spec.region});
    p.append({QStringLiteral("zoneId"), QString::number(spec.zoneId)});
    p.append({QStringLiteral("cpu"), QString::number(spec.cpu)});
    p.append({QStringLiteral("mem"), QString::number(spec.mem)});
    p.append({QStringLiteral("imageId"), spec.imageId});
    p.append({QStringLiteral("imageType"), QString::number(spec.imageType)});
    p.append({QStringLiteral("bandwidthType"), spec.bandwidthType});
    p.append({QStringLiteral("bandwidth"), QString::number(spec.bandwidth)});
    if (spec.wanIp)
        p.append({QStringLiteral("wanIp"), flag(*spec.wanIp)});
    if (!spec.vpcId.isEmpty())
        p.append({QStringLiteral("vpcId"), spec.vpcId});
    if (!spec.subnetId.isEmpty())
        p.append({QStringLiteral("subnetId"), spec.subnetId});
    if (spec.isVpcGateway)
        p.append({QStringLiteral("isVpcGateway"), flag(true)});
    p.append({QStringLiteral("instanceType"), spec.instanceType});
    p.append({QStringLiteral("storageType"), QString::number(spec.storageType)});
    p.append({QStringLiteral("storageSize"), QString::number(spec.storageSize)});
    if (spec.rootSize)
        p.append({QStringLiteral("rootSize"), QString::number(*spec.rootSize)});
    p.append({QStringLiteral("goodsNum"), QString::number(spec.goodsNum)});
    if (!spec.keyId.isEmpty())
        p.append({QStringLiteral("keyId"), spec.keyId});
    p.append({QStringLiteral("needSecurityAgent"), flag(spec.needSecurityAgent)});
    p.append({QStringLiteral("needMonitorAgent"), flag(spec.needMonitorAgent)});
    p.append({QStringLiteral("projectId"), QString::number(spec.projectId)});
    if (!spec.instanceName.isEmpty())
        p.append({QStringLiteral("instanceName"), spec.instanceName});
    if (!spec.clientToken.isEmpty())
        p.append({QStringLiteral("clientToken"), spec.clientToken});
    return p;
}

QString RequestPreview::text(const LaunchSpec &spec)
{
    QStringList lines;
    for (const auto &[name, value] : parameters(spec))
        lines << QStringLiteral("%1=%2").arg(name, value);
    if (spec.hasPassword())
        lines << tr("password: set, not shown");
    lines << QString()
          << tr("Plus the common parameters (time stamp, nonce, your key ID and the "
                "signature), added when the request is signed and never shown "
                "here.");
    if (spec.clientToken.isEmpty())
        lines << tr("The launcher adds a clientToken so that a retry never creates the "
                    "instances twice.");
    return lines.join(QLatin1Char('\n'));
}
