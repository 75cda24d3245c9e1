// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "api/ratepacer.h"
#include "api/retrypolicy.h"
#include "api/transport.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

// An ApiCall over a Transport with retries, for any protocol: `encode` builds a fresh request for
// each attempt (new Nonce, Timestamp and Signature; same clientToken), `interpret` parses one
// answer (storing the value on success), `deliver` hands the outcome to the caller.
//
// It finishes exactly once, always from the event loop: success, final error, retries given
// up, timeout, cancel(). It never calls back once its context is gone (it then stops quietly)
// and deletes itself after finishing. The retry timer is its own child, so a pending retry dies
// with it instead of firing on a deleted object; a parse error is an outcome like any other.
//
// With a RatePacer (setPacer), every attempt, retries included, first waits for its slot of the
// (account, action) pace, so no number of calls started together exceeds the service's rate.
class RetryingCall : public ApiCall
{
    Q_OBJECT

public:
    using Encode = std::function<TransportRequest()>;
    using Interpret =
        std::function<std::optional<ApiError>(const QByteArray &body, int httpStatus)>;
    using Deliver = std::function<void(const ApiError *error)>; // null error: success

    // `context` may be null (no scope). `refusal`, when set, is the outcome without sending.
    RetryingCall(Transport *transport, const QString &action, const RetryPolicy &policy,
                 QObject *context, Encode encode, Interpret interpret, Deliver deliver,
                 const std::optional<ApiError> &refusal, QObject *parent);
    ~RetryingCall() override;

    // Paces every attempt through `pacer` (not owned; RatePacer::shared() in the product) under
    // `account` (the SecretId). Call right after construction, before the event loop runs.
    void setPacer(RatePacer *pacer, const QString &account);

    void cancel() override;
    int attempts() const { return m_attempts; }

private:
    void attempt();
    // The pace allows this attempt now: send it, or wait a little longer.
    void paced();
    void send();
    void onReply();
    void onFailure(const ApiError &error);
    void complete(const std::optional<ApiError> &error);
    void dropReply();

    QPointer<Transport> m_transport;
    QString m_action;
    RetryPolicy m_policy;
    QPointer<QObject> m_context;
    bool m_scoped;
    Encode m_encode;
    Interpret m_interpret;
    Deliver m_deliver;
    QPointer<TransportReply> m_reply;
    QTimer m_retryTimer;
    RatePacer *m_pacer = nullptr;
    QString m_account;
    QTimer m_paceTimer;
    int m_attempts = 0;
    bool m_done = false;
};
