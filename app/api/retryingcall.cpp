// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/retryingcall.h"

#include "api/apierrorfactory.h"
#include "logging.h"

#include <QUrlQuery>

namespace {

// The region a request is for, for the log only: API 3.0 names it in the X-TC-Region header,
// API 2.0 in the form body's Region parameter. Nothing else of the body is read, so no
// parameter (and no signature) ever reaches the log. "-" when the request names none.
QString regionOf(const TransportRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name.compare("X-TC-Region", Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value);
    }
    if (request.contentType.startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        QString region = form.queryItemValue(QStringLiteral("Region"));
        if (!region.isEmpty())
            return region;
    }
    return QStringLiteral("-");
}

} // namespace

#include <algorithm>
#include <limits>

RetryingCall::RetryingCall(Transport *transport, const QString &action, const RetryPolicy &policy,
                           QObject *context, Encode encode, Interpret interpret, Deliver deliver,
                           const std::optional<ApiError> &refusal, QObject *parent)
    : ApiCall(parent)
    , m_transport(transport)
    , m_action(action)
    , m_policy(policy)
    , m_context(context)
    , m_scoped(context != nullptr)
    , m_encode(std::move(encode))
    , m_interpret(std::move(interpret))
    , m_deliver(std::move(deliver))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RetryingCall::attempt);
    m_paceTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the pace is kept to the millisecond.
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, &RetryingCall::paced);
    if (context) {
        // The caller is gone: nobody to tell, so stop the work and go away without a callback.
        connect(context, &QObject::destroyed, this, [this] {
            m_retryTimer.stop();
            m_paceTimer.stop();
            dropReply();
            if (!m_done) {
                m_done = true;
                Q_EMIT finished();
                deleteLater();
            }
        });
    }
    if (refusal) {
        complete(refusal);
        return;
    }
    // Start from the event loop so that nothing, not even a refused URL, answers inside the
    // caller's own call.
    QMetaObject::invokeMethod(this, &RetryingCall::attempt, Qt::QueuedConnection);
}

RetryingCall::~RetryingCall()
{
    dropReply();
}

void RetryingCall::cancel()
{
    complete(ApiErrorFactory::cancelled(m_action));
}

void RetryingCall::dropReply()
{
    if (TransportReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_reply = nullptr;
}

void RetryingCall::setPacer(RatePacer *pacer, const QString &account)
{
    m_pacer = pacer;
    m_account = account;
}

namespace {
int toWaitMs(qint64 ns)
{
    return int(std::min<qint64>((ns + 999999) / 1000000, std::numeric_limits<int>::max()));
}
} // namespace

void RetryingCall::attempt()
{
    if (m_done)
        return;
    if (m_pacer && m_transport) {
        const qint64 waitNs = m_pacer->reserve(m_account, m_action);
        if (waitNs > 0) {
            m_paceTimer.start(toWaitMs(waitNs));
            return;
        }
    }
    paced();
}

void RetryingCall::paced()
{
    if (m_done)
        return;
    if (m_pacer && m_transport) {
        const qint64 waitNs = m_pacer->release(m_account, m_action);
        if (waitNs > 0) {
            m_paceTimer.start(toWaitMs(waitNs));
            return;
        }
    }
    send();
}

void RetryingCall::send()
{
    Transport *transport = m_transport.data();
    if (!transport) {
        complete(ApiErrorFactory::transport(m_action, tr("The network layer is gone."), true));
        return;
    }
    ++m_attempts;
    const TransportRequest request = m_encode();
    qCDebug(lcApi, "sending %s to %s, region %s, attempt %d", qUtf8Printable(m_action),
            qUtf8Printable(request.url.host()), qUtf8Printable(regionOf(request)), m_attempts);
    TransportReply *reply = transport->send(request);
    m_reply = reply;
    connect(reply, &TransportReply::finished, this, &RetryingCall::onReply);
    // The transport (and its replies) may be destroyed under us: that must still finish us.
    connect(reply, &QObject::destroyed, this, [this] {
        if (!m_done)
            complete(ApiErrorFactory::transport(m_action, tr("The network layer is gone."), true));
    });
}

void RetryingCall::onReply()
{
    TransportReply *reply = m_reply.data();
    if (!reply || m_done)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    if (const auto &error = reply->error()) {
        onFailure(*error);
        return;
    }
    const std::optional<ApiError> error = m_interpret(reply->body(), reply->httpStatus());
    if (error)
        onFailure(*error);
    else
        complete(std::nullopt);
}

void RetryingCall::onFailure(const ApiError &error)
{
    const int delay = m_policy.nextDelayMs(m_attempts, error);
    if (delay < 0) {
        complete(error);
        return;
    }
    Q_EMIT retrying(m_attempts + 1, delay, error);
    if (!m_done)
        m_retryTimer.start(delay);
}

void RetryingCall::complete(const std::optional<ApiError> &error)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    m_paceTimer.stop();
    dropReply();
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (!m_scoped || m_context) {
                if (m_deliver)
                    m_deliver(error ? &*error : nullptr);
            }
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}
