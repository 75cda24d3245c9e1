// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>

// One page of a listing action (DescribeImages, DescribeKeyPairs, DescribeVpcs, DescribeSubnets,
// DescribeSecurityGroups; both protocols): the items, and how many the service says there are in
// all (TotalCount / totalCount), -1 when the answer did not say.
template<typename T>
struct ListPage
{
    QList<T> items;
    int totalCount = -1;
};
