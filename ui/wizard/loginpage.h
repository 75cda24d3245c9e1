// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "widgets/passwordchecklist.h"
#include "wizard/launchpage.h"

class FindingLabel;
class LatestRequest;
class LoadStatus;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// How to log in: a password checked live against the OS's rules, a key pair from
// DescribeKeyPairs (not for Windows images: the reason is shown), or a password the service
// generates and sends to the account's message center. A password typed here is typed twice:
// Next waits until the confirmation matches.
class LoginPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit LoginPage(LaunchDraft *draft, QWidget *parent = nullptr);

    void setCloudApi(CloudApi *api) override;
    void reloadKeyPairs();
    bool isComplete() const override;
    // 1 while the confirmation differs from the password (not while it is still being typed).
    int pageErrors() const override;

protected:
    void refresh() override;
    // Leaving the page hides a password shown in clear.
    void hideEvent(QHideEvent *event) override;

private:
    void chooseMode();
    // True unless a password was typed here and the confirmation differs (a password that came
    // with the draft has nothing to confirm).
    bool confirmationMatches() const;
    void showConfirmation();
    QList<PasswordChecklist::Item> checklistItems(const QString &password) const;

    QRadioButton *m_passwordRadio = nullptr;
    QRadioButton *m_keyRadio = nullptr;
    QRadioButton *m_generateRadio = nullptr;
    QLabel *m_generateHint = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    FindingLabel *m_confirmFinding = nullptr;
    QCheckBox *m_showCheck = nullptr;
    PasswordChecklist *m_checklist = nullptr;
    QComboBox *m_keyCombo = nullptr;
    QLabel *m_keyReason = nullptr;
    LoadStatus *m_keyStatus = nullptr;
    LatestRequest *m_keyRequest = nullptr;
};
