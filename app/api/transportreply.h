// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QObject>

#include <optional>

// One request in flight. It emits finished() exactly once, always from the event loop (never
// inside Transport::send()), with either an HTTP answer (any status, body up to the cap) or an
// ApiError of kind Transport, Timeout, Cancelled, Refused or Malformed (body over the cap).
// The receiver deletes it (deleteLater) once it has read the result.
class TransportReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    int httpStatus() const { return m_httpStatus; } // 0 when there was no HTTP answer
    const QByteArray &body() const { return m_body; }
    const std::optional<ApiError> &error() const { return m_error; }

    // Stops the exchange; finished() follows with a Cancelled error unless it already came.
    virtual void abort() = 0;

Q_SIGNALS:
    void finished();

protected:
    // Records the outcome and queues finished(); later calls are ignored.
    void finish(int httpStatus, const QByteArray &body, const std::optional<ApiError> &error);

private:
    bool m_finished = false;
    int m_httpStatus = 0;
    QByteArray m_body;
    std::optional<ApiError> m_error;
};
