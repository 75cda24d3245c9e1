// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class RatioHint;

// What runs: the instance family (each with its description and the ratios it allows), CPU and
// memory among the family's pairs with a live ratio hint, the instance name and the count (a
// whole launch, up to InstanceCount::MaxPerLaunch, split into requests by the launcher).
class InstanceConfigPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit InstanceConfigPage(LaunchDraft *draft, QWidget *parent = nullptr);

    // What the label under the count says: the per-launch cap and why, and above the
    // per-request limit how many requests will be sent.
    QString countHintText() const;

protected:
    void refresh() override;

private:
    void fillFamilies();

    QListWidget *m_familyList = nullptr;
    QComboBox *m_cpuCombo = nullptr;
    QComboBox *m_memCombo = nullptr;
    RatioHint *m_ratioHint = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QSpinBox *m_countSpin = nullptr;
    QLabel *m_countHint = nullptr;
};
