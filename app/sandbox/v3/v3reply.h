// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxreply.h"

#include <QJsonObject>
#include <QString>

// API 3.0 answers: always HTTP 200 with {"Response": {..., "RequestId": uuid}}; an error is
// {"Response": {"Error": {"Code", "Message"}, "RequestId"}}.
class V3Reply
{
public:
    static SandboxReply ok(QJsonObject fields = {});
    static SandboxReply error(const QString &code, const QString &message);
};
