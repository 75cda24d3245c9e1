// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/launchregion.h"

QString LaunchRegion::refusal(const LaunchSpec &spec, const QString &accountRegion)
{
    if (spec.region.isEmpty() || accountRegion.isEmpty() || spec.region == accountRegion)
        return {};
    return tr("The launch is for the region %1, but this account works in %2. Choose a zone of "
              "%2, or switch to a profile of %1; nothing was sent.")
        .arg(spec.region, accountRegion);
}
