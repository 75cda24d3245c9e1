// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/replydelivery.h"

#include <QMetaEnum>
#include <QTimer>

namespace {

QHttpServerResponder::StatusCode statusCode(int httpStatus)
{
    // Only codes Qt HttpServer can name: anything else would not produce a status line.
    const auto meta = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    return meta.valueToKey(httpStatus) ? QHttpServerResponder::StatusCode(httpStatus)
                                       : QHttpServerResponder::StatusCode::InternalServerError;
}

const char *reasonPhrase(int httpStatus)
{
    switch (httpStatus) {
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Temporarily Unavailable";
    case 504:
        return "Gateway Time-out";
    default:
        return "Error";
    }
}

} // namespace

QByteArray ReplyDelivery::gatewayPage(int httpStatus)
{
    // What a load balancer in front of the real service sends: HTML, not the API's JSON.
    const QByteArray title = QByteArray::number(httpStatus) + ' ' + reasonPhrase(httpStatus);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>stgw</center>\r\n</body>\r\n</html>\r\n";
}

SandboxReply ReplyDelivery::reshape(const SandboxReply &reply, const FaultRule &rule)
{
    SandboxReply shaped = reply;
    switch (rule.kind) {
    case FaultRule::Kind::HttpStatus:
        shaped.httpStatus = rule.httpStatus;
        shaped.contentType = QByteArrayLiteral("text/html");
        shaped.body = gatewayPage(rule.httpStatus);
        break;
    case FaultRule::Kind::NonJson:
        // HTTP 200 but HTML: what a captive portal or a misrouted proxy answers.
        shaped.httpStatus = 200;
        shaped.contentType = QByteArrayLiteral("text/html");
        shaped.body = gatewayPage(502);
        break;
    case FaultRule::Kind::Truncate:
        if (!rule.closeConnection)
            shaped.body.truncate(shaped.body.size() / 2);
        break;
    case FaultRule::Kind::HugeBody: {
        // Whitespace before the closing brace keeps the answer valid JSON of the same meaning.
        const qint64 padding = rule.hugeBytes - shaped.body.size();
        if (padding > 0 && shaped.body.endsWith('}')) {
            shaped.body.chop(1);
            shaped.body.append(QByteArray(padding, ' '));
            shaped.body.append('}');
        }
        break;
    }
    default:
        break;
    }
    return shaped;
}

void ReplyDelivery::send(const Responder &responder, const QPointer<QTcpSocket> &socket,
                         const SandboxReply &reply, const std::optional<FaultRule> &rule)
{
    QTcpSocket *tcp = socket.data();
    if (!tcp || !tcp->isOpen())
        return;
    const auto kind = rule ? rule->kind : FaultRule::Kind::Latency;
    const QByteArray &body = reply.body;
    switch (kind) {
    case FaultRule::Kind::Drop:
        tcp->abort();
        return;
    case FaultRule::Kind::Truncate:
        if (rule->closeConnection) {
            writeHead(*responder, reply, body.size());
            responder->writeBody(body.left(body.size() / 2));
            tcp->disconnectFromHost();
            return;
        }
        break;
    case FaultRule::Kind::Stall:
        // Headers promise the whole body; half of it comes, then silence until the client
        // gives up (or the sandbox stops).
        writeHead(*responder, reply, body.size());
        responder->writeBody(body.left(body.size() / 2));
        return;
    case FaultRule::Kind::SlowBody:
        writeHead(*responder, reply, body.size());
        trickle(responder, socket, body, rule->chunkBytes, rule->intervalMs);
        return;
    default:
        break;
    }
    writeHead(*responder, reply, body.size());
    responder->writeBody(body);
}

void ReplyDelivery::writeHead(QHttpServerResponder &responder, const SandboxReply &reply,
                              qint64 contentLength)
{
    responder.writeStatusLine(statusCode(reply.httpStatus));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(contentLength));
    responder.writeHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("cvm-sandbox"));
}

void ReplyDelivery::trickle(const Responder &responder, const QPointer<QTcpSocket> &socket,
                            const QByteArray &body, int chunkBytes, int intervalMs)
{
    // The timer is the socket's child: a client that hangs up stops the trickle with it.
    auto *timer = new QTimer(socket.data());
    timer->setInterval(intervalMs);
    auto offset = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        if (!socket || !socket->isOpen()) {
            timer->deleteLater();
            return;
        }
        responder->writeBody(body.mid(*offset, chunkBytes));
        *offset += chunkBytes;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}
