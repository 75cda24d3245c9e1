// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Where secrets rest: the OS keychain in the product, an in-memory fake in tests. Never a file.
// Keys are names such as "profile/<id>/secretKey" or "launch/<clientToken>/password".
//
// Every operation is asynchronous and calls back exactly once, from the event loop, unless
// `context` is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,    // reading or deleting a key that is not there: "not set", not an error
        Unavailable, // no keychain / secret service on this machine
        Denied,      // the user or the keychain refused access
        Failed       // any other keychain error; see `error`
    };
    struct Result
    {
        Status status = Status::Failed;
        std::optional<QString> secret; // set by read() when status is Ok
        QString error;                 // translated, for Unavailable/Denied/Failed
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};
