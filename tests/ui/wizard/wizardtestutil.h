// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "fakecloudapi.h"
#include "specbuilder.h"
#include "wizard/launchwizard.h"

#include <QAbstractButton>
#include <QTest>

// Small helpers shared by the wizard tests (header-only; each test is its own executable).
namespace WizardTest {

template<typename T>
T *find(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

// Presses Next (or Launch) the way a user does; returns false when the button is disabled.
inline bool pressNext(LaunchWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (wizard.currentPage()->isCommitPage())
        next = wizard.button(QWizard::CommitButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    return true;
}

// The account the whole-wizard walks use: the sample zones, images, key pairs, VPC and groups
// in ap-guangzhou, and on API 3.0 the live offer and the region list too.
inline void fillWalkAccount(FakeCloudApi &api, bool apiThree)
{
    api.fillSample();
    api.accountRegion = QStringLiteral("ap-guangzhou");
    if (apiThree) {
        api.apiVersion = ApiConfig::Version::V3;
        api.fillOffer();
        api.regions = {{QStringLiteral("ap-guangzhou"), QStringLiteral("华南地区(广州)"), true}};
    }
}

// A launch every step of that account accepts as it stands: Guangzhou Zone 3, a password, the
// sample VPC and subnet, and on API 3.0 S5.SMALL2 from the zone's offer.
inline LaunchSpec walkSpec(bool apiThree)
{
    LaunchSpec spec = SpecBuilder().zone(100003).password(QStringLiteral("Sup3r!Secret"));
    spec.vpcId = QStringLiteral("vpc-main0001");
    spec.subnetId = QStringLiteral("subnet-gz300001");
    if (apiThree)
        spec.instanceType = QStringLiteral("S5.SMALL2");
    return spec;
}

} // namespace WizardTest
