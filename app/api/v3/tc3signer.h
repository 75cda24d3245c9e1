// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The API 3.0 signature, TC3-HMAC-SHA256 (cvm-api.md §3), shared by the client (which signs) and
// Tc3Verifier (the sandbox's side). Every step is public so that each can be checked against
// Tencent's worked example on its own.
class Tc3Signer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static inline const QByteArray Algorithm = QByteArrayLiteral("TC3-HMAC-SHA256");
    static inline const QByteArray JsonContentType =
        QByteArrayLiteral("application/json; charset=utf-8");

    static QByteArray sha256Hex(const QByteArray &data);

    // "2019-02-25": the UTC date of a Unix timestamp. The service computes it in UTC, so a client
    // that used local (e.g. UTC+8) time would sign with the wrong day around midnight.
    static QString utcDate(qint64 timestamp);

    // "content-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n" and
    // "content-type;host": names and values lower-cased and trimmed, sorted by name.
    static QByteArray canonicalHeaders(const Headers &signedHeaders);
    static QByteArray signedHeaderNames(const Headers &signedHeaders);

    static QByteArray canonicalRequest(const QByteArray &httpMethod, const QByteArray &canonicalUri,
                                       const QByteArray &canonicalQuery,
                                       const Headers &signedHeaders, const QByteArray &payload);
    // The request every client of ours sends: POST / with a JSON body, signing content-type;host.
    static QByteArray jsonPostCanonicalRequest(const QString &host, const QByteArray &payload);

    // "2019-02-25/cvm/tc3_request"
    static QByteArray credentialScope(qint64 timestamp, const QString &service);
    static QByteArray stringToSign(qint64 timestamp, const QString &service,
                                   const QByteArray &canonicalRequest);

    // kDate = HMAC("TC3" + key, date), kService = HMAC(kDate, service),
    // kSigning = HMAC(kService, "tc3_request").
    static QByteArray signingKey(const QString &secretKey, const QString &date,
                                 const QString &service);
    // Lower-case hex of HMAC(kSigning, stringToSign).
    static QByteArray signature(const QString &secretKey, qint64 timestamp, const QString &service,
                                const QByteArray &stringToSign);

    static QByteArray authorizationHeader(const QString &secretId, qint64 timestamp,
                                          const QString &service,
                                          const QByteArray &signedHeaderNames,
                                          const QByteArray &signature);

    // Everything at once for a JSON POST to `host` (e.g. "cvm.tencentcloudapi.com" or
    // "127.0.0.1:8080"): the value of the Authorization header.
    static QByteArray authorizeJsonPost(const QString &secretId, const QString &secretKey,
                                        const QString &service, const QString &host,
                                        qint64 timestamp, const QByteArray &payload);
};
