// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"
#include "offer/offercache.h"

#include <QObject>
#include <QPointer>

class CloudApi;
class LaunchDraft;
class LatestRequest;

// Keeps the draft's live offer and quota in step with the chosen zone on an API 3.0 account:
// when the zone (or the account) changes it asks the OfferCache for that (account, region, zone)
// (DescribeZoneInstanceConfigInfos zone + POSTPAID_BY_HOUR, DescribeInstanceFamilyConfigs: once
// per session, then from the cache) and DescribeAccountQuota for the zone (every time: it moves
// as instances are launched), and hands both to the LaunchDraft. A failed offer is kept as the
// error (the draft then has no offer and says so): nothing falls back to the catalog. On an API
// 2.0 account, or without one, it does nothing and the draft stays on the catalog.
class OfferLoader : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Off,     // API 2.0 or no account: the catalog decides
        NoZone,  // API 3.0, but the chosen zone has no API 3.0 name (or none is chosen)
        Loading, // asking the service (or the cache)
        Loaded,  // draft()->offer() holds the zone's offer
        Failed   // error() says why; retry() asks again
    };
    enum class QuotaState { Off, Loading, Loaded, Failed };

    explicit OfferLoader(LaunchDraft *draft, QObject *parent = nullptr);

    // The account: its backend and Profile::id (the cache's key). nullptr switches it off.
    void setCloudApi(CloudApi *api, const QString &profileId);
    // The session's cache, shared with later wizards (not owned; it must outlive this object).
    // Without one, the loader keeps its own.
    void setCache(OfferCache *cache);

    State state() const { return m_state; }
    QuotaState quotaState() const { return m_quotaState; }
    const ApiError &error() const { return m_error; }
    const ApiError &quotaError() const { return m_quotaError; }
    // The zone asked about (API 3.0 name), e.g. "ap-guangzhou-3".
    QString zone() const { return m_key.zone; }
    // Seconds since the shown offer arrived; -1 when none is shown.
    qint64 ageSeconds() const;

public Q_SLOTS:
    // Asks the service again, past the cache (the Refresh and Retry actions); the quota too.
    void refresh();

Q_SIGNALS:
    void stateChanged();

private:
    void onDraftChanged();
    void load(OfferCache::Mode mode);
    void loadQuota();
    void setState(State state);

    LaunchDraft *m_draft;
    QPointer<CloudApi> m_api;
    QString m_profileId;
    OfferCache *m_ownCache;
    QPointer<OfferCache> m_cache;
    LatestRequest *m_offerRequest;
    LatestRequest *m_quotaRequest;
    OfferCache::Key m_key;
    State m_state = State::Off;
    QuotaState m_quotaState = QuotaState::Off;
    ApiError m_error;
    ApiError m_quotaError;
};
