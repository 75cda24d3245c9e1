// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractHttpServer>
#include <QList>

class FaultInjector;
class SandboxProtocol;

// The sandbox's HTTP front on Qt HttpServer. Protocol-neutral: it turns each request into a
// SandboxRequest, lets the first protocol that accepts it answer, and hands the answer to
// ReplyDelivery together with whatever the fault rules planned for the request's action.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(FaultInjector *faults, QObject *parent = nullptr);

    // Not owned; asked in the order added.
    void addProtocol(SandboxProtocol *protocol);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    FaultInjector *m_faults;
    QList<SandboxProtocol *> m_protocols;
};
