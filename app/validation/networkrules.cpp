// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/networkrules.h"

#include "validation/rulehelpers.h"
#include "validation/validator.h"

#include <algorithm>

using namespace RuleHelpers;

namespace {

QString mbps(int value)
{
    return Validator::tr("%1 Mbps").arg(value);
}

void checkBandwidth(const LaunchSpec &spec, const Catalog &catalog,
                    const ValidationContext &context, Findings &out)
{
    const SizeRule rule = catalog.bandwidth();
    if (!rule.contains(spec.bandwidth)) {
        Finding &f =
            error(out, SpecField::Bandwidth, "range",
                  Validator::tr("Public bandwidth is %1 to %2 Mbps.").arg(rule.min).arg(rule.max));
        for (int v : rule.nearest(spec.bandwidth))
            suggest(f, SpecField::Bandwidth, v, mbps(v));
    }
    // Empty means the seed's default, PayByHour.
    if (!spec.bandwidthType.isEmpty() && !catalog.bandwidthType(spec.bandwidthType)) {
        QStringList ids;
        for (const BandwidthTypeInfo &t : catalog.bandwidthTypes())
            ids << t.id;
        Finding &f = error(out, SpecField::BandwidthType, "unknown",
                           Validator::tr("Bandwidth billing \"%1\" does not exist. Choose %2.")
                               .arg(spec.bandwidthType, listOf(ids)));
        for (const BandwidthTypeInfo &t : catalog.bandwidthTypes())
            suggest(f, SpecField::BandwidthType, t.id, t.name.text(context.locale));
    }
    if (spec.wanIp.value_or(false) && spec.bandwidth == 0) {
        Finding &f = add(out, SpecField::WanIp, Finding::Severity::Warning, "noPublicIp",
                         Validator::tr("With 0 Mbps of bandwidth the instance gets no public IP. "
                                       "Set a bandwidth to get one."));
        suggest(f, SpecField::Bandwidth, 1, mbps(1));
        suggest(f, SpecField::WanIp, false, Validator::tr("No public IP"));
    }
}

void checkGateway(const LaunchSpec &spec, Findings &out)
{
    if (!spec.isVpcGateway)
        return;
    if (!spec.usesVpc()) {
        Finding &f = error(out, SpecField::IsVpcGateway, "needsVpc",
                           Validator::tr("A public gateway must be in a VPC. Choose a VPC and "
                                         "subnet, or turn the gateway off."));
        suggest(f, SpecField::IsVpcGateway, false, Validator::tr("Not a gateway"));
    }
    if (!spec.getsPublicIp()) {
        Finding &f = error(out, SpecField::IsVpcGateway, "needsPublicIp",
                           Validator::tr("A public gateway needs a public IP: give it bandwidth "
                                         "and a public IP, or turn the gateway off."));
        suggest(f, SpecField::IsVpcGateway, false, Validator::tr("Not a gateway"));
        if (spec.bandwidth == 0)
            suggest(f, SpecField::Bandwidth, 1, mbps(1));
        else
            suggest(f, SpecField::WanIp, true, Validator::tr("Public IP"));
    }
}

void suggestSubnetsInZone(Finding &f, const LaunchSpec &spec, const ValidationContext &context)
{
    if (!context.subnets)
        return;
    for (const Subnet &s : *context.subnets) {
        if (s.subnetId != spec.subnetId && (spec.zoneId == 0 || s.zoneIds.contains(spec.zoneId)))
            suggest(f, SpecField::SubnetId, s.subnetId, s.name.isEmpty() ? s.subnetId : s.name);
    }
}

void checkVpc(const LaunchSpec &spec, const Catalog &catalog, const ValidationContext &context,
              Findings &out)
{
    if (!spec.vpcId.isEmpty() && spec.subnetId.isEmpty() && context.subnets && spec.zoneId != 0) {
        // The VPC's subnets are known and none is in this zone: asking for "a subnet in this
        // zone" would contradict the empty list. One message, and the ways out: the zones where
        // the VPC has a subnet, or no VPC.
        QList<int> zones;
        bool anyHere = false; // a subnet with no zone listed may be in any
        for (const Subnet &s : *context.subnets) {
            anyHere = anyHere || s.zoneIds.isEmpty() || s.zoneIds.contains(spec.zoneId);
            for (int zone : s.zoneIds) {
                if (!zones.contains(zone))
                    zones.append(zone);
            }
        }
        if (!anyHere) {
            std::sort(zones.begin(), zones.end());
            Finding &f = error(
                out, SpecField::SubnetId, "noSubnetInZone",
                zones.isEmpty()
                    ? Validator::tr("VPC %1 has no subnet yet. Create one in the console, choose "
                                    "another VPC, or use no VPC.")
                          .arg(spec.vpcId)
                    : Validator::tr("VPC %1 has no subnet in %2. Choose a zone where it has one, "
                                    "another VPC, or no VPC.")
                          .arg(spec.vpcId, catalog.zoneName(spec.zoneId, context.locale)));
            for (int zone : std::as_const(zones))
                suggest(f, SpecField::ZoneId, zone, catalog.zoneName(zone, context.locale));
            suggest(f, SpecField::VpcId, QString(), Validator::tr("No VPC (basic network)"));
            return;
        }
    }
    if (!spec.vpcId.isEmpty() && spec.subnetId.isEmpty()) {
        Finding &f = error(out, SpecField::SubnetId, "pair",
                           Validator::tr("A VPC needs a subnet: choose a subnet of %1 in this "
                                         "zone, or no VPC.")
                               .arg(spec.vpcId));
        suggestSubnetsInZone(f, spec, context);
        suggest(f, SpecField::VpcId, QString(), Validator::tr("No VPC (basic network)"));
        return;
    }
    if (spec.vpcId.isEmpty() && !spec.subnetId.isEmpty()) {
        Finding &f = error(out, SpecField::VpcId, "pair",
                           Validator::tr("Subnet %1 needs its VPC: choose the VPC, or no subnet.")
                               .arg(spec.subnetId));
        if (context.subnets) {
            for (const Subnet &s : *context.subnets) {
                if (s.subnetId == spec.subnetId && !s.vpcId.isEmpty())
                    suggest(f, SpecField::VpcId, s.vpcId, s.vpcId);
            }
        }
        suggest(f, SpecField::SubnetId, QString(), Validator::tr("No subnet (basic network)"));
        return;
    }
    if (spec.subnetId.isEmpty() || !context.subnets)
        return;
    const auto &subnets = *context.subnets;
    const auto it = std::find_if(subnets.cbegin(), subnets.cend(),
                                 [&](const Subnet &s) { return s.subnetId == spec.subnetId; });
    if (it == subnets.cend()) {
        Finding &f = error(out, SpecField::SubnetId, "unknown",
                           Validator::tr("Subnet %1 is not in VPC %2. Choose one of its subnets.")
                               .arg(spec.subnetId, spec.vpcId));
        suggestSubnetsInZone(f, spec, context);
    } else if (spec.zoneId != 0 && !it->zoneIds.isEmpty() && !it->zoneIds.contains(spec.zoneId)) {
        Finding &f = error(out, SpecField::SubnetId, "zone",
                           Validator::tr("Subnet %1 is not in the chosen zone. Choose a subnet "
                                         "in this zone, or the subnet's zone.")
                               .arg(spec.subnetId));
        suggestSubnetsInZone(f, spec, context);
        for (int zone : it->zoneIds)
            suggest(f, SpecField::ZoneId, zone, catalog.zoneName(zone, context.locale));
    }
}

} // namespace

void NetworkRules::check(const LaunchSpec &spec, const Catalog &catalog,
                         const ValidationContext &context, Findings &out)
{
    checkBandwidth(spec, catalog, context, out);
    checkGateway(spec, out);
    checkVpc(spec, catalog, context, out);
    // API 3.0 (the live offer decides the type): the basic network is gone, current families
    // are "仅支持在私有网络中启动", so RunInstances needs a VPC and a subnet
    // (cvm-api-v3-today.md, "Basic network is gone").
    if (context.offerRequired && context.reportMissing && !spec.usesVpc()) {
        error(out, SpecField::VpcId, "vpcRequired",
              Validator::tr("Current instance types run only in a VPC: choose a VPC and a subnet "
                            "in this zone (every account has a default VPC)."));
    }
}
