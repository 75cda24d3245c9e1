// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"
#include "api/transportrequest.h"
#include "api/v2/v2request.h"

#include <QUrl>

// Turns a V2Request into the bytes on the wire: the module's endpoint, the common parameters
// (Action, Region, SecretId, SignatureMethod, Timestamp, Nonce, Token), the signature over the
// raw values and the host:port actually addressed, and a form-encoded POST body. Nothing of it
// goes into the URL, so passwords and keys stay out of logs and proxies.
class V2Encoder
{
public:
    static TransportRequest encode(const V2Request &request, const ApiConfig &config,
                                   qint64 timestamp, quint32 nonce);

    // https://<module>.api.qcloud.com/v2/index.php, or <endpoint>/v2/index.php for every module.
    static QUrl endpoint(V2Request::Module module, const ApiConfig &config);
    // The "host[:port]/path" that is signed: what the server sees in Host plus the path.
    static QString signedHostAndPath(const QUrl &url);
    // name=value&... with every byte outside [A-Za-z0-9-._~] percent-encoded.
    static QByteArray formEncode(const V2Signer::Parameters &parameters);

    // A fresh random positive Nonce for every attempt.
    static quint32 freshNonce();
};
