// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentials/secretstore.h"

// SecretStore over the operating system's keychain (QtKeychain: the Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). Entries live under one service name, the
// application id. There is deliberately no fallback to a file: when no keychain answers, the
// caller hears Unavailable and decides (CredentialStore keeps keys for the session only).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // For tests that must not touch the product's entries.
    KeychainSecretStore(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void read(const QString &key, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};
