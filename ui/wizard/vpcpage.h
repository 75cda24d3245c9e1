// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class LatestRequest;
class LoadStatus;
class QCheckBox;
class QComboBox;

// The VPC and subnet (DescribeVpcEx / DescribeSubnetEx; only subnets in the chosen zone are
// offered) and whether the instances act as the VPC's public gateway. Shown only for VPC.
class VpcPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit VpcPage(LaunchDraft *draft, QWidget *parent = nullptr);

    void setCloudApi(CloudApi *api) override;
    bool isComplete() const override;
    void reloadVpcs();
    void reloadSubnets();

protected:
    void refresh() override;
    void initializePage() override;

private:
    void showVpcs(const QList<Vpc> &vpcs);
    void showSubnets();

    QComboBox *m_vpcCombo = nullptr;
    QComboBox *m_subnetCombo = nullptr;
    QCheckBox *m_gatewayCheck = nullptr;
    LoadStatus *m_vpcStatus = nullptr;
    LoadStatus *m_subnetStatus = nullptr;
    LatestRequest *m_vpcRequest = nullptr;
    LatestRequest *m_subnetRequest = nullptr;
    QList<Subnet> m_subnets;
    QString m_subnetsVpc;
    int m_shownZone = -1;
};
