// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QVariant>

// One input of a launch: the identifiers the code uses for LaunchSpec's members. The order is the
// order of SpecFields::all(), which is also the order of templates and RunInstancesHour's
// parameters. Adding a member to LaunchSpec means adding it here and one row to the table in
// specfields.cpp (the table's tests fail to compile until both are done).
enum class SpecField {
    Region,
    ZoneId,
    InstanceType,
    Cpu,
    Mem,
    ImageId,
    ImageType,
    BandwidthType,
    Bandwidth,
    WanIp,
    VpcId,
    SubnetId,
    IsVpcGateway,
    SecurityGroupIds,
    StorageType,
    StorageSize,
    RootSize,
    SystemDiskType,
    DataDisks,
    GoodsNum,
    Password,
    KeyId,
    NeedSecurityAgent,
    NeedMonitorAgent,
    ProjectId,
    InstanceName,
    ClientToken,
};

struct LaunchSpec;

// What one field is, declared once (see SpecFields::all()).
struct SpecFieldInfo
{
    // The value's type in a QVariant: QMetaType::Int, QString, Bool, QStringList (TextList), or
    // for DiskList a QVariantList of DataDisk::toVariant() maps.
    enum class Kind { Int, Text, Bool, TextList, DiskList };

    SpecField field;
    // The template and journal key, and Finding::field / Suggestion::field: the seed's
    // RunInstancesHour parameter name, e.g. "goodsNum". Never changes (saved templates use it).
    const char *jsonKey;
    // The RunInstancesHour parameter (RunInstancesHour-seed.md §2); nullptr when API 2.0 does not
    // send the field, and then v2Note says why.
    const char *v2Name;
    // Where RunInstances (API 3.0) carries the field, as a dotted path into the JSON body
    // ("Placement.Zone", "DataDisks.0.DiskSize"; cvm-api.md §3 mapping); nullptr when it is not
    // in the body, and then v3Note says why. Several fields may share one path (family, cores
    // and memory are one InstanceType).
    const char *v3Path;
    const char *v2Note; // why not sent, or how the value is derived; nullptr when plain
    const char *v3Note; // the same for API 3.0
    Kind kind;
    // True for std::optional members: "not set" is a state of its own, which JSON leaves out and
    // the request builders do not send. notSet says what the service then does.
    bool optional;
    // Never written to a template, the journal, a log or a preview (SecretKey-like).
    bool secret;
    // What the field's default or empty value means to the service, in words for maintainers.
    const char *notSet;
    // Reads the member: a null QVariant for an unset optional.
    QVariant (*get)(const LaunchSpec &spec);
    // Writes the member. False (spec untouched) when the value has the wrong type; a null
    // QVariant unsets an optional and is refused by other members.
    bool (*set)(LaunchSpec &spec, const QVariant &value);
};
