// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"
#include "credentials/credentials.h"

#include <QCoreApplication>
#include <QString>

// One account the app can talk to, without its keys (those live in the keychain, see
// CredentialStore). Stored profiles are kept in QSettings; the Sandbox and Environment profiles
// are built in.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class Kind {
        Stored,     // the operator's own account, in QSettings, keys in the keychain
        Sandbox,    // the built-in sandbox on loopback: always there, needs no keys
        Environment // TENCENTCLOUD_SECRET_ID/_KEY from the environment: this session only
    };

    QString id; // a UUID for stored profiles; sandboxId()/environmentId() for the built-ins
    Kind kind = Kind::Stored;
    QString name;
    ApiConfig::Version version = ApiConfig::Version::V3;
    QString region = QStringLiteral("ap-guangzhou");
    QString endpoint; // empty: Tencent's own hosts; else checked by EndpointCheck
    QString signatureMethod = QStringLiteral("HmacSHA256"); // API 2.0: HmacSHA256 or HmacSHA1
    qint64 defaultProjectId = 0;

    static QString sandboxId() { return QStringLiteral("sandbox"); }
    static QString environmentId() { return QStringLiteral("environment"); }

    // A new real-account profile: fresh id, API 3.0 (see versionReason()).
    static Profile newAccount();
    static Profile sandbox();
    // Why new real accounts default to API 3.0, one line for the dialog.
    static QString versionReason();

    bool needsKeys() const { return kind == Kind::Stored; }
    bool isBuiltIn() const { return kind != Kind::Stored; }

    // What is wrong with the fields (name, region, endpoint, signature method); empty when fine.
    QString validate() const;

    // The ApiConfig for this profile with these keys; a valid `endpointOverride` replaces the
    // profile's endpoint (--endpoint). The sandbox's endpoint and keys are filled by ProfileStore.
    ApiConfig toApiConfig(const Credentials &keys, const QUrl &endpointOverride = {}) const;

    bool operator==(const Profile &other) const = default;
};
