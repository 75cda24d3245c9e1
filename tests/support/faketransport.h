// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/transport.h"

#include <QList>

#include <functional>
#include <optional>

// A Transport for tests. Every request is recorded; the answer comes from a script (a queue of
// FakeResponse, or a handler function) and is delivered from the event loop after `delayMs`,
// never inside send(). The request's timeout is honoured: a response slower than it (or one that
// never comes) ends in a Timeout error at the deadline, as with the real transport.
struct FakeResponse
{
    int httpStatus = 200;
    QByteArray body;
    std::optional<ApiError> error; // a transport-level failure instead of an HTTP answer
    int delayMs = 0;
    bool hang = false; // never answers; only the timeout or abort() ends it

    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse failure(ApiError::Kind kind, const QString &message = {});
};

class FakeTransport : public Transport
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const TransportRequest &)>;

    using Transport::Transport;

    void enqueue(const FakeResponse &response) { m_queue.append(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<TransportRequest> &requests() const { return m_requests; }
    int abortedCount() const { return m_aborted; }

    TransportReply *send(const TransportRequest &request) override;

private:
    friend class FakeTransportReply;
    QList<FakeResponse> m_queue;
    Handler m_handler;
    QList<TransportRequest> m_requests;
    int m_aborted = 0;
};
