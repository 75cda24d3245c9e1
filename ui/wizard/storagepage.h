// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class QComboBox;
class QLabel;
class QSpinBox;

// Disks: the data disk type among those the family takes, its size (0 = none) within the type's
// range, and the system disk size as the image's OS allows.
class StoragePage : public LaunchPage
{
    Q_OBJECT

public:
    explicit StoragePage(LaunchDraft *draft, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QComboBox *m_typeCombo = nullptr;
    QSpinBox *m_sizeSpin = nullptr;
    QLabel *m_sizeHint = nullptr;
    QSpinBox *m_rootSpin = nullptr;
    QLabel *m_rootHint = nullptr;
};
