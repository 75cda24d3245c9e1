// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QString>

// Turns an ApiError into one translated sentence for the operator: what happened and what to do.
// The advice for service codes comes from ErrorCodes, the one table of the service's codes (both
// protocols: API 2.0 numeric codes 4000-6200 and string codes of API 3.0 and the newer API 2.0
// codeDesc); the texts for failures that are not service answers live here.
class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorText)

public:
    // The full message: the advice for the code or kind, then the server's own words when they
    // add something, e.g. "4100: the SecretId/SecretKey pair was rejected — check the keys of
    // this profile. (Server: 鉴权失败)".
    static QString describe(const ApiError &error);

    // Advice for a documented API 2.0 common code; empty when the code is not documented.
    static QString forCode(int code);
    // Advice for a string code ("AuthFailure.SignatureFailure", "InvalidParameter.Foo"); exact
    // codes first, then their family (the part before the first '.'); empty when unknown.
    static QString forCodeString(const QString &codeString);
    // Advice for a kind of failure that is not a service answer.
    static QString forKind(ApiError::Kind kind, int httpStatus = 0);
};
