// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/loginpage.h"

#include "spec/specfields.h"
#include "validation/passwordrules.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "widgets/passwordchecklist.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

LoginPage::LoginPage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft, {SpecField::Password, SpecField::KeyId}, parent)
{
    setTitle(tr("Login"));
    setSubTitle(tr("Choose how you will log in to the instances."));
    m_keyRequest = new LatestRequest(this);

    m_passwordRadio = new QRadioButton(tr("&Set a password"), this);
    m_passwordRadio->setObjectName(QStringLiteral("passwordRadio"));
    m_keyRadio = new QRadioButton(tr("Use an SSH &key pair"), this);
    m_keyRadio->setObjectName(QStringLiteral("keyRadio"));
    // Short, with the rest in a wrapped line under it: a radio button's text never wraps, and a
    // long one was cut off at the page's edge.
    m_generateRadio = new QRadioButton(tr("Let the service &generate a password"), this);
    m_generateRadio->setObjectName(QStringLiteral("generateRadio"));
    m_generateHint = new QLabel(tr("It is sent to the account's message center."), this);
    m_generateHint->setObjectName(QStringLiteral("generateHint"));
    m_generateHint->setWordWrap(true);
    m_generateHint->setIndent(
        style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, m_generateRadio) +
        style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, m_generateRadio));
    auto *group = new QButtonGroup(this);
    group->addButton(m_passwordRadio);
    group->addButton(m_keyRadio);
    group->addButton(m_generateRadio);

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_confirmEdit->setAccessibleName(tr("Confirm password"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    // Not one of the draft's fields: the page owns this finding, so no addFindingLabel().
    m_confirmFinding = new FindingLabel({SpecFields::key(SpecField::Password)}, this);
    m_confirmFinding->setObjectName(QStringLiteral("confirmPasswordFinding"));
    m_showCheck = new QCheckBox(tr("S&how password"), this);
    m_showCheck->setObjectName(QStringLiteral("showPasswordCheck"));
    m_checklist = new PasswordChecklist(this);
    m_checklist->setObjectName(QStringLiteral("passwordChecklist"));

    m_keyCombo = new QComboBox(this);
    m_keyCombo->setObjectName(QStringLiteral("keyCombo"));
    m_keyCombo->setAccessibleName(tr("Key pair"));
    m_keyReason = new QLabel(this);
    m_keyReason->setObjectName(QStringLiteral("keyReason"));
    m_keyReason->setWordWrap(true);
    m_keyStatus = new LoadStatus(tr("the key pairs"), this);

    // One form for the three choices, so that the password's and the key pair's fields line up;
    // each choice spans the form, its fields under it.
    auto *form = new QFormLayout;
    form->addRow(m_passwordRadio);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(tr("Confir&m password:"), m_confirmEdit);
    form->addRow(m_confirmFinding);
    form->addRow(m_showCheck);
    form->addRow(m_checklist);
    form->addRow(addFindingLabel({SpecField::Password}));
    form->addRow(m_keyRadio);
    form->addRow(m_keyReason);
    form->addRow(tr("Key pai&r:"), m_keyCombo);
    form->addRow(m_keyStatus);
    form->addRow(addFindingLabel({SpecField::KeyId}));
    form->addRow(m_generateRadio);
    form->addRow(m_generateHint);

    auto *layout = new QVBoxLayout(body());
    layout->addLayout(form);
    layout->addStretch(1);

    setFieldWidget(SpecField::Password, m_passwordEdit);
    setFieldWidget(SpecField::KeyId, m_keyCombo);
    setFieldWidget(SpecField::Password, m_passwordRadio);
    setFieldWidget(SpecField::KeyId, m_keyRadio);
    setFieldWidget(SpecField::Password, m_generateRadio);

    connect(m_keyStatus, &LoadStatus::retryRequested, this, &LoginPage::reloadKeyPairs);
    for (QRadioButton *radio : {m_passwordRadio, m_keyRadio, m_generateRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on && !updating())
                chooseMode();
        });
    connect(m_showCheck, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit *edit : {m_passwordEdit, m_confirmEdit})
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_passwordEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->edit(SpecField::Password, [text](LaunchSpec &spec) {
            spec.password = text;
            spec.keyId.clear();
        });
    });
    connect(m_confirmEdit, &QLineEdit::textEdited, this, [this] {
        showConfirmation();
        Q_EMIT completeChanged();
    });
    connect(m_keyCombo, &QComboBox::activated, this, [this] {
        const QString keyId = m_keyCombo->currentData().toString();
        this->draft()->edit(SpecField::KeyId, [keyId](LaunchSpec &spec) { spec.keyId = keyId; });
    });
}

void LoginPage::setCloudApi(CloudApi *api)
{
    LaunchPage::setCloudApi(api);
    reloadKeyPairs();
}

void LoginPage::reloadKeyPairs()
{
    CloudApi *api = cloudApi();
    if (!api)
        return;
    m_keyStatus->setLoading();
    m_keyRequest->start<QList<KeyPair>>(
        [api](QObject *context, CloudApi::Callback<QList<KeyPair>> done) {
            return api->describeKeyPairs(context, std::move(done));
        },
        [this](const ApiResult<QList<KeyPair>> &result) {
            if (!result.ok()) {
                m_keyStatus->setFailed(result.error);
                return;
            }
            const QSignalBlocker blocker(m_keyCombo);
            m_keyCombo->clear();
            for (const KeyPair &key : *result.value)
                m_keyCombo->addItem(tr("%1 (%2)").arg(key.name, key.keyId), key.keyId);
            if (result.value->isEmpty())
                m_keyStatus->setEmpty(tr("None: this account has no key pairs in this region. "
                                         "Create one in the console and choose this option "
                                         "again, or use a password."));
            else
                m_keyStatus->setDone();
            refresh();
        });
}

void LoginPage::chooseMode()
{
    LaunchDraft::LoginMode mode = LaunchDraft::LoginMode::Generated;
    if (m_passwordRadio->isChecked())
        mode = LaunchDraft::LoginMode::Password;
    else if (m_keyRadio->isChecked())
        mode = LaunchDraft::LoginMode::KeyPair;
    const QString password = m_passwordEdit->text();
    QString keyId = m_keyCombo->currentData().toString();
    if (keyId.isEmpty() && m_keyCombo->count() > 0)
        keyId = m_keyCombo->itemData(0).toString(); // the first key, until another is chosen
    draft()->setLoginMode(mode);
    // Chosen again after a key pair was made in the console: ask for the list again.
    if (mode == LaunchDraft::LoginMode::KeyPair && m_keyCombo->count() == 0 &&
        !m_keyStatus->isLoading())
        reloadKeyPairs();
    // Password and key pair exclude each other; the one not chosen is dropped from the spec
    // (the typed password stays in its field in case the user comes back).
    draft()->edit(mode == LaunchDraft::LoginMode::KeyPair ? SpecField::KeyId : SpecField::Password,
                  [mode, password, keyId](LaunchSpec &spec) {
                      spec.password.reset();
                      spec.keyId.clear();
                      if (mode == LaunchDraft::LoginMode::Password)
                          spec.password = password;
                      else if (mode == LaunchDraft::LoginMode::KeyPair)
                          spec.keyId = keyId;
                  });
    // The choice's own field takes the focus (Alt+S, Alt+K), as its label says what to do next.
    if (mode == LaunchDraft::LoginMode::Password)
        m_passwordEdit->setFocus();
    else if (mode == LaunchDraft::LoginMode::KeyPair && m_keyCombo->isEnabled())
        m_keyCombo->setFocus();
    if (mode != LaunchDraft::LoginMode::Password)
        m_showCheck->setChecked(false); // a password not used is never left in clear
}

bool LoginPage::isComplete() const
{
    return LaunchPage::isComplete() && confirmationMatches();
}

void LoginPage::hideEvent(QHideEvent *event)
{
    m_showCheck->setChecked(false);
    LaunchPage::hideEvent(event);
}

int LoginPage::pageErrors() const
{
    const QList<Finding> &shown = m_confirmFinding->findings();
    return !shown.isEmpty() && shown.first().isError() ? 1 : 0;
}

bool LoginPage::confirmationMatches() const
{
    return draft()->loginMode() != LaunchDraft::LoginMode::Password ||
           m_passwordEdit->text().isEmpty() || m_confirmEdit->text() == m_passwordEdit->text();
}

void LoginPage::showConfirmation()
{
    const QString password = m_passwordEdit->text();
    const QString confirmation = m_confirmEdit->text();
    const bool used = draft()->loginMode() == LaunchDraft::LoginMode::Password;
    Findings findings;
    if (used && !password.isEmpty() && confirmation != password) {
        // No error while the confirmation is still a correct beginning: only what to do.
        const bool onTheWay = password.startsWith(confirmation);
        Finding finding;
        finding.field = SpecFields::key(SpecField::Password);
        finding.code = QStringLiteral("confirmation");
        finding.severity = onTheWay ? Finding::Severity::Info : Finding::Severity::Error;
        finding.message = onTheWay ? tr("Type the same password again to confirm it.")
                                   : tr("The two passwords differ. Type the same password in "
                                        "both fields.");
        findings.append(finding);
    }
    m_confirmFinding->setFindings(findings);
}

QList<PasswordChecklist::Item> LoginPage::checklistItems(const QString &password) const
{
    QList<PasswordChecklist::Item> items;
    const PasswordRules rules =
        PasswordRules::forOs(draft()->catalog(), draft()->osFamily(), draft()->offerRequired());
    for (const PasswordRules::Check &check : rules.check(password))
        items.append({check.text, check.satisfied});
    return items;
}

void LoginPage::refresh()
{
    const LaunchSpec &spec = draft()->spec();
    const LaunchDraft::LoginMode mode = draft()->loginMode();
    m_passwordRadio->setChecked(mode == LaunchDraft::LoginMode::Password);
    m_keyRadio->setChecked(mode == LaunchDraft::LoginMode::KeyPair);
    m_generateRadio->setChecked(mode == LaunchDraft::LoginMode::Generated);

    const bool windows = draft()->osFamily() == OsFamily::Windows;
    m_keyRadio->setEnabled(!windows);
    m_keyReason->setVisible(windows);
    m_keyReason->setText(tr("Key pairs are not available: Windows images only accept a "
                            "password."));

    const bool passwordMode = mode == LaunchDraft::LoginMode::Password;
    m_passwordEdit->setEnabled(passwordMode);
    m_confirmEdit->setEnabled(passwordMode);
    m_showCheck->setEnabled(passwordMode);
    showConfirmation();
    m_checklist->setVisible(passwordMode);
    m_checklist->setItems(checklistItems(spec.password.value_or(m_passwordEdit->text())));

    const bool keyMode = mode == LaunchDraft::LoginMode::KeyPair;
    m_keyCombo->setEnabled(keyMode && !windows);
    const QSignalBlocker blocker(m_keyCombo);
    m_keyCombo->setCurrentIndex(m_keyCombo->findData(spec.keyId));
}
