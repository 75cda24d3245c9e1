// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2protocol.h"

#include "catalog/catalog.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxaccounts.h"
#include "sandbox/v2/v2reply.h"

#include <QDateTime>

#include <cstdlib>

V2Protocol::V2Protocol(const SandboxAccounts *accounts, const Catalog *catalog,
                       RateLimiter *limiter)
    : m_accounts(accounts)
    , m_catalog(catalog)
    , m_limiter(limiter)
{}

QString V2Protocol::regionId(const QString &region) const
{
    for (const CatalogRegion &known : m_catalog->regions()) {
        if (known.id == region || (!known.shortCode.isEmpty() && known.shortCode == region))
            return known.id;
    }
    return {};
}

void V2Protocol::addAction(const QString &action, Handler handler)
{
    m_handlers.insert(action, handler);
}

bool V2Protocol::accepts(const SandboxRequest &request) const
{
    return request.path == Path;
}

QString V2Protocol::actionOf(const SandboxRequest &request) const
{
    return V2Params::parse(request).value(QStringLiteral("Action"));
}

SandboxReply V2Protocol::handle(const SandboxRequest &request)
{
    V2Call call;
    call.params = V2Params::parse(request);
    const V2Params &params = call.params;

    QString error;
    const auto action = params.required(QStringLiteral("Action"), &error);
    const auto secretId =
        action ? params.required(QStringLiteral("SecretId"), &error) : std::nullopt;
    const auto signature =
        secretId ? params.required(QStringLiteral("Signature"), &error) : std::nullopt;
    const auto timestamp =
        signature ? params.integer64(QStringLiteral("Timestamp"), &error) : std::nullopt;
    const auto nonce = timestamp ? params.integer64(QStringLiteral("Nonce"), &error) : std::nullopt;
    const auto region = nonce ? params.required(QStringLiteral("Region"), &error) : std::nullopt;
    if (!region)
        return V2Reply::error(V2Reply::InvalidParameter, error);

    const auto secretKey = m_accounts->secretKeyFor(*secretId);
    if (!secretKey) {
        return V2Reply::error(V2Reply::SecretIdNotFound,
                              tr("The SecretId %1 does not exist. Check the API key of this "
                                 "profile (the sandbox accepts only its own keys).")
                                  .arg(*secretId));
    }

    const auto algorithm = V2Signer::algorithmFor(params.value(QStringLiteral("SignatureMethod")));
    const QByteArray stringToSign =
        V2Signer::stringToSign(request.method, request.host + request.path, params.forSigning());
    if (V2Signer::signature(stringToSign, *secretKey, algorithm) != *signature) {
        return V2Reply::error(
            V2Reply::AuthFailure,
            tr("Authentication failed: the signature does not match. Sign METHOD + host + path + "
               "'?' + the sorted raw parameters with the SecretKey of this SecretId, and "
               "URL-encode the values only once."));
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (std::llabs(now - *timestamp) > NonceCache::DefaultWindowSecs) {
        return V2Reply::error(V2Reply::Replay,
                              tr("The request's Timestamp %1 is more than 2 hours away from the "
                                 "server time %2; correct the computer's clock.")
                                  .arg(*timestamp)
                                  .arg(now));
    }
    if (!m_nonces.remember(*secretId, QString::number(*nonce), now)) {
        return V2Reply::error(V2Reply::Replay,
                              tr("The Nonce %1 was already used within the last 2 hours: this "
                                 "looks like a replayed request. Use a fresh random Nonce.")
                                  .arg(*nonce));
    }

    const auto handler = m_handlers.constFind(*action);
    if (handler == m_handlers.cend()) {
        return V2Reply::error(V2Reply::InvalidParameter,
                              tr("Action not found: the Action parameter \"%1\" is not an API 2.0 "
                                 "action of this service.")
                                  .arg(*action));
    }
    if (m_limiter && !m_limiter->tryAcquire(*secretId, *action)) {
        return V2Reply::error(V2Reply::RequestLimitExceeded,
                              tr("Request rate limit exceeded: at most %1 %2 requests per second "
                                 "per SecretId. Wait a moment and send it again.")
                                  .arg(m_limiter->rate(*action))
                                  .arg(*action));
    }
    call.region = regionId(*region);
    if (call.region.isEmpty()) {
        return V2Reply::error(V2Reply::InvalidParameter,
                              tr("Invalid parameter Region: \"%1\" is not a region of this "
                                 "service (e.g. ap-guangzhou, ap-shanghai).")
                                  .arg(*region));
    }
    call.account = *secretId;
    call.action = *action;
    return (*handler)(call);
}

SandboxReply V2Protocol::serviceError(const FaultRule &rule, const QString &action) const
{
    if (!rule.errorCode.isEmpty()) {
        return V2Reply::error(
            V2Reply::codeFor(rule.errorCode),
            tr("%1 while handling %2 (a sandbox fault rule).").arg(rule.errorCode, action),
            rule.errorCode);
    }
    const int code = rule.serviceCode;
    if (code == V2Reply::RequestLimitExceeded) {
        return V2Reply::error(code, tr("Request rate limit exceeded while handling %1; wait a "
                                       "moment and send it again.")
                                        .arg(action));
    }
    if (code == V2Reply::TemporarilyUnavailable) {
        return V2Reply::error(code, tr("The service is temporarily unavailable (maintenance) while "
                                       "handling %1; try again later.")
                                        .arg(action));
    }
    return V2Reply::error(code,
                          tr("Internal error while handling %1; try again later.").arg(action));
}
