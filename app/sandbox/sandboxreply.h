// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

// What a protocol answers, before the fault layer decides how (and whether) it reaches the client.
struct SandboxReply
{
    int httpStatus = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;

    static SandboxReply json(const QJsonObject &object, int httpStatus = 200)
    {
        SandboxReply reply;
        reply.httpStatus = httpStatus;
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return reply;
    }
};
