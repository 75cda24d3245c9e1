// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/accountapis.h"

#include "credentials/profilestore.h"

AccountApis::AccountApis(ProfileStore *profiles, ApiFactory factory, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_factory(std::move(factory))
{
    // An edit may change keys, endpoint or version, and a deletion takes the account away.
    connect(m_profiles, &ProfileStore::profilesChanged, this, &AccountApis::rebuildAll);
}

QString AccountApis::keyOf(const QString &profileId, const QString &region)
{
    return profileId + QLatin1Char('\n') + region;
}

CloudApi *AccountApis::api(const QString &profileId, const QString &region) const
{
    return m_entries.value(keyOf(profileId, region)).api.data();
}

QString AccountApis::problem(const QString &profileId, const QString &region) const
{
    return m_entries.value(keyOf(profileId, region)).problem;
}

QString AccountApis::profileName(const QString &profileId) const
{
    const auto profile = m_profiles->profile(profileId);
    return profile ? profile->name : QString();
}

void AccountApis::request(const QString &profileId, const QString &region)
{
    const auto it = m_entries.constFind(keyOf(profileId, region));
    if (it != m_entries.constEnd())
        return; // built, being built, or known not to work until the profiles change
    build(profileId, region);
}

void AccountApis::retry(const QString &profileId, const QString &region)
{
    const auto it = m_entries.constFind(keyOf(profileId, region));
    if (it == m_entries.constEnd() || (!it->api && !it->loading))
        build(profileId, region);
}

void AccountApis::build(const QString &profileId, const QString &region)
{
    Entry &entry = m_entries[keyOf(profileId, region)];
    entry.generation = ++m_generation;
    const auto profile = m_profiles->profile(profileId);
    if (!profile) {
        settle(profileId, region, nullptr,
               tr("The profile that launched these instances no longer exists, so the app neither "
                  "asks about them nor returns them through another account. Look them up in the "
                  "Tencent Cloud console."));
        return;
    }
    const auto make = [this, profileId, region](const Profile &p, const Credentials &keys) {
        ProfileStore::ConfigResult config = m_profiles->apiConfig(p, keys);
        if (!config.config) {
            settle(profileId, region, nullptr, config.error);
            return;
        }
        // The launch's own region: the profile may have been switched to another one since.
        if (!region.isEmpty())
            config.config->region = region;
        CloudApi *api = m_factory ? m_factory(*config.config) : nullptr;
        if (api)
            api->setParent(this);
        settle(profileId, region, api,
               api ? QString()
                   : tr("This version of CVM Launcher cannot talk to the API version the "
                        "profile “%1” asks for.")
                         .arg(p.name));
    };
    if (!profile->needsKeys()) {
        make(*profile, {});
        return;
    }
    entry.loading = true;
    const quint64 generation = entry.generation;
    m_profiles->credentials()->load(
        profileId, this,
        [this, profileId, region, generation, make,
         p = *profile](const CredentialStore::Result &result) {
            const auto it = m_entries.constFind(keyOf(profileId, region));
            if (it == m_entries.constEnd() || it->generation != generation)
                return; // the profiles changed while the keychain answered: built again
            if (!result.ok() && result.status != SecretStore::Status::NotFound) {
                settle(profileId, region, nullptr, result.message);
                return;
            }
            // NotFound: the keys are missing; apiConfig() says so in the profile's words.
            make(p, result.keys);
        });
}

void AccountApis::settle(const QString &profileId, const QString &region, CloudApi *api,
                         const QString &problem)
{
    Entry &entry = m_entries[keyOf(profileId, region)];
    CloudApi *previous = entry.api.data();
    entry.api = api;
    entry.problem = problem;
    entry.loading = false;
    Q_EMIT changed(profileId, region);
    // Later: receivers may still be unwinding a call on the old backend.
    if (previous && previous != api)
        previous->deleteLater();
}

void AccountApis::rebuildAll()
{
    const QList<QString> keys = m_entries.keys();
    for (const QString &key : keys) {
        const qsizetype split = key.indexOf(QLatin1Char('\n'));
        build(key.left(split), key.mid(split + 1));
    }
}
