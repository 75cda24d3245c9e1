// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QProcess>
#include <QStringList>

// The SIGKILL drill's harness: runs drill-child (the app's launch path in a process of its own,
// see drillchild.cpp) to its end while the caller's event loop keeps serving an in-process
// sandbox, and reads what the child reports.
//
//   KillDrill::Child first;
//   first.run({"v3", endpoint, journal, "launch", "250", "key", "at-answer", "2"});   // killed
//   KillDrill::Child resumed;
//   resumed.run({"v3", endpoint, journal, "resume"});  // exits 0 once no launch is open
//   resumed.report().ids, resumed.report().rows, resumed.report().gapMs
namespace KillDrill {

// What a child that ended normally printed: the instance ids in its journal's records (sorted),
// the rows of its table and the longest its event loop went without running a 50 ms timer (ms);
// rows and gapMs are -1 when the child printed none.
struct Report
{
    QStringList ids;
    int rows = -1;
    qint64 gapMs = -1;
};

class Child
{
public:
    // Starts drill-child with `arguments` and waits up to `timeoutMs` (processing events) for it
    // to end. False when it did not start or did not end in time (it is then killed).
    bool run(const QStringList &arguments, int timeoutMs = 60000);
    // Starts the child and returns at once; waitForEnd() waits as run() does.
    bool start(const QStringList &arguments);
    bool waitForEnd(int timeoutMs = 60000);
    void kill() { m_process.kill(); }

    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    // 0: done; 1: the launch was refused; 2: usage; 3: it took too long; 4: the chosen batch
    // failed, so there was nothing to kill for.
    int exitCode() const { return m_process.exitCode(); }
    Report report();

private:
    QProcess m_process;
};

} // namespace KillDrill
