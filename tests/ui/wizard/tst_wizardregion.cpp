// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "launch/journal.h"
#include "launch/launcher.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "wizard/lastlaunch.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace WizardTest;

// Issue 18, item 1: a launch goes to the region and zone shown on the Location step, whatever the
// last launch or the profile used to say.
class TestWizardRegion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theLaunchGoesToTheRegionAndZoneShown();
    void v3ListsTheAccountsRegions();
    void anotherAccountStartsFromItsRegion();

private:
    static void fillAccount(FakeCloudApi &api);
    static QStringList zoneIds(QListWidget *list);
};

void TestWizardRegion::initTestCase()
{
    TestPaths::isolateStandardPaths();
}

void TestWizardRegion::init()
{
    QFile::remove(LastLaunch::filePath());
}

void TestWizardRegion::fillAccount(FakeCloudApi &api)
{
    api.fillSample();
    // One zone in each of Guangzhou, Shanghai and Beijing (and Shanghai Finance's).
    api.zones.append({800001, QStringLiteral("北京一区"), QStringLiteral("ap-beijing-1"), true});
}

QStringList TestWizardRegion::zoneIds(QListWidget *list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row)
        ids << list->item(row)->data(Qt::UserRole).toString();
    return ids;
}

// The case as an operator meets it: the last launch was in 广州三区; the profile's region is now
// ap-shanghai. New launch opens in Shanghai with no zone chosen and says why; the operator moves
// to Beijing, picks its zone, launches; the launch is recorded in, and sent to, Beijing's zone
// through the profile's backend for Beijing.
void TestWizardRegion::theLaunchGoesToTheRegionAndZoneShown()
{
    QVERIFY(LastLaunch::save(SpecBuilder().zone(100003)).isEmpty());
    FakeCloudApi api;
    fillAccount(api);
    api.accountRegion = QStringLiteral("ap-shanghai");
    LaunchWizard wizard(LastLaunch::load());
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    QSignalSpy launched(&wizard, &LaunchWizard::launchRequested);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *region = find<QComboBox>(&wizard, QStringLiteral("regionCombo"));
    auto *zones = find<QListWidget>(&wizard, QStringLiteral("zoneList"));
    auto *zoneLabel = find<QLabel>(&wizard, QStringLiteral("zoneLabel"));
    auto *note = find<QLabel>(&wizard, QStringLiteral("droppedZoneNote"));
    QCOMPARE(region->currentData().toString(), QStringLiteral("ap-shanghai"));
    QVERIFY(region->isEnabled());
    QTRY_COMPARE(zoneIds(zones), QStringList{QStringLiteral("200001")});
    QCOMPARE(zones->currentRow(), -1);
    QCOMPARE(wizard.spec().zoneId, 0);
    QCOMPARE(wizard.spec().region, QStringLiteral("ap-shanghai"));
    QVERIFY2(zoneLabel->text().contains(QLatin1String("ap-shanghai")),
             qPrintable(zoneLabel->text()));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("ap-guangzhou")), qPrintable(note->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Another region: its zones through the same account's backend for it, none chosen.
    const int beijing = region->findData(QStringLiteral("ap-beijing"));
    QVERIFY(beijing >= 0);
    region->setCurrentIndex(beijing);
    Q_EMIT region->activated(beijing);
    QCOMPARE(wizard.spec().region, QStringLiteral("ap-beijing"));
    QCOMPARE(api.regional.size(), 1);
    FakeCloudApi *beijingApi = api.regional.first().data();
    QVERIFY(beijingApi);
    QCOMPARE(beijingApi->region(), QStringLiteral("ap-beijing"));
    QCOMPARE(wizard.currentApi(), static_cast<CloudApi *>(beijingApi));
    QTRY_COMPARE(zoneIds(zones), QStringList{QStringLiteral("800001")});
    QCOMPARE(zones->currentRow(), -1);
    QCOMPARE(wizard.spec().zoneId, 0);
    QVERIFY2(zoneLabel->text().contains(QLatin1String("ap-beijing")),
             qPrintable(zoneLabel->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    zones->setCurrentRow(0);
    QCOMPARE(wizard.spec().zoneId, 800001);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    auto *summary = find<QLabel>(&wizard, QStringLiteral("regionLabel"));
    QVERIFY2(summary->text().contains(QLatin1String("ap-beijing-1")), qPrintable(summary->text()));

    // Through to Launch with what the pages offer.
    while (wizard.currentId() != LaunchWizard::ReviewPageId)
        QVERIFY(QTest::qWaitFor([&] { return pressNext(wizard); }));
    QVERIFY(pressNext(wizard));
    QCOMPARE(launched.size(), 1);
    LaunchSpec spec = launched.first().first().value<LaunchSpec>();
    QCOMPARE(spec.region, QStringLiteral("ap-beijing"));
    QCOMPARE(spec.zoneId, 800001);
    spec.password.reset(); // no keychain here; the region is what this test follows

    // The launcher of the main window: Shanghai's backend is the active one.
    QTemporaryDir dir;
    Journal journal(dir.path());
    Launcher launcher(&journal);
    FakeCloudApi shanghai;
    FakeCloudApi beijingAccount;
    launcher.setCloudApi(&shanghai, QStringLiteral("p1"), QStringLiteral("ap-shanghai"));
    launcher.setApiResolver([&](const QString &profileId, const QString &regionId) {
        return profileId == QLatin1String("p1") && regionId == QLatin1String("ap-beijing")
                   ? &beijingAccount
                   : nullptr;
    });
    QSignalSpy finished(&launcher, &Launcher::launchFinished);
    const QString id = launcher.launch(spec);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(launcher.record(id)->region, QStringLiteral("ap-beijing"));
    QVERIFY(shanghai.runRequests.isEmpty());
    QCOMPARE(beijingAccount.runRequests.size(), 1);
    QCOMPARE(beijingAccount.runRequests.first().zoneId, 800001);
    QCOMPARE(beijingAccount.runRequests.first().region, QStringLiteral("ap-beijing"));
}

// API 3.0 lists the regions with DescribeRegions, named by the catalog in the UI language;
// one the service says is unavailable cannot be chosen.
void TestWizardRegion::v3ListsTheAccountsRegions()
{
    FakeCloudApi api;
    fillAccount(api);
    api.apiVersion = ApiConfig::Version::V3;
    api.accountRegion = QStringLiteral("ap-guangzhou");
    api.regions = {{QStringLiteral("ap-guangzhou"), QStringLiteral("华南地区(广州)"), true},
                   {QStringLiteral("ap-shanghai"), QStringLiteral("华东地区(上海)"), true},
                   {QStringLiteral("ap-chengdu"), QStringLiteral("西南地区(成都)"), false}};
    LaunchWizard wizard(SpecBuilder::blank());
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.show();
    auto *region = find<QComboBox>(&wizard, QStringLiteral("regionCombo"));
    QTRY_COMPARE(region->count(), 3);
    QCOMPARE(api.callCount(QStringLiteral("DescribeRegions")), 1);
    QCOMPARE(region->currentData().toString(), QStringLiteral("ap-guangzhou"));
    QVERIFY(region->itemText(0).contains(QLatin1String("ap-guangzhou")));
    const int chengdu = region->findData(QStringLiteral("ap-chengdu"));
    QVERIFY(region->itemText(chengdu).contains(QLatin1String("not available")));
    const auto *model = region->model();
    QVERIFY(!(model->flags(model->index(chengdu, 0)) & Qt::ItemIsEnabled));
    // The profile's region on its own: the first zone the service offers is taken.
    QTRY_COMPARE(wizard.spec().zoneId, 100003);
}

// Switching profiles while the wizard is open (the main window re-points it): the new
// account's region, and its zones, never the old one's choice.
void TestWizardRegion::anotherAccountStartsFromItsRegion()
{
    FakeCloudApi guangzhou;
    fillAccount(guangzhou);
    guangzhou.accountRegion = QStringLiteral("ap-guangzhou");
    FakeCloudApi shanghai;
    fillAccount(shanghai);
    shanghai.accountRegion = QStringLiteral("ap-shanghai");
    LaunchWizard wizard(SpecBuilder::blank());
    wizard.setCloudApi(&guangzhou, QStringLiteral("p1"));
    wizard.show();
    QTRY_COMPARE(wizard.spec().zoneId, 100003);
    wizard.setCloudApi(&shanghai, QStringLiteral("p2"));
    QCOMPARE(wizard.spec().region, QStringLiteral("ap-shanghai"));
    QCOMPARE(wizard.spec().zoneId, 0);
    auto *zones = find<QListWidget>(&wizard, QStringLiteral("zoneList"));
    QTRY_COMPARE(zoneIds(zones), QStringList{QStringLiteral("200001")});
    QCOMPARE(find<QComboBox>(&wizard, QStringLiteral("regionCombo"))->currentData().toString(),
             QStringLiteral("ap-shanghai"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestWizardRegion)
#include "tst_wizardregion.moc"
