// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/specfields.h"

#include <algorithm>
#include <type_traits>

namespace {

QVariant toVariant(int value)
{
    return value;
}

QVariant toVariant(bool value)
{
    return value;
}

QVariant toVariant(const QString &value)
{
    return value;
}

QVariant toVariant(const QStringList &value)
{
    return value;
}

QVariant toVariant(const QList<DataDisk> &value)
{
    QVariantList disks;
    for (const DataDisk &disk : value)
        disks.append(disk.toVariant());
    return disks;
}

template<typename T>
QVariant toVariant(const std::optional<T> &value)
{
    return value ? toVariant(*value) : QVariant();
}

// A bool is not an int and an int is not a text: a suggestion or template of the wrong type is
// refused, never converted.
bool assign(int &member, const QVariant &value)
{
    if (value.typeId() != QMetaType::Int)
        return false;
    member = value.toInt();
    return true;
}

bool assign(bool &member, const QVariant &value)
{
    if (value.typeId() != QMetaType::Bool)
        return false;
    member = value.toBool();
    return true;
}

bool assign(QString &member, const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return false;
    member = value.toString();
    return true;
}

bool assign(QStringList &member, const QVariant &value)
{
    if (value.typeId() != QMetaType::QStringList)
        return false;
    member = value.toStringList();
    return true;
}

// Every entry must be a whole disk (DataDisk::fromVariant); one bad entry refuses the list.
bool assign(QList<DataDisk> &member, const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantList)
        return false;
    QList<DataDisk> disks;
    for (const QVariant &entry : value.toList()) {
        const std::optional<DataDisk> disk = DataDisk::fromVariant(entry);
        if (!disk)
            return false;
        disks.append(*disk);
    }
    member = disks;
    return true;
}

template<typename T>
bool assign(std::optional<T> &member, const QVariant &value)
{
    if (!value.isValid()) {
        member.reset();
        return true;
    }
    T inner{};
    if (!assign(inner, value))
        return false;
    member = inner;
    return true;
}

template<typename T>
struct Plain
{
    using type = T;
    static constexpr bool optional = false;
};

template<typename T>
struct Plain<std::optional<T>>
{
    using type = T;
    static constexpr bool optional = true;
};

template<auto Member>
using MemberType = std::remove_cvref_t<decltype(std::declval<LaunchSpec &>().*Member)>;

template<typename T>
constexpr SpecFieldInfo::Kind kindOf()
{
    if constexpr (std::is_same_v<T, int>)
        return SpecFieldInfo::Kind::Int;
    else if constexpr (std::is_same_v<T, bool>)
        return SpecFieldInfo::Kind::Bool;
    else if constexpr (std::is_same_v<T, QStringList>)
        return SpecFieldInfo::Kind::TextList;
    else if constexpr (std::is_same_v<T, QList<DataDisk>>)
        return SpecFieldInfo::Kind::DiskList;
    else {
        static_assert(std::is_same_v<T, QString>,
                      "LaunchSpec fields are int, bool, QString, QStringList or QList<DataDisk>");
        return SpecFieldInfo::Kind::Text;
    }
}

template<auto Member>
QVariant getMember(const LaunchSpec &spec)
{
    return toVariant(spec.*Member);
}

template<auto Member>
bool setMember(LaunchSpec &spec, const QVariant &value)
{
    return assign(spec.*Member, value);
}

// What a row says beyond the member itself.
struct Names
{
    const char *jsonKey;
    const char *v2Name;
    const char *v3Path;
    const char *v2Note = nullptr;
    const char *v3Note = nullptr;
};

template<auto Member>
constexpr SpecFieldInfo row(SpecField field, Names names, const char *notSet, bool secret = false)
{
    using Info = Plain<MemberType<Member>>;
    return {field,
            names.jsonKey,
            names.v2Name,
            names.v3Path,
            names.v2Note,
            names.v3Note,
            kindOf<typename Info::type>(),
            Info::optional,
            secret,
            notSet,
            &getMember<Member>,
            &setMember<Member>};
}

using S = LaunchSpec;
using F = SpecField;

// Names per protocol: RunInstancesHour-seed.md §2 (API 2.0) and the mapping in cvm-api.md §3
// (API 3.0 RunInstances).
constexpr SpecFieldInfo Table[] = {
    row<&S::region>(
        F::Region,
        {"region", nullptr, nullptr, "the common parameter Region", "the X-TC-Region header"},
        "not chosen: the wizard takes it from the zone"),
    row<&S::zoneId>(F::ZoneId,
                    {"zoneId", "zoneId", "Placement.Zone", nullptr,
                     "the zone's API 3.0 name from the catalog (ap-guangzhou-3)"},
                    "0: not chosen (required)"),
    row<&S::instanceType>(F::InstanceType,
                          {"instanceType", "instanceType", "InstanceType", nullptr,
                           "family, cpu and mem together name one type (S2.MEDIUM4)"},
                          "CVM.S1, the seed's default family"),
    row<&S::cpu>(F::Cpu,
                 {"cpu", "cpu", "InstanceType", nullptr, "part of InstanceType (see instanceType)"},
                 "0: not chosen (required)"),
    row<&S::mem>(F::Mem,
                 {"mem", "mem", "InstanceType", nullptr, "part of InstanceType (see instanceType)"},
                 "0: not chosen (required); GB"),
    row<&S::imageId>(F::ImageId, {"imageId", "imageId", "ImageId"}, "empty: not chosen (required)"),
    row<&S::imageType>(F::ImageType,
                       {"imageType", "imageType", nullptr, nullptr,
                        "API 3.0 knows the type from ImageId; it only filters DescribeImages"},
                       "0: not chosen (required)"),
    row<&S::bandwidthType>(F::BandwidthType,
                           {"bandwidthType", "bandwidthType",
                            "InternetAccessible.InternetChargeType", nullptr,
                            "BANDWIDTH_POSTPAID_BY_HOUR or TRAFFIC_POSTPAID_BY_HOUR (catalog)"},
                           "PayByHour, always sent"),
    row<&S::bandwidth>(F::Bandwidth,
                       {"bandwidth", "bandwidth", "InternetAccessible.InternetMaxBandwidthOut"},
                       "0 Mbps: no public bandwidth, hence no public IP"),
    row<&S::wanIp>(F::WanIp,
                   {"wanIp", "wanIp", "InternetAccessible.PublicIpAssigned",
                    "always sent, as LaunchSpec::getsPublicIp()",
                    "always sent, as LaunchSpec::getsPublicIp()"},
                   "unset: a public IP exactly when bandwidth > 0 (the seed's rule)"),
    row<&S::vpcId>(
        F::VpcId,
        {"vpcId", "vpcId", "VirtualPrivateCloud.VpcId", "only with a VPC", "only with a VPC"},
        "empty: the basic network"),
    row<&S::subnetId>(F::SubnetId,
                      {"subnetId", "subnetId", "VirtualPrivateCloud.SubnetId", "only with a VPC",
                       "only with a VPC"},
                      "empty: the basic network"),
    row<&S::isVpcGateway>(F::IsVpcGateway,
                          {"isVpcGateway", "isVpcGateway", "VirtualPrivateCloud.AsVpcGateway",
                           "only with a VPC", "only with a VPC"},
                          "false: not a public gateway"),
    row<&S::securityGroupIds>(
        F::SecurityGroupIds,
        {"securityGroupIds", nullptr, "SecurityGroupIds",
         "RunInstancesHour has no security group parameter; API 2.0 profiles refuse a launch "
         "that names one",
         "only when not empty"},
        "empty: the project's default security group, which lets every IPv4 address in "
        "(vpc CreateDefaultSecurityGroup)"),
    row<&S::storageType>(F::StorageType,
                         {"storageType", "storageType", nullptr, nullptr,
                          "API 2.0's one data disk; API 3.0 sends dataDisks"},
                         "1: local disk, the seed's default"),
    row<&S::storageSize>(F::StorageSize,
                         {"storageSize", "storageSize", nullptr, nullptr,
                          "API 2.0's one data disk; API 3.0 sends dataDisks"},
                         "0 GB: no data disk"),
    row<&S::rootSize>(F::RootSize,
                      {"rootSize", "rootSize", "SystemDisk.DiskSize", "only when set",
                       "always: unset is sent as LaunchSpec::V3DefaultSystemDiskGb (50 GiB)"},
                      "unset: API 2.0's free system disk (20 GB Linux, 50 GB Windows), API 3.0's "
                      "50 GiB; shown as such in the wizard"),
    row<&S::systemDiskType>(F::SystemDiskType,
                            {"systemDiskType", nullptr, "SystemDisk.DiskType",
                             "RunInstancesHour's system disk follows storageType", nullptr},
                            "CLOUD_PREMIUM, always sent on API 3.0 (an omitted type is the "
                            "service's choice, never the operator's)"),
    row<&S::dataDisks>(F::DataDisks,
                       {"dataDisks", nullptr, "DataDisks",
                        "RunInstancesHour takes one data disk: storageType and storageSize; API "
                        "2.0 profiles refuse a launch that lists dataDisks",
                        "only when not empty; every disk names its DiskType"},
                       "empty: no data disk on API 3.0"),
    row<&S::goodsNum>(F::GoodsNum,
                      {"goodsNum", "goodsNum", "InstanceCount",
                       "the batch's count (≤ InstanceCount::PerRequest), not the launch's",
                       "the batch's count (≤ InstanceCount::PerRequest), not the launch's"},
                      "1; in a LaunchSpec the whole launch, split by the Launcher"),
    row<&S::password>(
        F::Password,
        {"password", "password", "LoginSettings.Password", "only when set", "only when set"},
        "unset: a key or a generated password (sent by the service's message)", true),
    row<&S::keyId>(F::KeyId,
                   {"keyId", "keyId", "LoginSettings.KeyIds.0", "only when set", "only when set"},
                   "empty: no key pair"),
    row<&S::needSecurityAgent>(
        F::NeedSecurityAgent,
        {"needSecurityAgent", "needSecurityAgent", "EnhancedService.SecurityService.Enabled"},
        "true, always sent"),
    row<&S::needMonitorAgent>(
        F::NeedMonitorAgent,
        {"needMonitorAgent", "needMonitorAgent", "EnhancedService.MonitorService.Enabled"},
        "true, always sent"),
    row<&S::projectId>(F::ProjectId, {"projectId", "projectId", "Placement.ProjectId"},
                       "0: the default project, always sent"),
    row<&S::instanceName>(
        F::InstanceName,
        {"instanceName", "instanceName", "InstanceName", "only when set", "only when set"},
        "empty: the service names the instances"),
    row<&S::clientToken>(F::ClientToken,
                         {"clientToken", "clientToken", "ClientToken", nullptr, "only when set"},
                         "empty: none yet; the Launcher gives each batch its own"),
};

constexpr bool tableIsInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(Table); ++i) {
        if (static_cast<std::size_t>(Table[i].field) != i)
            return false;
    }
    return true;
}
static_assert(tableIsInEnumOrder(), "one row per SpecField, in the enum's order");
static_assert(std::size(Table) == static_cast<std::size_t>(SpecField::ClientToken) + 1,
              "every SpecField has a row");

} // namespace

std::span<const SpecFieldInfo> SpecFields::all()
{
    return Table;
}

const SpecFieldInfo &SpecFields::info(SpecField field)
{
    return Table[static_cast<std::size_t>(field)];
}

QString SpecFields::key(SpecField field)
{
    return QString::fromLatin1(info(field).jsonKey);
}

QStringList SpecFields::keys(const QList<SpecField> &fields)
{
    QStringList result;
    for (SpecField field : fields)
        result << key(field);
    return result;
}

std::optional<SpecField> SpecFields::fromKey(QStringView key)
{
    const auto it = std::find_if(std::begin(Table), std::end(Table), [key](const auto &row) {
        return key == QLatin1String(row.jsonKey);
    });
    if (it == std::end(Table))
        return std::nullopt;
    return it->field;
}

QVariant SpecFields::value(const LaunchSpec &spec, SpecField field)
{
    return info(field).get(spec);
}

bool SpecFields::setValue(LaunchSpec &spec, SpecField field, const QVariant &value)
{
    return info(field).set(spec, value);
}

QVariant SpecFields::defaultValue(SpecField field)
{
    return value(LaunchSpec{}, field);
}

QVariant SpecFields::requestValue(const LaunchSpec &spec, SpecField field)
{
    switch (field) {
    case SpecField::WanIp:
        return spec.getsPublicIp();
    case SpecField::VpcId:
    case SpecField::SubnetId:
    case SpecField::IsVpcGateway:
        if (!spec.usesVpc())
            return {};
        break;
    default:
        break;
    }
    QVariant v = value(spec, field);
    const bool empty = (v.typeId() == QMetaType::QString && v.toString().isEmpty()) ||
                       (v.typeId() == QMetaType::QStringList && v.toStringList().isEmpty()) ||
                       (v.typeId() == QMetaType::QVariantList && v.toList().isEmpty());
    if (empty)
        return {};
    return v;
}

QList<SpecField> SpecFields::differing(const LaunchSpec &a, const LaunchSpec &b)
{
    QList<SpecField> result;
    for (const SpecFieldInfo &row : Table) {
        if (row.get(a) != row.get(b))
            result << row.field;
    }
    return result;
}
