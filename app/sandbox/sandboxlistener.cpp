// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/sandboxlistener.h"

SandboxListener::SandboxListener(Hook beforeConnection, QObject *parent)
    : QTcpServer(parent)
    , m_beforeConnection(std::move(beforeConnection))
{}

void SandboxListener::incomingConnection(qintptr socketDescriptor)
{
    // Before the base class queues the socket and signals it: whoever the hook connects to the
    // listener hears about this connection too.
    if (m_beforeConnection)
        m_beforeConnection(this);
    QTcpServer::incomingConnection(socketDescriptor);
}
