// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3reply.h"

#include "sandbox/v2/v2reply.h"

#include <QUuid>

namespace {

SandboxReply wrap(QJsonObject response)
{
    response.insert(QLatin1String("RequestId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return SandboxReply::json({{QLatin1String("Response"), response}});
}

} // namespace

SandboxReply V3Reply::ok(QJsonObject fields)
{
    return wrap(std::move(fields));
}

SandboxReply V3Reply::error(const QString &code, const QString &message)
{
    return wrap({{QLatin1String("Error"), QJsonObject{{QLatin1String("Code"), code},
                                                      {QLatin1String("Message"), message}}}});
}

QString V3Reply::codeForV2(int v2Code)
{
    // API 2.0's common codes (cvm-api.md, "Responses and common error codes") by meaning.
    switch (v2Code) {
    case V2Reply::InvalidParameter:
        return QStringLiteral("InvalidParameter");
    case V2Reply::AuthFailure:
        return QStringLiteral("AuthFailure.SignatureFailure");
    case V2Reply::SecretIdNotFound:
        return QStringLiteral("AuthFailure.SecretIdNotFound");
    case 4200: // request expired
        return QStringLiteral("AuthFailure.SignatureExpire");
    case 4300: // access denied
        return QStringLiteral("UnauthorizedOperation");
    case V2Reply::RequestLimitExceeded:
        return QStringLiteral("RequestLimitExceeded");
    case 4600: // protocol not supported
        return QStringLiteral("UnsupportedProtocol");
    case V2Reply::ResourceNotFound:
        return QStringLiteral("ResourceNotFound");
    case V2Reply::OperationFailed:
        return QStringLiteral("FailedOperation");
    case V2Reply::PurchaseFailed: // the sandbox's 5200 is its instance quota (V2Reply::codeDesc)
        return QStringLiteral("LimitExceeded.InstanceQuota");
    case V2Reply::InsufficientBalance:
        return QStringLiteral("InvalidAccount.InsufficientBalance");
    case 5500: // account not qualified
        return QStringLiteral("AccountQualificationRestrictions");
    case 6100: // not supported
        return QStringLiteral("NoSuchVersion");
    case V2Reply::TemporarilyUnavailable:
        return QStringLiteral("ServiceUnavailable");
    default:
        return QStringLiteral("InternalError");
    }
}
