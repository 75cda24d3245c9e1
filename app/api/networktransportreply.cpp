// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/networktransportreply.h"

#include "api/transport.h"

#include <QNetworkReply>

NetworkTransportReply::NetworkTransportReply(const TransportRequest &request, QNetworkReply *reply,
                                             const std::optional<ApiError> &refusal,
                                             QObject *parent)
    : TransportReply(parent)
    , m_action(request.action)
    , m_maxBodyBytes(request.maxBodyBytes)
    , m_timeoutMs(request.timeoutMs)
    , m_currentUrl(request.url)
    , m_reply(reply)
{
    if (!reply) {
        finish(0, {}, refusal);
        return;
    }
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &NetworkTransportReply::onReadyRead);
    connect(reply, &QNetworkReply::metaDataChanged, this, &NetworkTransportReply::onMetaData);
    connect(reply, &QNetworkReply::redirected, this, &NetworkTransportReply::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &NetworkTransportReply::onFinished);

    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(ApiErrorFactory::timeout(m_action, m_timeoutMs)); });
    m_deadline.start(m_timeoutMs);
}

NetworkTransportReply::~NetworkTransportReply()
{
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void NetworkTransportReply::abort()
{
    fail(ApiErrorFactory::cancelled(m_action));
}

void NetworkTransportReply::fail(const ApiError &error)
{
    if (isFinished())
        return;
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        // Disconnect first: abort() emits finished() synchronously and that outcome is not ours.
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_reply = nullptr;
    }
    m_buffer.clear();
    finish(0, {}, error);
}

void NetworkTransportReply::onMetaData()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    // A declared length over the cap is refused before a byte of the body is read.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBodyBytes) {
        fail(ApiErrorFactory::malformed(
            m_action,
            tr("The answer is larger than %1 MiB; it was not read.")
                .arg(m_maxBodyBytes / (1024 * 1024)),
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
    }
}

void NetworkTransportReply::onReadyRead()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || isFinished())
        return;
    const qint64 available = reply->bytesAvailable();
    if (m_buffer.size() + available > m_maxBodyBytes) {
        fail(ApiErrorFactory::malformed(
            m_action,
            tr("The answer is larger than %1 MiB; it was cut off.")
                .arg(m_maxBodyBytes / (1024 * 1024)),
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
        return;
    }
    m_buffer += reply->readAll();
}

void NetworkTransportReply::onRedirected(const QUrl &url)
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    const QUrl target = m_currentUrl.resolved(url);
    std::optional<ApiError> refusal = Transport::checkUrl(target, m_action);
    if (!refusal && m_currentUrl.scheme().toLower() == QLatin1String("https") &&
        target.scheme().toLower() != QLatin1String("https")) {
        refusal = ApiErrorFactory::refused(
            m_action, tr("The server redirected from https to a less safe address (%1).")
                          .arg(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    }
    if (refusal) {
        fail(*refusal);
        return;
    }
    m_currentUrl = target;
    Q_EMIT reply->redirectAllowed();
}

void NetworkTransportReply::onFinished()
{
    if (!m_reply || isFinished())
        return;
    onReadyRead();
    QNetworkReply *reply = m_reply.data();
    if (!reply || isFinished())
        return;
    m_deadline.stop();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    reply->deleteLater();
    m_reply = nullptr;
    if (status.isValid() && status.toInt() > 0) {
        // Any HTTP answer, 4xx and 5xx included: the backend reads the service's error from it.
        finish(status.toInt(), m_buffer, std::nullopt);
        m_buffer.clear();
        return;
    }
    // TLS failures do not heal by themselves: retrying the same request is pointless.
    const bool tls = error == QNetworkReply::SslHandshakeFailedError;
    finish(0, {}, ApiErrorFactory::transport(m_action, reply->errorString(), tls));
}
