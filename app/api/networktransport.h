// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/transport.h"

class QNetworkAccessManager;

// The product's Transport over QNetworkAccessManager: User-Agent, a deadline for the whole
// exchange (a stalled or trickling body times out too), cancellation, redirects only to URLs that
// pass checkUrl() and are no less safe, TLS verification always on, a cap on the body size.
class NetworkTransport : public Transport
{
    Q_OBJECT

public:
    // Uses `manager` when given (not owned), else its own.
    explicit NetworkTransport(QObject *parent = nullptr, QNetworkAccessManager *manager = nullptr);

    TransportReply *send(const TransportRequest &request) override;

private:
    QNetworkAccessManager *m_manager;
};
