// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// A security group the account has in the region: an item of vpc DescribeSecurityGroups'
// SecurityGroupSet (vpc 2017-03-12). RunInstances takes its id in SecurityGroupIds.
struct SecurityGroup
{
    QString securityGroupId; // SecurityGroupId, e.g. "sg-05bb4upy"
    QString name;            // SecurityGroupName
    QString description;     // SecurityGroupDesc
    QString projectId;       // ProjectId: a String in this action (a number elsewhere)
    bool isDefault = false;  // IsDefault
    QString createdTime;     // CreatedTime, "2017-04-18 21:02:30" (Beijing time), verbatim

    bool operator==(const SecurityGroup &) const = default;
};
