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

QTEST_MAIN(TestPriceQuoter)
#include "tst_pricequoter.moc"
