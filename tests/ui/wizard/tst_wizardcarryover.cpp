// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace WizardTest;

// Issue 18, item 2: no silent carry-over. A reopened launch says so and can start blank; Cancel
// asks before it throws edits away, and only then.
class TestWizardCarryOver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void aReopenedLaunchSaysSoAndCanStartBlank();
    void cancelWithoutEditsAsksNothing();
    void cancelWithEditsAsksFirst();
    void theDonePageHasNoCancel();

private:
    static QMessageBox *question(LaunchWizard &wizard)
    {
        return wizard.findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    }
};

void TestWizardCarryOver::aReopenedLaunchSaysSoAndCanStartBlank()
{
    FakeCloudApi api;
    api.fillSample();
    api.accountRegion = QStringLiteral("ap-guangzhou");
    const LaunchSpec last =
        SpecBuilder().instance(QStringLiteral("CVM.S2"), 2, 4).count(3).name(QStringLiteral("web"));
    LaunchWizard wizard(last);
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.markReopened();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *note = find<QLabel>(&wizard, QStringLiteral("reopenedNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("previous launch")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QLatin1String("CVM.S2")), qPrintable(note->text()));
    QCOMPARE(wizard.spec().goodsNum, 3);

    auto *blank = find<QPushButton>(&wizard, QStringLiteral("startBlankButton"));
    QVERIFY(blank->isVisible());
    QTest::mouseClick(blank, Qt::LeftButton);
    QVERIFY(!note->isVisible());
    QVERIFY(!blank->isVisible());
    const LaunchSpec &now = wizard.spec();
    QCOMPARE(now.goodsNum, LaunchSpec().goodsNum);
    QCOMPARE(now.instanceName, QString());
    QCOMPARE(now.instanceType, LaunchSpec().instanceType);
    QCOMPARE(now.region, QStringLiteral("ap-guangzhou")); // the profile's
    QVERIFY(!wizard.draft()->isTouched(SpecField::GoodsNum));
    QVERIFY(!wizard.draft()->isEdited());
    // The fresh launch takes the region's first zone, as a new one does.
    QTRY_COMPARE(wizard.spec().zoneId, 100003);
}

void TestWizardCarryOver::cancelWithoutEditsAsksNothing()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(SpecBuilder::blank());
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    QSignalSpy rejected(&wizard, &QDialog::rejected);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // Defaults the pages fill in (the first zone) are not the operator's edits.
    QTRY_VERIFY(wizard.spec().zoneId != 0);
    QVERIFY(!wizard.draft()->isEdited());
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!question(wizard));
}

void TestWizardCarryOver::cancelWithEditsAsksFirst()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(SpecBuilder::blank());
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    QSignalSpy rejected(&wizard, &QDialog::rejected);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY(wizard.spec().zoneId != 0);
    QVERIFY(pressNext(wizard));
    find<QSpinBox>(&wizard, QStringLiteral("countSpin"))->setValue(4);
    QVERIFY(wizard.draft()->isEdited());

    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QMessageBox *box = question(wizard);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(rejected.size(), 0);
    QVERIFY(wizard.isVisible());
    // Keep editing is the default and the escape: Esc on the question keeps the draft.
    QCOMPARE(box->defaultButton(),
             box->findChild<QPushButton *>(QStringLiteral("keepEditingButton")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepEditingButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!question(wizard));
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(wizard.spec().goodsNum, 4);

    QTest::keyClick(&wizard, Qt::Key_Escape);
    box = question(wizard);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(rejected.size(), 1);
}

void TestWizardCarryOver::theDonePageHasNoCancel()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchSpec ready = SpecBuilder();
    LaunchWizard wizard(ready);
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.show();
    QVERIFY(wizard.button(QWizard::CancelButton)->isVisible());
    while (wizard.currentId() != LaunchWizard::ReviewPageId)
        QVERIFY(QTest::qWaitFor([&] { return pressNext(wizard); }));
    QVERIFY(pressNext(wizard));
    QCOMPARE(wizard.currentId(), int(LaunchWizard::DonePageId));
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::CustomButton1)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
}

QTEST_MAIN(TestWizardCarryOver)
#include "tst_wizardcarryover.moc"
