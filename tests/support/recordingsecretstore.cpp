// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "recordingsecretstore.h"

#include <QPointer>
#include <QTimer>

void RecordingSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                 Callback done)
{
    // Like the keychain, the entry exists once the job is done, not when it is asked for.
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [this, key, secret, guard, done] {
        Result result;
        if (failWrites) {
            result.status = Status::Unavailable;
            result.error = QStringLiteral("the keychain is locked");
        } else {
            secrets.insert(key, secret);
            writtenKeys << key;
            result.status = Status::Ok;
        }
        if (guard)
            done(result);
    });
}

void RecordingSecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result result;
    result.status = secrets.contains(key) ? Status::Ok : Status::NotFound;
    if (secrets.contains(key))
        result.secret = secrets.value(key);
    answer(context, done, result);
}

void RecordingSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (dropRemovals)
        return;
    Result result;
    result.status = secrets.remove(key) > 0 ? Status::Ok : Status::NotFound;
    answer(context, done, result);
}

void RecordingSecretStore::answer(QObject *context, Callback done, const Result &result)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done, result] {
        if (guard)
            done(result);
    });
}
