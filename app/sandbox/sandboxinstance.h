// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QString>
#include <QStringList>

#include <optional>

// One instance the sandbox created. Its state is not stored but computed from timestamps when
// asked, so nothing has to tick: 创建中 until readyMs, then 运行中 (or 创建已失败 when a fault
// rule gave it a failure reason); after a return, 退还中 until returnedMs, then 已退还.
struct SandboxInstance
{
    enum class State { Creating, Running, CreateFailed, Returning, Returned };

    QString id; // ins-xxxxxxxx
    QString account;
    LaunchSpec spec; // without the password
    QString lanIp;
    QStringList wanIps;
    qint64 createdMs = 0;
    qint64 readyMs = 0;
    QString failureReason; // non-empty: creation fails
    std::optional<qint64> returnStartedMs;
    qint64 returnedMs = 0;
    quint64 sequence = 0; // creation order, for newest-first listings

    State stateAt(qint64 nowMs) const
    {
        if (returnStartedMs)
            return nowMs < returnedMs ? State::Returning : State::Returned;
        if (nowMs < readyMs)
            return State::Creating;
        return failureReason.isEmpty() ? State::Running : State::CreateFailed;
    }
};
