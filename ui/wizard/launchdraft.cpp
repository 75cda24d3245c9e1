// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/launchdraft.h"

#include "spec/specfields.h"
#include "validation/offerrules.h"
#include "validation/validator.h"

#include <algorithm>

LaunchDraft::LaunchDraft(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    recompute();
}

void LaunchDraft::reset(const LaunchSpec &spec)
{
    m_edited = false;
    m_spec = spec;
    m_touched.clear();
    // What differs from a fresh spec was somebody's choice: keep it.
    for (SpecField field : SpecFields::differing(LaunchSpec{}, spec))
        m_touched.insert(field);
    m_usesVpc = spec.usesVpc();
    m_loginMode = spec.hasPassword()      ? LoginMode::Password
                  : !spec.keyId.isEmpty() ? LoginMode::KeyPair
                                          : LoginMode::Generated;
    if (m_image.imageId != spec.imageId)
        m_image = Image{};
    recompute();
}

void LaunchDraft::edit(SpecField field, const std::function<void(LaunchSpec &)> &change)
{
    m_edited = true;
    adjust(field, change);
}

void LaunchDraft::adjust(SpecField field, const std::function<void(LaunchSpec &)> &change)
{
    change(m_spec);
    m_touched.insert(field);
    recompute();
}

void LaunchDraft::applyDefault(SpecField field, const QVariant &value)
{
    if (m_touched.contains(field) || SpecFields::info(field).secret)
        return;
    if (SpecFields::setValue(m_spec, field, value))
        recompute();
}

int LaunchDraft::setRegion(const QString &region, bool chosen)
{
    if (region.isEmpty())
        return 0;
    const CatalogZone *zone = m_catalog.zone(m_spec.zoneId);
    const bool zoneElsewhere = m_spec.zoneId != 0 && (!zone || zone->region != region);
    if (region == m_spec.region && !zoneElsewhere) {
        m_regionSet = true;
        if (chosen)
            m_touched.insert(SpecField::Region);
        return 0;
    }
    m_regionSet = true;
    const int dropped = zoneElsewhere ? m_spec.zoneId : 0;
    const bool moved = !m_spec.region.isEmpty() && m_spec.region != region;
    m_spec.region = region;
    if (zoneElsewhere) {
        m_spec.zoneId = 0;
        // Not a default to fill in again: the operator picks a zone of this region.
        m_touched.insert(SpecField::ZoneId);
    }
    if (moved) {
        m_spec.vpcId.clear();
        m_spec.subnetId.clear();
        m_spec.isVpcGateway = false;
        m_spec.securityGroupIds.clear();
        m_subnets.reset();
    }
    if (chosen) {
        m_touched.insert(SpecField::Region);
        m_edited = true;
    }
    m_offer.reset();
    m_quota.reset();
    m_diskConfigs.reset();
    recompute();
    return dropped;
}

void LaunchDraft::applySuggestion(const Suggestion &suggestion)
{
    const std::optional<SpecField> field = SpecFields::fromKey(suggestion.field);
    if (!field || !suggestion.applyTo(m_spec))
        return;
    m_edited = true;
    m_touched.insert(*field);
    recompute();
}

void LaunchDraft::setImage(const Image &image)
{
    m_image = image;
    recompute();
}

OsFamily LaunchDraft::osFamily() const
{
    if (m_image.imageId.isEmpty() || m_image.imageId != m_spec.imageId)
        return OsFamily::Unknown;
    return osFamilyFromName(m_image.osName);
}

void LaunchDraft::setUsesVpc(bool vpc, bool byOperator)
{
    m_edited |= byOperator;
    m_usesVpc = vpc;
    if (!vpc) {
        m_spec.vpcId.clear();
        m_spec.subnetId.clear();
        m_spec.isVpcGateway = false;
    }
    recompute();
}

void LaunchDraft::setLoginMode(LoginMode mode)
{
    m_loginMode = mode;
    recompute();
}

void LaunchDraft::setSubnets(const std::optional<QList<Subnet>> &subnets)
{
    m_subnets = subnets;
    recompute();
}

void LaunchDraft::setOfferRequired(bool required)
{
    if (m_offerRequired == required)
        return;
    m_offerRequired = required;
    if (!required) {
        m_offer.reset();
        m_quota.reset();
    }
    recompute();
}

void LaunchDraft::setOffer(const std::optional<ZoneOffer> &offer)
{
    m_offer = offer;
    recompute();
}

void LaunchDraft::setQuota(const std::optional<AccountQuota> &quota)
{
    m_quota = quota;
    recompute();
}

QString LaunchDraft::v3Zone() const
{
    return m_catalog.v3ZoneName(m_spec.zoneId);
}

void LaunchDraft::setDiskConfigs(const std::optional<QList<DiskConfig>> &configs)
{
    m_diskConfigs = configs;
    recompute();
}

Findings LaunchDraft::findingsFor(const QList<SpecField> &fields) const
{
    const QStringList keys = SpecFields::keys(fields);
    Findings result;
    for (const Finding &finding : m_findings) {
        if (keys.contains(finding.field))
            result.append(finding);
    }
    return result;
}

bool LaunchDraft::hasErrors(const QList<SpecField> &fields) const
{
    const QStringList keys = SpecFields::keys(fields);
    return std::any_of(m_findings.begin(), m_findings.end(), [&](const Finding &finding) {
        return finding.isError() && keys.contains(finding.field);
    });
}

bool LaunchDraft::hasAnyError() const
{
    return std::any_of(m_findings.begin(), m_findings.end(),
                       [](const Finding &finding) { return finding.isError(); });
}

void LaunchDraft::applyDefaults()
{
    // Until a region is set (no profile says one), the region is where the zone is; after that
    // the zone must be of the region (the validator says so), never the other way round.
    if (!m_regionSet) {
        if (const CatalogZone *zone = m_catalog.zone(m_spec.zoneId))
            m_spec.region = zone->region;
    }

    if (m_offerRequired) {
        // API 3.0: sizes come from the offer alone; without one nothing is made up.
        if (m_offer && m_offer->zone == v3Zone())
            applyOfferDefaults(*m_offer);
        return;
    }

    // A fresh launch starts at the family's smallest size; after that, the validator's
    // suggestions keep untouched sizes valid (see recompute()).
    if (!m_touched.contains(SpecField::Cpu) && m_spec.cpu <= 0) {
        const QList<int> cpus = m_catalog.cpuChoices(m_spec.instanceType);
        if (!cpus.isEmpty())
            m_spec.cpu = cpus.first();
    }
    if (!m_touched.contains(SpecField::Mem) && m_spec.mem <= 0) {
        const QList<int> mems = m_catalog.memChoices(m_spec.instanceType, m_spec.cpu);
        if (!mems.isEmpty())
            m_spec.mem = mems.first();
    }
}

void LaunchDraft::applyOfferDefaults(const ZoneOffer &offer)
{
    const InstanceTypeOffer *exact = offer.find(m_spec.instanceType);
    if (!exact && !m_touched.contains(SpecField::InstanceType)) {
        // A fresh launch (or one from the API 2.0 world) starts on a type on sale: the one with
        // the chosen cores and memory when they were chosen, else the first family's smallest.
        const bool sized = m_touched.contains(SpecField::Cpu) && m_touched.contains(SpecField::Mem);
        for (const QString &family : offer.families()) {
            for (const InstanceTypeOffer &type : offer.typesOf(family)) {
                if (!type.isSelling())
                    continue;
                if (!exact)
                    exact = offer.find(type.instanceType);
                if (sized && type.cpu == m_spec.cpu && type.memory == m_spec.mem) {
                    exact = offer.find(type.instanceType);
                    break;
                }
            }
            if (sized && exact && exact->cpu == m_spec.cpu && exact->memory == m_spec.mem)
                break;
        }
        if (exact)
            m_spec.instanceType = exact->instanceType;
    } else if (!exact) {
        // A family code ("SA5") with cores and memory names one exact type: send that one.
        const QString type = OfferRules::instanceTypeFor(m_spec, offer);
        exact = type.isEmpty() ? nullptr : offer.find(type);
        if (exact)
            m_spec.instanceType = exact->instanceType;
    }
    if (!exact)
        return;
    // The exact type says its cores and memory; untouched sizes follow it.
    if (!m_touched.contains(SpecField::Cpu))
        m_spec.cpu = exact->cpu;
    if (!m_touched.contains(SpecField::Mem))
        m_spec.mem = exact->memory;
}

void LaunchDraft::recompute()
{
    ValidationContext context;
    context.imageOs = osFamily();
    context.subnets = m_usesVpc ? m_subnets : std::nullopt;
    context.offerRequired = m_offerRequired;
    context.apiThree = m_offerRequired; // the offer is required exactly on API 3.0
    context.offer = m_offerRequired ? m_offer : std::nullopt;
    context.quota = m_offerRequired ? m_quota : std::nullopt;
    context.diskConfigs = m_diskConfigs;
    applyDefaults();
    m_findings = Validator::validate(m_spec, m_catalog, context);
    // An untouched field with an error takes the validator's first suggestion for it, a few
    // rounds at most (one fix can call for another: family -> cores -> memory).
    for (int round = 0; round < 4; ++round) {
        bool applied = false;
        for (const Finding &finding : std::as_const(m_findings)) {
            const std::optional<SpecField> field = SpecFields::fromKey(finding.field);
            if (!finding.isError() || !field || m_touched.contains(*field))
                continue;
            for (const Suggestion &suggestion : finding.suggestions) {
                if (suggestion.field == finding.field && suggestion.applyTo(m_spec)) {
                    applied = true;
                    break;
                }
            }
        }
        if (!applied)
            break;
        applyDefaults();
        m_findings = Validator::validate(m_spec, m_catalog, context);
    }
    Q_EMIT changed();
}
