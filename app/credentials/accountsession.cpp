// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/accountsession.h"

#include "api/cloudapi.h"
#include "credentials/profilestore.h"

AccountSession::AccountSession(ProfileStore *profiles, ApiFactory factory, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_factory(std::move(factory))
{
    connect(m_profiles, &ProfileStore::activeChanged, this, &AccountSession::refresh);
    // An edit of the active profile (region, endpoint, keys) must reach the backend too.
    connect(m_profiles, &ProfileStore::profilesChanged, this, &AccountSession::refresh);
    refresh();
}

void AccountSession::refresh()
{
    const quint64 generation = ++m_generation;
    const Profile profile = m_profiles->active();
    if (!profile.needsKeys()) {
        use(profile, {});
        return;
    }
    // Keys come from the keychain: until they are here there is no backend, so nothing is sent
    // with the previous profile's keys to this profile's account.
    replaceApi(nullptr, profile.id, {});
    m_profiles->credentials()->load(
        profile.id, this, [this, generation, profile](const CredentialStore::Result &result) {
            if (generation != m_generation)
                return; // the operator moved on while the keychain answered
            if (!result.ok() && result.status != SecretStore::Status::NotFound) {
                replaceApi(nullptr, profile.id, result.message);
                return;
            }
            use(profile, result.keys);
        });
}

void AccountSession::use(const Profile &profile, const Credentials &keys)
{
    const ProfileStore::ConfigResult config = m_profiles->apiConfig(profile, keys);
    if (!config.config) {
        replaceApi(nullptr, profile.id, config.error);
        return;
    }
    CloudApi *api = m_factory ? m_factory(*config.config) : nullptr;
    if (!api) {
        replaceApi(nullptr, profile.id,
                   tr("This version of CVM Launcher cannot talk to the API version the profile "
                      "“%1” asks for. Edit the profile and choose another API version.")
                       .arg(profile.name));
        return;
    }
    api->setParent(this);
    replaceApi(api, profile.id, {});
}

void AccountSession::replaceApi(CloudApi *api, const QString &profileId, const QString &problem)
{
    CloudApi *previous = m_api;
    m_api = api;
    m_profileId = profileId;
    emit apiChanged(api, profileId);
    // Later: the receivers of apiChanged may still be unwinding a call on the old backend.
    if (previous && previous != api)
        previous->deleteLater();
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged(problem);
    }
}
