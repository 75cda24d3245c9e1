// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/offerloader.h"

#include "api/cloudapi.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"

OfferLoader::OfferLoader(LaunchDraft *draft, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_ownCache(new OfferCache(this))
    , m_cache(m_ownCache)
    , m_offerRequest(new LatestRequest(this))
    , m_quotaRequest(new LatestRequest(this))
{
    connect(m_draft, &LaunchDraft::changed, this, &OfferLoader::onDraftChanged);
}

void OfferLoader::setCloudApi(CloudApi *api, const QString &profileId)
{
    m_api = api;
    m_profileId = profileId;
    m_offerRequest->cancel();
    m_quotaRequest->cancel();
    m_key = {};
    const bool v3 = api && api->version() == ApiConfig::Version::V3;
    m_draft->setOfferRequired(v3);
    if (!v3) {
        m_quotaState = QuotaState::Off;
        setState(State::Off);
        return;
    }
    // The draft's offer and quota were the previous account's.
    m_draft->setOffer(std::nullopt);
    m_draft->setQuota(std::nullopt);
    onDraftChanged();
}

void OfferLoader::setCache(OfferCache *cache)
{
    m_cache = cache ? cache : m_ownCache;
}

qint64 OfferLoader::ageSeconds() const
{
    return m_state == State::Loaded && m_cache ? m_cache->ageSeconds(m_key) : -1;
}

void OfferLoader::refresh()
{
    if (m_state == State::Off || m_state == State::NoZone)
        return;
    load(OfferCache::Mode::Refresh);
    loadQuota();
}

void OfferLoader::onDraftChanged()
{
    // One read of the guarded pointer: it is checked and used as the same value.
    const CloudApi *api = m_api.data();
    if (!api || api->version() != ApiConfig::Version::V3)
        return;
    const OfferCache::Key key{m_profileId, m_draft->spec().region, m_draft->v3Zone()};
    if (key == m_key && m_state != State::Off)
        return;
    m_key = key;
    if (key.zone.isEmpty()) {
        m_offerRequest->cancel();
        m_quotaRequest->cancel();
        m_quotaState = QuotaState::Off;
        setState(State::NoZone);
        m_draft->setOffer(std::nullopt);
        m_draft->setQuota(std::nullopt);
        return;
    }
    load(OfferCache::Mode::UseCache);
    loadQuota();
}

void OfferLoader::load(OfferCache::Mode mode)
{
    if (!m_api || !m_cache)
        return;
    setState(State::Loading);
    // Never judge the new zone by the old zone's offer while the new one is on its way.
    if (m_draft->offer() && m_draft->offer()->zone != m_key.zone)
        m_draft->setOffer(std::nullopt);
    const QPointer<CloudApi> api = m_api;
    const QPointer<OfferCache> cache = m_cache;
    const OfferCache::Key key = m_key;
    m_offerRequest->start<ZoneOffer>(
        [api, cache, key, mode](QObject *context, CloudApi::Callback<ZoneOffer> done) {
            return cache->load(api, key, mode, context, std::move(done));
        },
        [this](const ApiResult<ZoneOffer> &result) {
            if (!result.ok()) {
                m_error = result.error;
                setState(State::Failed);
                m_draft->setOffer(std::nullopt);
                return;
            }
            m_error = {};
            setState(State::Loaded);
            m_draft->setOffer(*result.value);
        });
}

void OfferLoader::loadQuota()
{
    // The request starts now, from this call: the account cannot go away in between.
    CloudApi *api = m_api.data();
    if (!api)
        return;
    m_quotaState = QuotaState::Loading;
    const QString zone = m_key.zone;
    m_quotaRequest->start<AccountQuota>(
        [api, zone](QObject *context, CloudApi::Callback<AccountQuota> done) {
            return api->describeAccountQuota(zone, context, std::move(done));
        },
        [this](const ApiResult<AccountQuota> &result) {
            if (result.ok()) {
                m_quotaError = {};
                m_quotaState = QuotaState::Loaded;
                m_draft->setQuota(*result.value);
            } else {
                // Not read: the count keeps the app's own cap, and the page says so.
                m_quotaError = result.error;
                m_quotaState = QuotaState::Failed;
                m_draft->setQuota(std::nullopt);
            }
            Q_EMIT stateChanged();
        });
    Q_EMIT stateChanged();
}

void OfferLoader::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}
