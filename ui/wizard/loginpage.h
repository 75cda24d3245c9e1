// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "widgets/passwordchecklist.h"
#include "wizard/launchpage.h"

class LatestRequest;
class LoadStatus;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// How to log in: a password checked live against the OS's rules, a key pair from
// DescribeKeyPairs (not for Windows images: the reason is shown), or a password the service
// generates and sends to the account's message center.
class LoginPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit LoginPage(LaunchDraft *draft, QWidget *parent = nullptr);

    void setCloudApi(CloudApi *api) override;
    void reloadKeyPairs();

protected:
    void refresh() override;

private:
    void chooseMode();
    QList<PasswordChecklist::Item> checklistItems(const QString &password) const;

    QRadioButton *m_passwordRadio = nullptr;
    QRadioButton *m_keyRadio = nullptr;
    QRadioButton *m_generateRadio = nullptr;
    QLabel *m_generateHint = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QCheckBox *m_showCheck = nullptr;
    PasswordChecklist *m_checklist = nullptr;
    QComboBox *m_keyCombo = nullptr;
    QLabel *m_keyReason = nullptr;
    LoadStatus *m_keyStatus = nullptr;
    LatestRequest *m_keyRequest = nullptr;
};
