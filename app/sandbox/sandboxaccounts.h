// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QString>

#include <optional>

// The SecretId/SecretKey pairs the sandbox accepts; each SecretId is one account with its own
// instances and quota. The default pair is obviously fake and works only here.
class SandboxAccounts
{
public:
    static inline const QString DefaultSecretId =
        QStringLiteral("sandbox-secret-id-not-for-real-use");
    static inline const QString DefaultSecretKey =
        QStringLiteral("sandbox-secret-key-not-for-real-use");

    void add(const QString &secretId, const QString &secretKey)
    {
        m_keys.insert(secretId, secretKey);
    }
    void remove(const QString &secretId) { m_keys.remove(secretId); }
    std::optional<QString> secretKeyFor(const QString &secretId) const
    {
        const auto found = m_keys.constFind(secretId);
        if (found == m_keys.cend())
            return std::nullopt;
        return *found;
    }

private:
    QHash<QString, QString> m_keys;
};
