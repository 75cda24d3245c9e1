// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/offercache.h"

#include <QPointer>

#include <memory>

OfferCache::OfferCache(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QString OfferCache::hashKey(const Key &key)
{
    // A separator that cannot occur in a profile id, a region or a zone name.
    return key.profileId + u'\x1f' + key.region + u'\x1f' + key.zone;
}

const ZoneOffer *OfferCache::find(const Key &key) const
{
    const auto it = m_offers.constFind(hashKey(key));
    return it == m_offers.constEnd() ? nullptr : &*it;
}

void OfferCache::insert(const Key &key, ZoneOffer offer)
{
    if (!offer.fetchedAt.isValid())
        offer.fetchedAt = m_clock();
    const QString hash = hashKey(key);
    m_offers.insert(hash, offer);
    m_keys.insert(hash, key);
    Q_EMIT offerChanged(key);
}

qint64 OfferCache::ageSeconds(const Key &key) const
{
    const ZoneOffer *offer = find(key);
    return offer ? offer->ageSeconds(m_clock()) : -1;
}

void OfferCache::invalidate(const Key &key)
{
    const QString hash = hashKey(key);
    m_offers.remove(hash);
    m_keys.remove(hash);
}

void OfferCache::invalidateProfile(const QString &profileId)
{
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (it->profileId == profileId) {
            m_offers.remove(it.key());
            it = m_keys.erase(it);
        } else {
            ++it;
        }
    }
}

void OfferCache::clear()
{
    m_offers.clear();
    m_keys.clear();
}

ApiCall *OfferCache::load(CloudApi *api, const Key &key, Mode mode, QObject *context,
                          CloudApi::Callback<ZoneOffer> done)
{
    const QPointer<QObject> guard(context);
    const bool scoped = context != nullptr;
    if (mode == Mode::UseCache) {
        if (const ZoneOffer *cached = find(key)) {
            QMetaObject::invokeMethod(
                this,
                [offer = *cached, guard, scoped, done = std::move(done)] {
                    if ((!scoped || guard) && done)
                        done(ApiResult<ZoneOffer>{offer, {}});
                },
                Qt::QueuedConnection);
            return nullptr;
        }
    }
    // The two answers may come in either order; the offer is complete when both are in.
    struct Pending
    {
        std::optional<ApiResult<QList<InstanceTypeOffer>>> types;
        std::optional<QList<InstanceFamilyLabel>> labels;
    };
    auto pending = std::make_shared<Pending>();
    const QPointer<OfferCache> self(this);
    auto finishIfComplete = [pending, self, key, guard, scoped, done = std::move(done)] {
        if (!pending->types || !pending->labels)
            return;
        ApiResult<ZoneOffer> result;
        if (!pending->types->ok()) {
            result.error = pending->types->error;
        } else {
            ZoneOffer offer;
            offer.zone = key.zone;
            offer.types = *pending->types->value;
            offer.labels = *pending->labels;
            if (self) {
                self->insert(key, offer);
                offer = *self->find(key);
            }
            result.value = std::move(offer);
        }
        if ((!scoped || guard) && done)
            done(result);
    };
    auto finish = std::make_shared<decltype(finishIfComplete)>(std::move(finishIfComplete));
    api->describeInstanceFamilies(this, [pending, finish](const auto &labels) {
        pending->labels = labels.ok() ? *labels.value : QList<InstanceFamilyLabel>();
        (*finish)();
    });
    return api->describeZoneInstanceConfigs(key.zone, this, [pending, finish](const auto &types) {
        pending->types = types;
        (*finish)();
    });
}
