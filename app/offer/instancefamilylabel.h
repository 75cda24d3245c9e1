// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// A family's display name: an item of DescribeInstanceFamilyConfigs' InstanceFamilyConfigSet
// (cvm 2017-03-12). Labels only: it says nothing about zones, charge types or stock.
struct InstanceFamilyLabel
{
    QString family; // InstanceFamily, the short code, e.g. "S5"
    QString name;   // InstanceFamilyName, the full name, e.g. "标准型S5"

    bool operator==(const InstanceFamilyLabel &) const = default;
};
