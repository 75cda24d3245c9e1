// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Typed results of the cloud actions, the same for API 2.0 and API 3.0 so that the wizard, the
// launcher, the tracker and the table never know which protocol is underneath.

// An instance's life as the product shows it. API 2.0 status codes and API 3.0 InstanceState
// strings both map onto it; the raw value is kept for the details pane.
enum class InstanceState {
    Creating,     // v2 3, v3 PENDING                     创建中
    Running,      // v2 2, v3 RUNNING                     运行中
    CreateFailed, // v2 -1, v3 LAUNCH_FAILED               创建已失败
    Stopped,      // v2 4, v3 STOPPED / SHUTDOWN           已关机
    Returning,    // v2 6, v3 TERMINATING                  退还中
    Returned,     // v2 5, or no longer listed after return 已退还
    Fault,        // v2 1                                  故障
    Busy,         // any other transitional state (starting, stopping, rebooting, 7-20, ...)
    Unknown,      // not yet seen by the service
    NotFound      // the service stopped listing it (or never did) without a return by this app:
                  // gone for a reason this app did not see; failureReason and lastSeen say more
};

struct InstanceInfo
{
    QString instanceId; // ins-xxxxxxxx
    QString name;
    InstanceState state = InstanceState::Unknown;
    QString rawState;      // "3" (v2) or "PENDING" (v3), verbatim
    QString failureReason; // why creation failed, when the service says; why NotFound
    // NotFound only: when the service last listed the instance (UTC); invalid when it never did.
    // Set by the StatusTracker, never by a parser.
    QDateTime lastSeen;
    int zoneId = 0;
    QString zoneName;
    int cpu = 0;
    int mem = 0; // GB
    QString lanIp;
    QStringList wanIps;
    // The public bandwidth cap in Mbps (API 2.0 bandwidth, API 3.0
    // InternetAccessible.InternetMaxBandwidthOut); -1 when the answer did not say.
    int bandwidth = -1;
    QString imageId;
    QString osName;
    QDateTime createTime;

    bool operator==(const InstanceInfo &) const = default;
};

struct InstancePage
{
    int totalCount = 0;
    QList<InstanceInfo> instances;
};

// A region an account can launch in (API 3.0 cvm DescribeRegions, RegionSet[]).
struct Region
{
    QString region;        // Region, e.g. ap-guangzhou
    QString regionName;    // RegionName as the service words it, e.g. "华南地区(广州)"
    bool available = true; // RegionState AVAILABLE

    bool operator==(const Region &) const = default;
};

struct Zone
{
    int zoneId = 0;   // API 2.0 numeric id, e.g. 100003
    QString zoneName; // as the service names it (API 2.0: Chinese display name)
    QString apiName;  // API 3.0 name, e.g. ap-guangzhou-3; empty when unknown
    bool available = true;
};

struct Image
{
    QString imageId; // unImgId / ImageId, img-xxxxxxxx
    QString name;
    QString description;
    int imageType = 0; // 1 private, 2 public, 3 marketplace, 4 shared
    QString osName;    // e.g. "CentOS 7.2 64位", "Windows Server 2012 R2 64位"
    QDateTime createTime;
};

struct KeyPair
{
    QString keyId; // skey-xxxxxxxx
    QString name;
};

struct Vpc
{
    QString vpcId; // unVpcId, vpc-xxxxxxxx
    QString name;
    QString cidrBlock;
};

struct Subnet
{
    QString subnetId; // unSubnetId, subnet-xxxxxxxx
    QString vpcId;
    QString name;
    QString cidrBlock;
    QList<int> zoneIds;    // numeric zone ids the subnet lives in
    int availableIps = -1; // -1 when unknown
};

// Hourly price of a launch, in CNY, as the service quotes it (strings kept to avoid rounding).
struct Price
{
    QString instancePerHour; // e.g. "0.48"
    QString bandwidthPrice;  // e.g. "0.06"; empty when there is no bandwidth cost
    QString bandwidthUnit;   // "HOUR" or "GB"
};
