// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "validation/suggestion.h"

#include <QList>
#include <QString>

// One thing the validator has to say about one field of a launch.
//
// code is stable and machine-readable (tests, the sandbox, the wizard key on it):
//   required      a required field is empty
//   unknown       a value the catalog does not know (zone, instance type, disk type, subnet...)
//   region        the zone is not in the spec's region
//   notSold       the family is not sold in the zone
//   cpu           the family has no size with this many cores
//   ratio         the family does not pair these cores with this memory
//   notAllowed    the family does not take this disk type
//   range, step   outside the limits / not on the step grid
//   fixed         the value cannot be changed (Windows system disk)
//   osUnknown     the answer depends on the image's OS, which is not known yet
//   noPublicIp    a public IP was asked for without bandwidth
//   needsVpc, needsPublicIp   isVpcGateway without a VPC / without a public IP
//   pair          vpcId without subnetId or the reverse
//   zone          the subnet is not in the chosen zone
//   length, classes, characters   password, name or token rules
//   ascii         clientToken is not plain ASCII
//   conflict      password and keyId together
//   windowsKey    keyId with a Windows image
//   generated     no password and no key: the service will generate a password
struct Finding
{
    enum class Severity { Info, Warning, Error };

    QString field; // the RunInstancesHour parameter name, e.g. "mem"
    Severity severity = Severity::Error;
    QString code;
    QString message; // translated, says what is wrong and how to fix it
    QList<Suggestion> suggestions;

    bool isError() const { return severity == Severity::Error; }
};
