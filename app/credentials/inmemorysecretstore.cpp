// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/inmemorysecretstore.h"

#include <QPointer>

void InMemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    if (!m_failure)
        m_secrets.insert(key, secret);
    answer(context, std::move(done), m_failure.value_or(Result{Status::Ok, std::nullopt, {}}));
}

void InMemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result result{Status::NotFound, std::nullopt, {}};
    if (m_failure) {
        result = *m_failure;
    } else if (const auto it = m_secrets.constFind(key); it != m_secrets.constEnd()) {
        result.status = Status::Ok;
        result.secret = *it;
    }
    answer(context, std::move(done), result);
}

void InMemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Result result{Status::NotFound, std::nullopt, {}};
    if (m_failure)
        result = *m_failure;
    else if (m_secrets.remove(key) > 0)
        result.status = Status::Ok;
    answer(context, std::move(done), result);
}

void InMemorySecretStore::failWith(Status status, const QString &error)
{
    if (status == Status::Ok)
        m_failure.reset();
    else
        m_failure = Result{status, std::nullopt, error};
}

void InMemorySecretStore::answer(QObject *context, Callback done, const Result &result)
{
    // Like the keychain: the answer comes later, from the event loop, never from inside the call.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hadContext, done = std::move(done), result] {
            if (hadContext && !guard)
                return;
            done(result);
        },
        Qt::QueuedConnection);
}
