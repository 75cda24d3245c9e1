// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/diskconfigloader.h"

#include "api/cloudapi.h"
#include "catalog/catalog.h"
#include "spec/launchspec.h"
#include "spec/specfields.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"

#include <algorithm>

namespace {

QString preferredType(const QList<DiskConfig> &configs, DiskConfig::Usage usage)
{
    // The default (cvm-api-v3-today.md §2a: CLOUD_PREMIUM is every official example's
    // type, CLOUD_BSSD its successor); then whatever the zone sells, in the service's order.
    const QStringList preferred = {QStringLiteral("CLOUD_PREMIUM"), QStringLiteral("CLOUD_BSSD")};
    for (const QString &type : preferred) {
        for (const DiskConfig &c : configs) {
            if (c.usage == usage && c.available && c.diskType == type)
                return type;
        }
    }
    for (const DiskConfig &c : configs) {
        if (c.usage == usage && c.available)
            return c.diskType;
    }
    return {};
}

} // namespace

DiskConfigLoader::DiskConfigLoader(LaunchDraft *draft, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_request(new LatestRequest(this))
{
    connect(m_draft, &LaunchDraft::changed, this, &DiskConfigLoader::onDraftChanged);
}

void DiskConfigLoader::setCloudApi(CloudApi *api)
{
    m_api = api;
    m_request->cancel();
    m_query = {};
    m_switchedFrom.clear();
    setState(State::Idle);
    if (m_draft->diskConfigs())
        m_draft->setDiskConfigs(std::nullopt);
    onDraftChanged();
}

void DiskConfigLoader::activate()
{
    m_active = true;
    onDraftChanged();
}

void DiskConfigLoader::reload()
{
    if (!m_api || m_api->version() != ApiConfig::Version::V3)
        return;
    load();
}

DiskConfigQuery DiskConfigLoader::queryFor(const LaunchSpec &spec, const Catalog &catalog)
{
    DiskConfigQuery query;
    query.zone = catalog.v3ZoneName(spec.zoneId);
    QString type = spec.instanceType;
    if (catalog.family(type)) {
        // The seed's family ("CVM.S2") is named by its API 3.0 type ("S2.MEDIUM4").
        const QString v3 = catalog.v3InstanceType(type, spec.cpu, spec.mem);
        type = v3.isEmpty() ? type.section(QLatin1Char('.'), -1) : v3;
    }
    // InstanceType is <FAMILY>.<SIZE> (RunInstances doc); a bare family stays itself.
    query.family = type.section(QLatin1Char('.'), 0, 0);
    query.cpu = spec.cpu;
    query.memory = spec.mem;
    return query;
}

QString DiskConfigLoader::preferredSystemDiskType(const QList<DiskConfig> &configs)
{
    return preferredType(configs, DiskConfig::Usage::SystemDisk);
}

QString DiskConfigLoader::preferredDataDiskType(const QList<DiskConfig> &configs)
{
    return preferredType(configs, DiskConfig::Usage::DataDisk);
}

void DiskConfigLoader::onDraftChanged()
{
    if (!m_active || !m_api || m_api->version() != ApiConfig::Version::V3)
        return;
    const DiskConfigQuery query = queryFor(m_draft->spec(), m_draft->catalog());
    if (query == m_query && (m_state != State::Idle || query.zone.isEmpty()))
        return;
    m_query = query;
    load();
}

void DiskConfigLoader::load()
{
    m_request->cancel();
    m_switchedFrom.clear();
    // Before the draft changes below, so that its change does not start another load.
    m_state = m_query.zone.isEmpty() ? State::Idle : State::Loading;
    // Configs of another zone or size must not judge this one while its own are on the way.
    if (m_draft->diskConfigs())
        m_draft->setDiskConfigs(std::nullopt);
    Q_EMIT stateChanged();
    if (m_state == State::Idle)
        return;
    CloudApi *api = m_api;
    const DiskConfigQuery query = m_query;
    m_request->start<QList<DiskConfig>>(
        [api, query](QObject *context, CloudApi::Callback<QList<DiskConfig>> done) {
            return api->describeDiskConfigQuota(query, context, std::move(done));
        },
        [this](const ApiResult<QList<DiskConfig>> &result) {
            if (!result.ok()) {
                m_error = result.error;
                setState(State::Failed);
                return;
            }
            onLoaded(*result.value);
        });
}

void DiskConfigLoader::onLoaded(const QList<DiskConfig> &configs)
{
    const QString current = m_draft->spec().systemDiskType;
    const bool available = std::any_of(configs.begin(), configs.end(), [&](const DiskConfig &c) {
        return c.usage == DiskConfig::Usage::SystemDisk && c.available && c.diskType == current;
    });
    const QString preferred = preferredSystemDiskType(configs);
    // The state first: the draft's change below refreshes the page, which asks for it.
    m_state = State::Loaded;
    if (!available && !preferred.isEmpty()) {
        m_switchedFrom = current;
        if (m_draft->isTouched(SpecField::SystemDiskType)) {
            m_draft->adjust(SpecField::SystemDiskType,
                            [preferred](LaunchSpec &spec) { spec.systemDiskType = preferred; });
        } else {
            m_draft->applyDefault(SpecField::SystemDiskType, preferred);
        }
    }
    m_draft->setDiskConfigs(configs);
    Q_EMIT stateChanged();
}

void DiskConfigLoader::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}
