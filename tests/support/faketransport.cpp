// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "faketransport.h"

#include "api/apierrorfactory.h"
#include "faketransportreply.h"

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    FakeResponse r;
    r.httpStatus = status;
    r.body = body;
    return r;
}

FakeResponse FakeResponse::failure(ApiError::Kind kind, const QString &message)
{
    FakeResponse r;
    r.httpStatus = 0;
    const QString action = QStringLiteral("fake");
    switch (kind) {
    case ApiError::Kind::Timeout:
        r.error = ApiErrorFactory::timeout(action, 1000);
        break;
    case ApiError::Kind::Refused:
        r.error = ApiErrorFactory::refused(action, message);
        break;
    case ApiError::Kind::Malformed:
        r.error = ApiErrorFactory::malformed(action, message);
        break;
    default:
        r.error = ApiErrorFactory::transport(
            action, message.isEmpty() ? QStringLiteral("Connection refused") : message);
        break;
    }
    return r;
}

TransportReply *FakeTransport::send(const TransportRequest &request)
{
    m_requests.append(request);
    FakeResponse response;
    if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_handler)
        response = m_handler(request);
    else
        response.hang = true; // unscripted: behave like a server that never answers
    if (auto refusal = checkUrl(request.url, request.action)) {
        response = FakeResponse();
        response.error = refusal;
    }
    return new FakeTransportReply(request, response, this);
}
