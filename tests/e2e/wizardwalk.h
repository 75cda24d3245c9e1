// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

class LaunchWizard;

// What an end-to-end test chooses on each page of the launch wizard, with sandbox defaults: a
// zone with a subnet, a Linux public image, a VPC, and a key pair or a password.
struct WalkChoices
{
    int zoneId = 100003;
    QString imageId = QStringLiteral("img-31tjrtph");
    QString vpcId = QStringLiteral("vpc-2ari9m7h");
    QString subnetId = QStringLiteral("subnet-ls9zm1zp");
    QString instanceName = QStringLiteral("e2e");
    int count = 3;
    QString keyId;    // key pair login when set
    QString password; // password login when set (and keyId is empty)

    // API 3.0 only (the instance step's live offer, the Storage and Network steps' API 3.0
    // pickers); empty: the page's defaults.
    QString instanceType;    // an exact type from the live list, e.g. "S5.LARGE8"
    QString systemDiskType;  // e.g. "CLOUD_BSSD"
    QString dataDiskType;    // one data disk of this type and dataDiskSize GB
    int dataDiskSize = 0;    // GB
    QString securityGroupId; // checked in the security group list
};

// Drives a LaunchWizard page by page the way a user does (lists, combos, Next), waiting for the
// pickers the CloudApi fills. Failures are QTest failures: check QTest::currentTestFailed().
namespace WizardWalk {

// From the Location page up to and including arriving on the Review page.
void toReview(LaunchWizard *wizard, const WalkChoices &choices);
// Presses Next, or Launch on the commit page; false when the button is not enabled.
bool pressNext(LaunchWizard *wizard);
// The validator's errors on the spec, for failure messages.
QString errors(const LaunchWizard *wizard);

} // namespace WizardWalk
