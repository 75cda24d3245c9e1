// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"

#include <QCoreApplication>
#include <QString>

// How far one launch (or several, added up) has got, counted in instances. Every instance asked
// for is in exactly one count: a batch the service has not answered yet counts as creating, a
// batch it refused as failed (one per instance it did not make).
struct LaunchProgress
{
    Q_DECLARE_TR_FUNCTIONS(LaunchProgress)

public:
    int total = 0;
    int creating = 0; // 创建中 or busy, and batches not answered yet (sent, unconfirmed)
    int waiting = 0;  // no status known yet ("Waiting for status")
    int running = 0;
    int failed = 0;   // creation failed
    int returned = 0; // returning or returned
    int other = 0;    // stopped, fault, not found by the service

    // Counts one instance (or `count` instances of a batch) in the state it is in.
    void add(InstanceState state, int count = 1);
    LaunchProgress &operator+=(const LaunchProgress &other);

    // Nothing is on its way any more: every instance has a state that only the operator (or a
    // fault) changes.
    bool isSettled() const { return creating == 0 && waiting == 0; }
    // Nothing of the launch is alive: every instance was returned or never created. Such a
    // launch may be hidden ("Hide finished launches").
    bool isFinished() const { return total > 0 && returned + failed == total; }

    // "2 of 3 running, 1 failed" / "3 台中 2 台运行中，1 台创建失败": the running count first,
    // then only the counts that are not zero.
    QString text() const;

    bool operator==(const LaunchProgress &) const = default;
};
