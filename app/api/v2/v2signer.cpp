// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2signer.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

V2Signer::Algorithm V2Signer::algorithmFor(const QString &signatureMethodParameter)
{
    return signatureMethodParameter == QLatin1String("HmacSHA256") ? Algorithm::HmacSHA256
                                                                   : Algorithm::HmacSHA1;
}

QString V2Signer::signedName(const QString &name)
{
    if (name.isEmpty())
        return name;
    QString result = name;
    // The official SDKs leave a leading '_' alone; so must we, or their signatures won't match.
    for (qsizetype i = 1; i < result.size(); ++i) {
        if (result.at(i) == u'_')
            result[i] = u'.';
    }
    return result;
}

QByteArray V2Signer::stringToSign(const QByteArray &httpMethod, const QString &hostAndPath,
                                  const Parameters &parameters)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(parameters.size());
    for (const auto &[name, value] : parameters)
        pairs.append({signedName(name).toUtf8(), value.toUtf8()});
    // Byte order on the UTF-8 names: "instanceIds.0" sorts after "Timestamp".
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray result = httpMethod.toUpper() + hostAndPath.toUtf8() + '?';
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            result += '&';
        result += pairs.at(i).first + '=' + pairs.at(i).second;
    }
    return result;
}

QString V2Signer::signature(const QByteArray &stringToSign, const QString &secretKey,
                            Algorithm algorithm)
{
    const auto hash =
        algorithm == Algorithm::HmacSHA256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(stringToSign, secretKey.toUtf8(), hash).toBase64());
}
