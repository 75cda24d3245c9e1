// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP request as every sandbox protocol (API 2.0 now, API 3.0 later) sees it: no Qt
// HttpServer type leaks past the front, so protocols are plain functions of this value.
struct SandboxRequest
{
    QByteArray method;   // upper case, e.g. "GET", "POST"
    QString path;        // e.g. "/v2/index.php"
    QByteArray rawQuery; // still percent-encoded, without the '?'
    QString host;        // the Host header verbatim ("127.0.0.1:8080"): what the client addressed
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Header lookup ignores case, as HTTP does.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
