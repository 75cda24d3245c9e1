// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// One account's API keys, in memory only. The SecretKey never goes to a log, a preview, a file
// or QSettings: only to the keychain and into request signatures.
struct Credentials
{
    QString secretId;
    QString secretKey;

    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
    bool isEmpty() const { return secretId.isEmpty() && secretKey.isEmpty(); }
};
