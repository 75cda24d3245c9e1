// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "launch/journal.h"
#include "launch/launcher.h"
#include "spec/launchspecjson.h"
#include "spec/templatelocation.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "wizard/instanceconfigpage.h"
#include "wizard/lastlaunch.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizard/reviewpage.h"
#include "wizardtestutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace WizardTest;

class TestLaunchWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fullWalkProducesTheExpectedSpec();
    void previewNeverContainsASecret();
    void v3ProfilePreviewsTheV3Body();
    void countAboveOneRequestLaunchesInBatches();
    void enterPressesTheDefaultButton();
    void templatesRoundTripWithoutPassword();
    void templateDialogsSuggestAndConfirm();
    void reopensWithThePreviousLaunch();
    void aRememberedZoneOfAnotherRegionIsDropped();

private:
    void selectRow(QListWidget *list, const QString &startsWith);
    void selectImage(LaunchWizard &wizard, const QString &imageId);
};

void TestLaunchWizard::initTestCase()
{
    TestPaths::isolateStandardPaths();
}

void TestLaunchWizard::init()
{
    QFile::remove(LastLaunch::filePath());
}

void TestLaunchWizard::selectRow(QListWidget *list, const QString &contains)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(contains)) {
            list->setCurrentRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row with ") + contains));
}

void TestLaunchWizard::selectImage(LaunchWizard &wizard, const QString &imageId)
{
    auto *view = find<QTreeView>(&wizard, QStringLiteral("imageView"));
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const QModelIndexList match = view->model()->match(view->model()->index(0, 2), Qt::DisplayRole,
                                                       imageId, 1, Qt::MatchExactly);
    QVERIFY(!match.isEmpty());
    view->setCurrentIndex(match.first());
}

void TestLaunchWizard::fullWalkProducesTheExpectedSpec()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(LaunchSpec{});
    wizard.setCloudApi(&api);
    QSignalSpy launched(&wizard, &LaunchWizard::launchRequested);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Location: the service's zones, named by the catalog.
    auto *zones = find<QListWidget>(&wizard, QStringLiteral("zoneList"));
    QTRY_COMPARE(zones->count(), 3);
    selectRow(zones, QStringLiteral("ap-shanghai-1"));
    QVERIFY(pressNext(wizard));

    // Instance
    QCOMPARE(wizard.currentId(), int(LaunchWizard::InstancePageId));
    selectRow(find<QListWidget>(&wizard, QStringLiteral("familyList")), QStringLiteral("CVM.S2"));
    auto *cpu = find<QComboBox>(&wizard, QStringLiteral("cpuCombo"));
    cpu->setCurrentIndex(cpu->findData(2));
    Q_EMIT cpu->activated(cpu->currentIndex());
    auto *mem = find<QComboBox>(&wizard, QStringLiteral("memCombo"));
    mem->setCurrentIndex(mem->findData(4));
    Q_EMIT mem->activated(mem->currentIndex());
    QTest::keyClicks(find<QLineEdit>(&wizard, QStringLiteral("nameEdit")), QStringLiteral("web"));
    find<QSpinBox>(&wizard, QStringLiteral("countSpin"))->setValue(2);
    QVERIFY(pressNext(wizard));

    // Image
    QCOMPARE(wizard.currentId(), int(LaunchWizard::ImagePageId));
    selectImage(wizard, QStringLiteral("img-pyqx34y1"));
    QVERIFY(pressNext(wizard));

    // Storage
    QCOMPARE(wizard.currentId(), int(LaunchWizard::StoragePageId));
    auto *storageType = find<QComboBox>(&wizard, QStringLiteral("storageTypeCombo"));
    storageType->setCurrentIndex(storageType->findData(4));
    Q_EMIT storageType->activated(storageType->currentIndex());
    find<QSpinBox>(&wizard, QStringLiteral("storageSizeSpin"))->setValue(50);
    QVERIFY(pressNext(wizard));

    // Network, with a VPC
    QCOMPARE(wizard.currentId(), int(LaunchWizard::NetworkPageId));
    find<QRadioButton>(&wizard, QStringLiteral("vpcRadio"))->setChecked(true);
    find<QSpinBox>(&wizard, QStringLiteral("bandwidthSpin"))->setValue(10);
    QVERIFY(pressNext(wizard));

    // VPC: only the subnet in 上海一区 is offered
    QCOMPARE(wizard.currentId(), int(LaunchWizard::VpcPageId));
    auto *subnets = find<QComboBox>(&wizard, QStringLiteral("subnetCombo"));
    QTRY_COMPARE(subnets->count(), 1);
    QCOMPARE(subnets->itemData(0).toString(), QStringLiteral("subnet-sh100001"));
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(pressNext(wizard));

    // Login
    QCOMPARE(wizard.currentId(), int(LaunchWizard::LoginPageId));
    // The keyboard way: Space on the focused radio button.
    auto *passwordRadio = find<QRadioButton>(&wizard, QStringLiteral("passwordRadio"));
    passwordRadio->setFocus();
    QTest::keyClick(passwordRadio, Qt::Key_Space);
    QCOMPARE(wizard.draft()->loginMode(), LaunchDraft::LoginMode::Password);
    QTest::keyClicks(find<QLineEdit>(&wizard, QStringLiteral("passwordEdit")),
                     QStringLiteral("Abcdef12!x"));
    QVERIFY(wizard.spec().hasPassword());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // not confirmed yet
    QTest::keyClicks(find<QLineEdit>(&wizard, QStringLiteral("confirmPasswordEdit")),
                     QStringLiteral("Abcdef12!x"));
    QVERIFY(pressNext(wizard));

    // Services
    QCOMPARE(wizard.currentId(), int(LaunchWizard::ServicesPageId));
    find<QCheckBox>(&wizard, QStringLiteral("monitorCheck"))->setChecked(false);
    find<QSpinBox>(&wizard, QStringLiteral("projectSpin"))->setValue(1004);
    QVERIFY(pressNext(wizard));

    // Review: Launch
    QCOMPARE(wizard.currentId(), int(LaunchWizard::ReviewPageId));
    QVERIFY(pressNext(wizard));
    QCOMPARE(launched.count(), 1);
    QCOMPARE(wizard.currentId(), int(LaunchWizard::DonePageId));

    LaunchSpec expected;
    expected.region = QStringLiteral("ap-shanghai");
    expected.zoneId = 200001;
    expected.instanceType = QStringLiteral("CVM.S2");
    expected.cpu = 2;
    expected.mem = 4;
    expected.imageId = QStringLiteral("img-pyqx34y1");
    expected.imageType = LaunchSpec::PublicImage;
    expected.bandwidth = 10;
    expected.vpcId = QStringLiteral("vpc-main0001");
    expected.subnetId = QStringLiteral("subnet-sh100001");
    expected.storageType = 4;
    expected.storageSize = 50;
    expected.goodsNum = 2;
    expected.password = QStringLiteral("Abcdef12!x");
    expected.needMonitorAgent = false;
    expected.projectId = 1004;
    expected.instanceName = QStringLiteral("web");
    const auto actual = launched.first().first().value<LaunchSpec>();
    QCOMPARE(LaunchSpecJson::write(actual), LaunchSpecJson::write(expected));
    QVERIFY(actual.password.has_value());
    QCOMPARE(actual.password->size(), expected.password->size());
    QVERIFY(actual.password == expected.password); // never printed: it is a password
    QVERIFY(actual == expected);
}

void TestLaunchWizard::previewNeverContainsASecret()
{
    const QString secretId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA");
    const QString secretKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");
    const QString password = QStringLiteral("Sup3r!Secret");
    FakeCloudApi api;
    api.fillSample();
    const LaunchSpec spec = SpecBuilder().region(QString()).cpuMem(1, 1).password(password).token(
        QStringLiteral("token-1"));
    LaunchWizard wizard(spec);
    wizard.setCloudApi(&api);
    wizard.show();
    auto *review = qobject_cast<ReviewPage *>(wizard.page(LaunchWizard::ReviewPageId));
    while (wizard.currentId() != LaunchWizard::ReviewPageId)
        wizard.next();
    const QString preview = review->previewText();
    QVERIFY(preview.contains(QStringLiteral("Action=RunInstancesHour")));
    QVERIFY(preview.contains(QStringLiteral("imageId=img-31tjrtph")));
    for (const QString &secret : {secretId, secretKey, password}) {
        QVERIFY2(!preview.contains(secret), qPrintable(preview));
        QVERIFY(!review->summaryText().contains(secret));
    }
    for (const QString &name : {QStringLiteral("SecretId="), QStringLiteral("Signature=")})
        QVERIFY2(!preview.contains(name, Qt::CaseInsensitive), qPrintable(preview));
    // The preview shows that a password is sent, as a mask, so the operator knows it is set.
    QVERIFY2(preview.contains(QStringLiteral("password=********")), qPrintable(preview));
}

namespace {

// A launch the wizard accepts as it is: every page complete, a password login.
LaunchSpec readySpec()
{
    LaunchSpec spec;
    spec.zoneId = 100003;
    spec.cpu = 1;
    spec.mem = 1;
    spec.imageId = QStringLiteral("img-31tjrtph");
    spec.imageType = LaunchSpec::PublicImage;
    spec.password = QStringLiteral("Sup3r!Secret");
    return spec;
}

} // namespace

void TestLaunchWizard::v3ProfilePreviewsTheV3Body()
{
    FakeCloudApi api;
    api.fillSample();
    api.fillOffer(); // API 3.0: the instance step takes what the zone sells
    api.apiVersion = ApiConfig::Version::V3;
    LaunchSpec ready = readySpec();
    ready.mem = 2; // S5.SMALL2's size
    LaunchWizard wizard(ready);
    wizard.setCloudApi(&api);
    wizard.show();
    auto *review = qobject_cast<ReviewPage *>(wizard.page(LaunchWizard::ReviewPageId));
    // The offer arrives from the event loop: Next waits for it on the instance step.
    while (wizard.currentId() != LaunchWizard::ReviewPageId)
        QVERIFY(QTest::qWaitFor([&] { return pressNext(wizard); }));
    const QString preview = review->previewText();
    QVERIFY2(preview.contains(QStringLiteral("X-TC-Action: RunInstances")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("\"Zone\": \"ap-guangzhou-3\"")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("\"InstanceType\": \"S5.SMALL2\"")),
             qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("\"Password\": \"********\"")), qPrintable(preview));
    QVERIFY2(!preview.contains(QStringLiteral("Sup3r!Secret")), qPrintable(preview));
    QVERIFY2(!preview.contains(QStringLiteral("RunInstancesHour")), qPrintable(preview));
}

void TestLaunchWizard::countAboveOneRequestLaunchesInBatches()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchSpec ready = readySpec();
    ready.password.reset(); // the service generates one: no keychain needed below
    LaunchWizard wizard(ready);
    wizard.setCloudApi(&api);
    QSignalSpy launched(&wizard, &LaunchWizard::launchRequested);
    wizard.show();
    while (wizard.currentId() != LaunchWizard::InstancePageId)
        QVERIFY(pressNext(wizard));
    auto *count = find<QSpinBox>(&wizard, QStringLiteral("countSpin"));
    QVERIFY(count->maximum() >= 250);
    count->setValue(250);
    QCOMPARE(wizard.spec().goodsNum, 250);
    auto *page = qobject_cast<InstanceConfigPage *>(wizard.currentPage());
    QVERIFY2(page->countHintText().contains(QStringLiteral("Sent as 3 request")),
             qPrintable(page->countHintText()));
    while (wizard.currentId() != LaunchWizard::ReviewPageId)
        QVERIFY(pressNext(wizard));
    auto *review = qobject_cast<ReviewPage *>(wizard.currentPage());
    // The preview is the first request's: 100 of the 250.
    QVERIFY2(review->previewText().contains(QStringLiteral("goodsNum=100\n")),
             qPrintable(review->previewText()));
    QVERIFY(pressNext(wizard));
    QCOMPARE(launched.count(), 1);

    const auto spec = launched.first().first().value<LaunchSpec>();
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi cloud;
    Launcher launcher(&journal);
    launcher.setCloudApi(&cloud, QStringLiteral("p1"));
    QSignalSpy finished(&launcher, &Launcher::launchFinished);
    QVERIFY(!launcher.launch(spec).isEmpty());
    QTRY_COMPARE(finished.size(), 1);
    QList<int> counts;
    for (const LaunchSpec &sent : std::as_const(cloud.runRequests))
        counts << sent.goodsNum;
    QCOMPARE(counts, (QList<int>{100, 100, 50}));
}

// Issue 18's region case: the last launch was in Guangzhou, the account now works in Shanghai.
// The remembered zone is dropped with a note, nothing is selected, Next waits for a zone of the
// list, and the launch goes to the zone shown.
void TestLaunchWizard::aRememberedZoneOfAnotherRegionIsDropped()
{
    FakeCloudApi api;
    api.fillSample();
    api.zones = {{200001, QStringLiteral("上海一区"), QStringLiteral("ap-shanghai-1"), true}};
    LaunchWizard wizard(SpecBuilder().zone(100003));
    QCOMPARE(wizard.spec().region, QStringLiteral("ap-guangzhou"));
    wizard.setCloudApi(&api);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *zones = find<QListWidget>(&wizard, QStringLiteral("zoneList"));
    QTRY_COMPARE(zones->count(), 1);
    auto *note = find<QLabel>(&wizard, QStringLiteral("droppedZoneNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("ap-guangzhou")), qPrintable(note->text()));
    // Never the remembered zone: none, or (when the list takes the focus and with it a current
    // row) the zone the list shows as chosen.
    QVERIFY(wizard.spec().zoneId != 100003);
    QVERIFY(wizard.spec().region != QLatin1String("ap-guangzhou"));
    if (wizard.spec().zoneId == 0)
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    else
        QCOMPARE(zones->currentRow(), 0);

    zones->setCurrentRow(0);
    QCOMPARE(wizard.spec().zoneId, 200001);
    QCOMPARE(wizard.spec().region, QStringLiteral("ap-shanghai"));
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestLaunchWizard::enterPressesTheDefaultButton()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(LaunchSpec{});
    wizard.setCloudApi(&api);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    auto *zones = find<QListWidget>(&wizard, QStringLiteral("zoneList"));
    zones->setFocus();
    QTest::keyClick(zones, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(LaunchWizard::InstancePageId));
}

void TestLaunchWizard::templatesRoundTripWithoutPassword()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.json"));
    const LaunchSpec spec = SpecBuilder::blank()
                                .zone(100003)
                                .instance(QStringLiteral("CVM.M2"), 4, 32)
                                .password(QStringLiteral("Sup3r!Secret"));
    LaunchWizard wizard(spec);
    QCOMPARE(wizard.saveTemplate(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Sup3r!Secret"));

    LaunchWizard other(LaunchSpec{});
    QCOMPARE(other.openTemplate(path), QString());
    QCOMPARE(other.spec().instanceType, QStringLiteral("CVM.M2"));
    QCOMPARE(other.spec().cpu, 4);
    QCOMPARE(other.spec().mem, 32);
    QVERIFY(!other.spec().password);
    // What came from the template counts as chosen: defaults never overwrite it.
    QVERIFY(other.draft()->isTouched(SpecField::Mem));

    QVERIFY(!other.openTemplate(dir.filePath(QStringLiteral("missing.json"))).isEmpty());
}

// Issue 18, item 10: the dialogs start in the folder used last with a name that says what the
// template launches, and the wizard says where it saved or what it opened.
void TestLaunchWizard::templateDialogsSuggestAndConfirm()
{
    QTemporaryDir dir;
    TemplateLocation::remember(dir.filePath(QStringLiteral("earlier.json")));
    const LaunchSpec spec = SpecBuilder::blank()
                                .zone(100003)
                                .instance(QStringLiteral("CVM.M2"), 4, 32)
                                .password(QStringLiteral("Sup3r!Secret"));
    LaunchWizard wizard(spec);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *note = find<QLabel>(&wizard, QStringLiteral("templateNote"));
    QVERIFY(note->isHidden());

    QTest::mouseClick(wizard.button(QWizard::CustomButton1), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>()) != nullptr);
    QCOMPARE(QDir(dialog->directory()).absolutePath(), QDir(dir.path()).absolutePath());
    const QString suggested = dialog->selectedFiles().value(0);
    QCOMPARE(QFileInfo(suggested).fileName(), TemplateLocation::suggestedFileName(wizard.spec()));
    QVERIFY2(QFileInfo(suggested).fileName().startsWith(QLatin1String("CVM.M2-4c32g")),
             qPrintable(suggested));
    QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot still
    QTRY_VERIFY(QFileInfo::exists(suggested));
    const QPointer<QFileDialog> closed(dialog);
    QTRY_VERIFY(closed.isNull()); // deleted on close: the next findChild is the next dialog
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QFileInfo(suggested).fileName()), qPrintable(note->text()));
    QCOMPARE(note->toolTip(), QDir::toNativeSeparators(suggested));

    // Open starts in the same folder; opening says what replaced the choices on screen, and
    // the way to Launch starts again from the first step (a template holds no password).
    wizard.next();
    QVERIFY(wizard.currentId() != int(LaunchWizard::LocationPageId));
    QTest::mouseClick(wizard.button(QWizard::CustomButton2), Qt::LeftButton);
    QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>()) != nullptr);
    QCOMPARE(QDir(dialog->directory()).absolutePath(), QDir(dir.path()).absolutePath());
    dialog->selectFile(suggested);
    QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot still
    QTRY_VERIFY(note->text().startsWith(QLatin1String("Opened template")));
    QCOMPARE(wizard.currentId(), int(LaunchWizard::LocationPageId));
    // The Location step says the choices come from the template, not the previous launch.
    QVERIFY(find<QLabel>(&wizard, QStringLiteral("reopenedNote"))
                ->text()
                .contains(QFileInfo(suggested).fileName()));
    // The side line belongs to the step it was said on.
    wizard.next();
    QVERIFY(note->isHidden());
}

void TestLaunchWizard::reopensWithThePreviousLaunch()
{
    FakeCloudApi api;
    api.fillSample();
    const LaunchSpec spec =
        SpecBuilder().region(QString()).password(QStringLiteral("Sup3r!Secret"));
    {
        LaunchWizard wizard(spec);
        wizard.setCloudApi(&api);
        wizard.show();
        while (wizard.currentId() != LaunchWizard::ReviewPageId)
            wizard.next();
        QVERIFY(pressNext(wizard));
    }
    QFile file(LastLaunch::filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Sup3r!Secret"));
    const LaunchSpec last = LastLaunch::load();
    QCOMPARE(last.cpu, 1);
    QCOMPARE(last.mem, 2);
    QCOMPARE(last.imageId, spec.imageId);
    QVERIFY(!last.password);
}

QTEST_MAIN(TestLaunchWizard)
#include "tst_launchwizard.moc"
