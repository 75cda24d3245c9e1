// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "launch/statustracker.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

// Puts `count` instances in the fake's world, in `state`, and returns their ids.
QStringList makeInstances(FakeCloudApi &api, int count, InstanceState state)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        InstanceInfo info;
        info.instanceId =
            QStringLiteral("ins-%1").arg(api.createdCount() + 1, 8, 10, QLatin1Char('0'));
        info.state = state;
        api.instances.insert(info.instanceId, info);
        ids << info.instanceId;
    }
    return ids;
}

// Puts an instance with this id in the fake's world.
QString addInstance(FakeCloudApi &api, const QString &id, InstanceState state)
{
    InstanceInfo info;
    info.instanceId = id;
    info.state = state;
    api.instances.insert(id, info);
    return id;
}

} // namespace

class TestStatusTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finalStates();
    void aThousandInstancesCostTenRequestsARound();
    void aLargeRoundIsSentInTurnsOfTheEventLoop();
    void clearingMidRoundStillFinishesTheRound();
    void settledInstancesAreNoLongerPolled();
    void backsOffWhileNothingChanges();
    void aChangeOrPollNowBringsThePaceBack();
    void errorsBackOffAndAreReported();
    void failedCreationCarriesTheReason();
    void returningIsFollowedToReturned();
    void anInstanceNeverListedIsNotFound();
    void aVanishedInstanceIsNotFoundWithWhenItWasLastSeen();
    void eachAccountIsAskedAboutItsOwnInstancesOnly();
    void anAccountWithoutABackendWaitsUnasked();
    void aBackendDeletedMidRoundDoesNotStopPolling();
};

void TestStatusTracker::finalStates()
{
    QVERIFY(StatusTracker::isFinal(InstanceState::Running));
    QVERIFY(StatusTracker::isFinal(InstanceState::Stopped));
    QVERIFY(StatusTracker::isFinal(InstanceState::CreateFailed));
    QVERIFY(StatusTracker::isFinal(InstanceState::Returned));
    QVERIFY(StatusTracker::isFinal(InstanceState::NotFound));
    QVERIFY(!StatusTracker::isFinal(InstanceState::Creating));
    QVERIFY(!StatusTracker::isFinal(InstanceState::Returning));
    QVERIFY(!StatusTracker::isFinal(InstanceState::Busy));
    QVERIFY(!StatusTracker::isFinal(InstanceState::Fault));
    QVERIFY(!StatusTracker::isFinal(InstanceState::Unknown));
}

void TestStatusTracker::aThousandInstancesCostTenRequestsARound()
{
    FakeCloudApi api;
    const QStringList ids = makeInstances(api, 1000, InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(10000, 10000); // one round only in this test
    tracker.setCloudApi(&api);
    QSignalSpy rounds(&tracker, &StatusTracker::roundFinished);
    tracker.follow(ids);
    tracker.pollNow();
    QTRY_COMPARE(rounds.size(), 1);
    QCOMPARE(rounds.at(0).at(0).toInt(), 10);
    QCOMPARE(api.describeCalls.size(), 10);
    QSet<QString> asked;
    for (const QStringList &call : std::as_const(api.describeCalls)) {
        QVERIFY(call.size() <= StatusTracker::MaxIdsPerRequest);
        for (const QString &id : call)
            asked.insert(id);
    }
    QCOMPARE(asked.size(), 1000);

    // 1001 instances: ceil(1001/100) = 11.
    tracker.follow(makeInstances(api, 1, InstanceState::Creating));
    tracker.pollNow();
    QTRY_COMPARE(rounds.size(), 2);
    QCOMPARE(rounds.at(1).at(0).toInt(), 11);
}

void TestStatusTracker::aLargeRoundIsSentInTurnsOfTheEventLoop()
{
    // 10,000 instances need 100 requests: building them all at once would hold the GUI thread
    // for more than a frame, so a round sends RequestsPerTurn of them per turn of the loop.
    FakeCloudApi api;
    api.setHold(true);
    const QStringList ids = makeInstances(api, 2500, InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(10000, 10000);
    tracker.setCloudApi(&api);
    QSignalSpy rounds(&tracker, &StatusTracker::roundFinished);
    tracker.follow(ids);
    tracker.pollNow();
    QCOMPARE(api.describeCalls.size(), StatusTracker::RequestsPerTurn);
    QVERIFY(tracker.isPolling());
    QTRY_COMPARE(api.describeCalls.size(), 25);
    // Every id asked once, in sorted order across the requests.
    QStringList asked;
    for (const QStringList &call : std::as_const(api.describeCalls))
        asked << call;
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(asked, sorted);
    QCOMPARE(rounds.size(), 0);
    api.setHold(false);
    api.releaseAll();
    QTRY_COMPARE(rounds.size(), 1);
    QCOMPARE(rounds.at(0).at(0).toInt(), 25);
}

void TestStatusTracker::clearingMidRoundStillFinishesTheRound()
{
    FakeCloudApi api;
    const QStringList ids = makeInstances(api, 3000, InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(10000, 10000);
    tracker.setCloudApi(&api);
    QSignalSpy rounds(&tracker, &StatusTracker::roundFinished);
    QSignalSpy failures(&tracker, &StatusTracker::pollFailed);
    tracker.follow(ids);
    tracker.pollNow();
    tracker.clear(); // before the later turns: their requests are never sent
    QTRY_COMPARE(rounds.size(), 1);
    QCOMPARE(rounds.at(0).at(0).toInt(), StatusTracker::RequestsPerTurn);
    QCOMPARE(api.describeCalls.size(), StatusTracker::RequestsPerTurn);
    QVERIFY(!tracker.isPolling());
    QCOMPARE(failures.size(), 0); // cancelled requests are not a failure
}

void TestStatusTracker::settledInstancesAreNoLongerPolled()
{
    FakeCloudApi api;
    const QStringList ids = makeInstances(api, 250, InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(10000, 10000);
    tracker.setCloudApi(&api);
    QSignalSpy rounds(&tracker, &StatusTracker::roundFinished);
    QSignalSpy updates(&tracker, &StatusTracker::instancesUpdated);
    tracker.follow(ids);
    tracker.pollNow();
    QTRY_COMPARE(rounds.size(), 1);
    QCOMPARE(rounds.at(0).at(0).toInt(), 3);

    api.setState(ids.mid(0, 200), InstanceState::Running);
    tracker.pollNow();
    QTRY_COMPARE(rounds.size(), 2);
    QCOMPARE(tracker.followedIds().size(), 50);
    tracker.pollNow();
    QTRY_COMPARE(rounds.size(), 3);
    QCOMPARE(rounds.at(2).at(0).toInt(), 1);
    QCOMPARE(api.describeCalls.last().size(), 50);

    api.setState(ids, InstanceState::Running);
    tracker.pollNow();
    QTRY_COMPARE(rounds.size(), 4);
    QVERIFY(tracker.followedIds().isEmpty());
    int running = 0;
    for (const auto &signal : std::as_const(updates)) {
        for (const InstanceInfo &info : signal.at(0).value<QList<InstanceInfo>>())
            running += info.state == InstanceState::Running ? 1 : 0;
    }
    QCOMPARE(running, 250);
}

void TestStatusTracker::backsOffWhileNothingChanges()
{
    FakeCloudApi api;
    const QStringList ids = makeInstances(api, 3, InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(5, 40);
    tracker.setCloudApi(&api);
    QList<int> intervals; // the pace chosen after each round
    QList<bool> changes;
    connect(&tracker, &StatusTracker::roundFinished, this, [&](int, bool changed) {
        intervals << tracker.currentInterval();
        changes << changed;
    });
    tracker.follow(ids);
    tracker.pollNow();
    // The timer starts every round after the first by itself.
    QTRY_VERIFY(intervals.size() >= 6);
    QCOMPARE(intervals.mid(0, 6), (QList<int>{5, 10, 20, 40, 40, 40}));
    QCOMPARE(changes.mid(0, 6), (QList<bool>{true, false, false, false, false, false}));
}

void TestStatusTracker::aChangeOrPollNowBringsThePaceBack()
{
    FakeCloudApi api;
    const QStringList ids = makeInstances(api, 3, InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(5, 20);
    tracker.setCloudApi(&api);
    QList<int> intervalsAfterChange;
    connect(&tracker, &StatusTracker::roundFinished, this, [&](int, bool changed) {
        if (changed)
            intervalsAfterChange << tracker.currentInterval();
    });
    tracker.follow(ids);
    tracker.pollNow();
    QTRY_COMPARE(tracker.currentInterval(), 20);
    QCOMPARE(intervalsAfterChange.size(), 1);
    api.setState({ids.at(0)}, InstanceState::Busy);
    QTRY_COMPARE(intervalsAfterChange.size(), 2);
    QCOMPARE(intervalsAfterChange.at(1), 5);

    QTRY_COMPARE(tracker.currentInterval(), 20);
    tracker.setIntervals(5, 1000000); // from here only pollNow() starts a round at once
    QTRY_VERIFY(!tracker.isPolling());
    tracker.pollNow();
    QVERIFY(tracker.isPolling());
    QCOMPARE(tracker.currentInterval(), 5);
}

void TestStatusTracker::errorsBackOffAndAreReported()
{
    FakeCloudApi api;
    ApiError error;
    error.kind = ApiError::Kind::Transport;
    error.verdict = ApiError::Verdict::Retryable;
    error.message = QStringLiteral("connection refused");
    api.describeError = error;
    StatusTracker tracker;
    tracker.setIntervals(5, 20);
    tracker.setCloudApi(&api);
    QList<int> intervals;
    connect(&tracker, &StatusTracker::pollFailed, this,
            [&] { intervals << tracker.currentInterval(); });
    QSignalSpy failed(&tracker, &StatusTracker::pollFailed);
    QSignalSpy recovered(&tracker, &StatusTracker::pollRecovered);
    tracker.follow(makeInstances(api, 2, InstanceState::Creating));
    tracker.pollNow();
    QTRY_VERIFY(intervals.size() >= 3);
    QCOMPARE(intervals.mid(0, 3), (QList<int>{10, 20, 20}));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("connection refused")));
    QCOMPARE(recovered.size(), 0);

    api.describeError.reset();
    QTRY_COMPARE(recovered.size(), 1);
}

void TestStatusTracker::failedCreationCarriesTheReason()
{
    FakeCloudApi api;
    const QStringList ids = makeInstances(api, 1, InstanceState::Creating);
    api.setState(ids, InstanceState::CreateFailed, QStringLiteral("ResourceInsufficient"));
    StatusTracker tracker;
    tracker.setIntervals(10000, 10000);
    tracker.setCloudApi(&api);
    QSignalSpy updates(&tracker, &StatusTracker::instancesUpdated);
    tracker.follow(ids);
    tracker.pollNow();
    QTRY_COMPARE(updates.size(), 1);
    const auto infos = updates.at(0).at(0).value<QList<InstanceInfo>>();
    QCOMPARE(infos.size(), 1);
    QCOMPARE(infos.at(0).state, InstanceState::CreateFailed);
    QCOMPARE(infos.at(0).failureReason, QStringLiteral("ResourceInsufficient"));
    QVERIFY(tracker.followedIds().isEmpty());
}

void TestStatusTracker::returningIsFollowedToReturned()
{
    FakeCloudApi api;
    const QStringList ids = makeInstances(api, 1, InstanceState::Running);
    StatusTracker tracker;
    tracker.setIntervals(5, 5);
    tracker.setCloudApi(&api);
    QSignalSpy updates(&tracker, &StatusTracker::instancesUpdated);

    // Accepted, but the service still lists it as running for a while: it shows as returning.
    tracker.followReturn(ids.at(0));
    QTRY_VERIFY(api.describeCalls.size() >= 2);
    QCOMPARE(tracker.followedIds(), ids);
    api.setState(ids, InstanceState::Returning);
    api.instances[ids.at(0)].rawState = QStringLiteral("6");
    QTRY_VERIFY(!updates.isEmpty());
    QCOMPARE(updates.last().at(0).value<QList<InstanceInfo>>().at(0).state,
             InstanceState::Returning);

    api.setState(ids, InstanceState::Returned); // the fake then stops listing it
    QTRY_VERIFY(tracker.followedIds().isEmpty());
    QCOMPARE(updates.last().at(0).value<QList<InstanceInfo>>().at(0).state,
             InstanceState::Returned);
}

// Five answers that leave it out: not Returned (this app returned nothing) but NotFound, with a
// reason that says it was never listed.
void TestStatusTracker::anInstanceNeverListedIsNotFound()
{
    FakeCloudApi api;
    const QStringList listed = makeInstances(api, 1, InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(10000, 10000); // rounds only when asked
    tracker.setCloudApi(&api);
    QSignalSpy rounds(&tracker, &StatusTracker::roundFinished);
    QSignalSpy updates(&tracker, &StatusTracker::instancesUpdated);
    const QString gone = QStringLiteral("ins-returned-while-closed");
    tracker.follow(listed + QStringList{gone});
    for (int round = 1; round < StatusTracker::MissingAnswersLimit; ++round) {
        tracker.pollNow();
        QTRY_COMPARE(rounds.size(), round);
        QVERIFY(tracker.followedIds().contains(gone));
    }
    QCOMPARE(updates.size(), 1); // only the listed instance's first answer
    tracker.pollNow();
    QTRY_COMPARE(rounds.size(), int(StatusTracker::MissingAnswersLimit));
    QVERIFY(!tracker.followedIds().contains(gone));
    const auto infos = updates.last().at(0).value<QList<InstanceInfo>>();
    QCOMPARE(infos.size(), 1);
    QCOMPARE(infos.at(0).instanceId, gone);
    QCOMPARE(infos.at(0).state, InstanceState::NotFound);
    QCOMPARE(infos.at(0).failureReason, StatusTracker::notFoundReason({}));
    QVERIFY(infos.at(0).failureReason.contains(QStringLiteral("never")));
    QVERIFY(!infos.at(0).lastSeen.isValid());
    QVERIFY(tracker.followedIds().contains(listed.at(0)));
}

void TestStatusTracker::aVanishedInstanceIsNotFoundWithWhenItWasLastSeen()
{
    FakeCloudApi api;
    const QStringList ids = makeInstances(api, 1, InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(10000, 10000);
    tracker.setCloudApi(&api);
    QSignalSpy rounds(&tracker, &StatusTracker::roundFinished);
    QSignalSpy updates(&tracker, &StatusTracker::instancesUpdated);
    tracker.follow(ids);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    tracker.pollNow();
    QTRY_COMPARE(rounds.size(), 1);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    api.instances.remove(ids.at(0)); // deleted behind the app's back
    for (int round = 2; round <= 1 + StatusTracker::MissingAnswersLimit; ++round) {
        tracker.pollNow();
        QTRY_COMPARE(rounds.size(), round);
    }
    QVERIFY(!tracker.followedIds().contains(ids.at(0)));
    const auto infos = updates.last().at(0).value<QList<InstanceInfo>>();
    QCOMPARE(infos.size(), 1);
    QCOMPARE(infos.at(0).state, InstanceState::NotFound);
    QVERIFY(infos.at(0).lastSeen >= before && infos.at(0).lastSeen <= after);
    QCOMPARE(infos.at(0).failureReason, StatusTracker::notFoundReason(infos.at(0).lastSeen));
    QVERIFY(infos.at(0).failureReason.contains(
        infos.at(0).lastSeen.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

QTEST_GUILESS_MAIN(TestStatusTracker)
#include "tst_statustracker.moc"

void TestStatusTracker::eachAccountIsAskedAboutItsOwnInstancesOnly()
{
    FakeCloudApi first;
    FakeCloudApi second;
    const QString a = addInstance(first, QStringLiteral("ins-aaaaaaaa"), InstanceState::Creating);
    const QString b = addInstance(second, QStringLiteral("ins-bbbbbbbb"), InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(5, 20);
    tracker.setAccountApi(QStringLiteral("first"), &first);
    tracker.setAccountApi(QStringLiteral("second"), &second);
    QSignalSpy rounds(&tracker, &StatusTracker::roundFinished);
    tracker.follow({a}, QStringLiteral("first"));
    tracker.follow({b}, QStringLiteral("second"));
    tracker.pollNow();
    QTRY_VERIFY(rounds.size() >= 3);
    QCOMPARE(tracker.accountOf(a), QStringLiteral("first"));
    // Each backend was only ever asked about its own instance: the other account's instance would
    // be "not listed" there, and counted towards NotFound.
    QVERIFY(!first.describeCalls.isEmpty());
    QVERIFY(!second.describeCalls.isEmpty());
    for (const QStringList &call : std::as_const(first.describeCalls))
        QCOMPARE(call, QStringList{a});
    for (const QStringList &call : std::as_const(second.describeCalls))
        QCOMPARE(call, QStringList{b});
    QCOMPARE(rounds.at(0).at(0).toInt(), 2); // one request per account a round

    first.setState({a}, InstanceState::Running);
    second.setState({b}, InstanceState::Running);
    QTRY_VERIFY(tracker.followedIds().isEmpty());
}

void TestStatusTracker::anAccountWithoutABackendWaitsUnasked()
{
    FakeCloudApi own;
    const QString a = addInstance(own, QStringLiteral("ins-aaaaaaaa"), InstanceState::Creating);
    const QString b = addInstance(own, QStringLiteral("ins-bbbbbbbb"), InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(5, 20);
    tracker.setAccountApi(QStringLiteral("own"), &own);
    QSignalSpy updates(&tracker, &StatusTracker::instancesUpdated);
    tracker.follow({a}, QStringLiteral("own"));
    tracker.follow({b}, QStringLiteral("gone")); // its account has no backend
    QTRY_VERIFY(own.describeCalls.size() >= StatusTracker::MissingAnswersLimit + 1);
    for (const QStringList &call : std::as_const(own.describeCalls))
        QCOMPARE(call, QStringList{a});
    // Never NotFound, never anything: followed and waiting for its account.
    for (const auto &signal : std::as_const(updates)) {
        for (const InstanceInfo &info : signal.at(0).value<QList<InstanceInfo>>())
            QVERIFY(info.instanceId != b);
    }
    QVERIFY(tracker.followedIds().contains(b));

    // Its backend arrives: asked at once, through it.
    FakeCloudApi gone;
    addInstance(gone, b, InstanceState::Running);
    tracker.setAccountApi(QStringLiteral("gone"), &gone);
    QTRY_VERIFY(!tracker.followedIds().contains(b));
    QCOMPARE(gone.describeCalls.first(), QStringList{b});
    tracker.setAccountApi(QStringLiteral("gone"), nullptr);
}

// The account is switched (or edited) while a DescribeInstances is in flight: its backend, and
// the call with it, are deleted without a callback. The round must not wait for it for ever.
void TestStatusTracker::aBackendDeletedMidRoundDoesNotStopPolling()
{
    auto *old = new FakeCloudApi;
    old->setHold(true);
    FakeCloudApi other;
    const QString a = addInstance(*old, QStringLiteral("ins-aaaaaaaa"), InstanceState::Creating);
    const QString b = addInstance(other, QStringLiteral("ins-bbbbbbbb"), InstanceState::Creating);
    StatusTracker tracker;
    tracker.setIntervals(5, 20);
    tracker.setAccountApi(QStringLiteral("old"), old);
    tracker.follow({a}, QStringLiteral("old"));
    tracker.pollNow();
    QTRY_COMPARE(old->pendingCount(), 1);
    QVERIFY(tracker.isPolling());
    delete old; // takes its call with it, unanswered
    QVERIFY(!tracker.isPolling());

    tracker.setAccountApi(QStringLiteral("other"), &other);
    tracker.follow({b}, QStringLiteral("other"));
    other.setState({b}, InstanceState::Running);
    QTRY_VERIFY(!tracker.followedIds().contains(b));
}
