// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class SecurityGroupPicker;
class QRadioButton;
class QSpinBox;

// How the instances reach the world: basic network or a VPC (chosen on the next page), the
// bandwidth type and cap, and whether to assign a public IP. On API 3.0 also the security groups
// (SecurityGroupIds), with a warning when none is chosen for instances with a public IP: they
// then join the project's default group, which lets every IPv4 address in (vpc
// CreateDefaultSecurityGroup: "默认安全组会放通所有IPv4规则").
class NetworkPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit NetworkPage(LaunchDraft *draft, QWidget *parent = nullptr);

    int nextId() const override;
    void setCloudApi(CloudApi *api) override;

protected:
    void refresh() override;
    void initializePage() override;

private:
    QRadioButton *m_basicRadio = nullptr;
    QRadioButton *m_vpcRadio = nullptr;
    QComboBox *m_bandwidthTypeCombo = nullptr;
    QSpinBox *m_bandwidthSpin = nullptr;
    QCheckBox *m_wanIpCheck = nullptr;
    QLabel *m_wanIpHint = nullptr;
    QGroupBox *m_groupBox = nullptr;
    SecurityGroupPicker *m_groupPicker = nullptr;
    QLabel *m_groupWarning = nullptr;
    bool m_groupsListed = false;
};
