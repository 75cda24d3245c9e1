// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// One injected misbehaviour of the sandbox, for tests and demos (see README, "Sandbox faults").
// A rule matches requests by action ("*" or empty: every action) and fires at most `count` times
// (-1: without limit). Protocol-neutral: the same rules apply to API 2.0 and API 3.0.
struct FaultRule
{
    Q_DECLARE_TR_FUNCTIONS(FaultRule)

public:
    enum class Kind {
        Latency,      // answer `latencyMs` later; adds to whatever other rule applies
        HttpStatus,   // an HTTP error (500, 502, 503) with a gateway's HTML page
        ServiceError, // a well-formed service error answer: `serviceCode` or `errorCode`
        Drop,         // close the connection without answering
        Truncate,     // cut the body in half (and optionally drop the connection mid-body)
        NonJson,      // HTTP 200 with an HTML page instead of JSON
        FailCreation, // instances whose name matches `namePattern` go 创建中 -> 创建已失败
        SlowBody,     // trickle the body, `chunkBytes` every `intervalMs`
        Stall,        // send the headers and half the body, then nothing more
        HugeBody      // pad a valid answer with whitespace to `hugeBytes`
    };

    Kind kind = Kind::Latency;
    QString action;     // empty or "*": every action
    int remaining = -1; // occurrences left, -1 without limit
    int latencyMs = 0;
    int httpStatus = 503; // HttpStatus
    // ServiceError: an API 2.0 number (6000, 6200, 4400, ...); API 3.0 answers the code the real
    // service gives that failure (V3Reply::codeForV2: InternalError, ServiceUnavailable, ...).
    int serviceCode = 6000;
    // ServiceError by name, e.g. "RequestLimitExceeded",
    // "ResourceInsufficient.SpecifiedInstanceType": API 3.0 answers it verbatim, API 2.0 with its
    // number (V2Reply::codeFor) and the name as codeDesc. Empty: `serviceCode` decides.
    QString errorCode;
    bool closeConnection = false; // Truncate: announce the full length, then drop mid-body
    QString namePattern;          // FailCreation: wildcard pattern on instanceName
    QString reason;               // FailCreation: the failure reason the instance reports
    int chunkBytes = 16;
    int intervalMs = 100;
    qint64 hugeBytes = 32 * 1024 * 1024;
    // Whether the request is still carried out behind the fault (an instance created although its
    // answer is lost). Unset: yes for transport-level faults, no for error answers.
    std::optional<bool> process;

    bool matchesAction(const QString &requestAction) const;
    bool processesRequest() const;

    static QString kindName(Kind kind);
    // Reads one rule of the fault file format; on failure returns nothing and sets `error`.
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
};
