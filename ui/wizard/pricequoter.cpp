// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/pricequoter.h"

#include "spec/instancecount.h"
#include "spec/specfields.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"

PriceQuoter::PriceQuoter(LaunchDraft *draft, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_request(new LatestRequest(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PriceQuoter::request);
    connect(m_draft, &LaunchDraft::changed, this, &PriceQuoter::onDraftChanged);
    onDraftChanged();
}

void PriceQuoter::setCloudApi(CloudApi *api)
{
    m_api = api;
    m_quotedKey.reset();
    onDraftChanged();
}

void PriceQuoter::refresh()
{
    m_quotedKey.reset();
    m_debounce.stop();
    request();
}

LaunchSpec PriceQuoter::priceKey() const
{
    LaunchSpec key = m_draft->spec().withoutSecrets();
    key.instanceName.clear();
    key.keyId.clear();
    key.projectId = 0;
    key.needMonitorAgent = key.needSecurityAgent = true;
    key.clientToken.clear();
    key.isVpcGateway = false;
    key.vpcId.clear();
    key.subnetId.clear();
    key.securityGroupIds.clear();
    // Only the disks the profile's protocol sends are priced: API 2.0's one data disk, or API
    // 3.0's system disk type and data disk list (neither protocol sends the other's).
    if (m_api && m_api->version() == ApiConfig::Version::V3) {
        key.storageType = LaunchSpec{}.storageType;
        key.storageSize = 0;
    } else {
        key.systemDiskType = LaunchSpec::DefaultSystemDiskType;
        key.dataDisks.clear();
    }
    return key;
}

void PriceQuoter::onDraftChanged()
{
    // Only the fields the price depends on, and only when they are free of errors: a quote for
    // a launch the service would refuse is noise.
    static const QList<SpecField> pricedV2 = {
        SpecField::ZoneId,        SpecField::InstanceType, SpecField::Cpu,
        SpecField::Mem,           SpecField::ImageId,      SpecField::ImageType,
        SpecField::StorageType,   SpecField::StorageSize,  SpecField::Bandwidth,
        SpecField::BandwidthType, SpecField::GoodsNum,     SpecField::RootSize};
    static const QList<SpecField> pricedV3 = {
        SpecField::ZoneId,    SpecField::InstanceType,   SpecField::Cpu,
        SpecField::Mem,       SpecField::ImageId,        SpecField::ImageType,
        SpecField::RootSize,  SpecField::SystemDiskType, SpecField::DataDisks,
        SpecField::Bandwidth, SpecField::BandwidthType,  SpecField::GoodsNum};
    const QList<SpecField> &priced =
        m_api && m_api->version() == ApiConfig::Version::V3 ? pricedV3 : pricedV2;
    const LaunchSpec &spec = m_draft->spec();
    QString reason;
    if (!m_api)
        reason = tr("No price without a connected profile.");
    else if (spec.cpu <= 0 || spec.mem <= 0 || spec.imageId.isEmpty())
        reason = tr("The price appears once the CPU, memory and image are chosen.");
    else if (m_draft->hasErrors(priced))
        reason = tr("The price appears once the instance, image, disk and bandwidth choices "
                    "have no errors.");
    if (!reason.isEmpty()) {
        m_debounce.stop();
        m_request->cancel();
        m_quotedKey.reset();
        m_price.reset();
        m_reason = reason;
        setState(State::NotReady);
        return;
    }
    if (m_quotedKey && *m_quotedKey == priceKey() && m_state != State::NotReady)
        return;          // e.g. the name changed: the price did not
    m_request->cancel(); // an answer for the old inputs must not show up later
    m_debounce.start();
    setState(State::Waiting);
}

void PriceQuoter::request()
{
    if (!m_api)
        return;
    LaunchSpec spec = m_draft->spec().withoutSecrets();
    // A price inquiry is one request: it takes at most one request's count, and the panel says
    // which count the price is for.
    spec.goodsNum = qMin(spec.goodsNum, InstanceCount::PerRequest);
    m_quotedKey = priceKey();
    setState(State::Loading);
    CloudApi *api = m_api;
    m_request->start<Price>(
        [api, spec](QObject *context, CloudApi::Callback<Price> done) {
            return api->inquirePrice(spec, context, std::move(done));
        },
        [this, count = spec.goodsNum](const ApiResult<Price> &result) {
            if (!result.ok()) {
                m_error = result.error;
                m_price.reset();
                setState(State::Failed);
                return;
            }
            m_price = *result.value;
            m_quotedCount = count;
            setState(State::Quoted);
        });
}

void PriceQuoter::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

std::optional<double> PriceQuoter::perInstanceHour() const
{
    if (m_state != State::Quoted || !m_price || m_quotedCount < 1)
        return std::nullopt;
    bool ok = false;
    double total = m_price->instancePerHour.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (m_price->bandwidthUnit == QLatin1String("HOUR") && !m_price->bandwidthPrice.isEmpty()) {
        const double bandwidth = m_price->bandwidthPrice.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        total += bandwidth;
    }
    return total / m_quotedCount;
}
