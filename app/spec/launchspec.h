// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/datadisk.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One launch as the operator describes it: every input of the RunInstancesHour action (see the
// seed page), the API 3.0 RunInstances inputs API 2.0 does not have (system disk type, data disk
// list, security groups), the instance name and the region. Field names are the API parameter
// names, so validation findings, templates, the journal and both request builders share one
// vocabulary.
//
// Defaults are the seed's. Fields the seed marks required start "not chosen" (0 or empty) rather
// than at a made-up value. Where the service treats "absent" differently from every value
// (wanIp, rootSize, password) the field is a std::optional.
struct LaunchSpec
{
    enum ImageType {
        NoImageType = 0,
        PrivateImage = 1,
        PublicImage = 2,
        MarketplaceImage = 3,
        SharedImage = 4
    };

    static inline const QString PayByHour = QStringLiteral("PayByHour");
    static inline const QString PayByTraffic = QStringLiteral("PayByTraffic");
    static inline const QString DefaultInstanceType = QStringLiteral("CVM.S1");
    // API 3.0's system disk type until the operator or the zone's disk offer picks another: the
    // type of every official RunInstances example (cvm-api-v3-today.md §2), always sent.
    static inline const QString DefaultSystemDiskType = QStringLiteral("CLOUD_PREMIUM");
    // API 3.0's system disk size when rootSize is not set (RunInstances SystemDisk.DiskSize:
    // "默认值为 50"), in GiB; sent explicitly so the service default is never relied on.
    static constexpr int V3DefaultSystemDiskGb = 50;

    QString region;
    int zoneId = 0;
    QString instanceType = DefaultInstanceType;
    int cpu = 0;
    int mem = 0; // GB
    QString imageId;
    int imageType = NoImageType;
    QString bandwidthType = PayByHour;
    int bandwidth = 0; // Mbps
    std::optional<bool> wanIp;
    QString vpcId;
    QString subnetId;
    bool isVpcGateway = false;
    QStringList securityGroupIds; // API 3.0: sg-xxxxxxxx; empty = the project's default group
    int storageType = 1;          // API 2.0's one data disk (the seed's numbering)
    int storageSize = 0;          // GB, 0 = no data disk (API 2.0)
    std::optional<int> rootSize;  // GB
    QString systemDiskType = DefaultSystemDiskType; // API 3.0 SystemDisk.DiskType
    QList<DataDisk> dataDisks;                      // API 3.0 DataDisks, at most 20
    int goodsNum = 1;
    std::optional<QString> password;
    QString keyId;
    bool needSecurityAgent = true;
    bool needMonitorAgent = true;
    int projectId = 0;
    QString clientToken;
    QString instanceName;

    bool usesVpc() const { return !vpcId.isEmpty() || !subnetId.isEmpty(); }
    bool hasPassword() const { return password.has_value(); }

    // The service only assigns a public IP when there is bandwidth to give it: with bandwidth 0
    // wanIp is ignored, otherwise an unset wanIp means "yes".
    bool getsPublicIp() const { return bandwidth > 0 && wanIp.value_or(true); }

    // A copy that is safe to write anywhere: no password.
    LaunchSpec withoutSecrets() const
    {
        LaunchSpec copy = *this;
        copy.password.reset();
        return copy;
    }

    bool operator==(const LaunchSpec &) const = default;
};
