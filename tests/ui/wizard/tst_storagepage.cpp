// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "testpaths.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

using namespace WizardTest;

// The storage page. API 2.0: sizes off the step grid are explained, block Next, and the fix
// clears them. API 3.0: the disks on sale (cbs DescribeDiskConfigQuota) decide the types and
// sizes of the system disk and of each data disk.
class TestStoragePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void sizeOffTheStepBlocksNextAndTheFixClearsIt();
    void systemDiskWaitsForTheImage();
    void v2ProfileAsksNoDiskConfigs();
    void v3ListsTheTypesOnSaleForTheChosenType();
    void v3DefaultsToTheFirstAvailableOfPremiumAndBssd();
    void v3SwitchesAnUnavailableSystemDiskTypeAndSaysSo();
    void v3AddsDataDisksAndRefusesASmallSsdWithAFix();
    void v3SystemDiskSizeAndTypeGoIntoTheSpec();
    void v3FailureShowsTheErrorAndRetryLoads();
    void v3EmptyAnswerSaysTheTypeTakesNoDisk();

private:
    static LaunchSpec v3Spec();
    // A wizard opened on the Storage step over `api`, its disks loaded (or failed).
    static void openOnStorage(LaunchWizard &wizard, FakeCloudApi &api);
    static void choose(QComboBox *combo, const QString &diskType);
};

LaunchSpec TestStoragePage::v3Spec()
{
    LaunchSpec spec;
    spec.zoneId = 100003; // ap-guangzhou-3
    spec.instanceType = QStringLiteral("SA5.MEDIUM4");
    spec.cpu = 2;
    spec.mem = 4;
    return spec;
}

void TestStoragePage::openOnStorage(LaunchWizard &wizard, FakeCloudApi &api)
{
    wizard.setCloudApi(&api);
    wizard.setStartId(LaunchWizard::StoragePageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
}

void TestStoragePage::choose(QComboBox *combo, const QString &diskType)
{
    const int index = combo->findData(diskType);
    QVERIFY2(index >= 0, qPrintable(diskType));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

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

void TestStoragePage::v2ProfileAsksNoDiskConfigs()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(v3Spec());
    openOnStorage(wizard, api);
    QVERIFY(find<QWidget>(&wizard, QStringLiteral("v2StoragePanel"))->isVisible());
    QVERIFY(!find<QWidget>(&wizard, QStringLiteral("v3StoragePanel"))->isVisible());
    QVERIFY(find<QComboBox>(&wizard, QStringLiteral("storageTypeCombo"))->isVisible());
    QTest::qWait(50);
    QCOMPARE(api.callCount(QStringLiteral("DescribeDiskConfigQuota")), 0);
    QVERIFY(!wizard.draft()->diskConfigs());
}

void TestStoragePage::v3ListsTheTypesOnSaleForTheChosenType()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    LaunchWizard wizard(v3Spec());
    openOnStorage(wizard, api);
    QVERIFY(!find<QWidget>(&wizard, QStringLiteral("v2StoragePanel"))->isVisible());
    QVERIFY(find<QWidget>(&wizard, QStringLiteral("v3StoragePanel"))->isVisible());
    QTRY_VERIFY(wizard.draft()->diskConfigs().has_value());

    QCOMPARE(api.diskConfigQueries.size(), 1);
    const DiskConfigQuery query = api.diskConfigQueries.first();
    QCOMPARE(query.zone, QStringLiteral("ap-guangzhou-3"));
    QCOMPARE(query.family, QStringLiteral("SA5"));
    QCOMPARE(query.cpu, 2);
    QCOMPARE(query.memory, 4);

    auto *system = find<QComboBox>(&wizard, QStringLiteral("systemDiskTypeCombo"));
    QVERIFY(system->isEnabled());
    QCOMPARE(system->count(), 3);
    auto *model = qobject_cast<QStandardItemModel *>(system->model());
    QCOMPARE(system->itemData(0).toString(), QStringLiteral("CLOUD_PREMIUM"));
    QCOMPARE(system->itemData(1).toString(), QStringLiteral("CLOUD_BSSD"));
    // Listed but not on sale: shown, explained, not choosable.
    QCOMPARE(system->itemData(2).toString(), QStringLiteral("CLOUD_BASIC"));
    QVERIFY(!model->item(2)->isEnabled());
    QVERIFY2(system->itemText(2).contains(QStringLiteral("not on sale")),
             qPrintable(system->itemText(2)));
    QCOMPARE(system->currentData().toString(), QStringLiteral("CLOUD_PREMIUM"));
    // Unset size: the service's 50 GB, shown as such.
    QCOMPARE(find<QSpinBox>(&wizard, QStringLiteral("v3RootSizeSpin"))->value(), 50);
    const QString rootHint = find<QLabel>(&wizard, QStringLiteral("v3RootHint"))->text();
    QVERIFY2(rootHint.contains(QStringLiteral("20 to 1024 GB")), qPrintable(rootHint));
    QVERIFY2(rootHint.contains(QStringLiteral("50 GB unless")), qPrintable(rootHint));
    QVERIFY(!find<LoadStatus>(&wizard, QStringLiteral("diskConfigStatus"))->isVisible());

    // A new size asks again, for the new cores and memory.
    wizard.draft()->edit(SpecField::InstanceType, [](LaunchSpec &spec) {
        spec.instanceType = QStringLiteral("SA5.LARGE8");
        spec.cpu = 4;
        spec.mem = 8;
    });
    QTRY_COMPARE(api.diskConfigQueries.size(), 2);
    QCOMPARE(api.diskConfigQueries.last().cpu, 4);
    QCOMPARE(api.diskConfigQueries.last().memory, 8);
}

void TestStoragePage::v3DefaultsToTheFirstAvailableOfPremiumAndBssd()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    api.diskConfigs.removeFirst(); // no CLOUD_PREMIUM system disk here
    LaunchWizard wizard(v3Spec());
    openOnStorage(wizard, api);
    QTRY_VERIFY(wizard.draft()->diskConfigs().has_value());
    QCOMPARE(wizard.spec().systemDiskType, QStringLiteral("CLOUD_BSSD"));
    auto *system = find<QComboBox>(&wizard, QStringLiteral("systemDiskTypeCombo"));
    QCOMPARE(system->currentData().toString(), QStringLiteral("CLOUD_BSSD"));
    QVERIFY(wizard.draft()->findingsFor({SpecField::SystemDiskType}).isEmpty());
}

void TestStoragePage::v3SwitchesAnUnavailableSystemDiskTypeAndSaysSo()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    LaunchSpec spec = v3Spec();
    spec.systemDiskType = QStringLiteral("CLOUD_BASIC"); // e.g. from an old template
    LaunchWizard wizard(spec);
    openOnStorage(wizard, api);
    QTRY_VERIFY(wizard.draft()->diskConfigs().has_value());
    QCOMPARE(wizard.spec().systemDiskType, QStringLiteral("CLOUD_PREMIUM"));
    auto *notice = find<QLabel>(&wizard, QStringLiteral("systemDiskNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("CLOUD_BASIC")) &&
                 notice->text().contains(QStringLiteral("CLOUD_PREMIUM")),
             qPrintable(notice->text()));
}

void TestStoragePage::v3AddsDataDisksAndRefusesASmallSsdWithAFix()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    LaunchWizard wizard(v3Spec());
    openOnStorage(wizard, api);
    QTRY_VERIFY(wizard.draft()->diskConfigs().has_value());

    auto *add = find<QPushButton>(&wizard, QStringLiteral("addDataDiskButton"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(wizard.spec().dataDisks, (QList<DataDisk>{{QStringLiteral("CLOUD_PREMIUM"), 20},
                                                       {QStringLiteral("CLOUD_PREMIUM"), 20}}));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Only the data disk types on sale can be chosen; HSSD is listed, disabled.
    auto *type = find<QComboBox>(&wizard, QStringLiteral("dataDiskType_1"));
    QCOMPARE(type->count(), 3);
    QVERIFY(!qobject_cast<QStandardItemModel *>(type->model())->item(2)->isEnabled());
    choose(type, QStringLiteral("CLOUD_SSD"));
    auto *size = find<QSpinBox>(&wizard, QStringLiteral("dataDiskSize_1"));
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("50"));
    QCOMPARE(wizard.spec().dataDisks.at(1), (DataDisk{QStringLiteral("CLOUD_SSD"), 50}));

    auto *findings = find<FindingLabel>(&wizard, QStringLiteral("v3findings_dataDisks"));
    QVERIFY(findings->isVisible());
    QVERIFY2(findings->text().contains(QStringLiteral("100")), qPrintable(findings->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QPushButton *fix = nullptr;
    for (QPushButton *button : findings->findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("100 GB")))
            fix = button;
    }
    QVERIFY(fix);
    // The button says what it does (issue 18, item 6), for a size in the list of disks too.
    QCOMPARE(fix->text(), QStringLiteral("Use 100 GB"));
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(wizard.spec().dataDisks.at(1), (DataDisk{QStringLiteral("CLOUD_SSD"), 100}));
    QCOMPARE(size->value(), 100);
    // The focus is on the size just fixed (not on "Add data disk", which may be out of view).
    QVERIFY(size->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == size);
    QTRY_VERIFY(!findings->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Remove the first: the SSD moves up.
    QTest::mouseClick(find<QPushButton>(&wizard, QStringLiteral("removeDataDisk_0")),
                      Qt::LeftButton);
    QCOMPARE(wizard.spec().dataDisks, (QList<DataDisk>{{QStringLiteral("CLOUD_SSD"), 100}}));
    // The focus goes to the disk that took the removed one's place, not to the footer.
    QCOMPARE(QApplication::focusWidget(),
             find<QPushButton>(&wizard, QStringLiteral("removeDataDisk_0")));
    QTRY_VERIFY(!wizard.findChild<QSpinBox *>(QStringLiteral("dataDiskSize_1")));
    QCOMPARE(find<QComboBox>(&wizard, QStringLiteral("dataDiskType_0"))->currentData().toString(),
             QStringLiteral("CLOUD_SSD")); // The last one removed: "Add data disk" has it.
    QTest::mouseClick(find<QPushButton>(&wizard, QStringLiteral("removeDataDisk_0")),
                      Qt::LeftButton);
    QVERIFY(wizard.spec().dataDisks.isEmpty());
    QCOMPARE(QApplication::focusWidget(), add);
}

void TestStoragePage::v3SystemDiskSizeAndTypeGoIntoTheSpec()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    LaunchWizard wizard(v3Spec());
    openOnStorage(wizard, api);
    QTRY_VERIFY(wizard.draft()->diskConfigs().has_value());
    QVERIFY(!wizard.spec().rootSize);

    choose(find<QComboBox>(&wizard, QStringLiteral("systemDiskTypeCombo")),
           QStringLiteral("CLOUD_BSSD"));
    QCOMPARE(wizard.spec().systemDiskType, QStringLiteral("CLOUD_BSSD"));
    auto *root = find<QSpinBox>(&wizard, QStringLiteral("v3RootSizeSpin"));
    root->selectAll();
    QTest::keyClicks(root, QStringLiteral("80"));
    QCOMPARE(wizard.spec().rootSize, std::optional<int>(80));
    // Beyond the config's range: the finding is shown on this page and blocks Next.
    root->selectAll();
    QTest::keyClicks(root, QStringLiteral("2000"));
    auto *findings = find<FindingLabel>(&wizard, QStringLiteral("v3findings_rootSize"));
    QVERIFY(findings->isVisible());
    QVERIFY2(findings->text().contains(QStringLiteral("1024")), qPrintable(findings->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestStoragePage::v3FailureShowsTheErrorAndRetryLoads()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    api.failNext(QStringLiteral("DescribeDiskConfigQuota"),
                 FakeCloudApi::transportError(QStringLiteral("DescribeDiskConfigQuota")));
    LaunchWizard wizard(v3Spec());
    openOnStorage(wizard, api);
    auto *status = find<LoadStatus>(&wizard, QStringLiteral("diskConfigStatus"));
    QTRY_VERIFY(status->hasFailed());
    QVERIFY(status->isVisible());
    QVERIFY(!status->text().isEmpty());
    // Nothing falls back to the catalog's types: no configs, nothing to choose or add.
    QVERIFY(!wizard.draft()->diskConfigs());
    QVERIFY(!find<QPushButton>(&wizard, QStringLiteral("addDataDiskButton"))->isEnabled());
    auto *system = find<QComboBox>(&wizard, QStringLiteral("systemDiskTypeCombo"));
    QVERIFY(!system->isEnabled());
    QCOMPARE(system->count(), 1); // what will be sent, nothing more

    QPushButton *retry = nullptr;
    for (QPushButton *button : status->findChildren<QPushButton *>()) {
        if (button->isVisible())
            retry = button;
    }
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(wizard.draft()->diskConfigs().has_value());
    QCOMPARE(api.callCount(QStringLiteral("DescribeDiskConfigQuota")), 2);
    QVERIFY(!status->isVisible());
    QVERIFY(system->isEnabled());
    QCOMPARE(system->count(), 3);
    QVERIFY(find<QPushButton>(&wizard, QStringLiteral("addDataDiskButton"))->isEnabled());
}

void TestStoragePage::v3EmptyAnswerSaysTheTypeTakesNoDisk()
{
    FakeCloudApi api;
    api.fillSample();
    api.apiVersion = ApiConfig::Version::V3;
    api.diskConfigs.clear(); // e.g. a retired family
    LaunchWizard wizard(v3Spec());
    openOnStorage(wizard, api);
    QTRY_VERIFY(wizard.draft()->diskConfigs().has_value());
    auto *status = find<LoadStatus>(&wizard, QStringLiteral("diskConfigStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("sells no system disk for SA5")),
             qPrintable(status->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
