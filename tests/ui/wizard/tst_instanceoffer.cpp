// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The instance step on an API 3.0 account: the zone's live offer (DescribeZoneInstanceConfigInfos
// through the OfferCache), sold-out types refused with their reason, the exact InstanceType in the
// spec, the failure and Retry path without any catalog fallback, and the zone's quota beside the
// count. Last, the same step against the real in-process sandbox.
#include "api/networktransport.h"
#include "api/v3/v3cloudapi.h"
#include "fakecloudapi.h"
#include "offer/offercache.h"
#include "offer/zoneoffermodel.h"
#include "sandbox/sandboxservice.h"
#include "spec/instancecount.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "wizard/instanceconfigpage.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizard/offerloader.h"
#include "wizardtestutil.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace WizardTest;

class TestInstanceOffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void showsTheFamiliesOfTheAnswer();
    void refusesASoldOutTypeWithItsReason();
    void aSoldOutTypeFromATemplateIsExplained();
    void choosingATypeSetsTheExactInstanceType();
    void keyboardSkipsWhatCannotBeChosen();
    void aFailedLoadShowsTheErrorAndRetries();
    void theOfferIsAskedOncePerSession();
    void quotaIsShownAndCapsTheCount();
    void anUnreadableQuotaKeepsTheAppsCap();
    void apiTwoStaysOnTheCatalog();
    void loadsTheLiveOfferFromTheSandbox();
};

namespace {

// A wizard on the instance step of an API 3.0 fake account, zone 100003 (ap-guangzhou-3).
struct Rig
{
    explicit Rig(const LaunchSpec &spec = SpecBuilder::blank().zone(100003),
                 const std::function<void(FakeCloudApi &)> &setUp = {})
        : wizard(spec)
    {
        api.apiVersion = ApiConfig::Version::V3;
        api.fillSample();
        api.fillOffer();
        if (setUp)
            setUp(api);
        wizard.setStartId(LaunchWizard::InstancePageId);
        wizard.setCloudApi(&api, QStringLiteral("profile-1"));
        wizard.show();
    }

    QTreeView *view() { return find<QTreeView>(&wizard, QStringLiteral("typeView")); }
    ZoneOfferModel *model() { return qobject_cast<ZoneOfferModel *>(view()->model()); }
    FindingLabel *typeFindings()
    {
        for (auto *label : wizard.findChildren<FindingLabel *>()) {
            if (label->fields() == QStringList{QStringLiteral("instanceType")})
                return label;
        }
        return nullptr;
    }
    FindingLabel *countFindings()
    {
        for (auto *label : wizard.findChildren<FindingLabel *>()) {
            if (label->fields() == QStringList{QStringLiteral("goodsNum")})
                return label;
        }
        return nullptr;
    }
    void click(const QString &instanceType)
    {
        const QModelIndex index = model()->indexOfType(instanceType);
        QVERIFY(index.isValid());
        view()->scrollTo(index);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          view()->visualRect(index).center());
    }
    bool nextEnabled() { return wizard.button(QWizard::NextButton)->isEnabled(); }

    FakeCloudApi api;
    LaunchWizard wizard;
};

} // namespace

void TestInstanceOffer::showsTheFamiliesOfTheAnswer()
{
    Rig rig;
    QVERIFY(QTest::qWaitForWindowExposed(&rig.wizard));
    QTRY_COMPARE(rig.model()->rowCount(), 2);
    QCOMPARE(rig.api.offerRequests, QStringList{QStringLiteral("ap-guangzhou-3")});
    // The service's name ends in the code already: said once, not "标准型S5 (S5)".
    QCOMPARE(rig.model()->index(0, 0).data().toString(), QStringLiteral("标准型S5"));
    QCOMPARE(rig.model()->index(1, 0).data().toString(), QStringLiteral("标准型SA5"));
    QCOMPARE(rig.model()->rowCount(rig.model()->index(1, 0)), 3);
    QVERIFY(rig.view()->isVisible());
    QVERIFY(rig.view()->isExpanded(rig.model()->index(1, 0)));
    // The compiled-in families are not offered on API 3.0.
    QVERIFY(!find<QListWidget>(&rig.wizard, QStringLiteral("familyList"))->isVisible());
    // A fresh launch starts on the first family's smallest type on sale, exact.
    QCOMPARE(rig.wizard.spec().instanceType, QStringLiteral("S5.SMALL2"));
    QCOMPARE(rig.wizard.spec().cpu, 1);
    QCOMPARE(rig.wizard.spec().mem, 2);
    QVERIFY(rig.nextEnabled());
    QVERIFY(find<QLabel>(&rig.wizard, QStringLiteral("offerAge"))
                ->text()
                .contains(QStringLiteral("ap-guangzhou-3")));
    QVERIFY(!rig.view()->accessibleName().isEmpty());
}

void TestInstanceOffer::refusesASoldOutTypeWithItsReason()
{
    Rig rig;
    QVERIFY(QTest::qWaitForWindowExposed(&rig.wizard));
    QTRY_COMPARE(rig.model()->rowCount(), 2);
    const QModelIndex soldOut = rig.model()->indexOfType(QStringLiteral("S5.MEDIUM4"));
    QVERIFY(soldOut.isValid()); // visible...
    QVERIFY(soldOut.siblingAtColumn(ZoneOfferModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("实例已售罄"))); // ...with its reason...
    rig.click(QStringLiteral("S5.MEDIUM4"));              // ...and cannot be chosen
    QCOMPARE(rig.wizard.spec().instanceType, QStringLiteral("S5.SMALL2"));
    QVERIFY(!rig.view()->selectionModel()->isSelected(soldOut));
}

void TestInstanceOffer::aSoldOutTypeFromATemplateIsExplained()
{
    Rig rig(SpecBuilder::blank().zone(100003).instance(QStringLiteral("S5.MEDIUM4"), 2, 4));
    QVERIFY(QTest::qWaitForWindowExposed(&rig.wizard));
    QTRY_COMPARE(rig.model()->rowCount(), 2);
    QTRY_VERIFY(rig.typeFindings()->text().contains(QStringLiteral("实例已售罄")));
    QVERIFY(!rig.nextEnabled());
    // The one-click fix is another type of the same size on sale.
    QVERIFY(rig.typeFindings()->findings().first().suggestions.size() >= 1);
    QCOMPARE(rig.typeFindings()->findings().first().suggestions.first().value.toString(),
             QStringLiteral("SA5.MEDIUM4"));
}

void TestInstanceOffer::choosingATypeSetsTheExactInstanceType()
{
    Rig rig;
    QVERIFY(QTest::qWaitForWindowExposed(&rig.wizard));
    QTRY_COMPARE(rig.model()->rowCount(), 2);
    rig.click(QStringLiteral("SA5.MEDIUM4"));
    QCOMPARE(rig.wizard.spec().instanceType, QStringLiteral("SA5.MEDIUM4"));
    QCOMPARE(rig.wizard.spec().cpu, 2);
    QCOMPARE(rig.wizard.spec().mem, 4);
    QVERIFY(rig.nextEnabled());
    const QModelIndex chosen = rig.model()->indexOfType(QStringLiteral("SA5.MEDIUM4"));
    QCOMPARE(chosen.siblingAtColumn(ZoneOfferModel::PriceColumn).data().toString(),
             QStringLiteral("¥0.30 (list ¥0.40)"));
    QVERIFY(rig.view()->selectionModel()->isSelected(chosen));
    // What the backend would send names the exact type.
    QVERIFY(rig.api.previewRunInstances(rig.wizard.spec())
                .text.contains(QStringLiteral("\"SA5.MEDIUM4\"")));
    // The Image step lists the images this exact type runs (DescribeImages InstanceType).
    QTRY_VERIFY(rig.api.imageInstanceTypes.contains(QStringLiteral("SA5.MEDIUM4")));

    // An under-stock type can be chosen, with a warning that does not block.
    rig.click(QStringLiteral("SA5.MEDIUM8"));
    QCOMPARE(rig.wizard.spec().instanceType, QStringLiteral("SA5.MEDIUM8"));
    QVERIFY(rig.typeFindings()->text().contains(QStringLiteral("nearly sold out")));
    QVERIFY(rig.nextEnabled());
}

void TestInstanceOffer::keyboardSkipsWhatCannotBeChosen()
{
    Rig rig;
    QVERIFY(QTest::qWaitForWindowExposed(&rig.wizard));
    QTRY_COMPARE(rig.model()->rowCount(), 2);
    rig.view()->setFocus();
    QCOMPARE(rig.view()->currentIndex().data(ZoneOfferModel::InstanceTypeRole).toString(),
             QStringLiteral("S5.SMALL2"));
    // Down from S5.SMALL2 passes the sold-out S5.MEDIUM4 and lands on S5.LARGE8.
    QTest::keyClick(rig.view(), Qt::Key_Down);
    QCOMPARE(rig.wizard.spec().instanceType, QStringLiteral("S5.LARGE8"));
    QCOMPARE(rig.wizard.spec().cpu, 4);
    QCOMPARE(rig.wizard.spec().mem, 8);
}

void TestInstanceOffer::aFailedLoadShowsTheErrorAndRetries()
{
    Rig rig(SpecBuilder::blank().zone(100003), [](FakeCloudApi &api) {
        api.failNext(
            QStringLiteral("DescribeZoneInstanceConfigInfos"),
            FakeCloudApi::transportError(QStringLiteral("DescribeZoneInstanceConfigInfos")));
    });
    QVERIFY(QTest::qWaitForWindowExposed(&rig.wizard));
    auto *status = find<LoadStatus>(&rig.wizard, QStringLiteral("offerStatus"));
    QTRY_VERIFY(status->hasFailed());
    QVERIFY2(status->text().contains(QStringLiteral("Connection refused")),
             qPrintable(status->text()));
    // Nothing in place of the answer: no types, no catalog families, and Next is blocked.
    QCOMPARE(rig.model()->rowCount(), 0);
    QVERIFY(!find<QListWidget>(&rig.wizard, QStringLiteral("familyList"))->isVisible());
    QVERIFY(!rig.nextEnabled());
    QVERIFY(rig.typeFindings()->text().contains(QStringLiteral("not loaded")));
    QCOMPARE(rig.wizard.spec().instanceType, LaunchSpec::DefaultInstanceType);

    QPushButton *retry = nullptr;
    for (auto *button : status->findChildren<QPushButton *>()) {
        if (button->isVisible())
            retry = button;
    }
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(rig.model()->rowCount(), 2);
    QVERIFY(!status->isVisible());
    QCOMPARE(rig.api.offerRequests.size(), 2);
    QCOMPARE(rig.wizard.spec().instanceType, QStringLiteral("S5.SMALL2"));
    QVERIFY(rig.nextEnabled());
}

void TestInstanceOffer::theOfferIsAskedOncePerSession()
{
    OfferCache cache;
    FakeCloudApi api;
    api.apiVersion = ApiConfig::Version::V3;
    api.fillSample();
    api.fillOffer();
    for (int round = 0; round < 2; ++round) {
        LaunchWizard wizard(SpecBuilder::blank().zone(100003));
        wizard.setOfferCache(&cache);
        wizard.setCloudApi(&api, QStringLiteral("profile-1"));
        QTRY_VERIFY(wizard.draft()->offer().has_value());
        QCOMPARE(wizard.draft()->offer()->types.size(), 6);
    }
    QCOMPARE(api.offerRequests.size(), 1);
    // Refresh asks again, past the cache.
    LaunchWizard wizard(SpecBuilder::blank().zone(100003));
    wizard.setOfferCache(&cache);
    wizard.setCloudApi(&api, QStringLiteral("profile-1"));
    QTRY_COMPARE(wizard.offerLoader()->state(), OfferLoader::State::Loaded);
    wizard.offerLoader()->refresh();
    QTRY_COMPARE(api.offerRequests.size(), 2);
    // Another account asks for itself.
    LaunchWizard other(SpecBuilder::blank().zone(100003));
    other.setOfferCache(&cache);
    other.setCloudApi(&api, QStringLiteral("profile-2"));
    QTRY_COMPARE(api.offerRequests.size(), 3);
}

void TestInstanceOffer::quotaIsShownAndCapsTheCount()
{
    Rig rig(SpecBuilder::blank().zone(100003).count(3), [](FakeCloudApi &api) {
        api.accountQuota.postPaid = {{QStringLiteral("ap-guangzhou-3"), 28, 2, 30}};
    });
    QVERIFY(QTest::qWaitForWindowExposed(&rig.wizard));
    auto *quota = find<QLabel>(&rig.wizard, QStringLiteral("quotaLabel"));
    QTRY_COMPARE(quota->text(), QStringLiteral("2 of 30 left in this zone"));
    QCOMPARE(rig.api.quotaRequests, QStringList{QStringLiteral("ap-guangzhou-3")});
    // Over the quota: a finding that names it, and Next is blocked.
    QTRY_VERIFY(rig.countFindings()->text().contains(QStringLiteral("quota")));
    // The count keeps its room beside the quota and above the finding.
    auto *spin = find<QSpinBox>(&rig.wizard, QStringLiteral("countSpin"));
    QTRY_VERIFY(rig.model()->rowCount() > 0);
    QTRY_VERIFY2(spin->height() >= spin->minimumSizeHint().height(),
                 qPrintable(QString::number(spin->height())));
    QVERIFY(!rig.nextEnabled());
    // The review's pre-flight says the same, beside the price and the service's dry run.
    auto *review = find<QLabel>(&rig.wizard, QStringLiteral("reviewQuota"));
    QTRY_VERIFY2(review->text().contains(QStringLiteral("only 2 instance")),
                 qPrintable(review->text()));
    const Finding finding = rig.countFindings()->findings().first();
    QCOMPARE(finding.suggestions.first().value.toInt(), 2);
    rig.wizard.draft()->applySuggestion(finding.suggestions.first());
    QCOMPARE(rig.wizard.spec().goodsNum, 2);
    QTRY_VERIFY(rig.countFindings()->findings().isEmpty());
    QTRY_VERIFY(rig.nextEnabled());
    QTRY_VERIFY2(review->text().contains(QStringLiteral("enough for this launch")),
                 qPrintable(review->text()));
    // Typing more than is left is not refused without a word (500 used to become 50): the
    // finding says the most this zone allows and why, with its fix.
    auto *count = find<QSpinBox>(&rig.wizard, QStringLiteral("countSpin"));
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("500"));
    QCOMPARE(rig.wizard.spec().goodsNum, 500);
    QTRY_VERIFY2(rig.countFindings()->text().contains(QStringLiteral("launch at most 2")),
                 qPrintable(rig.countFindings()->text()));
    QVERIFY(!rig.nextEnabled());
}

void TestInstanceOffer::anUnreadableQuotaKeepsTheAppsCap()
{
    Rig rig(SpecBuilder::blank().zone(100003), [](FakeCloudApi &api) {
        api.failNext(QStringLiteral("DescribeAccountQuota"),
                     FakeCloudApi::transportError(QStringLiteral("DescribeAccountQuota")));
    });
    QVERIFY(QTest::qWaitForWindowExposed(&rig.wizard));
    auto *quota = find<QLabel>(&rig.wizard, QStringLiteral("quotaProblem"));
    QTRY_VERIFY2(quota->text().contains(QStringLiteral("could not be read")),
                 qPrintable(quota->text()));
    QVERIFY(quota->text().contains(QStringLiteral("Connection refused")));
    QTRY_COMPARE(rig.model()->rowCount(), 2);
    QVERIFY(rig.nextEnabled()); // the quota is not a reason to stop
    // Without a quota the app's own cap holds, said with its reason when a count passes it.
    auto *count = find<QSpinBox>(&rig.wizard, QStringLiteral("countSpin"));
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("5000"));
    QCOMPARE(rig.wizard.spec().goodsNum, 5000);
    QTRY_VERIFY2(rig.countFindings()->text().contains(
                     QStringLiteral("1 to %1 instances").arg(InstanceCount::MaxPerLaunch)),
                 qPrintable(rig.countFindings()->text()));
    QVERIFY(!rig.nextEnabled());
}

void TestInstanceOffer::apiTwoStaysOnTheCatalog()
{
    FakeCloudApi api; // API 2.0
    api.fillSample();
    LaunchWizard wizard(SpecBuilder::blank().zone(100003));
    wizard.setStartId(LaunchWizard::InstancePageId);
    wizard.setCloudApi(&api, QStringLiteral("profile-1"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(find<QListWidget>(&wizard, QStringLiteral("familyList"))->isVisible());
    QVERIFY(!find<QWidget>(&wizard, QStringLiteral("offerBox"))->isVisible());
    QTest::qWait(50);
    QVERIFY(api.offerRequests.isEmpty());
    QVERIFY(api.quotaRequests.isEmpty());
    QCOMPARE(wizard.spec().instanceType, LaunchSpec::DefaultInstanceType);
    QVERIFY(find<QLabel>(&wizard, QStringLiteral("quotaLabel"))->text().isEmpty());
}

void TestInstanceOffer::loadsTheLiveOfferFromTheSandbox()
{
    SandboxService sandbox;
    QVERIFY(sandbox.start() != 0);
    NetworkTransport transport;
    ApiConfig config;
    config.version = ApiConfig::Version::V3;
    config.region = QStringLiteral("ap-guangzhou");
    config.endpoint = sandbox.endpoint();
    config.secretId = SandboxService::DefaultSecretId;
    config.secretKey = SandboxService::DefaultSecretKey;
    V3CloudApi api(config, &transport);

    LaunchWizard wizard(SpecBuilder::blank().zone(100003));
    wizard.setStartId(LaunchWizard::InstancePageId);
    wizard.setCloudApi(&api, QStringLiteral("sandbox-v3"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *view = find<QTreeView>(&wizard, QStringLiteral("typeView"));
    auto *model = qobject_cast<ZoneOfferModel *>(view->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 15000);
    const QStringList families = model->offer().families();
    for (const char *family : {"S5", "S6", "M6", "C6"})
        QVERIFY2(families.contains(QLatin1String(family)), qPrintable(families.join(u',')));
    QVERIFY(!families.contains(QStringLiteral("S1"))); // the seed's world is not today's
    // The world sells S5.MEDIUM4 out in ap-guangzhou-3.
    const QModelIndex soldOut = model->indexOfType(QStringLiteral("S5.MEDIUM4"));
    QVERIFY(soldOut.isValid());
    QVERIFY(!(model->flags(soldOut) & Qt::ItemIsSelectable));
    QVERIFY(wizard.draft()->offer()->find(wizard.spec().instanceType)->isSelling());
    auto *quota = find<QLabel>(&wizard, QStringLiteral("quotaLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(quota->text().endsWith(QStringLiteral("of 30 left in this zone")),
                             15000);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestInstanceOffer)
#include "tst_instanceoffer.moc"
