// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ProfileStore;

// One backend per account that has launched something, whatever profile is active: the journal
// remembers which profile (and region) launched each instance, and every later request about it
// (DescribeInstances, ReturnInstance / TerminateInstances) goes through that profile's own keys,
// endpoint, API version and region. AccountSession serves the active profile; this serves the
// others (and the active one in a region it has since left).
//
//   accounts.request(profileId, region);        // loads the keys (asynchronously), builds it
//   connect(&accounts, &AccountApis::changed, ...);
//   if (CloudApi *api = accounts.api(profileId, region)) ...   // else accounts.problem(...)
//
// A profile that no longer exists, or whose keys are not in the keychain, gets no backend and a
// translated problem() that says so: never another account's backend instead. Any change to the
// profiles (keys, endpoint, version, deletion) rebuilds every backend built so far.
class AccountApis : public QObject
{
    Q_OBJECT

public:
    // Builds a backend for a config; AccountApis owns what it returns. May return nullptr.
    using ApiFactory = std::function<CloudApi *(const ApiConfig &config)>;

    AccountApis(ProfileStore *profiles, ApiFactory factory, QObject *parent = nullptr);

    // The backend of `profileId` in `region` (empty: the profile's own region), or nullptr while
    // its keys load or when it cannot be built (problem() says why). Does not start building.
    CloudApi *api(const QString &profileId, const QString &region) const;
    // Translated; empty while there is a backend, while keys load, or before request().
    QString problem(const QString &profileId, const QString &region) const;
    // The profile's name; empty when no profile has this id (any more).
    QString profileName(const QString &profileId) const;

public Q_SLOTS:
    // Builds the backend if it is not there yet and not being built; changed() follows (from
    // the event loop when keys are loaded, at once otherwise).
    void request(const QString &profileId, const QString &region);
    // Like request(), and builds again when the last attempt failed: the keychain may have been
    // unlocked, or the keys entered, since. For an operator's action, not for every refresh.
    void retry(const QString &profileId, const QString &region);

Q_SIGNALS:
    // The backend or the problem of (profileId, region) changed; the previous backend, if any,
    // is deleted later, so callers drop their pointers to it here.
    void changed(const QString &profileId, const QString &region);

private:
    struct Entry
    {
        QPointer<CloudApi> api;
        QString problem;
        bool loading = false;
        quint64 generation = 0;
    };
    static QString keyOf(const QString &profileId, const QString &region);
    void build(const QString &profileId, const QString &region);
    void settle(const QString &profileId, const QString &region, CloudApi *api,
                const QString &problem);
    void rebuildAll();

    ProfileStore *m_profiles;
    ApiFactory m_factory;
    QHash<QString, Entry> m_entries; // by keyOf(profileId, region)
    quint64 m_generation = 0;
};
