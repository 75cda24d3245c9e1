// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/noncecache.h"
#include "sandbox/sandboxprotocol.h"
#include "sandbox/v2/v2call.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

class Catalog;
class RateLimiter;
class SandboxAccounts;

// API 2.0 on the sandbox: /v2/index.php for every module (cvm, image, vpc, told apart by Action),
// GET or POST. Checks what the real service checks, in its order: common parameters (4000), the
// SecretId (4104), the signature over the Host the client addressed + the path (4100), the
// Timestamp window and Nonce reuse (4500), the Action (4000 "Action not found"), the rate limit
// per (SecretId, action) (4400, RateLimiter) and the Region (4000); then hands the call to the
// registered action handler.
class V2Protocol : public SandboxProtocol
{
    Q_DECLARE_TR_FUNCTIONS(V2Protocol)

public:
    static inline const QString Path = QStringLiteral("/v2/index.php");
    using Handler = std::function<SandboxReply(const V2Call &)>;

    // `limiter` (not owned) may be null: no rate limit.
    V2Protocol(const SandboxAccounts *accounts, const Catalog *catalog,
               RateLimiter *limiter = nullptr);

    void addAction(const QString &action, Handler handler);
    QStringList actions() const { return m_handlers.keys(); }

    bool accepts(const SandboxRequest &request) const override;
    QString actionOf(const SandboxRequest &request) const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply serviceError(const FaultRule &rule, const QString &action) const override;

private:
    // The catalog's region id for a Region parameter ("ap-guangzhou" or the older "gz").
    QString regionId(const QString &region) const;

    const SandboxAccounts *m_accounts;
    const Catalog *m_catalog;
    RateLimiter *m_limiter;
    NonceCache m_nonces;
    QHash<QString, Handler> m_handlers;
};
