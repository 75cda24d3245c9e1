// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <optional>
#include <utility>

// The LaunchSpec fixtures of the tests, built fluently over LaunchSpec's own members (names are
// RunInstancesHour's parameters; see launchspec.h for units and "not set" meanings):
//
//   const LaunchSpec spec = SpecBuilder().count(3).name(QStringLiteral("web")).dataDisk(2, 50);
//
// SpecBuilder() starts from the smallest launch the catalog and the sandbox accept: region
// ap-guangzhou, zone 100003 (广州三区), CVM.S1 with 1 CPU and 2 GB, the public image
// img-31tjrtph (CentOS), one instance, no login chosen. SpecBuilder::blank() starts from
// LaunchSpec's own defaults (nothing chosen), for tests of what the wizard fills in.
// Header-only and thin on purpose: a new LaunchSpec field needs no change here.
class SpecBuilder
{
public:
    SpecBuilder()
    {
        m_spec.region = QStringLiteral("ap-guangzhou");
        m_spec.zoneId = 100003;
        m_spec.cpu = 1;
        m_spec.mem = 2;
        m_spec.imageId = QStringLiteral("img-31tjrtph");
        m_spec.imageType = LaunchSpec::PublicImage;
    }
    static SpecBuilder blank() { return SpecBuilder(LaunchSpec()); }

    SpecBuilder &region(const QString &region) { return set(&LaunchSpec::region, region); }
    SpecBuilder &zone(int zoneId) { return set(&LaunchSpec::zoneId, zoneId); }
    // `type` e.g. "CVM.M2"; `cpu` cores, `memGb` GB.
    SpecBuilder &instance(const QString &type, int cpu, int memGb)
    {
        m_spec.instanceType = type;
        m_spec.cpu = cpu;
        m_spec.mem = memGb;
        return *this;
    }
    SpecBuilder &cpuMem(int cpu, int memGb)
    {
        m_spec.cpu = cpu;
        m_spec.mem = memGb;
        return *this;
    }
    SpecBuilder &image(const QString &imageId, int imageType = LaunchSpec::PublicImage)
    {
        m_spec.imageId = imageId;
        m_spec.imageType = imageType;
        return *this;
    }
    // Mbps, charged per hour (LaunchSpec::PayByHour) or by traffic.
    SpecBuilder &bandwidth(int mbps, const QString &type = LaunchSpec::PayByHour)
    {
        m_spec.bandwidth = mbps;
        m_spec.bandwidthType = type;
        return *this;
    }
    SpecBuilder &wanIp(bool wanIp) { return set(&LaunchSpec::wanIp, std::optional<bool>(wanIp)); }
    SpecBuilder &vpc(const QString &vpcId, const QString &subnetId, bool gateway = false)
    {
        m_spec.vpcId = vpcId;
        m_spec.subnetId = subnetId;
        m_spec.isVpcGateway = gateway;
        return *this;
    }
    // A data disk: `storageType` in the seed's numbering (1 local, 2 cloud, 4 SSD...), GB.
    SpecBuilder &dataDisk(int storageType, int sizeGb)
    {
        m_spec.storageType = storageType;
        m_spec.storageSize = sizeGb;
        return *this;
    }
    // API 3.0: SystemDisk.DiskType, e.g. "CLOUD_PREMIUM".
    SpecBuilder &systemDisk(const QString &diskType)
    {
        return set(&LaunchSpec::systemDiskType, diskType);
    }
    // API 3.0: one more DataDisks entry, e.g. ("CLOUD_PREMIUM", 50); GiB.
    SpecBuilder &cloudDataDisk(const QString &diskType, int sizeGb)
    {
        m_spec.dataDisks.append({diskType, sizeGb});
        return *this;
    }
    SpecBuilder &rootDisk(int sizeGb) { return set(&LaunchSpec::rootSize, std::optional(sizeGb)); }
    SpecBuilder &count(int goodsNum) { return set(&LaunchSpec::goodsNum, goodsNum); }
    SpecBuilder &password(const QString &password)
    {
        return set(&LaunchSpec::password, std::optional(password));
    }
    SpecBuilder &key(const QString &keyId) { return set(&LaunchSpec::keyId, keyId); }
    SpecBuilder &project(int projectId) { return set(&LaunchSpec::projectId, projectId); }
    SpecBuilder &token(const QString &clientToken)
    {
        return set(&LaunchSpec::clientToken, clientToken);
    }
    SpecBuilder &name(const QString &instanceName)
    {
        return set(&LaunchSpec::instanceName, instanceName);
    }

    LaunchSpec build() const { return m_spec; }
    operator LaunchSpec() const { return m_spec; } // NOLINT(google-explicit-constructor)

private:
    explicit SpecBuilder(const LaunchSpec &spec)
        : m_spec(spec)
    {}
    template<typename T, typename V>
    SpecBuilder &set(T LaunchSpec::*member, V &&value)
    {
        m_spec.*member = std::forward<V>(value);
        return *this;
    }

    LaunchSpec m_spec;
};
