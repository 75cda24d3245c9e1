// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentials/credentialstore.h"
#include "credentials/profile.h"

#include <QObject>
#include <QProcessEnvironment>

#include <optional>

// Every profile the app knows: the built-in Sandbox (always there, first), the Environment
// profile when TENCENTCLOUD_SECRET_ID/_KEY are set (this session only, never stored), and the
// operator's own profiles in QSettings (never a secret there). Remembers the active profile.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // What the sandbox's runner hands over once the sandbox listens: its loopback URL and its
    // fixed demo keys. Until then the Sandbox profile has no endpoint and cannot be used.
    struct SandboxAccess
    {
        QUrl endpoint;
        Credentials keys;
    };
    struct ConfigResult
    {
        std::optional<ApiConfig> config;
        QString error; // translated, when there is no config
    };

    // `credentials` is not owned; it must outlive this store. `environment` is read once.
    explicit ProfileStore(
        CredentialStore *credentials,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        QObject *parent = nullptr);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // By id, or by name (case-insensitive): how --profile finds one.
    std::optional<Profile> find(const QString &idOrName) const;

    Profile active() const;
    // Makes `id` the active profile and remembers it; false (nothing changes) for unknown ids.
    bool setActive(const QString &id);
    // True when the operator has not added an account yet: the first-start hint shows.
    bool hasOwnProfiles() const { return !m_stored.isEmpty(); }

    // Adds or replaces a stored profile (or the Sandbox's version/region/signature/project).
    // Returns the translated problem, or an empty string when saved.
    QString save(const Profile &profile);
    // Deletes a stored profile and its keys. Keys first: when the keychain refuses, the profile
    // stays so that nothing is left behind unreachable. Built-in profiles cannot be deleted.
    void remove(const QString &id, QObject *context, CredentialStore::Callback done);

    CredentialStore *credentials() const { return m_credentials; }
    // Keys from the environment for the Environment profile (empty when it does not exist).
    Credentials environmentKeys() const { return m_environmentKeys; }

    void setSandboxAccess(const SandboxAccess &access);
    SandboxAccess sandboxAccess() const { return m_sandbox; }
    // --endpoint: replaces every profile's endpoint for this run; never stored.
    void setEndpointOverride(const QUrl &endpoint) { m_endpointOverride = endpoint; }
    QUrl endpointOverride() const { return m_endpointOverride; }

    // The ApiConfig for `profile`: its own keys for stored profiles (from CredentialStore),
    // the environment's or the sandbox's otherwise. An error says what to do when unusable.
    ConfigResult apiConfig(const Profile &profile, const Credentials &storedKeys = {}) const;

Q_SIGNALS:
    void profilesChanged();
    void activeChanged(const Profile &profile);

private:
    void load();
    void write(const Profile &profile) const;
    std::optional<Profile> environmentProfile() const;

    CredentialStore *m_credentials;
    Profile m_sandboxProfile;
    QList<Profile> m_stored;
    Credentials m_environmentKeys;
    QString m_environmentRegion;
    QString m_activeId;
    SandboxAccess m_sandbox;
    QUrl m_endpointOverride;
};
