// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxinstance.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class FaultInjector;

// Every instance the sandbox knows, per account (SecretId), shared by all protocols. Creation is
// idempotent per (account, clientToken) and bounded by a per-account quota of live instances.
class InstanceStore
{
public:
    static constexpr int DefaultPendingMs = 3000;
    static constexpr int DefaultQuota = 100;

    struct CreateResult
    {
        enum class Outcome { Created, Replayed, QuotaExceeded };
        Outcome outcome = Outcome::Created;
        QStringList instanceIds; // Created, Replayed
        int alive = 0;           // QuotaExceeded: live instances the account already has
    };
    enum class ReturnOutcome { Returning, NotFound, NotReturnable };

    explicit InstanceStore(FaultInjector *faults = nullptr);

    void setPendingMs(int ms) { m_pendingMs = ms; }
    int pendingMs() const { return m_pendingMs; }
    void setQuota(int quota) { m_quota = quota; }
    int quota() const { return m_quota; }
    // Tests may replace the wall clock (milliseconds since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 nowMs() const { return m_clock(); }

    // Creates spec.goodsNum instances for `account`; `action` is the request's action, for
    // FailCreation fault rules.
    CreateResult create(const QString &account, const LaunchSpec &spec, const QString &action);
    ReturnOutcome returnInstance(const QString &account, const QString &instanceId);
    // Sets the public bandwidth cap (spec.bandwidth, Mbps) of the account's instance; false when
    // the account has no such instance. The caller has checked the rules (BandwidthChange).
    bool setBandwidth(const QString &account, const QString &instanceId, int mbps);
    // The account's instance with that id, returned ones included; nothing for another account's.
    std::optional<SandboxInstance> instance(const QString &account,
                                            const QString &instanceId) const;

    // The account's instances, newest first.
    QList<SandboxInstance> instances(const QString &account) const;
    // Instances that count against the quota: creating, running or being returned; with a
    // zoneId only those in that zone (API 3.0 counts its pay-by-hour quota per zone).
    int aliveCount(const QString &account, std::optional<int> zoneId = std::nullopt) const;
    // Whether create() would answer Replayed for this (account, clientToken): a resend must
    // get its instances back, never a quota refusal.
    bool isReplay(const QString &account, const QString &clientToken) const;

private:
    QString newInstanceId() const;

    FaultInjector *m_faults = nullptr;
    int m_pendingMs = DefaultPendingMs;
    int m_quota = DefaultQuota;
    std::function<qint64()> m_clock;
    QHash<QString, SandboxInstance> m_instances; // by id
    QHash<QString, QStringList> m_byClientToken; // account + '\n' + clientToken -> ids
    quint64 m_sequence = 0;
};
