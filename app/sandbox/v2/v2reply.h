// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxreply.h"

#include <QJsonObject>
#include <QString>

// API 2.0 answers: always HTTP 200 with {"code": n, "message": "...", "codeDesc": "..."} plus the
// action's own fields; code 0 is success. Numbers are the seed's common codes (cvm-api.md §1,
// "Responses and common error codes"); codeDesc carries the finer string code, as newer API 2.0
// responses did.
class V2Reply
{
public:
    enum Code {
        InvalidParameter = 4000,
        AuthFailure = 4100,
        SecretIdNotFound = 4104,
        RequestLimitExceeded = 4400,
        Replay = 4500,
        ResourceNotFound = 5000,
        OperationFailed = 5100,
        PurchaseFailed = 5200,
        InsufficientBalance = 5300,
        InternalError = 6000,
        TemporarilyUnavailable = 6200
    };

    static SandboxReply ok(QJsonObject fields = {});
    // `desc` replaces the code's default codeDesc (e.g. "InvalidClientToken.TooLong" with 4000).
    static SandboxReply error(int code, const QString &message, const QString &desc = {});
    static QString codeDesc(int code);
    // The API 2.0 number for an API 3.0 error code name ("RequestLimitExceeded" -> 4400,
    // "InvalidParameterCombination" -> 4000, "InternalError" -> 6000); 5100 (operation failed)
    // for a name of no known class.
    static int codeFor(const QString &name);
};
