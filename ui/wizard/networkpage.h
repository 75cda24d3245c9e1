// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

// How the instances reach the world: basic network or a VPC (chosen on the next page), the
// bandwidth type and cap, and whether to assign a public IP.
class NetworkPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit NetworkPage(LaunchDraft *draft, QWidget *parent = nullptr);

    int nextId() const override;

protected:
    void refresh() override;

private:
    QRadioButton *m_basicRadio = nullptr;
    QRadioButton *m_vpcRadio = nullptr;
    QComboBox *m_bandwidthTypeCombo = nullptr;
    QSpinBox *m_bandwidthSpin = nullptr;
    QCheckBox *m_wanIpCheck = nullptr;
    QLabel *m_wanIpHint = nullptr;
};
