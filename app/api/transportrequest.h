// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierrorfactory.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One HTTP exchange as the backends describe it to the Transport. Plain data: the transport adds
// the User-Agent, enforces the timeout and the size cap, and refuses what may not be sent.
struct TransportRequest
{
    static constexpr int DefaultTimeoutMs = 30000;

    QUrl url;
    QByteArray method = "POST";
    QByteArray contentType = "application/x-www-form-urlencoded";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (API 3.0's X-TC-*)
    int timeoutMs = DefaultTimeoutMs;             // the whole exchange, body included
    qint64 maxBodyBytes = ApiErrorFactory::MaxBodyBytes;
    QString action; // names the request in errors, e.g. "RunInstancesHour"
};
