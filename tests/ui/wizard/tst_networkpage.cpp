// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "testpaths.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizard/securitygrouppicker.h"
#include "wizardtestutil.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace WizardTest;

// The network step's security groups (API 3.0 RunInstances.SecurityGroupIds): listed from vpc
// DescribeSecurityGroups, searchable, each group's inbound rules shown, the choice written into
// the spec, and a warning when instances with a public IP would join the allow-all default group.
class TestNetworkPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void v2ProfileHasNoSecurityGroups();
    void v3ListsChoosesAndShowsTheRules();
    void v3SearchAsksTheServiceByName();
    void v3WarnsAboutTheDefaultGroupWithAPublicIp();

private:
    static LaunchSpec spec();
    static void openOnNetwork(LaunchWizard &wizard, FakeCloudApi &api);
};

LaunchSpec TestNetworkPage::spec()
{
    LaunchSpec spec;
    spec.zoneId = 100003;
    spec.bandwidth = 5;
    return spec;
}

void TestNetworkPage::openOnNetwork(LaunchWizard &wizard, FakeCloudApi &api)
{
    wizard.setCloudApi(&api);
    wizard.setStartId(LaunchWizard::NetworkPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
}

void TestNetworkPage::v2ProfileHasNoSecurityGroups()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(spec());
    openOnNetwork(wizard, api);
    QVERIFY(!find<QWidget>(&wizard, QStringLiteral("securityGroupBox"))->isVisible());
    QTest::qWait(50);
    QCOMPARE(api.callCount(QStringLiteral("DescribeSecurityGroups")), 0);
}

void TestNetworkPage::v3ListsChoosesAndShowsTheRules()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    LaunchWizard wizard(spec());
    openOnNetwork(wizard, api);
    QVERIFY(find<QWidget>(&wizard, QStringLiteral("securityGroupBox"))->isVisible());
    auto *list = find<QListWidget>(&wizard, QStringLiteral("securityGroupList"));
    QTRY_COMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("sg-5kd8w2bq")) &&
                 list->item(0)->text().contains(QStringLiteral("default group")),
             qPrintable(list->item(0)->text()));

    // The first group's rules are shown at once, said to be of a group not chosen.
    auto *picker = wizard.findChild<SecurityGroupPicker *>();
    QTRY_VERIFY2(picker->rulesText().contains(QStringLiteral("sg-5kd8w2bq")),
                 qPrintable(picker->rulesText()));
    QTRY_VERIFY2(picker->rulesText().contains(QStringLiteral("not chosen")),
                 qPrintable(picker->rulesText()));

    list->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(wizard.spec().securityGroupIds, QStringList{QStringLiteral("sg-0rszg2vb")});
    QTRY_VERIFY2(picker->rulesText().contains(QStringLiteral("No inbound rule")),
                 qPrintable(picker->rulesText()));

    list->setCurrentRow(0);
    QTRY_VERIFY2(picker->rulesText().contains(QStringLiteral("0.0.0.0/0")),
                 qPrintable(picker->rulesText()));
    QVERIFY(picker->rulesText().contains(QStringLiteral("whole internet")));

    list->item(1)->setCheckState(Qt::Unchecked);
    QVERIFY(wizard.spec().securityGroupIds.isEmpty());

    // The keyboard: Enter ticks the current group (and stays on this step), Enter again unticks.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(wizard.spec().securityGroupIds, QStringList{QStringLiteral("sg-0rszg2vb")});
    QCOMPARE(wizard.currentId(), int(LaunchWizard::NetworkPageId));
    QTRY_VERIFY2(!picker->rulesText().contains(QStringLiteral("not chosen")),
                 qPrintable(picker->rulesText()));
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(wizard.spec().securityGroupIds.isEmpty());
}

void TestNetworkPage::v3SearchAsksTheServiceByName()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    LaunchWizard wizard(spec());
    openOnNetwork(wizard, api);
    auto *list = find<QListWidget>(&wizard, QStringLiteral("securityGroupList"));
    QTRY_COMPARE(list->count(), 2);
    QTest::keyClicks(find<QLineEdit>(&wizard, QStringLiteral("securityGroupSearch")),
                     QStringLiteral("closed"));
    // One request after the typing, not one per key.
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(api.securityGroupSearches, (QStringList{QString(), QStringLiteral("closed")}));
}

void TestNetworkPage::v3WarnsAboutTheDefaultGroupWithAPublicIp()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    LaunchWizard wizard(spec());
    openOnNetwork(wizard, api);
    auto *warning = find<QLabel>(&wizard, QStringLiteral("securityGroupWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("every IPv4 address")),
             qPrintable(warning->text()));

    wizard.draft()->edit(SpecField::SecurityGroupIds, [](LaunchSpec &s) {
        s.securityGroupIds = {QStringLiteral("sg-0rszg2vb")};
    });
    QVERIFY(!warning->isVisible());
    // No public IP: nothing reaches the instances from outside, so no warning either.
    wizard.draft()->edit(SpecField::SecurityGroupIds,
                         [](LaunchSpec &s) { s.securityGroupIds.clear(); });
    wizard.draft()->edit(SpecField::Bandwidth, [](LaunchSpec &s) { s.bandwidth = 0; });
    QVERIFY(!warning->isVisible());
}

QTEST_MAIN(TestNetworkPage)
#include "tst_networkpage.moc"
