// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/sandboxhttpserver.h"

#include "sandbox/faultinjector.h"
#include "sandbox/replydelivery.h"
#include "sandbox/sandboxprotocol.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QTimer>

namespace {

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest result;
    const auto methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    result.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    result.path = request.url().path();
    result.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    result.headers = request.headers();
    result.host = QString::fromUtf8(result.header(QByteArrayLiteral("Host")));
    result.body = request.body();
    return result;
}

} // namespace

SandboxHttpServer::SandboxHttpServer(FaultInjector *faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_faults(faults)
{}

void SandboxHttpServer::addProtocol(SandboxProtocol *protocol)
{
    m_protocols.append(protocol);
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request);
    SandboxProtocol *protocol = nullptr;
    for (SandboxProtocol *candidate : std::as_const(m_protocols)) {
        if (candidate->accepts(sandboxRequest)) {
            protocol = candidate;
            break;
        }
    }
    if (!protocol)
        return false;

    const QString action = protocol->actionOf(sandboxRequest);
    const FaultInjector::Plan plan = m_faults ? m_faults->planFor(action) : FaultInjector::Plan{};
    const std::optional<FaultRule> &rule = plan.answer;

    SandboxReply reply;
    if (!rule || rule->processesRequest())
        reply = protocol->handle(sandboxRequest);
    if (rule && rule->kind == FaultRule::Kind::ServiceError)
        reply = protocol->serviceError(*rule, action);
    else if (rule)
        reply = ReplyDelivery::reshape(reply, *rule);

    // The responder outlives this call when the answer is delayed; the socket may not, hence the
    // QPointer, and the timer's context object cancels the answer when the client hangs up.
    const ReplyDelivery::Responder responder =
        std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    auto deliver = [responder, guard, reply, rule] {
        ReplyDelivery::send(responder, guard, reply, rule);
    };
    if (plan.latencyMs > 0)
        QTimer::singleShot(plan.latencyMs, socket, deliver);
    else
        deliver();
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(ReplyDelivery::gatewayPage(404).replace("404 Error", "404 Not Found"),
               QByteArrayLiteral("text/html"), QHttpServerResponder::StatusCode::NotFound);
}
