// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "offer/diskconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

// How the Storage step shows cbs DescribeDiskConfigQuota's answer (DiskConfig): the type combos
// and the size hints of the system disk and the data disks.
class DiskConfigText
{
    Q_DECLARE_TR_FUNCTIONS(DiskConfigText)

public:
    // How many characters a disk type box shows: the longest name, "Tremendous SSD cloud disk".
    static constexpr int TypeComboChars = 26;

    // The config of `diskType` for `usage`, nullptr when the answer does not list it.
    static const DiskConfig *find(const QList<DiskConfig> &configs, const QString &diskType,
                                  DiskConfig::Usage usage);
    // Fills `combo` with the types listed for `usage`: the available ones to choose (item data:
    // the DiskType), the others disabled and marked "not on sale"; `current` is selected and
    // added, marked, when the answer does not list it.
    static void fillTypes(QComboBox *combo, const QList<DiskConfig> &configs,
                          DiskConfig::Usage usage, const QString &current);
    // "20 to 32000 GB in steps of 10 GB; CNY 0.0008 per GB per hour, CNY 0.08 per hour for
    // 100 GB" (the price part only when the service gave one: Price.UnitPriceDiscount, per GB
    // and hour as ChargeUnit says).
    static QString sizeHint(const DiskConfig &config, int sizeGb);
    // The smallest size the service takes: MinDiskSize, and for a CLOUD_SSD data disk at least
    // 100 GB (InvalidParameterValue.CloudSsdDataDiskSizeTooSmall), GB.
    static int minimumGb(const DiskConfig &config);
};
