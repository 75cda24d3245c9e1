#include "sandbox/v2/v2reply.h"

SandboxReply V2Reply::ok(QJsonObject fields)
{
    fields.insert(QLatin1String("code"), 0);
    fields.insert(QLatin1String("message"), QString());
    fields.insert(QLatin1String("codeDesc"), codeDesc(0));
    return SandboxReply::json(fields);
}

SandboxReply V2Reply::error(int code, const QString &message)
{
    return SandboxReply::json({{QLatin1String("code"), code},
                               {QLatin1String("message"), message},
                               {QLatin1String("codeDesc"), codeDesc(code)}});
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
    case Replay:
        return QStringLiteral("RequestReplayed");
    case ResourceNotFound:
        return QStringLiteral("ResourceNotFound");
    case OperationFailed:
        return QStringLiteral("OperationFailed");
    case PurchaseFailed:
        return QStringLiteral("LimitExceeded.InstanceQuota");
    case InternalError:
        return QStringLiteral("InternalError");
    case TemporarilyUnavailable:
        return QStringLiteral("ServiceUnavailable");
    default:
        return QStringLiteral("Error");
    }
}
