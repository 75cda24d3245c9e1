// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"

#include <QList>
#include <QString>
#include <QStringList>

// The one table of the service's error codes: for each code, its verdict (try again after a
// pause, outcome unknown, or final) and the advice the operator reads. ApiErrorFactory takes the
// verdicts from here and ApiErrorText the advice, so a code is classified once, for both
// protocols.
//
// Sources: API 3.0 codes from tencentcloud-sdk-go cvm/v20170312 client.go ("可能返回的错误码" of
// RunInstances, DescribeInstances, TerminateInstances) and errors.go, the common codes of
// https://www.tencentcloud.com/document/product/1123/67534, Terraform's retry list
// (tencentcloud/common/common.go); API 2.0 numeric codes from the seed's common error code page.
// See ../shared/reference/cvm-api-v3-today.md §6 and cvm-api.md "Responses and common error
// codes".
//
// The verdicts:
//   RetryAfterPause  "not now": the service turned the request away before doing it (rate
//                    limits, a resource busy with another operation, 4400); the same request
//                    (same ClientToken) succeeds later.
//   Retryable        the outcome is not known (InternalError, 6000, 6200, 4500): the service may
//                    have done the work; asked again with the same ClientToken, it answers with
//                    what it did. On a create this never counts as failed.
//   Final            the same request fails the same way: the advice says what to change.
class ErrorCodes
{
public:
    struct Entry
    {
        ApiError::Verdict verdict = ApiError::Verdict::Final;
        // Untranslated advice, translation context "ApiErrorText"; for API 2.0 codes it starts
        // with the code (or "%1" for a range), for string codes the caller prefixes the code.
        const char *advice = nullptr;
        // Answered to a return (TerminateInstances / ReturnInstance), the instance is already
        // gone: the return has nothing left to do.
        bool meansGone = false;
    };

    // An API 3.0 (or newer API 2.0 codeDesc) string code: the exact code first, then its family
    // (the part before the first '.'). Null when the table does not know either.
    static const Entry *forCodeString(const QString &codeString);
    // An API 2.0 numeric code (4000-6200, 4101-4110). Null when undocumented.
    static const Entry *forCode(int code);

    // The verdict of a service answer: its string code when the table knows it, else its numeric
    // code, else Final (an unknown code is not retried blindly).
    static ApiError::Verdict verdict(int code, const QString &codeString);

    // Whether a failed return (TerminateInstances, ReturnInstance) says the instance is already
    // gone: InvalidInstanceId.NotFound, UnsupportedOperation.InstanceStateTerminated (API 3.0),
    // 5000 / ResourceNotFound (API 2.0, what ReturnInstance answers for an unknown id).
    static bool meansGone(const ApiError &error);

    // Every string code and family the table lists, and every API 2.0 code: for tests that hold
    // each entry to the rules above (a verdict, advice that says what to do).
    static QStringList codeStrings();
    static QList<int> codes();
};
