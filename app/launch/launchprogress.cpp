// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launchprogress.h"

#include <QStringList>

void LaunchProgress::add(InstanceState state, int count)
{
    total += count;
    switch (state) {
    case InstanceState::Creating:
    case InstanceState::Busy:
        creating += count;
        break;
    case InstanceState::Unknown:
        waiting += count;
        break;
    case InstanceState::Running:
        running += count;
        break;
    case InstanceState::CreateFailed:
        failed += count;
        break;
    case InstanceState::Returning:
    case InstanceState::Returned:
        returned += count;
        break;
    case InstanceState::Stopped:
    case InstanceState::Fault:
    case InstanceState::NotFound:
        other += count;
        break;
    }
}

LaunchProgress &LaunchProgress::operator+=(const LaunchProgress &o)
{
    total += o.total;
    creating += o.creating;
    waiting += o.waiting;
    running += o.running;
    failed += o.failed;
    returned += o.returned;
    other += o.other;
    return *this;
}

QString LaunchProgress::text() const
{
    QStringList parts;
    // Counts after a colon-free phrase, no plural forms: "2 of 3 running" reads the same for 1.
    parts << tr("%1 of %2 running").arg(running).arg(total);
    if (creating > 0)
        parts << tr("%1 creating").arg(creating);
    if (waiting > 0)
        parts << tr("%1 waiting for status").arg(waiting);
    if (failed > 0)
        parts << tr("%1 failed").arg(failed);
    if (returned > 0)
        parts << tr("%1 returned").arg(returned);
    if (other > 0)
        parts << tr("%1 stopped or not found").arg(other);
    return parts.join(tr(", "));
}
