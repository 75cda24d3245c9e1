// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "widgets/findinglabel.h"
#include "widgets/passwordchecklist.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizard/steplist.h"
#include "wizardtestutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace WizardTest;

// The login page: the live checklist, show/hide, and key pairs refused (with the reason) for
// Windows images.
class TestLoginPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void weakPasswordBlocksNextUntilTheRulesAreMet();
    void showHideTogglesTheEcho();
    void theConfirmationMustMatch();
    void anUnusedPasswordIsNeverLeftInClear();
    void theFocusStartsOnTheChosenWay();
    void windowsImagesDisableKeyPairsWithTheReason();
    void keyPairsComeFromTheApi();

private:
    static LaunchSpec linuxSpec();
};

LaunchSpec TestLoginPage::linuxSpec()
{
    return SpecBuilder::blank().zone(100003).image(QStringLiteral("img-31tjrtph"));
}

void TestLoginPage::weakPasswordBlocksNextUntilTheRulesAreMet()
{
    LaunchWizard wizard(linuxSpec());
    wizard.draft()->setImage({QStringLiteral("img-31tjrtph"),
                              QStringLiteral("CentOS"),
                              {},
                              2,
                              QStringLiteral("CentOS 7.2 64位"),
                              {}});
    wizard.setStartId(LaunchWizard::LoginPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    find<QRadioButton>(&wizard, QStringLiteral("passwordRadio"))->click();
    auto *edit = find<QLineEdit>(&wizard, QStringLiteral("passwordEdit"));
    QVERIFY(edit->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("abc"));
    auto *checklist = find<PasswordChecklist>(&wizard, QStringLiteral("passwordChecklist"));
    QVERIFY(checklist->isVisible());
    QVERIFY2(checklist->text().contains(QStringLiteral("Not yet: 8 to 16 characters")),
             qPrintable(checklist->text()));
    auto *findings = find<FindingLabel>(&wizard, QStringLiteral("findings_password"));
    QVERIFY(findings->isVisible());
    QVERIFY(!findings->text().contains(QStringLiteral("abc"))); // never echoes the password
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    QTest::keyClicks(edit, QStringLiteral("DEF123!"));
    QVERIFY2(!checklist->text().contains(QStringLiteral("Not yet")), qPrintable(checklist->text()));
    // The rules are met; Next still waits for the password typed a second time.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(find<QLineEdit>(&wizard, QStringLiteral("confirmPasswordEdit")),
                     QStringLiteral("abcDEF123!"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestLoginPage::theConfirmationMustMatch()
{
    LaunchWizard wizard(linuxSpec());
    wizard.setStartId(LaunchWizard::LoginPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    find<QRadioButton>(&wizard, QStringLiteral("passwordRadio"))->click();
    auto *edit = find<QLineEdit>(&wizard, QStringLiteral("passwordEdit"));
    auto *confirm = find<QLineEdit>(&wizard, QStringLiteral("confirmPasswordEdit"));
    auto *finding = find<FindingLabel>(&wizard, QStringLiteral("confirmPasswordFinding"));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, QStringLiteral("Abcdef12!x"));
    QVERIFY(!next->isEnabled());
    // Typed and not yet confirmed: what to do, not an error.
    QVERIFY(finding->isVisible());
    QCOMPARE(finding->findings().value(0).severity, Finding::Severity::Info);
    QTest::keyClicks(confirm, QStringLiteral("Abc"));
    QCOMPARE(finding->findings().value(0).severity, Finding::Severity::Info);
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("x"));
    QCOMPARE(finding->findings().value(0).severity, Finding::Severity::Error);
    // The step list says so too.
    QTRY_VERIFY2(find<StepList>(&wizard, QStringLiteral("stepList"))
                     ->text()
                     .contains(QLatin1String("needs attention (1 error")),
                 qPrintable(find<StepList>(&wizard, QStringLiteral("stepList"))->text()));
    QVERIFY(!finding->text().contains(QStringLiteral("Abc"))); // never echoes the password
    QVERIFY(!next->isEnabled());
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("Abcdef12!x"));
    QVERIFY(finding->isHidden());
    QVERIFY(next->isEnabled());
    // Changing the password asks for the confirmation again.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!next->isEnabled());
    QCOMPARE(finding->findings().value(0).severity, Finding::Severity::Error);
    // A password the service generates has nothing to confirm.
    find<QRadioButton>(&wizard, QStringLiteral("generateRadio"))->click();
    QVERIFY(next->isEnabled());
    QVERIFY(finding->isHidden());
}

void TestLoginPage::anUnusedPasswordIsNeverLeftInClear()
{
    LaunchWizard wizard(linuxSpec());
    wizard.setStartId(LaunchWizard::LoginPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    find<QRadioButton>(&wizard, QStringLiteral("passwordRadio"))->click();
    auto *edit = find<QLineEdit>(&wizard, QStringLiteral("passwordEdit"));
    auto *confirm = find<QLineEdit>(&wizard, QStringLiteral("confirmPasswordEdit"));
    auto *show = find<QCheckBox>(&wizard, QStringLiteral("showPasswordCheck"));
    QTest::keyClicks(edit, QStringLiteral("Abcdef12!x"));
    QTest::keyClicks(confirm, QStringLiteral("Abcdef12!x"));
    show->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(confirm->echoMode(), QLineEdit::Normal);
    // Another way to log in: the typed password stays, hidden.
    find<QRadioButton>(&wizard, QStringLiteral("generateRadio"))->click();
    QVERIFY(!show->isChecked());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);
    QCOMPARE(edit->text(), QStringLiteral("Abcdef12!x"));
    // Leaving the page hides it too.
    find<QRadioButton>(&wizard, QStringLiteral("passwordRadio"))->click();
    show->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QVERIFY(wizard.currentId() != int(LaunchWizard::LoginPageId));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!show->isChecked());
}

// Arriving on Login by Next, the focus is on the way chosen (the generated password for a new
// launch), where Space changes nothing; Alt+K then puts it in the key pair list.
void TestLoginPage::theFocusStartsOnTheChosenWay()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchSpec spec = SpecBuilder();
    spec.password.reset();
    LaunchWizard wizard(spec);
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.currentId() != LaunchWizard::LoginPageId)
        QVERIFY(QTest::qWaitFor([&] { return pressNext(wizard); }));
    auto *generate = find<QRadioButton>(&wizard, QStringLiteral("generateRadio"));
    QVERIFY(generate->isChecked());
    QTRY_COMPARE(QApplication::focusWidget(), generate);
    QTest::keyClick(generate, Qt::Key_K, Qt::AltModifier);
    auto *keys = find<QComboBox>(&wizard, QStringLiteral("keyCombo"));
    QTRY_COMPARE(QApplication::focusWidget(), keys);
    QCOMPARE(wizard.spec().keyId, keys->currentData().toString());
}

void TestLoginPage::showHideTogglesTheEcho()
{
    LaunchWizard wizard(linuxSpec());
    wizard.setStartId(LaunchWizard::LoginPageId);
    wizard.show();
    find<QRadioButton>(&wizard, QStringLiteral("passwordRadio"))->click();
    auto *edit = find<QLineEdit>(&wizard, QStringLiteral("passwordEdit"));
    auto *show = find<QCheckBox>(&wizard, QStringLiteral("showPasswordCheck"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    show->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestLoginPage::windowsImagesDisableKeyPairsWithTheReason()
{
    LaunchSpec spec = linuxSpec();
    spec.imageId = QStringLiteral("img-egif9bvl");
    LaunchWizard wizard(spec);
    wizard.draft()->setImage({QStringLiteral("img-egif9bvl"),
                              QStringLiteral("Windows"),
                              {},
                              2,
                              QStringLiteral("Windows Server 2012 R2 64位"),
                              {}});
    wizard.setStartId(LaunchWizard::LoginPageId);
    wizard.show();
    QVERIFY(!find<QRadioButton>(&wizard, QStringLiteral("keyRadio"))->isEnabled());
    auto *reason = find<QLabel>(&wizard, QStringLiteral("keyReason"));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QStringLiteral("Windows")));
    // The service's generated password is the default and never blocks.
    QVERIFY(find<QRadioButton>(&wizard, QStringLiteral("generateRadio"))->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestLoginPage::keyPairsComeFromTheApi()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(linuxSpec());
    wizard.draft()->setImage({QStringLiteral("img-31tjrtph"),
                              QStringLiteral("CentOS"),
                              {},
                              2,
                              QStringLiteral("CentOS 7.2 64位"),
                              {}});
    wizard.setCloudApi(&api);
    wizard.setStartId(LaunchWizard::LoginPageId);
    wizard.show();
    auto *keys = find<QComboBox>(&wizard, QStringLiteral("keyCombo"));
    QTRY_COMPARE(keys->count(), 2);
    find<QRadioButton>(&wizard, QStringLiteral("keyRadio"))->click();
    QCOMPARE(wizard.spec().keyId, QStringLiteral("skey-ops00001"));
    QVERIFY(!wizard.spec().hasPassword());
}

QTEST_MAIN(TestLoginPage)
#include "tst_loginpage.moc"
