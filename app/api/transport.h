// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"
#include "api/transportreply.h"
#include "api/transportrequest.h"

#include <QObject>

#include <optional>

// The one door to the network: every request of the app passes through a Transport. The product
// uses NetworkTransport (QNetworkAccessManager); tests inject a fake that answers from the event
// loop. Replies are children of the transport until the receiver deletes them.
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual TransportReply *send(const TransportRequest &request) = 0;

    // The house rule, shared by every implementation: https anywhere, plain http only to
    // loopback (127.0.0.0/8, ::1, "localhost"), nothing else. An error of kind Refused otherwise.
    static std::optional<ApiError> checkUrl(const QUrl &url, const QString &action);
    static bool isLoopbackHost(const QString &host);

    // "CVM-Launcher/<version>".
    static QByteArray userAgent();
};
