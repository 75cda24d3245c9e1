// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The API 2.0 ("v1") signature, shared by the client and the sandbox (cvm-api.md §1):
// sort the parameters by name (byte order), join name=value with '&' using RAW values, with '_'
// replaced by '.' in names only (a leading '_' stays), prefix METHOD + host + path + '?', then
// Base64(HMAC-SHA1 or HMAC-SHA256 with the SecretKey).
class V2Signer
{
public:
    enum class Algorithm { HmacSHA1, HmacSHA256 };
    using Parameters = QList<QPair<QString, QString>>;

    // "HmacSHA256" selects SHA-256; anything else, or nothing, means SHA-1 (as the service does).
    static Algorithm algorithmFor(const QString &signatureMethodParameter);

    // `hostAndPath` is what the client addressed, e.g. "cvm.api.qcloud.com/v2/index.php" or
    // "127.0.0.1:8080/v2/index.php". `parameters` must not contain Signature.
    static QByteArray stringToSign(const QByteArray &httpMethod, const QString &hostAndPath,
                                   const Parameters &parameters);

    static QString signature(const QByteArray &stringToSign, const QString &secretKey,
                             Algorithm algorithm);

    // The name as it is signed: '_' becomes '.', except a leading one.
    static QString signedName(const QString &name);
};
