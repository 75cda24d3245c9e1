// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/transportreply.h"
#include "api/transportrequest.h"

#include <QPointer>
#include <QTimer>

class QNetworkReply;

// A TransportReply over one QNetworkReply. Reads the body as it arrives so that the cap is
// enforced on bytes received, not on what Qt buffered; aborts at the deadline.
class NetworkTransportReply : public TransportReply
{
    Q_OBJECT

public:
    // Takes ownership of `reply` (may be null when the request was refused before sending; then
    // `refusal` is the outcome).
    NetworkTransportReply(const TransportRequest &request, QNetworkReply *reply,
                          const std::optional<ApiError> &refusal, QObject *parent);
    ~NetworkTransportReply() override;

    void abort() override;

private:
    void onReadyRead();
    void onMetaData();
    void onRedirected(const QUrl &url);
    void onFinished();
    void fail(const ApiError &error);

    QString m_action;
    qint64 m_maxBodyBytes;
    int m_timeoutMs;
    QUrl m_currentUrl;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QTimer m_deadline;
};
