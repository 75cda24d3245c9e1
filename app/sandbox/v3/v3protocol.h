// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxprotocol.h"
#include "sandbox/v3/v3call.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

class Catalog;
class RateLimiter;
class SandboxAccounts;

// API 3.0 on the sandbox: POST / with a JSON body and the X-TC-* headers, for the cvm, vpc
// and cbs services on one port (the credential scope says which). Checks the TC3 signature with
// Tc3Verifier over the Host the client addressed, then the action, the rate limit per
// (SecretId, action) (RequestLimitExceeded, RateLimiter) and the region, and hands the call to
// the registered handler of (service, action).
//
// Every request to / gets an API 3.0 JSON answer, never the front's HTML 404: one signed with
// the v1 methods (HmacSHA1/HmacSHA256, parameters in the query or form body) is refused with
// AuthFailure.SignatureFailure when it is over the size the service takes for v1 (32 KB GET,
// 1 MB POST: "请求结构" page, cloud.tencent.com/document/api/213/15693), otherwise with
// UnsupportedOperation, because the sandbox verifies only TC3-HMAC-SHA256 there (the real service
// also takes v1 under those sizes); both messages say to sign with TC3-HMAC-SHA256.
class V3Protocol : public SandboxProtocol
{
    Q_DECLARE_TR_FUNCTIONS(V3Protocol)

public:
    using Handler = std::function<SandboxReply(const V3Call &)>;

    // The largest v1-signed request the service takes, in bytes (query for GET, body for POST).
    static constexpr qsizetype MaxV1GetBytes = 32 * 1024;
    static constexpr qsizetype MaxV1PostBytes = 1024 * 1024;

    // `limiter` (not owned) may be null: no rate limit.
    V3Protocol(const SandboxAccounts *accounts, const Catalog *catalog,
               RateLimiter *limiter = nullptr);

    void addAction(const QString &service, const QString &action, Handler handler);
    // Tests may replace the clock (seconds since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    bool accepts(const SandboxRequest &request) const override;
    QString actionOf(const SandboxRequest &request) const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply serviceError(const FaultRule &rule, const QString &action) const override;

private:
    // The answer to a request to / without the X-TC-Action header (v1-signed, or no API at all).
    SandboxReply notTc3(const SandboxRequest &request) const;

    const SandboxAccounts *m_accounts;
    const Catalog *m_catalog;
    RateLimiter *m_limiter;
    std::function<qint64()> m_clock;
    QHash<QString, Handler> m_handlers; // service + '.' + action
};
