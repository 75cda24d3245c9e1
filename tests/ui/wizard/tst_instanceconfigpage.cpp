// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "widgets/findinglabel.h"
#include "widgets/ratiohint.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace WizardTest;

// The instance page: the ratio hint, its one-click fixes, and defaults that follow.
class TestInstanceConfigPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void wrongRatioBlocksNextAndTheFixClearsIt();
    void untouchedMemoryFollowsTheFamily();
    void touchedMemoryIsNeverOverwritten();
    void familiesNotSoldInTheZoneAreMarked();
};

namespace {
LaunchSpec m2Spec()
{
    return SpecBuilder::blank().zone(100003).instance(QStringLiteral("CVM.M2"), 4,
                                                      16); // M2 is 1:8
}
} // namespace

void TestInstanceConfigPage::wrongRatioBlocksNextAndTheFixClearsIt()
{
    LaunchWizard wizard(m2Spec());
    wizard.setStartId(LaunchWizard::InstancePageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(LaunchWizard::InstancePageId));

    auto *hint = find<RatioHint>(&wizard, QStringLiteral("ratioHint"));
    QVERIFY(hint->findingLabel()->isVisible());
    const QString message = hint->findingLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("CVM.M2")) &&
                 message.contains(QStringLiteral("1:8")) &&
                 message.contains(QStringLiteral("32 GB")),
             qPrintable(message));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // The memory list shows the wrong value, marked, rather than hiding it.
    auto *mem = find<QComboBox>(&wizard, QStringLiteral("memCombo"));
    QVERIFY(mem->currentText().contains(QStringLiteral("not offered")));

    QPushButton *fix = nullptr;
    for (QPushButton *button : hint->findChildren<QPushButton *>(QStringLiteral("fixButton"))) {
        if (button->text() == QStringLiteral("Use 32 GB")) // says what it does
            fix = button;
    }
    QVERIFY(fix);
    QVERIFY2(!fix->toolTip().contains(QLatin1String("mem")), qPrintable(fix->toolTip()));
    fix->setFocus();
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(wizard.spec().mem, 32);
    QCOMPARE(wizard.spec().cpu, 4);
    // Issue 18: the focus goes to what was fixed, not to "< Back" after the vanished button,
    // so that the next Enter does not go back a page.
    QCOMPARE(wizard.focusWidget(), static_cast<QWidget *>(mem));
    QTRY_VERIFY(!hint->findingLabel()->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(hint->summary().contains(QStringLiteral("1:8")));
}

void TestInstanceConfigPage::untouchedMemoryFollowsTheFamily()
{
    LaunchWizard wizard(LaunchSpec{});
    wizard.setStartId(LaunchWizard::InstancePageId);
    wizard.show();
    auto *families = find<QListWidget>(&wizard, QStringLiteral("familyList"));
    auto *cpu = find<QComboBox>(&wizard, QStringLiteral("cpuCombo"));
    cpu->setCurrentIndex(cpu->findData(4));
    Q_EMIT cpu->activated(cpu->currentIndex());
    for (int row = 0; row < families->count(); ++row) {
        if (families->item(row)->data(Qt::UserRole).toString() == QStringLiteral("CVM.M2"))
            families->setCurrentRow(row);
    }
    QCOMPARE(wizard.spec().instanceType, QStringLiteral("CVM.M2"));
    QCOMPARE(wizard.spec().cpu, 4);
    QCOMPARE(wizard.spec().mem, 32); // the user never chose a memory size: it follows
    QVERIFY(wizard.draft()->findingsFor({SpecField::Mem}).isEmpty());
}

void TestInstanceConfigPage::touchedMemoryIsNeverOverwritten()
{
    LaunchWizard wizard(LaunchSpec{});
    wizard.setStartId(LaunchWizard::InstancePageId);
    wizard.show();
    auto *cpu = find<QComboBox>(&wizard, QStringLiteral("cpuCombo"));
    cpu->setCurrentIndex(cpu->findData(4));
    Q_EMIT cpu->activated(cpu->currentIndex());
    auto *mem = find<QComboBox>(&wizard, QStringLiteral("memCombo"));
    mem->setCurrentIndex(mem->findData(16));
    Q_EMIT mem->activated(mem->currentIndex());
    auto *families = find<QListWidget>(&wizard, QStringLiteral("familyList"));
    for (int row = 0; row < families->count(); ++row) {
        if (families->item(row)->data(Qt::UserRole).toString() == QStringLiteral("CVM.M2"))
            families->setCurrentRow(row);
    }
    QCOMPARE(wizard.spec().mem, 16);
    QVERIFY(wizard.draft()->hasErrors({SpecField::Mem}));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

// Issue 18: a family the zone does not sell says so in the list, before it is picked.
void TestInstanceConfigPage::familiesNotSoldInTheZoneAreMarked()
{
    LaunchWizard wizard(SpecBuilder::blank().zone(800001)); // 北京一区: no CVM.S2
    wizard.setStartId(LaunchWizard::InstancePageId);
    wizard.show();
    auto *families = find<QListWidget>(&wizard, QStringLiteral("familyList"));
    QString s1;
    QString s2;
    for (int row = 0; row < families->count(); ++row) {
        const QString family = families->item(row)->data(Qt::UserRole).toString();
        if (family == QLatin1String("CVM.S1"))
            s1 = families->item(row)->text();
        if (family == QLatin1String("CVM.S2"))
            s2 = families->item(row)->text();
    }
    QVERIFY2(s2.contains(QLatin1String("Not sold in")), qPrintable(s2));
    QVERIFY2(!s1.contains(QLatin1String("Not sold in")), qPrintable(s1));
}

QTEST_MAIN(TestInstanceConfigPage)
#include "tst_instanceconfigpage.moc"
