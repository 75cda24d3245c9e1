// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/instancestore.h"

#include "sandbox/faultinjector.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

InstanceStore::InstanceStore(FaultInjector *faults)
    : m_faults(faults)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

InstanceStore::CreateResult InstanceStore::create(const QString &account, const LaunchSpec &spec,
                                                  const QString &action)
{
    CreateResult result;
    const QString tokenKey = account + u'\n' + spec.clientToken;
    if (!spec.clientToken.isEmpty()) {
        const auto found = m_byClientToken.constFind(tokenKey);
        if (found != m_byClientToken.cend()) {
            result.outcome = CreateResult::Outcome::Replayed;
            result.instanceIds = *found;
            return result;
        }
    }

    const int count = std::max(1, spec.goodsNum);
    result.alive = aliveCount(account);
    if (result.alive + count > m_quota) {
        result.outcome = CreateResult::Outcome::QuotaExceeded;
        return result;
    }

    const qint64 now = nowMs();
    for (int i = 0; i < count; ++i) {
        SandboxInstance instance;
        instance.id = newInstanceId();
        instance.account = account;
        instance.spec = spec.withoutSecrets();
        instance.createdMs = now;
        instance.readyMs = now + m_pendingMs;
        instance.sequence = ++m_sequence;
        // Addresses from private and documentation (TEST-NET-3) ranges: plausible, never real.
        instance.lanIp = QStringLiteral("10.%1.%2.%3")
                             .arg((m_sequence >> 16) & 0xff)
                             .arg((m_sequence >> 8) & 0xff)
                             .arg(m_sequence & 0xff);
        if (spec.getsPublicIp())
            instance.wanIps << QStringLiteral("203.0.113.%1").arg(m_sequence % 254 + 1);
        if (m_faults) {
            if (const auto reason = m_faults->creationFailureFor(action, spec.instanceName))
                instance.failureReason = *reason;
        }
        m_instances.insert(instance.id, instance);
        result.instanceIds << instance.id;
    }
    if (!spec.clientToken.isEmpty())
        m_byClientToken.insert(tokenKey, result.instanceIds);
    return result;
}

InstanceStore::ReturnOutcome InstanceStore::returnInstance(const QString &account,
                                                           const QString &instanceId)
{
    const auto found = m_instances.find(instanceId);
    if (found == m_instances.end() || found->account != account)
        return ReturnOutcome::NotFound;
    const qint64 now = nowMs();
    const auto state = found->stateAt(now);
    if (state != SandboxInstance::State::Running && state != SandboxInstance::State::CreateFailed)
        return ReturnOutcome::NotReturnable;
    found->returnStartedMs = now;
    found->returnedMs = now + m_pendingMs;
    return ReturnOutcome::Returning;
}

bool InstanceStore::setBandwidth(const QString &account, const QString &instanceId, int mbps)
{
    const auto found = m_instances.find(instanceId);
    if (found == m_instances.end() || found->account != account)
        return false;
    found->spec.bandwidth = mbps;
    return true;
}

std::optional<SandboxInstance> InstanceStore::instance(const QString &account,
                                                       const QString &instanceId) const
{
    const auto found = m_instances.constFind(instanceId);
    if (found == m_instances.cend() || found->account != account)
        return std::nullopt;
    return *found;
}

QList<SandboxInstance> InstanceStore::instances(const QString &account) const
{
    QList<SandboxInstance> result;
    for (const SandboxInstance &instance : m_instances) {
        if (instance.account == account)
            result.append(instance);
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.sequence > b.sequence; });
    return result;
}

int InstanceStore::aliveCount(const QString &account, std::optional<int> zoneId) const
{
    const qint64 now = nowMs();
    int alive = 0;
    for (const SandboxInstance &instance : m_instances) {
        if (instance.account != account || (zoneId && instance.spec.zoneId != *zoneId))
            continue;
        const auto state = instance.stateAt(now);
        if (state != SandboxInstance::State::Returned &&
            state != SandboxInstance::State::CreateFailed)
            ++alive;
    }
    return alive;
}

bool InstanceStore::isReplay(const QString &account, const QString &clientToken) const
{
    return !clientToken.isEmpty() && m_byClientToken.contains(account + u'\n' + clientToken);
}

QString InstanceStore::newInstanceId() const
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    do {
        id = QStringLiteral("ins-");
        for (int i = 0; i < 8; ++i)
            id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    } while (m_instances.contains(id));
    return id;
}
