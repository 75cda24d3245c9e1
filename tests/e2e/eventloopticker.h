// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

// Measures how long the event loop of the thread it lives on goes without running a 50 ms timer:
// the drills' proof that the GUI thread stays responsive (nothing blocks, no nested loop waits).
//
//   EventLoopTicker ticker;
//   ... run the drill ...
//   QVERIFY(ticker.longestGapMs() < 1000);
class EventLoopTicker
{
public:
    static constexpr int IntervalMs = 50;

    EventLoopTicker()
    {
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    // The longest time (ms) between two ticks so far, or since the last one.
    qint64 longestGapMs() const { return std::max(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};
