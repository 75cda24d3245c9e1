// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentials/secretstore.h"

#include <QHash>

// A SecretStore that forgets everything when it is destroyed. Tests use it as the keychain; the
// product uses it for "this session only" keys when no keychain is available.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void read(const QString &key, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // Synchronous peeks for tests and for the session-only path.
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QStringList keys() const { return m_secrets.keys(); }

    // Makes every later operation answer `status` (with a message): for tests of error paths.
    void failWith(Status status, const QString &error);

private:
    void answer(QObject *context, Callback done, const Result &result);

    QHash<QString, QString> m_secrets;
    std::optional<Result> m_failure;
};
