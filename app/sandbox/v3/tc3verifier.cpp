// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/tc3verifier.h"

namespace {

struct Authorization
{
    QByteArray algorithm;
    QByteArray secretId;
    QByteArray date;
    QByteArray service;
    QByteArray scopeTerminator;
    QByteArrayList signedHeaders;
    QByteArray signature;
};

// "TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request, SignedHeaders=a;b, Signature=HEX"
std::optional<Authorization> parseAuthorization(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    Authorization result;
    result.algorithm = trimmed.left(space);
    bool haveCredential = false;
    bool haveSignedHeaders = false;
    bool haveSignature = false;
    for (const QByteArray &rawPart : trimmed.mid(space + 1).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray key = part.left(equals);
        const QByteArray value = part.mid(equals + 1);
        if (key == "Credential") {
            const QByteArrayList pieces = value.split('/');
            if (pieces.size() != 4 || pieces.at(0).isEmpty())
                return std::nullopt;
            result.secretId = pieces.at(0);
            result.date = pieces.at(1);
            result.service = pieces.at(2);
            result.scopeTerminator = pieces.at(3);
            haveCredential = true;
        } else if (key == "SignedHeaders") {
            result.signedHeaders = value.split(';');
            haveSignedHeaders = true;
        } else if (key == "Signature") {
            result.signature = value;
            haveSignature = true;
        } else {
            return std::nullopt;
        }
    }
    if (!haveCredential || !haveSignedHeaders || !haveSignature)
        return std::nullopt;
    return result;
}

// Both are hex digests of the same length when they match; compare without an early exit so the
// sandbox does not teach timing tricks.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = char(difference | (a.at(i) ^ b.at(i)));
    return difference == 0;
}

} // namespace

QString Tc3Verifier::Result::errorCode() const
{
    switch (outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::InvalidAuthorization:
        return QStringLiteral("AuthFailure.InvalidAuthorization");
    case Outcome::SignatureFailure:
        return QStringLiteral("AuthFailure.SignatureFailure");
    case Outcome::SignatureExpire:
        return QStringLiteral("AuthFailure.SignatureExpire");
    case Outcome::SecretIdNotFound:
        return QStringLiteral("AuthFailure.SecretIdNotFound");
    }
    return {};
}

QByteArray Tc3Verifier::headerValue(const Tc3Signer::Headers &headers, const QByteArray &name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Tc3Verifier::Result Tc3Verifier::verify(const Request &request, const KeyLookup &secretKeyFor,
                                        qint64 nowSecs)
{
    Result result;
    const auto fail = [&result](Outcome outcome, const QString &message) {
        result.outcome = outcome;
        result.message = message;
        return result;
    };

    const auto authorization =
        parseAuthorization(headerValue(request.headers, QByteArrayLiteral("Authorization")));
    if (!authorization || authorization->algorithm != Tc3Signer::Algorithm ||
        authorization->scopeTerminator != "tc3_request" || authorization->service.isEmpty()) {
        return fail(Outcome::InvalidAuthorization,
                    tr("The Authorization header is missing or is not in the TC3-HMAC-SHA256 "
                       "form. Sign the request with TC3-HMAC-SHA256."));
    }
    result.secretId = QString::fromUtf8(authorization->secretId);
    result.service = QString::fromUtf8(authorization->service);

    Tc3Signer::Headers signedHeaders;
    for (const QByteArray &rawName : authorization->signedHeaders) {
        const QByteArray name = rawName.trimmed().toLower();
        if (name == "host") {
            signedHeaders.append({name, request.host.toUtf8()});
            continue;
        }
        bool present = false;
        for (const auto &[headerName, value] : request.headers) {
            if (headerName.compare(name, Qt::CaseInsensitive) == 0) {
                signedHeaders.append({name, value});
                present = true;
                break;
            }
        }
        if (!present) {
            return fail(Outcome::InvalidAuthorization,
                        tr("The signed header \"%1\" is not in the request. Sign only headers "
                           "that are sent.")
                            .arg(QString::fromUtf8(name)));
        }
    }
    const QByteArray names = Tc3Signer::signedHeaderNames(signedHeaders);
    if (!(names.split(';').contains("content-type") && names.split(';').contains("host"))) {
        return fail(Outcome::InvalidAuthorization,
                    tr("SignedHeaders must include content-type and host."));
    }

    bool numeric = false;
    const qint64 timestamp = headerValue(request.headers, QByteArrayLiteral("X-TC-Timestamp"))
                                 .trimmed()
                                 .toLongLong(&numeric);
    if (!numeric) {
        return fail(Outcome::SignatureFailure,
                    tr("X-TC-Timestamp is missing or is not a Unix time in seconds."));
    }
    if (timestamp > nowSecs + MaxClockSkewSeconds || timestamp < nowSecs - MaxClockSkewSeconds) {
        return fail(Outcome::SignatureExpire,
                    tr("The request's timestamp is more than 5 minutes from the server's clock. "
                       "Set this computer's clock right and send the request again."));
    }
    if (QString::fromLatin1(authorization->date) != Tc3Signer::utcDate(timestamp)) {
        return fail(Outcome::SignatureFailure,
                    tr("The date in the Credential is not the UTC date of X-TC-Timestamp."));
    }

    const std::optional<QString> secretKey =
        secretKeyFor ? secretKeyFor(result.secretId) : std::nullopt;
    if (!secretKey) {
        return fail(Outcome::SecretIdNotFound,
                    tr("The SecretId is not known. Check the SecretId in the profile."));
    }

    const QByteArray canonical = Tc3Signer::canonicalRequest(
        request.method, request.path, request.query, signedHeaders, request.body);
    const QByteArray expected =
        Tc3Signer::signature(*secretKey, timestamp, result.service,
                             Tc3Signer::stringToSign(timestamp, result.service, canonical));
    if (!sameDigest(expected, authorization->signature.toLower())) {
        return fail(Outcome::SignatureFailure,
                    tr("The signature does not match. Check the SecretKey, and sign exactly the "
                       "body and headers that are sent."));
    }
    result.outcome = Outcome::Ok;
    return result;
}
