// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QTcpServer>

#include <functional>

// A QTcpServer that runs a hook just before it takes a connection, while nothing has been
// announced yet. SandboxService uses it to build its HTTP server only when the first client
// arrives: Qt HttpServer's constructor loads the TLS backend (for its WebSocket server), about
// 15 ms that an app starting on the sandbox should not spend before its window is shown.
class SandboxListener : public QTcpServer
{
    Q_OBJECT

public:
    using Hook = std::function<void(SandboxListener *)>;

    explicit SandboxListener(Hook beforeConnection, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Hook m_beforeConnection;
};
