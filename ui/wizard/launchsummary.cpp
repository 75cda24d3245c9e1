// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/launchsummary.h"

#include "offer/disktypename.h"

namespace {
QString yesNo(bool on)
{
    return on ? LaunchSummary::tr("yes") : LaunchSummary::tr("no");
}
} // namespace

LaunchSummary::Lines LaunchSummary::lines(const LaunchSpec &spec, const Catalog &catalog,
                                          const Image &image, ApiConfig::Version version,
                                          QList<SpecField> *fields)
{
    Lines l;
    QList<SpecField> fieldOf; // the field each line shows, for the review page's Edit links
    const std::optional<CatalogRegion> region = catalog.region(spec.region);
    l.append(
        {tr("Region"), region ? tr("%1 (%2)").arg(region->name.text(), spec.region) : spec.region});
    fieldOf << SpecField::Region;
    // The zone by the catalog's name in the interface language, with the code the console
    // shows (ap-guangzhou-3); the API 2.0 number only where there is no such code.
    const QString zone = catalog.zoneDisplayName(spec.zoneId, QString());
    const QString v3Zone = catalog.v3ZoneName(spec.zoneId);
    const QString zoneCode = v3Zone.isEmpty() ? QString::number(spec.zoneId) : v3Zone;
    l.append({tr("Zone"), zone.isEmpty() ? zoneCode : tr("%1 (%2)").arg(zone, zoneCode)});
    fieldOf << SpecField::ZoneId;
    // API 2.0 names a family of the catalog (CVM.S2) and the size apart; API 3.0's live offer
    // names the exact instance type (S5.SMALL2, 机型), as the instance step shows it.
    const InstanceFamily *family = catalog.family(spec.instanceType);
    l.append({family ? tr("Instance family") : tr("Instance type"),
              family ? tr("%1, %2").arg(spec.instanceType, family->category.text())
                     : spec.instanceType});
    fieldOf << SpecField::InstanceType;
    l.append({tr("CPU and memory"), tr("%n core(s), %1 GB", nullptr, spec.cpu).arg(spec.mem)});
    fieldOf << SpecField::Cpu;
    l.append({tr("Instances"), QString::number(spec.goodsNum)});
    fieldOf << SpecField::GoodsNum;
    l.append({tr("Name"), spec.instanceName.isEmpty() ? tr("none (the service names them)")
                                                      : spec.instanceName});
    fieldOf << SpecField::InstanceName;
    const QString imageText = image.imageId == spec.imageId && !image.name.isEmpty()
                                  ? tr("%1 (%2), %3").arg(image.name, spec.imageId, image.osName)
                                  : spec.imageId;
    l.append({tr("Image"), imageText});
    fieldOf << SpecField::ImageId;
    if (version == ApiConfig::Version::V3) {
        // What RunInstances sends: every disk with its type (cvm-api-v3-today.md §2).
        l.append({tr("System disk"),
                  tr("%1, %2 GB")
                      .arg(DiskTypeName::withCode(spec.systemDiskType))
                      .arg(spec.rootSize.value_or(LaunchSpec::V3DefaultSystemDiskGb))});
        fieldOf << SpecField::RootSize;
        if (spec.dataDisks.isEmpty()) {
            l.append({tr("Data disks"), tr("none")});
            fieldOf << SpecField::DataDisks;
        }
        for (qsizetype i = 0; i < spec.dataDisks.size(); ++i) {
            const DataDisk &disk = spec.dataDisks.at(i);
            l.append(
                {tr("Data disk %1").arg(i + 1),
                 tr("%1, %2 GB").arg(DiskTypeName::withCode(disk.diskType)).arg(disk.diskSize)});
            fieldOf << SpecField::DataDisks;
        }
    } else {
        const DiskType *disk = catalog.diskType(spec.storageType);
        const QString diskName = disk ? disk->name.text() : QString::number(spec.storageType);
        l.append({tr("Data disk"), spec.storageSize > 0
                                       ? tr("%1 GB, %2").arg(spec.storageSize).arg(diskName)
                                       : tr("none")});
        fieldOf << SpecField::StorageSize;
        // Unset, the service gives the image's default: said with its size (Windows 50 GB,
        // Linux 20 GB in the seed's rules).
        const OsFamily os =
            image.imageId == spec.imageId ? osFamilyFromName(image.osName) : OsFamily::Unknown;
        l.append({tr("System disk"),
                  spec.rootSize
                      ? tr("%1 GB").arg(*spec.rootSize)
                      : tr("%1 GB, the image's default").arg(catalog.systemDisk(os).defaultValue)});
        fieldOf << SpecField::RootSize;
    }
    // A part not chosen yet says so, rather than leaving a blank after its name.
    const QString notChosen = tr("not chosen");
    l.append({tr("Network"), spec.usesVpc()
                                 ? tr("VPC %1, subnet %2")
                                       .arg(spec.vpcId.isEmpty() ? notChosen : spec.vpcId,
                                            spec.subnetId.isEmpty() ? notChosen : spec.subnetId)
                                 : tr("basic network")});
    fieldOf << SpecField::BandwidthType; // chosen on the Network step
    if (spec.usesVpc()) {
        l.append({tr("VPC gateway"), yesNo(spec.isVpcGateway)});
        fieldOf << SpecField::IsVpcGateway;
    }
    const BandwidthTypeInfo *bandwidthType = catalog.bandwidthType(spec.bandwidthType);
    l.append({tr("Bandwidth"),
              spec.bandwidth == 0
                  ? tr("none (0 Mbps): no public traffic")
                  : tr("up to %1 Mbps, %2")
                        .arg(spec.bandwidth)
                        .arg(bandwidthType ? bandwidthType->name.text() : spec.bandwidthType)});
    fieldOf << SpecField::Bandwidth;
    l.append({tr("Public IP"), yesNo(spec.getsPublicIp())});
    fieldOf << SpecField::WanIp;
    if (version == ApiConfig::Version::V3) {
        l.append({tr("Security groups"),
                  spec.securityGroupIds.isEmpty()
                      ? tr("the project's default group (it lets every IPv4 address in)")
                      : spec.securityGroupIds.join(tr(", "))});
        fieldOf << SpecField::SecurityGroupIds;
    }
    QString login;
    if (spec.hasPassword())
        login = tr("with a password (set, not shown)");
    else if (!spec.keyId.isEmpty())
        login = tr("with key pair %1").arg(spec.keyId);
    else
        login = tr("with a password the service generates and sends to your message center");
    l.append({tr("Login"), login});
    fieldOf << SpecField::Password;
    l.append({tr("Security agent"), yesNo(spec.needSecurityAgent)});
    fieldOf << SpecField::NeedSecurityAgent;
    l.append({tr("Monitor agent"), yesNo(spec.needMonitorAgent)});
    fieldOf << SpecField::NeedMonitorAgent;
    l.append({tr("Project"),
              spec.projectId == 0 ? tr("default project") : QString::number(spec.projectId)});
    fieldOf << SpecField::ProjectId;
    if (fields)
        *fields = fieldOf;
    return l;
}
