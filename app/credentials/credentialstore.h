// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentials/credentials.h"
#include "credentials/secretstore.h"

#include <QObject>
#include <QPointer>

class InMemorySecretStore;

// The SecretId and SecretKey of each profile, in the keychain under "profile/<id>/secretId" and
// "profile/<id>/secretKey". When the keychain turns out to be unavailable, keys are kept in memory
// for this session only and every answer says they will not be remembered.
//
// Every operation is asynchronous and calls back exactly once, from the event loop, unless
// `context` is destroyed first (the keychain work itself still completes).
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        // Ok, NotFound (no keys set: not an error), Denied or Failed. Never Unavailable: that
        // switches the store to session-only and the operation is retried in memory.
        SecretStore::Status status = SecretStore::Status::Failed;
        Credentials keys;       // load(): what was found (may be partial with NotFound)
        bool remembered = true; // false: kept for this session only
        QString message;        // translated: the error, or the session-only notice

        bool ok() const { return status == SecretStore::Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // `keychain` is not owned; it must outlive this store.
    explicit CredentialStore(SecretStore *keychain, QObject *parent = nullptr);
    ~CredentialStore() override;

    void load(const QString &profileId, QObject *context, Callback done);
    void save(const QString &profileId, const Credentials &keys, QObject *context, Callback done);
    // Deletes both keys; keys that were never set count as deleted.
    void remove(const QString &profileId, QObject *context, Callback done);

    // True once the keychain has said it is unavailable: keys now live for this session only.
    bool isSessionOnly() const { return m_sessionOnly; }
    // The translated notice shown while session-only, with the keychain's reason.
    QString sessionOnlyNotice() const;

    static QString secretIdKey(const QString &profileId);
    static QString secretKeyKey(const QString &profileId);

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly);

private:
    SecretStore *store() const;
    void enterSessionOnly(const QString &reason);
    // Runs `op` against the current store; on Unavailable, switches to memory and runs it again.
    void withFallback(const std::function<void(SecretStore *, SecretStore::Callback)> &op,
                      SecretStore::Callback done);
    Result finish(Result result) const;

    SecretStore *m_keychain;
    InMemorySecretStore *m_memory;
    bool m_sessionOnly = false;
    QString m_unavailableReason;
};
