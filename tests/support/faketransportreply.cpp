// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "faketransportreply.h"

#include "api/apierrorfactory.h"

FakeTransportReply::FakeTransportReply(const TransportRequest &request,
                                       const FakeResponse &response, FakeTransport *parent)
    : TransportReply(parent)
    , m_action(request.action)
    , m_owner(parent)
{
    m_answer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this, ms = request.timeoutMs] {
        m_answer.stop();
        finish(0, {}, ApiErrorFactory::timeout(m_action, ms));
    });
    m_deadline.start(request.timeoutMs);
    if (response.hang)
        return;
    connect(&m_answer, &QTimer::timeout, this, [this, response, cap = request.maxBodyBytes] {
        m_deadline.stop();
        std::optional<ApiError> error = response.error;
        if (error)
            error->action = m_action;
        if (!error && response.body.size() > cap)
            error = ApiErrorFactory::malformed(m_action, QStringLiteral("over the cap"),
                                               response.httpStatus);
        if (error)
            finish(0, {}, error);
        else
            finish(response.httpStatus, response.body, std::nullopt);
    });
    m_answer.start(response.delayMs);
}

void FakeTransportReply::abort()
{
    if (isFinished())
        return;
    ++m_owner->m_aborted;
    m_answer.stop();
    m_deadline.stop();
    finish(0, {}, ApiErrorFactory::cancelled(m_action));
}
