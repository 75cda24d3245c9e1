// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/faultrule.h"
#include "sandbox/sandboxreply.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <optional>

// Puts a reply on the wire, damaged as a fault rule says. Qt HttpServer has no API for a broken
// answer, so the transport-level faults use the responder's low-level writers (status line,
// headers, body pieces) and the QTcpSocket it answers on: an announced Content-Length that the
// body never reaches, a connection aborted before or in the middle of an answer, a body
// trickled by a timer owned by the socket (so it dies with the connection).
class ReplyDelivery
{
public:
    using Responder = std::shared_ptr<QHttpServerResponder>;

    // The reply as the fault rule reshapes it, for faults that only change what is sent.
    static SandboxReply reshape(const SandboxReply &reply, const FaultRule &rule);
    static void send(const Responder &responder, const QPointer<QTcpSocket> &socket,
                     const SandboxReply &reply, const std::optional<FaultRule> &rule);

    static QByteArray gatewayPage(int httpStatus);

private:
    static void writeHead(QHttpServerResponder &responder, const SandboxReply &reply,
                          qint64 contentLength);
    static void trickle(const Responder &responder, const QPointer<QTcpSocket> &socket,
                        const QByteArray &body, int chunkBytes, int intervalMs);
};
