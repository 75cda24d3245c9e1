// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"
#include "api/transportrequest.h"
#include "api/v3/v3request.h"

#include <QUrl>

// Turns a V3Request into the bytes on the wire: POST to the service's endpoint with the JSON
// body, the X-TC-* headers and a TC3-HMAC-SHA256 Authorization over exactly the host, content
// type and body that are sent. Called once per attempt, so every retry gets a fresh timestamp and
// signature while the body (and its ClientToken) stays the same.
class V3Encoder
{
public:
    static TransportRequest encode(const V3Request &request, const ApiConfig &config,
                                   qint64 timestamp);

    // https://<service>.tencentcloudapi.com/, or <endpoint>/ for every service.
    static QUrl endpoint(const QString &service, const ApiConfig &config);
    // "host[:port]" as the Host header carries it (the scheme's default port left out, as Qt
    // does), which is what the service checks the signature against.
    static QString hostHeader(const QUrl &url);
};
