// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"
#include "api/cloudtypes.h"
#include "catalog/catalog.h"
#include "spec/launchspec.h"
#include "spec/specfield.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Every choice of a launch in plain words, for the review page: ("Zone", "Guangzhou Zone 3
// (100003)"), ("Login", "a password, set — not shown"), ... Never a secret. The disks are the
// ones `version` sends: API 2.0's one data disk (storageType, storageSize), or API 3.0's system
// disk type and size and each data disk (systemDiskType, rootSize, dataDisks) with the security
// groups.
class LaunchSummary
{
    Q_DECLARE_TR_FUNCTIONS(LaunchSummary)

public:
    using Lines = QList<QPair<QString, QString>>;

    // With `fields`, also the field each line shows (its step has the Edit link), one per line.
    static Lines lines(const LaunchSpec &spec, const Catalog &catalog, const Image &image,
                       ApiConfig::Version version, QList<SpecField> *fields = nullptr);
};
