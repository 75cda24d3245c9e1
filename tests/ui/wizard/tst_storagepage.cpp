// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "testpaths.h"
#include "widgets/findinglabel.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace WizardTest;

// The storage page: sizes off the step grid are explained, block Next, and the fix clears them.
class TestStoragePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void sizeOffTheStepBlocksNextAndTheFixClearsIt();
    void systemDiskWaitsForTheImage();
};

void TestStoragePage::sizeOffTheStepBlocksNextAndTheFixClearsIt()
{
    LaunchSpec spec;
    spec.zoneId = 100003;
    LaunchWizard wizard(spec);
    wizard.setStartId(LaunchWizard::StoragePageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *size = find<QSpinBox>(&wizard, QStringLiteral("storageSizeSpin"));
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("55"));
    QCOMPARE(wizard.spec().storageSize, 55);
    auto *findings = find<FindingLabel>(&wizard, QStringLiteral("findings_storageSize"));
    QVERIFY(findings->isVisible());
    QVERIFY2(findings->text().contains(QStringLiteral("10")), qPrintable(findings->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    const QList<QPushButton *> fixes = findings->findChildren<QPushButton *>();
    QVERIFY(!fixes.isEmpty());
    QTest::mouseClick(fixes.first(), Qt::LeftButton);
    QCOMPARE(wizard.spec().storageSize % 10, 0);
    QCOMPARE(size->value(), wizard.spec().storageSize);
    QTRY_VERIFY(!findings->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestStoragePage::systemDiskWaitsForTheImage()
{
    LaunchWizard wizard(LaunchSpec{});
    wizard.setStartId(LaunchWizard::StoragePageId);
    wizard.show();
    auto *root = find<QSpinBox>(&wizard, QStringLiteral("rootSizeSpin"));
    QVERIFY(!root->isEnabled());
    QVERIFY(find<QLabel>(&wizard, QStringLiteral("rootHint"))
                ->text()
                .contains(QStringLiteral("image")));
}

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
