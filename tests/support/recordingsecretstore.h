// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentials/secretstore.h"

#include <QMap>

// A SecretStore in memory that records what it is asked and answers from the event loop like the
// keychain. `failWrites` makes every write fail as a locked keychain would.
class RecordingSecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void read(const QString &key, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    QMap<QString, QString> secrets;
    bool failWrites = false;
    // Removals are dropped unanswered, as when the process ends before they reach the keychain.
    bool dropRemovals = false;
    QStringList writtenKeys; // every key ever written, in order

private:
    void answer(QObject *context, Callback done, const Result &result);
};
