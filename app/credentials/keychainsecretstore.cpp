// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/keychainsecretstore.h"

#include "version.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {

bool looksLikeNoSecretService(const QString &message)
{
    // Without a session bus, or with a bus but no Secret Service provider, QtKeychain reports
    // OtherError carrying the D-Bus failure; for the operator that is "no keychain here".
    static const char *const markers[] = {
        "org.freedesktop.secrets", "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NoServer", "Cannot autolaunch D-Bus", "Could not connect",
        "not provided by any .service files", "DBUS_SESSION_BUS_ADDRESS",
        "No such secret collection",
        // A Secret Service with no default collection (no login keyring) cannot store anything.
        "Object does not exist at path"};
    for (const char *marker : markers) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretStore::Result resultOf(const QKeychain::Job &job)
{
    SecretStore::Result result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStore::Status::Denied;
        result.error = SecretStore::tr("The keychain refused access (%1). Unlock the keychain, "
                                       "allow CVM Launcher to use it, and try again.")
                           .arg(detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (!looksLikeNoSecretService(detail)) {
            result.status = SecretStore::Status::Failed;
            result.error =
                SecretStore::tr("The keychain reported an error: %1. Check that the keychain is "
                                "unlocked and working (for example in Passwords and Keys), then "
                                "try again.")
                    .arg(detail);
            return result;
        }
        break;
    }
    result.status = SecretStore::Status::Unavailable;
    result.error = SecretStore::tr("No keychain is available on this computer (%1). Install and "
                                   "unlock a Secret Service such as GNOME Keyring or KWallet to "
                                   "have keys remembered.")
                       .arg(detail);
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral(CVM_APPLICATION_ID), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

namespace {

// Runs `job` and calls `done` exactly once, always from the event loop (QtKeychain may finish a
// job inside start() when no backend exists), and not at all when `context` is gone by then.
void runJob(QKeychain::Job *job, QObject *owner, QObject *context, SecretStore::Callback done,
            bool wantsSecret)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QObject::connect(
        job, &QKeychain::Job::finished, owner,
        [owner, guard, hadContext, done = std::move(done), wantsSecret](QKeychain::Job *finished) {
            SecretStore::Result result = resultOf(*finished);
            if (wantsSecret && result.status == SecretStore::Status::Ok) {
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            }
            QMetaObject::invokeMethod(
                owner,
                [guard, hadContext, done, result] {
                    if (hadContext && !guard)
                        return;
                    done(result);
                },
                Qt::QueuedConnection);
        });
    job->start();
}

} // namespace

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, this, context, std::move(done), false);
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, this, context, std::move(done), true);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, this, context, std::move(done), false);
}
