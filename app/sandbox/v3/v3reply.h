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
    // The API 3.0 code of the failure API 2.0 answers with the common code `v2Code`, as the real
    // service names it now (4400 -> RequestLimitExceeded, 6000 -> InternalError, 6200 ->
    // ServiceUnavailable, ...; the API 3.0 common codes of cloud.tencent.com/document/product/
    // 213/30435 and cvm-api-v3-today.md §6). InternalError for a number with no API 3.0
    // counterpart (4500: TC3 has no nonce to replay; 5400 partial success) or none documented.
    static QString codeForV2(int v2Code);
};
