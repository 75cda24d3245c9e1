// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/transportreply.h"

#include <QMetaObject>

void TransportReply::finish(int httpStatus, const QByteArray &body,
                            const std::optional<ApiError> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = httpStatus;
    m_body = body;
    m_error = error;
    // Queued, so that a reply that fails at once (a refused URL) still answers from the event
    // loop and never re-enters the caller inside send() or abort().
    QMetaObject::invokeMethod(this, &TransportReply::finished, Qt::QueuedConnection);
}
