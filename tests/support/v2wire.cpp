// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "v2wire.h"

#include "api/v2/v2encoder.h"

V2Signer::Parameters V2Wire::decodeForm(const QByteArray &body)
{
    V2Signer::Parameters out;
    if (body.isEmpty())
        return out;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QString V2Wire::value(const V2Signer::Parameters &params, const QString &name)
{
    for (const auto &[n, v] : params) {
        if (n == name)
            return v;
    }
    return {};
}

bool V2Wire::has(const V2Signer::Parameters &params, const QString &name)
{
    for (const auto &[n, v] : params) {
        if (n == name)
            return true;
    }
    return false;
}

bool V2Wire::signatureValid(const TransportRequest &request, const QString &secretKey)
{
    V2Signer::Parameters params = decodeForm(request.body);
    QString signature;
    V2Signer::Parameters unsigned_;
    for (const auto &[n, v] : params) {
        if (n == QLatin1String("Signature"))
            signature = v;
        else
            unsigned_.append({n, v});
    }
    const QByteArray toSign = V2Signer::stringToSign(
        request.method, V2Encoder::signedHostAndPath(request.url), unsigned_);
    return !signature.isEmpty() &&
           V2Signer::signature(toSign, secretKey,
                               V2Signer::algorithmFor(
                                   value(params, QStringLiteral("SignatureMethod")))) == signature;
}
