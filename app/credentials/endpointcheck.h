// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QUrl>

// The one rule for where requests may go, used by the profile dialog and by --endpoint: empty
// means Tencent's own hosts; otherwise https anywhere, or plain http only to this computer.
class EndpointCheck
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCheck)

public:
    struct Result
    {
        QUrl url;      // empty when the text was empty (Tencent's hosts) or invalid
        QString error; // translated; empty when the text is acceptable

        bool ok() const { return error.isEmpty(); }
    };

    static Result check(const QString &text);
    static bool isLoopbackHost(const QString &host);
};
