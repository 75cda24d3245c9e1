// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class QCheckBox;
class QSpinBox;

// The services installed with the instances (security and monitoring agents) and the project
// they are billed to.
class ServicesPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit ServicesPage(LaunchDraft *draft, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QCheckBox *m_securityCheck = nullptr;
    QCheckBox *m_monitorCheck = nullptr;
    QSpinBox *m_projectSpin = nullptr;
};
