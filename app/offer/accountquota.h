// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The account's pay-by-hour instance quota per zone: DescribeAccountQuota's
// AccountQuotaOverview.AccountQuota.PostPaidQuotaSet (cvm 2017-03-12). The doc does not state the
// unit; the purchase constraints page ("每个用户在每个可用区可购买的按量计费云服务器实例的总数量")
// makes it a count of instances per zone.
class AccountQuota
{
    Q_DECLARE_TR_FUNCTIONS(AccountQuota)

public:
    struct Zone
    {
        QString zone;      // Zone, e.g. "ap-guangzhou-6"
        int used = 0;      // UsedQuota, instances
        int remaining = 0; // RemainingQuota, instances
        int total = 0;     // TotalQuota, instances

        bool operator==(const Zone &) const = default;
    };

    QString region;       // AccountQuotaOverview.Region
    QList<Zone> postPaid; // PostPaidQuotaSet

    // The zone's entry; nullptr when the service listed none for it (then nothing is capped).
    const Zone *forZone(const QString &zone) const;
    // "3 of 30 left in this zone" for the zone; empty when it is not listed.
    QString leftText(const QString &zone) const;
    // How many instances one launch may ask for in the zone: min(remaining, wanted); `wanted`
    // when the zone is not listed.
    int cap(const QString &zone, int wanted) const;
};
