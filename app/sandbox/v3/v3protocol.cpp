// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3protocol.h"

#include "catalog/catalog.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxaccounts.h"
#include "sandbox/v2/v2params.h"
#include "sandbox/v3/tc3verifier.h"
#include "sandbox/v3/v3reply.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

V3Protocol::V3Protocol(const SandboxAccounts *accounts, const Catalog *catalog,
                       RateLimiter *limiter)
    : m_accounts(accounts)
    , m_catalog(catalog)
    , m_limiter(limiter)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{}

void V3Protocol::addAction(const QString &service, const QString &action, Handler handler)
{
    m_handlers.insert(service + u'.' + action, handler);
}

bool V3Protocol::accepts(const SandboxRequest &request) const
{
    return request.path == QLatin1String("/");
}

QString V3Protocol::actionOf(const SandboxRequest &request) const
{
    const QByteArray header = request.header("X-TC-Action");
    if (!header.isEmpty())
        return QString::fromUtf8(header);
    return V2Params::parse(request).value(QStringLiteral("Action"));
}

SandboxReply V3Protocol::notTc3(const SandboxRequest &request) const
{
    const V2Params params = V2Params::parse(request);
    if (!params.contains(QStringLiteral("Signature"))) {
        return V3Reply::error(QStringLiteral("MissingParameter"),
                              tr("The request has no X-TC-Action header; send API 3.0 requests "
                                 "as POST / with the X-TC-* headers, signed with "
                                 "TC3-HMAC-SHA256."));
    }
    const bool get = request.method == "GET";
    const qsizetype size = get ? request.rawQuery.size() : request.body.size();
    const qsizetype limit = get ? MaxV1GetBytes : MaxV1PostBytes;
    if (size > limit) {
        return V3Reply::error(QStringLiteral("AuthFailure.SignatureFailure"),
                              tr("The request is %1 bytes; requests signed with HmacSHA1 or "
                                 "HmacSHA256 take at most %2 bytes (%3). Sign it with "
                                 "TC3-HMAC-SHA256, which takes POST bodies up to 10 MB.")
                                  .arg(size)
                                  .arg(limit)
                                  .arg(get ? QStringLiteral("GET") : QStringLiteral("POST")));
    }
    return V3Reply::error(QStringLiteral("UnsupportedOperation"),
                          tr("The sandbox checks only TC3-HMAC-SHA256 signatures on API 3.0; "
                             "sign the request with TC3-HMAC-SHA256 (X-TC-* headers and an "
                             "Authorization header), or send API 2.0 requests to %1.")
                              .arg(QStringLiteral("/v2/index.php")));
}

SandboxReply V3Protocol::handle(const SandboxRequest &request)
{
    if (request.header("X-TC-Action").isEmpty())
        return notTc3(request);
    Tc3Verifier::Request signedRequest;
    signedRequest.method = request.method;
    signedRequest.path = request.path.toUtf8();
    signedRequest.query = request.rawQuery;
    signedRequest.headers = request.headers;
    signedRequest.body = request.body;
    signedRequest.host = request.host;
    const auto lookup = [this](const QString &id) { return m_accounts->secretKeyFor(id); };
    Tc3Verifier::Result auth = Tc3Verifier::verify(signedRequest, lookup, m_clock());
    const qsizetype colon = request.host.lastIndexOf(u':');
    if (auth.outcome == Tc3Verifier::Outcome::SignatureFailure && colon > 0 &&
        !request.host.endsWith(u']')) {
        // Tencent's SDKs sign the host name without the port (the real service is on 443); on
        // loopback the port is in the Host header, so that form is accepted too.
        signedRequest.host = request.host.left(colon);
        auth = Tc3Verifier::verify(signedRequest, lookup, m_clock());
    }
    if (!auth.ok())
        return V3Reply::error(auth.errorCode(), auth.message);

    V3Call call;
    call.account = auth.secretId;
    call.service = auth.service;
    call.action = actionOf(request);
    const QString version = QString::fromUtf8(request.header("X-TC-Version"));
    if (version.isEmpty()) {
        return V3Reply::error(QStringLiteral("MissingParameter"),
                              tr("The X-TC-Version header is missing; send the API version, "
                                 "e.g. 2017-03-12."));
    }
    auto handler = m_handlers.constFind(call.service + u'.' + call.action);
    if (handler == m_handlers.cend() && call.service != QLatin1String("cvm") &&
        call.service != QLatin1String("vpc") && call.service != QLatin1String("cbs")) {
        // SDKs take the service from the endpoint's first label, "127" on loopback: the sandbox
        // then finds the action in whichever service has it (the names do not overlap).
        for (const QString &service :
             {QStringLiteral("cvm"), QStringLiteral("vpc"), QStringLiteral("cbs")}) {
            handler = m_handlers.constFind(service + u'.' + call.action);
            if (handler != m_handlers.cend())
                break;
        }
    }
    if (handler == m_handlers.cend()) {
        return V3Reply::error(QStringLiteral("InvalidAction"),
                              tr("The action %1 is not an API 3.0 action of the service %2.")
                                  .arg(call.action, call.service));
    }
    if (m_limiter && !m_limiter->tryAcquire(call.account, call.action)) {
        return V3Reply::error(QStringLiteral("RequestLimitExceeded"),
                              tr("Request rate limit exceeded: at most %1 %2 requests per second "
                                 "per SecretId. Wait a moment and send it again.")
                                  .arg(m_limiter->rate(call.action))
                                  .arg(call.action));
    }
    const QString region = QString::fromUtf8(request.header("X-TC-Region"));
    if (!m_catalog->region(region)) {
        return V3Reply::error(QStringLiteral("InvalidParameterValue"),
                              tr("Invalid parameter Region: \"%1\" is not a region of this "
                                 "service (e.g. ap-guangzhou, ap-shanghai).")
                                  .arg(region));
    }
    call.region = region;
    call.language = QString::fromUtf8(request.header("X-TC-Language"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!request.body.trimmed().isEmpty() && !document.isObject()) {
        return V3Reply::error(QStringLiteral("InvalidParameter"),
                              tr("The request body is not a JSON object; send the action's "
                                 "parameters as one JSON object."));
    }
    call.body = document.object();
    return (*handler)(call);
}

SandboxReply V3Protocol::serviceError(const FaultRule &rule, const QString &action) const
{
    if (!rule.errorCode.isEmpty()) {
        return V3Reply::error(
            rule.errorCode,
            tr("%1 while handling %2 (a sandbox fault rule).").arg(rule.errorCode, action));
    }
    // An API 2.0 number: answered as the real service answers that failure on API 3.0.
    const QString code = V3Reply::codeForV2(rule.serviceCode);
    if (code == QLatin1String("RequestLimitExceeded")) {
        return V3Reply::error(code, tr("Request rate limit exceeded while handling %1; wait a "
                                       "moment and send it again.")
                                        .arg(action));
    }
    if (code == QLatin1String("ServiceUnavailable")) {
        return V3Reply::error(code, tr("The service is temporarily unavailable (maintenance) "
                                       "while handling %1; try again later.")
                                        .arg(action));
    }
    if (code == QLatin1String("InternalError")) {
        return V3Reply::error(code,
                              tr("Internal error while handling %1; try again later.").arg(action));
    }
    return V3Reply::error(code,
                          tr("%1 while handling %2 (a sandbox fault rule).").arg(code, action));
}
