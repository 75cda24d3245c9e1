// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/credentialstore.h"

#include "credentials/inmemorysecretstore.h"
#include "logging.h"

#include <memory>

namespace {

using Status = SecretStore::Status;

// Calls `done` once, unless the caller's context went away in the meantime.
CredentialStore::Callback guarded(QObject *context, CredentialStore::Callback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [guard, hadContext, done = std::move(done)](const CredentialStore::Result &result) {
        if (hadContext && !guard)
            return;
        done(result);
    };
}

} // namespace

CredentialStore::CredentialStore(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_memory(new InMemorySecretStore(this))
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::secretIdKey(const QString &profileId)
{
    return QStringLiteral("profile/%1/secretId").arg(profileId);
}

QString CredentialStore::secretKeyKey(const QString &profileId)
{
    return QStringLiteral("profile/%1/secretKey").arg(profileId);
}

QString CredentialStore::sessionOnlyNotice() const
{
    return tr("Keys are kept for this session only and will not be remembered: %1")
        .arg(m_unavailableReason);
}

SecretStore *CredentialStore::store() const
{
    return m_sessionOnly ? static_cast<SecretStore *>(m_memory) : m_keychain;
}

void CredentialStore::enterSessionOnly(const QString &reason)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    m_unavailableReason = reason;
    // The keychain's own words, never a key: why keys now live only as long as this process.
    qCWarning(lcCredentials, "no keychain, keys are kept for this session only: %s",
              qUtf8Printable(reason));
    Q_EMIT sessionOnlyChanged(true);
}

void CredentialStore::withFallback(
    const std::function<void(SecretStore *, SecretStore::Callback)> &op, SecretStore::Callback done)
{
    op(store(), [this, op, done](const SecretStore::Result &result) {
        if (result.status != Status::Unavailable) {
            done(result);
            return;
        }
        enterSessionOnly(result.error);
        op(m_memory, done);
    });
}

CredentialStore::Result CredentialStore::finish(Result result) const
{
    result.remembered = !m_sessionOnly;
    if (m_sessionOnly && result.message.isEmpty())
        result.message = sessionOnlyNotice();
    return result;
}

void CredentialStore::load(const QString &profileId, QObject *context, Callback done)
{
    auto reply = guarded(context, std::move(done));
    auto result = std::make_shared<Result>();
    const QString keyName = secretKeyKey(profileId);
    withFallback(
        [this, idKey = secretIdKey(profileId)](SecretStore *s, SecretStore::Callback cb) {
            s->read(idKey, this, std::move(cb));
        },
        [this, reply, result, keyName](const SecretStore::Result &idResult) {
            if (idResult.status != Status::Ok && idResult.status != Status::NotFound) {
                reply(finish({idResult.status, {}, true, idResult.error}));
                return;
            }
            result->keys.secretId = idResult.secret.value_or(QString());
            withFallback(
                [this, keyName](SecretStore *s, SecretStore::Callback cb) {
                    s->read(keyName, this, std::move(cb));
                },
                [this, reply, result](const SecretStore::Result &keyResult) {
                    if (keyResult.status != Status::Ok && keyResult.status != Status::NotFound) {
                        reply(finish({keyResult.status, {}, true, keyResult.error}));
                        return;
                    }
                    result->keys.secretKey = keyResult.secret.value_or(QString());
                    result->status = result->keys.isComplete() ? Status::Ok : Status::NotFound;
                    reply(finish(*result));
                });
        });
}

void CredentialStore::save(const QString &profileId, const Credentials &keys, QObject *context,
                           Callback done)
{
    auto reply = guarded(context, std::move(done));
    const QString keyName = secretKeyKey(profileId);
    const QString secretKey = keys.secretKey;
    withFallback(
        [this, idKey = secretIdKey(profileId), id = keys.secretId](
            SecretStore *s, SecretStore::Callback cb) { s->write(idKey, id, this, std::move(cb)); },
        [this, reply, keyName, secretKey](const SecretStore::Result &idResult) {
            if (idResult.status != Status::Ok) {
                reply(finish({idResult.status, {}, true, idResult.error}));
                return;
            }
            withFallback(
                [this, keyName, secretKey](SecretStore *s, SecretStore::Callback cb) {
                    s->write(keyName, secretKey, this, std::move(cb));
                },
                [this, reply](const SecretStore::Result &keyResult) {
                    reply(finish({keyResult.status, {}, true, keyResult.error}));
                });
        });
}

void CredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    auto reply = guarded(context, std::move(done));
    const QString idKey = secretIdKey(profileId);
    const QString keyName = secretKeyKey(profileId);
    // Session keys go too, whatever the keychain says.
    m_memory->remove(idKey, this, [](const SecretStore::Result &) {});
    m_memory->remove(keyName, this, [](const SecretStore::Result &) {});
    const auto gone = [](Status s) { return s == Status::Ok || s == Status::NotFound; };
    withFallback([this, idKey](SecretStore *s,
                               SecretStore::Callback cb) { s->remove(idKey, this, std::move(cb)); },
                 [this, reply, keyName, gone](const SecretStore::Result &idResult) {
                     if (!gone(idResult.status)) {
                         reply(finish({idResult.status, {}, true, idResult.error}));
                         return;
                     }
                     withFallback(
                         [this, keyName](SecretStore *s, SecretStore::Callback cb) {
                             s->remove(keyName, this, std::move(cb));
                         },
                         [this, reply, gone](const SecretStore::Result &keyResult) {
                             if (!gone(keyResult.status)) {
                                 reply(finish({keyResult.status, {}, true, keyResult.error}));
                                 return;
                             }
                             reply(finish({Status::Ok, {}, true, {}}));
                         });
                 });
}
