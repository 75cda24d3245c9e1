// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "credentials/profile.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ProfileStore;

// The account the app works on right now: follows the active profile, loads its keys from the
// keychain (asynchronously, for stored profiles), builds the ApiConfig and the CloudApi backend,
// and hands that one backend to everyone (launcher, tracker, wizard). A key load that answers
// after the operator switched again is dropped.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    // Builds a backend for a config; the session takes ownership of what it returns.
    using ApiFactory = std::function<CloudApi *(const ApiConfig &config)>;

    AccountSession(ProfileStore *profiles, ApiFactory factory, QObject *parent = nullptr);

    // nullptr while keys load, or when the active profile cannot be used (see problem()).
    CloudApi *api() const { return m_api; }
    QString profileId() const { return m_profileId; }
    // Translated: why there is no backend, empty when there is one or keys are loading.
    QString problem() const { return m_problem; }

public Q_SLOTS:
    // Rebuilds the backend for the active profile (also after its keys or endpoint changed).
    void refresh();

Q_SIGNALS:
    // `api` is nullptr when there is none; the previous backend is deleted after this signal.
    void apiChanged(CloudApi *api, const QString &profileId);
    void problemChanged(const QString &problem);

private:
    void use(const Profile &profile, const Credentials &keys);
    void replaceApi(CloudApi *api, const QString &profileId, const QString &problem);

    ProfileStore *m_profiles;
    ApiFactory m_factory;
    QPointer<CloudApi> m_api;
    QString m_profileId;
    QString m_problem;
    quint64 m_generation = 0;
};
