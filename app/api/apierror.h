// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>

// Why a call to the cloud (or the sandbox) did not succeed, and whether trying again can help.
// One type for both protocol versions: API 2.0 fills `code` (4100, 6000, ...), API 3.0 fills
// `codeString` ("AuthFailure.SignatureFailure", ...); API 2.0 answers may carry both.
struct ApiError
{
    enum class Kind {
        Transport, // no HTTP answer: refused, reset, DNS, TLS, dropped connection
        Timeout,   // no complete answer in time
        Cancelled, // the caller cancelled
        Http,      // an HTTP status other than 200 without a service error in the body
        Malformed, // an answer that is not what the protocol documents
        Service,   // the service answered with an error code
        Refused    // never sent: the request itself is not allowed (e.g. plain http off-loopback)
    };
    // Service codes get theirs from ErrorCodes (the one table); other kinds from ApiErrorFactory.
    enum class Verdict {
        Final,          // do not retry: the same request will fail the same way
        Retryable,      // outcome unknown (transport, timeout, 5xx, InternalError, 6000, 6200):
                        // the work may have been done; retry with the same clientToken, with
                        // backoff; a create that ends here is never reported as failed
        RetryAfterPause // "not now" (rate limits, 4400, a resource busy with another operation):
                        // turned away unread; retry with the same clientToken after a pause
    };

    Kind kind = Kind::Service;
    Verdict verdict = Verdict::Final;
    int code = 0;       // API 2.0 numeric code, 0 when none
    QString codeString; // API 3.0 / newer API 2.0 string code, empty when none
    QString message;    // the server's own message, verbatim (may be Chinese)
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString action;     // the API action that failed, e.g. "RunInstancesHour"
    QString requestId;  // API 3.0 RequestId, when the service gave one

    bool isRetryable() const { return verdict != Verdict::Final; }
};
