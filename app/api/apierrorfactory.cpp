// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/apierrorfactory.h"

#include "api/errorcodes.h"

namespace {

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith('<') &&
           (start.contains("<html") || start.contains("<!doctype") || start.contains("<head") ||
            start.contains("<body") || start.contains("<title"));
}

} // namespace

ApiError ApiErrorFactory::transport(const QString &action, const QString &detail, bool final)
{
    ApiError e;
    e.kind = ApiError::Kind::Transport;
    e.verdict = final ? ApiError::Verdict::Final : ApiError::Verdict::Retryable;
    e.message = detail;
    e.action = action;
    return e;
}

ApiError ApiErrorFactory::timeout(const QString &action, int timeoutMs)
{
    ApiError e;
    e.kind = ApiError::Kind::Timeout;
    e.verdict = ApiError::Verdict::Retryable;
    e.message = tr("No complete answer within %n second(s).", nullptr, (timeoutMs + 999) / 1000);
    e.action = action;
    return e;
}

ApiError ApiErrorFactory::cancelled(const QString &action)
{
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.verdict = ApiError::Verdict::Final;
    e.action = action;
    return e;
}

ApiError ApiErrorFactory::refused(const QString &action, const QString &why)
{
    ApiError e;
    e.kind = ApiError::Kind::Refused;
    e.verdict = ApiError::Verdict::Final;
    e.message = why;
    e.action = action;
    return e;
}

ApiError ApiErrorFactory::malformed(const QString &action, const QString &what, int httpStatus)
{
    ApiError e;
    e.kind = ApiError::Kind::Malformed;
    e.verdict = ApiError::Verdict::Final;
    e.message = what;
    e.httpStatus = httpStatus;
    e.action = action;
    return e;
}

ApiError ApiErrorFactory::notAnObject(const QString &action, const QByteArray &body,
                                      const QJsonParseError &parseError, int httpStatus)
{
    if (body.trimmed().isEmpty())
        return malformed(action, tr("The answer is empty."), httpStatus);
    if (looksLikeHtml(body)) {
        return malformed(action, tr("The answer is an HTML page, not JSON; is the endpoint right?"),
                         httpStatus);
    }
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(action,
                         tr("The answer is not valid JSON (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                         httpStatus);
    }
    return malformed(action, tr("The answer is JSON but not an object."), httpStatus);
}

ApiError ApiErrorFactory::http(const QString &action, int httpStatus, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    if (httpStatus >= 500)
        e.verdict = ApiError::Verdict::Retryable;
    else if (httpStatus == 429)
        e.verdict = ApiError::Verdict::RetryAfterPause;
    else
        e.verdict = ApiError::Verdict::Final;
    e.message = detail;
    e.httpStatus = httpStatus;
    e.action = action;
    return e;
}

ApiError ApiErrorFactory::v2Service(const QString &action, int code, const QString &codeString,
                                    const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = ApiError::Kind::Service;
    // A newer answer's string code (codeDesc) is finer than the numeric one: "OperationFail.
    // SystemBusy" says "not now" where its number may only say "failed".
    e.verdict = ErrorCodes::verdict(code, codeString);
    // A gateway that fails with 5xx but still wraps a code: the 5xx says "transient".
    if (httpStatus >= 500 && e.verdict == ApiError::Verdict::Final)
        e.verdict = ApiError::Verdict::Retryable;
    e.code = code;
    e.codeString = codeString;
    e.message = message;
    e.httpStatus = httpStatus;
    e.action = action;
    return e;
}

ApiError::Verdict ApiErrorFactory::verdictForV2Code(int code)
{
    return ErrorCodes::verdict(code, {});
}

ApiError ApiErrorFactory::v3Service(const QString &action, const QString &codeString,
                                    const QString &message, const QString &requestId,
                                    int httpStatus)
{
    ApiError e;
    e.kind = ApiError::Kind::Service;
    e.verdict = verdictForV3Code(codeString);
    // As with API 2.0: a 5xx that still wraps a code says "transient".
    if (httpStatus >= 500 && e.verdict == ApiError::Verdict::Final)
        e.verdict = ApiError::Verdict::Retryable;
    e.codeString = codeString;
    e.message = message;
    e.httpStatus = httpStatus;
    e.action = action;
    e.requestId = requestId;
    return e;
}

ApiError::Verdict ApiErrorFactory::verdictForV3Code(const QString &codeString)
{
    return ErrorCodes::verdict(0, codeString);
}
