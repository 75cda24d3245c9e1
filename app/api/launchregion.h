// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QString>

// An API 3.0 launch goes to the region its backend addresses, or nowhere. The spec's region
// comes from the zone the operator chose (LaunchSpec::region); the backend's from its profile
// (ApiConfig::region), sent as X-TC-Region. When they differ (a remembered zone of another
// region, a template written for another account) the request is refused before it leaves,
// naming both, instead of reaching the service as a zone of one region sent to another
// (InvalidZone.MismatchRegion). API 2.0 names the region in each request (Region), so there the
// spec's region is the launch's; the wizard keeps it to the zones it shows (LocationPage).
class LaunchRegion
{
    Q_DECLARE_TR_FUNCTIONS(LaunchRegion)

public:
    // A translated refusal naming both regions; empty when the spec names no region, the account
    // has none set, or they agree.
    static QString refusal(const LaunchSpec &spec, const QString &accountRegion);
};
