// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/tc3signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

Tc3Signer::Headers normalised(const Tc3Signer::Headers &headers)
{
    Tc3Signer::Headers result;
    result.reserve(headers.size());
    for (const auto &[name, value] : headers)
        result.append({name.trimmed().toLower(), value.trimmed().toLower()});
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return result;
}

} // namespace

QByteArray Tc3Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString Tc3Signer::utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).date().toString(Qt::ISODate);
}

QByteArray Tc3Signer::canonicalHeaders(const Headers &signedHeaders)
{
    QByteArray result;
    for (const auto &[name, value] : normalised(signedHeaders))
        result += name + ':' + value + '\n';
    return result;
}

QByteArray Tc3Signer::signedHeaderNames(const Headers &signedHeaders)
{
    QByteArrayList names;
    for (const auto &header : normalised(signedHeaders))
        names.append(header.first);
    return names.join(';');
}

QByteArray Tc3Signer::canonicalRequest(const QByteArray &httpMethod, const QByteArray &canonicalUri,
                                       const QByteArray &canonicalQuery,
                                       const Headers &signedHeaders, const QByteArray &payload)
{
    return httpMethod.toUpper() + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' +
           canonicalHeaders(signedHeaders) + '\n' + signedHeaderNames(signedHeaders) + '\n' +
           sha256Hex(payload);
}

QByteArray Tc3Signer::jsonPostCanonicalRequest(const QString &host, const QByteArray &payload)
{
    return canonicalRequest(QByteArrayLiteral("POST"), QByteArrayLiteral("/"), QByteArray(),
                            {{QByteArrayLiteral("content-type"), JsonContentType},
                             {QByteArrayLiteral("host"), host.toUtf8()}},
                            payload);
}

QByteArray Tc3Signer::credentialScope(qint64 timestamp, const QString &service)
{
    return utcDate(timestamp).toLatin1() + '/' + service.toUtf8() + "/tc3_request";
}

QByteArray Tc3Signer::stringToSign(qint64 timestamp, const QString &service,
                                   const QByteArray &canonicalRequest)
{
    return Algorithm + '\n' + QByteArray::number(timestamp) + '\n' +
           credentialScope(timestamp, service) + '\n' + sha256Hex(canonicalRequest);
}

QByteArray Tc3Signer::signingKey(const QString &secretKey, const QString &date,
                                 const QString &service)
{
    const QByteArray kDate = hmac("TC3" + secretKey.toUtf8(), date.toUtf8());
    const QByteArray kService = hmac(kDate, service.toUtf8());
    return hmac(kService, QByteArrayLiteral("tc3_request"));
}

QByteArray Tc3Signer::signature(const QString &secretKey, qint64 timestamp, const QString &service,
                                const QByteArray &stringToSign)
{
    return hmac(signingKey(secretKey, utcDate(timestamp), service), stringToSign).toHex();
}

QByteArray Tc3Signer::authorizationHeader(const QString &secretId, qint64 timestamp,
                                          const QString &service,
                                          const QByteArray &signedHeaderNames,
                                          const QByteArray &signature)
{
    return Algorithm + " Credential=" + secretId.toUtf8() + '/' +
           credentialScope(timestamp, service) + ", SignedHeaders=" + signedHeaderNames +
           ", Signature=" + signature;
}

QByteArray Tc3Signer::authorizeJsonPost(const QString &secretId, const QString &secretKey,
                                        const QString &service, const QString &host,
                                        qint64 timestamp, const QByteArray &payload)
{
    const QByteArray toSign =
        stringToSign(timestamp, service, jsonPostCanonicalRequest(host, payload));
    return authorizationHeader(secretId, timestamp, service, QByteArrayLiteral("content-type;host"),
                               signature(secretKey, timestamp, service, toSign));
}
