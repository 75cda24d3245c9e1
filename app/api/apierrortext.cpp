#include "api/apierrortext.h"

QString ApiErrorText::forCode(int code)
{
    if (code >= 4101 && code <= 4110 && code != 4104)
        return tr("%1: authentication failed (the signature, key or token was not accepted) — "
                  "check this profile's SecretId and SecretKey and the computer's clock")
            .arg(code);
    switch (code) {
    case 4000:
        return tr("4000: a parameter was rejected as invalid — correct the field the server names "
                  "and try again");
    case 4100:
        return tr("4100: the SecretId/SecretKey pair was rejected — check the keys of this "
                  "profile");
    case 4104:
        return tr("4104: the SecretId does not exist — check the SecretId of this profile or "
                  "create a new key pair in the console");
    case 4200:
        return tr("4200: the request expired before the server saw it — check that the "
                  "computer's clock is correct and try again");
    case 4300:
        return tr("4300: access denied — this account or sub-user lacks the permission; ask the "
                  "account owner to grant it");
    case 4400:
        return tr("4400: too many requests — the server limits the request rate; the app waits "
                  "and retries, or try again in a minute");
    case 4500:
        return tr("4500: the request was taken for a replay (a reused Nonce, or a clock more "
                  "than two hours off) — check the computer's clock and try again");
    case 4600:
        return tr("4600: the protocol is not supported — the endpoint must be reached over "
                  "HTTPS; check the endpoint of this profile");
    case 5000:
        return tr("5000: the resource was not found — check the ids (instance, image, key, "
                  "network) and the region of this profile");
    case 5100:
        return tr("5100: the operation failed on the server — check the instance's state and "
                  "try again later");
    case 5200:
        return tr("5200: the purchase failed — this configuration is not available in that zone "
                  "or is sold out; choose another zone or configuration");
    case 5300:
        return tr("5300: insufficient balance — top up the account, then launch again");
    case 5400:
        return tr("5400: only part of the operation succeeded — check the instance list for what "
                  "was created before trying again");
    case 5500:
        return tr("5500: the account is not qualified for this purchase — complete the account's "
                  "verification or ask Tencent Cloud support");
    case 6000:
        return tr("6000: internal error on the server — the app retries; if it keeps failing, "
                  "try again later");
    case 6100:
        return tr("6100: this action is not supported here — check the endpoint (domain) of this "
                  "profile");
    case 6200:
        return tr("6200: the service is temporarily unavailable (maintenance) — the app retries; "
                  "if it keeps failing, try again later");
    default:
        return {};
    }
}

QString ApiErrorText::forCodeString(const QString &codeString)
{
    if (codeString.isEmpty())
        return {};
    struct Entry
    {
        const char *code;
        const char *text;
    };
    // Exact codes the product meets most; families below catch the rest.
    static const Entry exact[] = {
        {"AuthFailure.SignatureFailure",
         QT_TR_NOOP("The signature was rejected — check this profile's SecretKey")},
        {"AuthFailure.SignatureExpire",
         QT_TR_NOOP("The signature expired — check that the computer's clock is correct")},
        {"AuthFailure.SecretIdNotFound",
         QT_TR_NOOP("The SecretId does not exist — check the SecretId of this profile")},
        {"InvalidParameter.PasswordNotConformSpecs",
         QT_TR_NOOP("The password does not meet the image's rules — choose another password")},
        {"InvalidParameter.InvaildZoneId",
         QT_TR_NOOP("The zone is not valid for this region — choose another zone")},
        {"InvalidPassword",
         QT_TR_NOOP("The password does not meet the image's rules — choose another password")},
        {"InvalidZone.MismatchRegion",
         QT_TR_NOOP("The zone does not belong to the profile's region — choose another zone")},
        {"OperationConstraints.AccountBalanceNotEnough",
         QT_TR_NOOP("Insufficient balance — top up the account, then launch again")},
        {"InvalidAccount.InsufficientBalance",
         QT_TR_NOOP("Insufficient balance — top up the account, then launch again")},
        {"LimitExceeded.InstanceQuota",
         QT_TR_NOOP("The instance quota is used up — return instances or ask for a higher quota")},
        {"ResourceInsufficient.ZoneSoldOutForSpecifiedInstance",
         QT_TR_NOOP("This configuration is sold out in that zone — choose another zone or "
                    "instance type")},
        {"OperationFail.SystemBusy",
         QT_TR_NOOP("The service is busy — the app retries; if it keeps failing, try later")},
        {"RequestLimitExceeded",
         QT_TR_NOOP("Too many requests — the app waits and retries; or try again in a minute")},
        {"InternalError",
         QT_TR_NOOP("Internal error on the server — the app retries; if it keeps failing, try "
                    "again later")},
    };
    static const Entry families[] = {
        {"AuthFailure",
         QT_TR_NOOP("Authentication failed — check this profile's SecretId and SecretKey and the "
                    "computer's clock")},
        {"InvalidParameter",
         QT_TR_NOOP("A parameter was rejected — correct the field the server names")},
        {"InvalidParameterValue",
         QT_TR_NOOP("A value was rejected — correct the field the server names")},
        {"MissingParameter",
         QT_TR_NOOP("A required parameter is missing — fill in the field the server names")},
        {"LimitExceeded", QT_TR_NOOP("A limit or quota was exceeded — lower the count or ask for "
                                     "a higher quota")},
        {"ResourceInsufficient",
         QT_TR_NOOP("Not enough resources in that zone — choose another zone or configuration")},
        {"ResourceNotFound",
         QT_TR_NOOP("The resource was not found — check the ids and the region of this profile")},
        {"UnauthorizedOperation",
         QT_TR_NOOP("Access denied — ask the account owner for the permission")},
        {"OperationConstraints",
         QT_TR_NOOP("The operation is not possible in the resource's current state")},
        {"InternalError", QT_TR_NOOP("Internal error on the server — try again later")},
    };
    for (const Entry &e : exact) {
        if (codeString == QLatin1String(e.code))
            return codeString + QStringLiteral(": ") + tr(e.text);
    }
    const QString family = codeString.section(u'.', 0, 0);
    for (const Entry &e : families) {
        if (family == QLatin1String(e.code))
            return codeString + QStringLiteral(": ") + tr(e.text);
    }
    return {};
}

QString ApiErrorText::forKind(ApiError::Kind kind, int httpStatus)
{
    switch (kind) {
    case ApiError::Kind::Transport:
        return tr("The server could not be reached — check the network connection and the "
                  "endpoint of this profile");
    case ApiError::Kind::Timeout:
        return tr("The server did not answer in time — check the network connection and try "
                  "again");
    case ApiError::Kind::Cancelled:
        return tr("The request was cancelled");
    case ApiError::Kind::Http:
        if (httpStatus >= 500)
            return tr("The server failed with HTTP status %1 — try again later").arg(httpStatus);
        return tr("The server answered with HTTP status %1 — check the endpoint of this profile")
            .arg(httpStatus);
    case ApiError::Kind::Malformed:
        return tr("The server's answer was not understood — check the endpoint of this profile; "
                  "if it is right, the service changed and the app needs an update");
    case ApiError::Kind::Service:
        return tr("The service refused the request");
    case ApiError::Kind::Refused:
        return tr("The request was not sent");
    }
    return {};
}

QString ApiErrorText::describe(const ApiError &error)
{
    QString advice;
    if (error.kind == ApiError::Kind::Service) {
        advice = forCodeString(error.codeString);
        if (advice.isEmpty())
            advice = forCode(error.code);
        if (advice.isEmpty()) {
            const QString code =
                !error.codeString.isEmpty() ? error.codeString : QString::number(error.code);
            advice = tr("%1: the service refused the request").arg(code);
        }
    } else {
        advice = forKind(error.kind, error.httpStatus);
    }
    if (error.message.isEmpty())
        return advice + u'.';
    if (error.kind == ApiError::Kind::Service || error.kind == ApiError::Kind::Http)
        return tr("%1. (Server: %2)").arg(advice, error.message);
    return tr("%1: %2").arg(advice, error.message);
}
