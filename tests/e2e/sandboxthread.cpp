// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandboxthread.h"

#include "sandbox/faultinjector.h"
#include "sandbox/instancestore.h"

SandboxThread::SandboxThread()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
    m_service = new SandboxService;
    // Drills fire requests as fast as the client can (retries, resends, page floods): the real
    // service's rate limit would turn them into RequestLimitExceeded drills.
    m_service->setRateLimited(false);
    m_service->moveToThread(&m_thread);
    m_port = call([](SandboxService &s) { return s.start(); });
    m_endpoint = call([](SandboxService &s) { return s.endpoint(); });
}

SandboxThread::~SandboxThread()
{
    // Deleted on its own thread: its sockets and timers live there.
    QMetaObject::invokeMethod(
        m_service, [this] { delete m_service; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SandboxThread::countRequests(const QString &action)
{
    m_countedAction = action;
    call([action](SandboxService &s) {
        QList<FaultRule> rules = s.faults().rules();
        rules.removeIf([](const FaultRule &r) {
            return r.kind == FaultRule::Kind::Latency && r.latencyMs == 0 &&
                   r.remaining > CounterStart / 2;
        });
        s.faults().clear();
        FaultRule counter;
        counter.kind = FaultRule::Kind::Latency;
        counter.latencyMs = 0;
        counter.action = action;
        counter.remaining = CounterStart;
        s.faults().addRule(counter);
        for (const FaultRule &r : std::as_const(rules))
            s.faults().addRule(r);
    });
}

int SandboxThread::requestsSeen() const
{
    return call([](SandboxService &s) {
        for (const FaultRule &r : s.faults().rules()) {
            if (r.kind == FaultRule::Kind::Latency && r.latencyMs == 0 &&
                r.remaining > CounterStart / 2)
                return CounterStart - r.remaining;
        }
        return -1;
    });
}

int SandboxThread::instanceCount() const
{
    return call([](SandboxService &s) {
        return int(s.store().instances(SandboxService::DefaultSecretId).size());
    });
}
