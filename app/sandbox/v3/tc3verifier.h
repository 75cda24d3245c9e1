// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/v3/tc3signer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

// The service's side of TC3-HMAC-SHA256, for the sandbox: is this request signed by the holder of
// a known SecretId, and recently? A pure function of the request, a key lookup and the clock, so
// that it is tested without any HTTP.
class Tc3Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Tc3Verifier)

public:
    // The service accepts a timestamp at most this far from its own clock, either way.
    static constexpr qint64 MaxClockSkewSeconds = 300;

    enum class Outcome {
        Ok,
        InvalidAuthorization, // the Authorization header is not TC3 syntax, or misses host etc.
        SignatureFailure,     // well-formed, but the signature does not match
        SignatureExpire,      // X-TC-Timestamp more than MaxClockSkewSeconds from now
        SecretIdNotFound      // the key lookup does not know the SecretId
    };

    struct Request
    {
        QByteArray method = QByteArrayLiteral("POST");
        QByteArray path = QByteArrayLiteral("/");
        QByteArray query;           // the raw query string, without '?'
        Tc3Signer::Headers headers; // as received; names are matched case-insensitively
        QByteArray body;
        // The host the client addressed ("cvm.tencentcloudapi.com", "127.0.0.1:8080"); it is what
        // a signed "host" header is checked against.
        QString host;
    };

    struct Result
    {
        Outcome outcome = Outcome::SignatureFailure;
        QString secretId; // from the Credential, when it could be read
        QString service;  // "cvm", "vpc", ... from the credential scope
        QString message;  // translated; says what was wrong, empty when Ok

        bool ok() const { return outcome == Outcome::Ok; }
        // "AuthFailure.SignatureFailure" etc., as the service puts it in Response.Error.Code;
        // empty when Ok.
        QString errorCode() const;
    };

    // Returns the SecretKey of a SecretId, or nothing when the id is unknown.
    using KeyLookup = std::function<std::optional<QString>(const QString &secretId)>;

    static Result verify(const Request &request, const KeyLookup &secretKeyFor, qint64 nowSecs);

    static QByteArray headerValue(const Tc3Signer::Headers &headers, const QByteArray &name);
};
