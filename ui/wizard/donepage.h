// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWizardPage>

class QLabel;

// After Launch: says that the launch was handed over and where to follow it.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget *parent = nullptr);

    void setLaunched(int instanceCount);

private:
    QLabel *m_label = nullptr;
};
