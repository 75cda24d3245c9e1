#pragma once

#include "sandbox/sandboxreply.h"

#include <QJsonObject>
#include <QString>

// API 2.0 answers: always HTTP 200 with {"code": n, "message": "...", "codeDesc": "..."} plus the
// action's own fields; code 0 is success.
class V2Reply
{
public:
    enum Code {
        InvalidParameter = 4000,
        AuthFailure = 4100,
        SecretIdNotFound = 4104,
        Replay = 4500,
        ResourceNotFound = 5000,
        OperationFailed = 5100,
        PurchaseFailed = 5200,
        InternalError = 6000,
        TemporarilyUnavailable = 6200
    };

    static SandboxReply ok(QJsonObject fields = {});
    static SandboxReply error(int code, const QString &message);
    static QString codeDesc(int code);
};
