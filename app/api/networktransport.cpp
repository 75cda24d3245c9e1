// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/networktransport.h"

#include "api/networktransportreply.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

NetworkTransport::NetworkTransport(QObject *parent, QNetworkAccessManager *manager)
    : Transport(parent)
    , m_manager(manager ? manager : new QNetworkAccessManager(this))
{}

TransportReply *NetworkTransport::send(const TransportRequest &request)
{
    if (auto refusal = checkUrl(request.url, request.action))
        return new NetworkTransportReply(request, nullptr, refusal, this);

    QNetworkRequest nr(request.url);
    nr.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!request.body.isEmpty() || request.method == "POST")
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        nr.setRawHeader(name, value);
    // Every hop is checked by NetworkTransportReply::onRedirected against the same rules as the
    // first URL (no https -> http, no http off loopback): stricter than NoLessSafeRedirectPolicy,
    // which would follow http://127.0.0.1 -> http://elsewhere.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::UserVerifiedRedirectPolicy);
    nr.setMaximumRedirectsAllowed(5);
    // No cookies, no cache: each call stands alone and nothing is written to disk.
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // TLS: Qt's default configuration verifies the peer; sslErrors() is never answered with
    // ignoreSslErrors(), so a certificate that does not verify fails the request.

    QNetworkReply *reply = m_manager->sendCustomRequest(nr, request.method, request.body);
    return new NetworkTransportReply(request, reply, std::nullopt, this);
}
