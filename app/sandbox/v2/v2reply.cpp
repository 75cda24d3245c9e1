// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2reply.h"

#include <QHash>

SandboxReply V2Reply::ok(QJsonObject fields)
{
    fields.insert(QLatin1String("code"), 0);
    fields.insert(QLatin1String("message"), QString());
    fields.insert(QLatin1String("codeDesc"), codeDesc(0));
    return SandboxReply::json(fields);
}

SandboxReply V2Reply::error(int code, const QString &message, const QString &desc)
{
    return SandboxReply::json(
        {{QLatin1String("code"), code},
         {QLatin1String("message"), message},
         {QLatin1String("codeDesc"), desc.isEmpty() ? codeDesc(code) : desc}});
}

int V2Reply::codeFor(const QString &name)
{
    // By class (the part before the first '.'), with the few finer names that have numbers of
    // their own first.
    static const QHash<QString, int> exact = {
        {QStringLiteral("AuthFailure.SecretIdNotFound"), SecretIdNotFound},
        {QStringLiteral("LimitExceeded.InstanceQuota"), PurchaseFailed},
        {QStringLiteral("InvalidAccount.InsufficientBalance"), InsufficientBalance},
        {QStringLiteral("InvalidInstanceId.NotFound"), ResourceNotFound}};
    static const QHash<QString, int> byClass = {
        {QStringLiteral("AuthFailure"), AuthFailure},
        {QStringLiteral("RequestLimitExceeded"), RequestLimitExceeded},
        {QStringLiteral("RequestReplayed"), Replay},
        {QStringLiteral("UnauthorizedOperation"), 4300},
        {QStringLiteral("ResourceNotFound"), ResourceNotFound},
        {QStringLiteral("ResourceInsufficient"), PurchaseFailed},
        {QStringLiteral("ResourcesSoldOut"), PurchaseFailed},
        {QStringLiteral("LimitExceeded"), PurchaseFailed},
        {QStringLiteral("InternalError"), InternalError},
        {QStringLiteral("ResourceUnavailable"), TemporarilyUnavailable},
        {QStringLiteral("ServiceUnavailable"), TemporarilyUnavailable},
        {QStringLiteral("MissingParameter"), InvalidParameter},
        {QStringLiteral("UnknownParameter"), InvalidParameter}};
    if (const auto found = exact.constFind(name); found != exact.cend())
        return *found;
    const QString kind = name.section(u'.', 0, 0);
    if (const auto found = byClass.constFind(kind); found != byClass.cend())
        return *found;
    // InvalidParameter, InvalidParameterValue, InvalidZone, InvalidClientToken, ...
    if (kind.startsWith(QLatin1String("Invalid")))
        return InvalidParameter;
    return OperationFailed;
}

QString V2Reply::codeDesc(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("Success");
    case InvalidParameter:
        return QStringLiteral("InvalidParameter");
    case AuthFailure:
        return QStringLiteral("AuthFailure.SignatureFailure");
    case SecretIdNotFound:
        return QStringLiteral("AuthFailure.SecretIdNotFound");
    case RequestLimitExceeded:
        return QStringLiteral("RequestLimitExceeded");
    case Replay:
        return QStringLiteral("RequestReplayed");
    case ResourceNotFound:
        return QStringLiteral("ResourceNotFound");
    case OperationFailed:
        return QStringLiteral("OperationFailed");
    case PurchaseFailed:
        return QStringLiteral("LimitExceeded.InstanceQuota");
    case InsufficientBalance:
        return QStringLiteral("InvalidAccount.InsufficientBalance");
    case InternalError:
        return QStringLiteral("InternalError");
    case TemporarilyUnavailable:
        return QStringLiteral("ServiceUnavailable");
    default:
        return QStringLiteral("Error");
    }
}
