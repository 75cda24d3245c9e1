// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"
#include "catalog/catalogtypes.h"
#include "offer/accountquota.h"
#include "offer/diskconfig.h"
#include "offer/zoneoffer.h"

#include <QList>
#include <QLocale>

#include <optional>

// What the validator cannot read from the spec or the catalog: facts only the live API knows,
// and how the caller wants the answer.
struct ValidationContext
{
    // The chosen image's OS (osFamilyFromName(image.osName)); Unknown until it is described.
    // Decides the system disk, password and key rules; Unknown never makes the validator guess.
    OsFamily imageOs = OsFamily::Unknown;

    // The subnets of the chosen VPC, when they have been fetched; nullopt when not known (then
    // the subnet's zone is not checked).
    std::optional<QList<Subnet>> subnets;

    // False while the operator has not reached a field yet (the wizard's earlier pages): empty
    // required fields are then not reported. The sandbox and the final check leave it true.
    bool reportMissing = true;

    // What goodsNum counts. Launch (the wizard, templates, the launcher's input): the whole
    // launch, 1 to InstanceCount::MaxPerLaunch, sent in several requests when needed. Request
    // (the sandbox checking what one request asks for): 1 to InstanceCount::PerRequest.
    enum class CountScope { Launch, Request };
    CountScope count = CountScope::Launch;

    // API 3.0: what the service sells in the chosen zone (OfferRules). When set, the offer and not
    // the catalog decides the instance type, cores and memory; likewise the disk configs decide
    // the disks, and the quota caps the count. nullopt on API 2.0, or while not fetched.
    std::optional<ZoneOffer> offer;
    std::optional<QList<DiskConfig>> diskConfigs;
    std::optional<AccountQuota> quota;
    // API 3.0 in the wizard: the offer decides the instance type, so while it is not loaded (or
    // failed to load) the type cannot be judged and is reported as such, never by the catalog's
    // API 2.0 families. False everywhere else.
    bool offerRequired = false;
    // API 3.0's rules where the protocols differ (the password's length and classes:
    // Catalog::passwordRules). The wizard sets it with offerRequired; the sandbox's API 3.0
    // side checks against its world's catalog, whose API 2.0 sets are already API 3.0's.
    bool apiThree = false;

    // Picks zone and disk display names in messages and suggestion labels.
    QLocale locale;
};
