// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonParseError>
#include <QString>

// The one place that builds ApiErrors and decides their verdict, so that the transport, the
// API 2.0 backend and the API 3.0 backend agree on what may be retried.
class ApiErrorFactory
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorFactory)

public:
    // No HTTP answer (refused, reset, DNS, dropped connection). Retryable unless `final` says the
    // same request cannot succeed (a TLS certificate that does not verify).
    static ApiError transport(const QString &action, const QString &detail, bool final = false);
    static ApiError timeout(const QString &action, int timeoutMs);
    static ApiError cancelled(const QString &action);
    static ApiError refused(const QString &action, const QString &why);
    static ApiError malformed(const QString &action, const QString &what, int httpStatus = 0);
    // A malformed answer whose body is not a JSON object, telling what it is instead: empty, an
    // HTML page (a proxy, a captive portal or a wrong endpoint answered), JSON that is cut off or
    // broken (the parser's reason and byte offset), or JSON of another type. `parseError` is what
    // QJsonDocument::fromJson() said about `body`. For both protocols' envelopes.
    static ApiError notAnObject(const QString &action, const QByteArray &body,
                                const QJsonParseError &parseError, int httpStatus = 0);
    // An HTTP status other than 200 whose body carries no service error: 5xx and 429 are
    // transient, everything else final.
    static ApiError http(const QString &action, int httpStatus, const QString &detail = {});
    // An API 2.0 error answer: numeric code, optional string code (codeDesc), server message. The
    // string code decides the verdict when the table knows it, else the number.
    static ApiError v2Service(const QString &action, int code, const QString &codeString,
                              const QString &message, int httpStatus);

    // The verdict of an API 2.0 numeric code, from the ErrorCodes table: 6000, 6200 and 4500
    // leave the outcome unknown (Retryable), 4400 (rate limit) is retried after a pause, every
    // other documented or unknown code is final.
    static ApiError::Verdict verdictForV2Code(int code);

    // An API 3.0 error answer (Response.Error): string code, server message, RequestId.
    static ApiError v3Service(const QString &action, const QString &codeString,
                              const QString &message, const QString &requestId, int httpStatus);
    // The verdict of an API 3.0 code, from the ErrorCodes table: "not now" codes
    // (RequestLimitExceeded.*, LimitExceeded.RateLimitExceeded, ResourceInUse.*, MutexOperation.*,
    // ...) after a pause, InternalError.* with the outcome unknown (Retryable), everything else
    // (AuthFailure.*, InvalidParameter*, LimitExceeded.*, ResourceInsufficient.*, unknown codes)
    // final.
    static ApiError::Verdict verdictForV3Code(const QString &codeString);

    // Answers bigger than this are refused unread (8 MiB): no documented answer comes close.
    static constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;
};
