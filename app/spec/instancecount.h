// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a count means. LaunchSpec::goodsNum is the whole launch: any number from 1 to
// MaxPerLaunch. The Launcher splits it into requests of at most PerRequest instances, each with
// its own clientToken; only inside one request does goodsNum / InstanceCount mean "this request".
class InstanceCount
{
    Q_DECLARE_TR_FUNCTIONS(InstanceCount)

public:
    // Instances per request, the same for both protocols:
    // - API 2.0 RunInstancesHour takes goodsNum 1 to 100 (RunInstancesHour-seed.md §2, "最大100";
    //   the catalog's goodsNum rule says the same).
    // - API 3.0 RunInstances takes InstanceCount 1 to 500 (cvm-api-v3-today.md §3), but this app
    //   sends at most 100: a batch's ids then fit one DescribeInstances request (≤ 100 ids) and
    //   one journal batch, and a failed or unconfirmed batch leaves fewer instances in doubt.
    static constexpr int PerRequest = 100;

    // The most one launch asks for. The service's real bound is the account's pay-by-hour quota
    // per zone (DescribeAccountQuota, PostPaidQuotaSet; often 30 to 1,250 instances), which this
    // app does not read yet: until it does, this cap keeps a mistyped count from creating
    // thousands of billed instances.
    static constexpr int MaxPerLaunch = 1000;

    // The request sizes of a launch of `count` instances: 250 -> {100, 100, 50}; nothing for a
    // count below 1.
    static QList<int> batchSizes(int count);
    // How many requests a launch of `count` sends: 250 -> 3; 0 below 1.
    static int requestCount(int count);
    // For the count field (translated): the cap and why, and above PerRequest how many requests
    // will be sent, e.g. "Up to 1000 per launch (…). Sent as 3 requests of at most 100."
    static QString explain(int count);
};
