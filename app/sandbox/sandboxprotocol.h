// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/faultrule.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxrequest.h"

#include <QString>

// One wire protocol the sandbox speaks (API 2.0, later API 3.0). The HTTP front asks each
// registered protocol in turn whether a request is its own; faults are matched by action name,
// which only the protocol knows how to read.
class SandboxProtocol
{
public:
    virtual ~SandboxProtocol() = default;

    virtual bool accepts(const SandboxRequest &request) const = 0;
    // The action the request names ("RunInstancesHour"), empty when it names none.
    virtual QString actionOf(const SandboxRequest &request) const = 0;
    virtual SandboxReply handle(const SandboxRequest &request) = 0;
    // The protocol's own form of an injected service-side failure (a ServiceError rule): by the
    // rule's errorCode name when it has one, else by its API 2.0 number (6000 internal error,
    // 6200 temporarily unavailable, 4400 rate limit, ...), mapped by each protocol.
    virtual SandboxReply serviceError(const FaultRule &rule, const QString &action) const = 0;
};
