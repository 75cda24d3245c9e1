// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/accountquota.h"

#include <algorithm>

const AccountQuota::Zone *AccountQuota::forZone(const QString &zone) const
{
    for (const Zone &entry : postPaid) {
        if (entry.zone == zone)
            return &entry;
    }
    return nullptr;
}

QString AccountQuota::leftText(const QString &zone) const
{
    const Zone *entry = forZone(zone);
    if (!entry)
        return {};
    return tr("%1 of %2 left in this zone").arg(entry->remaining).arg(entry->total);
}

int AccountQuota::cap(const QString &zone, int wanted) const
{
    const Zone *entry = forZone(zone);
    return entry ? std::clamp(entry->remaining, 0, wanted) : wanted;
}
