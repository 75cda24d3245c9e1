// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "offer/zoneoffer.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

// The live offers of this session, one per (account, region, zone): asked once when a zone is
// chosen, shown with their age, asked again on Refresh. In memory only, never written anywhere.
// No widgets: the wizard asks it, the validator reads the ZoneOffer it hands out.
class OfferCache : public QObject
{
    Q_OBJECT

public:
    struct Key
    {
        QString profileId; // Profile::id, the account
        QString region;    // e.g. "ap-guangzhou"
        QString zone;      // API 3.0 zone name, e.g. "ap-guangzhou-6"

        bool operator==(const Key &) const = default;
    };
    enum class Mode {
        UseCache, // answer from the cache when it holds the key
        Refresh   // always ask the service (the Refresh and Retry actions)
    };

    explicit OfferCache(QObject *parent = nullptr);

    // The time (UTC) that stamps answers and measures ages; replaceable in tests.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const ZoneOffer *find(const Key &key) const; // nullptr when not cached
    // Stores `offer` under `key`; a missing fetchedAt is set to now.
    void insert(const Key &key, ZoneOffer offer);
    // Seconds since the cached answer arrived; -1 when there is none.
    qint64 ageSeconds(const Key &key) const;
    void invalidate(const Key &key);
    // Forgets every offer of one account (its keys changed, or it was removed).
    void invalidateProfile(const QString &profileId);
    void clear();
    int size() const { return int(m_offers.size()); }

    // The offer for `key`: from the cache (Mode::UseCache and cached), else from `api`
    // (describeZoneInstanceConfigs for key.zone, then the family labels), stored and delivered.
    // `done` runs once, from the event loop, unless `context` is gone first. A failure of the
    // types is delivered as the error (nothing is made up, the cache keeps what it had); a
    // failure of the labels alone only leaves the families unlabelled. Returns the call in
    // flight, to cancel, or nullptr when the answer comes from the cache.
    ApiCall *load(CloudApi *api, const Key &key, Mode mode, QObject *context,
                  CloudApi::Callback<ZoneOffer> done);

Q_SIGNALS:
    // A fresh answer for `key` was stored.
    void offerChanged(const OfferCache::Key &key);

private:
    static QString hashKey(const Key &key);

    QHash<QString, ZoneOffer> m_offers;
    QHash<QString, Key> m_keys;
    std::function<QDateTime()> m_clock;
};
