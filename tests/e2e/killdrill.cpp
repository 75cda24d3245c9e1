// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "killdrill.h"

#include <QTest>

bool KillDrill::Child::start(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(CVM_DRILL_CHILD), arguments);
    return m_process.waitForStarted();
}

bool KillDrill::Child::waitForEnd(int timeoutMs)
{
    const bool ended =
        QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!ended) {
        m_process.kill();
        m_process.waitForFinished();
    }
    return ended;
}

bool KillDrill::Child::run(const QStringList &arguments, int timeoutMs)
{
    return start(arguments) && waitForEnd(timeoutMs);
}

KillDrill::Report KillDrill::Child::report()
{
    Report report;
    for (const QByteArray &line : m_process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("ids "))
            report.ids = QString::fromUtf8(line.mid(4)).split(u',', Qt::SkipEmptyParts);
        else if (line.startsWith("rows "))
            report.rows = line.mid(5).toInt();
        else if (line.startsWith("gap "))
            report.gapMs = line.mid(4).toLongLong();
    }
    report.ids.sort();
    return report;
}
