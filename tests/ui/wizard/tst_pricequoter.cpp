// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "wizard/launchdraft.h"
#include "wizard/pricequoter.h"

#include <QSignalSpy>
#include <QTest>

// The price is asked once the typing stops, and an answer for older inputs never shows.
class TestPriceQuoter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void asksOnceAfterABurstOfChanges();
    void lateAnswersAreDropped();
    void failureIsReportedAndRetried();
    void notReadyWithoutAnImage();
    void v3QuotesAgainForItsDisksOnly();
    void v2QuotesAgainForItsDiskOnly();

private:
    static LaunchSpec pricedSpec();
};

LaunchSpec TestPriceQuoter::pricedSpec()
{
    return SpecBuilder().region(QString()).cpuMem(1, 1);
}

void TestPriceQuoter::asksOnceAfterABurstOfChanges()
{
    FakeCloudApi api;
    LaunchDraft draft(Catalog::builtIn());
    draft.reset(pricedSpec());
    PriceQuoter quoter(&draft);
    quoter.setCloudApi(&api);
    for (int bandwidth = 1; bandwidth <= 5; ++bandwidth)
        draft.edit(SpecField::Bandwidth, [bandwidth](LaunchSpec &s) { s.bandwidth = bandwidth; });
    QCOMPARE(api.callCount(QStringLiteral("InquiryInstancePriceHour")), 0);
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Quoted);
    QCOMPARE(api.callCount(QStringLiteral("InquiryInstancePriceHour")), 1);
    QCOMPARE(api.priceRequests.first().bandwidth, 5);
    QCOMPARE(quoter.price()->bandwidthPrice, QStringLiteral("0.30"));
    // A change that cannot move the price asks nothing.
    draft.edit(SpecField::InstanceName,
               [](LaunchSpec &s) { s.instanceName = QStringLiteral("x"); });
    QTest::qWait(PriceQuoter::DebounceMs + 100);
    QCOMPARE(api.callCount(QStringLiteral("InquiryInstancePriceHour")), 1);
}

void TestPriceQuoter::lateAnswersAreDropped()
{
    FakeCloudApi api;
    api.setHold(true);
    LaunchDraft draft(Catalog::builtIn());
    draft.reset(pricedSpec());
    PriceQuoter quoter(&draft);
    quoter.setCloudApi(&api);
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Loading);
    draft.edit(SpecField::Bandwidth, [](LaunchSpec &s) { s.bandwidth = 7; });
    api.releaseAll(); // the answer for bandwidth 0 arrives after the change
    QTRY_COMPARE(api.callCount(QStringLiteral("InquiryInstancePriceHour")), 2);
    QVERIFY(quoter.state() != PriceQuoter::State::Quoted);
    api.releaseAll();
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Quoted);
    QCOMPARE(quoter.price()->bandwidthPrice, QStringLiteral("0.42"));
}

void TestPriceQuoter::failureIsReportedAndRetried()
{
    FakeCloudApi api;
    api.failNext(QStringLiteral("InquiryInstancePriceHour"),
                 FakeCloudApi::transportError(QStringLiteral("InquiryInstancePriceHour")));
    LaunchDraft draft(Catalog::builtIn());
    draft.reset(pricedSpec());
    PriceQuoter quoter(&draft);
    quoter.setCloudApi(&api);
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Failed);
    QCOMPARE(quoter.error().kind, ApiError::Kind::Transport);
    quoter.refresh();
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Quoted);
}

void TestPriceQuoter::notReadyWithoutAnImage()
{
    FakeCloudApi api;
    LaunchDraft draft(Catalog::builtIn());
    PriceQuoter quoter(&draft);
    quoter.setCloudApi(&api);
    QCOMPARE(quoter.state(), PriceQuoter::State::NotReady);
    QVERIFY(quoter.notReadyReason().contains(QStringLiteral("image")));
    QTest::qWait(PriceQuoter::DebounceMs + 100);
    QCOMPARE(api.callCount(QStringLiteral("InquiryInstancePriceHour")), 0);
}

void TestPriceQuoter::v3QuotesAgainForItsDisksOnly()
{
    FakeCloudApi api;
    api.apiVersion = ApiConfig::Version::V3;
    LaunchDraft draft(Catalog::builtIn());
    draft.reset(pricedSpec());
    PriceQuoter quoter(&draft);
    quoter.setCloudApi(&api);
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Quoted);
    QCOMPARE(api.priceRequests.size(), 1);

    draft.edit(SpecField::DataDisks, [](LaunchSpec &s) {
        s.dataDisks.append({QStringLiteral("CLOUD_PREMIUM"), 100});
    });
    QTRY_COMPARE(api.priceRequests.size(), 2);
    QCOMPARE(api.priceRequests.last().dataDisks.size(), 1);
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Quoted);
    draft.edit(SpecField::SystemDiskType,
               [](LaunchSpec &s) { s.systemDiskType = QStringLiteral("CLOUD_BSSD"); });
    QTRY_COMPARE(api.priceRequests.size(), 3);
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Quoted);
    // API 2.0's disk is not sent on API 3.0: it cannot move the price.
    draft.edit(SpecField::StorageSize, [](LaunchSpec &s) { s.storageSize = 30; });
    QTest::qWait(PriceQuoter::DebounceMs + 100);
    QCOMPARE(api.priceRequests.size(), 3);
}

void TestPriceQuoter::v2QuotesAgainForItsDiskOnly()
{
    FakeCloudApi api;
    LaunchDraft draft(Catalog::builtIn());
    draft.reset(pricedSpec());
    PriceQuoter quoter(&draft);
    quoter.setCloudApi(&api);
    QTRY_COMPARE(quoter.state(), PriceQuoter::State::Quoted);
    draft.edit(SpecField::SystemDiskType,
               [](LaunchSpec &s) { s.systemDiskType = QStringLiteral("CLOUD_BSSD"); });
    QTest::qWait(PriceQuoter::DebounceMs + 100);
    QCOMPARE(api.priceRequests.size(), 1);
    draft.edit(SpecField::StorageSize, [](LaunchSpec &s) { s.storageSize = 30; });
    QTRY_COMPARE(api.priceRequests.size(), 2);
}

QTEST_MAIN(TestPriceQuoter)
#include "tst_pricequoter.moc"
