// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxservice.h"

#include <QMetaObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <type_traits>

// A SandboxService on a thread of its own, for drills that measure the client's event loop: the
// sandbox's own work (a 50 MiB body, a trickled answer) then never runs on the thread under test.
// Everything that touches the service goes through call(), which runs on the sandbox's thread and
// waits for it (tests only: the product never blocks on another thread).
class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread();

    bool isListening() const { return m_port != 0; }
    QUrl endpoint() const { return m_endpoint; }

    template<typename F>
    auto call(F &&f) const -> std::invoke_result_t<F, SandboxService &>
    {
        using R = std::invoke_result_t<F, SandboxService &>;
        if constexpr (std::is_void_v<R>) {
            QMetaObject::invokeMethod(
                m_service, [&] { f(*m_service); }, Qt::BlockingQueuedConnection);
        } else {
            R result{};
            QMetaObject::invokeMethod(
                m_service, [&] { result = f(*m_service); }, Qt::BlockingQueuedConnection);
            return result;
        }
    }

    // Counts the requests for `action` that reach the sandbox from now on: a zero-latency fault
    // rule is consulted (and consumes an occurrence) on every request for the action, whatever
    // else happens to it. countRequests() again restarts the count.
    void countRequests(const QString &action);
    int requestsSeen() const;
    // Instances of the default account the sandbox holds, in any state.
    int instanceCount() const;

private:
    static constexpr int CounterStart = 1000000;

    QThread m_thread;
    SandboxService *m_service = nullptr;
    quint16 m_port = 0;
    QUrl m_endpoint;
    QString m_countedAction;
};
