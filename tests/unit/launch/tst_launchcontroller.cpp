// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "launch/instancemodel.h"
#include "launch/journal.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "launch/statustracker.h"
#include "specbuilder.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

LaunchSpec specFor(int count)
{
    return SpecBuilder().count(count);
}

int rowsInState(const InstanceModel &model, InstanceState state)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += model.row(row).info.state == state ? 1 : 0;
    return n;
}

} // namespace

class TestLaunchController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void launchedInstancesReachRunningInTheTable();
    void aFailingBatchShowsItsErrorWhileTheOthersGoOn();
    void restartRebuildsTheTableAndFinishesTheLaunch();
    void damagedJournalIsReported();
    void returnInstanceFollowsItToReturned();
    void returningAnInstanceThatIsGoneMarksItReturned();
    void anUnconfirmedBatchShowsInTheTableUntilAnswered();
    void trackerErrorsReachTheStatusBar();
    void anotherAccountsInstancesNeverGoThroughTheSelectedOne();
    void aLaunchWithoutAnAccountIsNeverActedOn();
    void afterARestartRowsAreAskedAtOnce();
    void aReturnLostWithItsBackendIsAskedAbout();
    void anUnconfirmedBatchKeepsItsBackoff();
};

void TestLaunchController::launchedInstancesReachRunningInTheTable()
{
    QTemporaryDir dir;
    FakeCloudApi api;
    LaunchController controller(dir.path());
    controller.tracker()->setIntervals(5, 20);
    controller.start();
    controller.setCloudApi(&api, QStringLiteral("p1"));
    QVERIFY(!controller.launch(specFor(250)).isEmpty());
    QTRY_COMPARE(controller.model()->rowCount(), 250);
    QTRY_COMPARE(rowsInState(*controller.model(), InstanceState::Creating), 250);
    api.setState(api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(rowsInState(*controller.model(), InstanceState::Running), 250);
    QTRY_VERIFY(controller.tracker()->followedIds().isEmpty());
}

void TestLaunchController::aFailingBatchShowsItsErrorWhileTheOthersGoOn()
{
    QTemporaryDir dir;
    FakeCloudApi api;
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = 5300;
    error.message = QStringLiteral("insufficient balance");
    api.runScripts = {{}, {error, 0, 0, false}, {}};
    LaunchController controller(dir.path());
    controller.tracker()->setIntervals(5, 20);
    QSignalSpy messages(&controller, &LaunchController::message);
    controller.setCloudApi(&api, QStringLiteral("p1"));
    controller.launch(specFor(250));
    QTRY_COMPARE(controller.model()->rowCount(), 151); // 150 instances + the failed batch
    const InstanceModel &model = *controller.model();
    int failedRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.row(row).error.isEmpty())
            failedRow = row;
    }
    QVERIFY(failedRow >= 0);
    QVERIFY(model.row(failedRow).error.contains(QStringLiteral("insufficient balance")));
    bool reported = false;
    for (const auto &signal : std::as_const(messages))
        reported |= signal.at(0).toString().contains(QStringLiteral("insufficient balance"));
    QVERIFY(reported);
    api.setState(api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(rowsInState(model, InstanceState::Running), 150);
}

void TestLaunchController::restartRebuildsTheTableAndFinishesTheLaunch()
{
    QTemporaryDir dir;
    FakeCloudApi service; // the service outlives the app
    QStringList tokens;
    {
        LaunchController first(dir.path());
        service.runScripts = {{}, {std::nullopt, 0, 0, true}, {std::nullopt, 0, 0, true}};
        first.setCloudApi(&service, QStringLiteral("p1"));
        first.launch(specFor(250));
        QTRY_COMPARE(first.model()->rowCount(), 100);
        for (const auto &call : std::as_const(service.runRequests))
            tokens << call.clientToken;
    }
    QCOMPARE(service.createdCount(), 250);

    LaunchController second(dir.path());
    second.tracker()->setIntervals(5, 20);
    second.start();
    QCOMPARE(second.model()->rowCount(), 100); // what the journal knew
    second.setCloudApi(&service, QStringLiteral("p1"));
    QTRY_COMPARE(second.model()->rowCount(), 250);
    QCOMPARE(service.runRequests.size(), 5);
    QCOMPARE(service.runRequests.at(3).clientToken, tokens.at(1));
    QCOMPARE(service.runRequests.at(4).clientToken, tokens.at(2));
    QCOMPARE(service.createdCount(), 250);
    service.setState(service.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(rowsInState(*second.model(), InstanceState::Running), 250);
}

void TestLaunchController::damagedJournalIsReported()
{
    QTemporaryDir dir;
    {
        QFile file(
            dir.filePath(QStringLiteral("launch-0c0ffee0-0000-0000-0000-000000000000.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x00\x01garbage");
    }
    LaunchController controller(dir.path());
    QSignalSpy damaged(&controller, &LaunchController::journalDamaged);
    controller.start();
    QCOMPARE(damaged.size(), 1);
    QVERIFY(damaged.at(0).at(0).toString().contains(QStringLiteral(".damaged-")));
    QCOMPARE(controller.model()->rowCount(), 0);
}

void TestLaunchController::returnInstanceFollowsItToReturned()
{
    QTemporaryDir dir;
    FakeCloudApi api;
    LaunchController controller(dir.path());
    controller.tracker()->setIntervals(5, 20);
    controller.setCloudApi(&api, QStringLiteral("p1"));
    controller.launch(specFor(2));
    QTRY_COMPARE(controller.model()->rowCount(), 2);
    api.setState(api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(rowsInState(*controller.model(), InstanceState::Running), 2);

    const QString id = controller.model()->row(0).info.instanceId;
    controller.returnInstance(id);
    QTRY_COMPARE(api.returnCalls, QStringList{id});
    QTRY_COMPARE(controller.model()->row(0).info.state, InstanceState::Returning);
    api.setState({id}, InstanceState::Returned);
    QTRY_COMPARE(controller.model()->row(0).info.state, InstanceState::Returned);
    QCOMPARE(controller.model()->row(1).info.state, InstanceState::Running);
}

// ReturnInstance answered "not found" (5000 in API 2.0, InvalidInstanceId.NotFound in 3.0): the
// instance is gone already, which is what the operator asked for, not an error.
void TestLaunchController::returningAnInstanceThatIsGoneMarksItReturned()
{
    QTemporaryDir dir;
    FakeCloudApi api;
    LaunchController controller(dir.path());
    controller.tracker()->setIntervals(5, 20);
    controller.setCloudApi(&api, QStringLiteral("p1"));
    controller.launch(specFor(2));
    QTRY_COMPARE(controller.model()->rowCount(), 2);
    api.setState(api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(rowsInState(*controller.model(), InstanceState::Running), 2);

    const QString id = controller.model()->row(0).info.instanceId;
    api.instances.remove(id); // returned in the console meanwhile
    QSignalSpy messages(&controller, &LaunchController::message);
    controller.returnInstance(id);
    QTRY_COMPARE(controller.model()->row(0).info.state, InstanceState::Returned);
    QVERIFY(controller.model()->row(0).error.isEmpty());
    QCOMPARE(messages.size(), 1);
    QVERIFY(!messages.at(0).at(0).toString().contains(QStringLiteral("not returned")));
    QCOMPARE(controller.model()->row(1).info.state, InstanceState::Running);
    // And it stays so: the tracker does not turn it into NotFound later.
    QTest::qWait(100);
    QCOMPARE(controller.model()->row(0).info.state, InstanceState::Returned);
}

// InternalError on every attempt: the table shows the batch as "outcome unknown, will ask again"
// (not as failed), and the launcher's next try turns the row into the instances.
void TestLaunchController::anUnconfirmedBatchShowsInTheTableUntilAnswered()
{
    QTemporaryDir dir;
    FakeCloudApi api;
    ApiError internal;
    internal.kind = ApiError::Kind::Service;
    internal.verdict = ApiError::Verdict::Retryable;
    internal.codeString = QStringLiteral("InternalError");
    api.runScripts = {{internal, 3, 0, false}};
    LaunchController controller(dir.path());
    controller.launcher()->setAskAgainIntervals(300, 300);
    controller.setCloudApi(&api, QStringLiteral("p1"));
    controller.launch(specFor(2));
    QTRY_COMPARE(controller.model()->rowCount(), 1);
    const InstanceModel &model = *controller.model();
    QCOMPARE(model.row(0).info.state, InstanceState::Unknown);
    QVERIFY(model.row(0).batchOpen);
    QCOMPARE(model.data(model.index(0, InstanceModel::StatusColumn)).toString(),
             QStringLiteral("Outcome unknown, will ask again"));
    QVERIFY(model.row(0).error.contains(QStringLiteral("InternalError")));
    QCOMPARE(rowsInState(model, InstanceState::CreateFailed), 0);

    QTRY_COMPARE(api.runRequests.size(), 2);
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(!model.row(0).batchOpen && !model.row(1).batchOpen);
    QVERIFY(!model.row(0).info.instanceId.isEmpty());
    QCOMPARE(api.runRequests.at(1).clientToken, api.runRequests.at(0).clientToken);
}

void TestLaunchController::trackerErrorsReachTheStatusBar()
{
    QTemporaryDir dir;
    FakeCloudApi api;
    LaunchController controller(dir.path());
    controller.tracker()->setIntervals(5, 20);
    controller.setCloudApi(&api, QStringLiteral("p1"));
    QSignalSpy errors(&controller, &LaunchController::trackerError);
    controller.launch(specFor(1));
    QTRY_COMPARE(controller.model()->rowCount(), 1);
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    api.describeError = error;
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY(!errors.last().at(0).toString().isEmpty());
    api.describeError.reset();
    QTRY_VERIFY(errors.last().at(0).toString().isEmpty());
}

// Without AccountApis (no other backend to be had), the selected account's backend is never used
// for another account's instances: they wait, with the reason, until their account is selected.
void TestLaunchController::anotherAccountsInstancesNeverGoThroughTheSelectedOne()
{
    QTemporaryDir dir;
    FakeCloudApi first;
    FakeCloudApi second;
    LaunchController controller(dir.path());
    controller.tracker()->setIntervals(5, 20);
    controller.setCloudApi(&first, QStringLiteral("p1"), QStringLiteral("ap-guangzhou"));
    controller.launch(specFor(1));
    QTRY_COMPARE(controller.model()->rowCount(), 1);
    const QString id = controller.model()->row(0).info.instanceId;
    QCOMPARE(controller.model()->row(0).profileId, QStringLiteral("p1"));
    QCOMPARE(controller.model()->row(0).region, QStringLiteral("ap-guangzhou"));
    QTRY_VERIFY(!first.describeCalls.isEmpty());

    QSignalSpy active(&controller, &LaunchController::activeProfileChanged);
    controller.setCloudApi(&second, QStringLiteral("p2"), QStringLiteral("ap-guangzhou"));
    QCOMPARE(active.size(), 1);
    QCOMPARE(controller.activeProfileId(), QStringLiteral("p2"));
    QSignalSpy messages(&controller, &LaunchController::message);
    controller.returnInstance(id);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("not returned")));
    QTest::qWait(100);
    QVERIFY(second.returnCalls.isEmpty());
    QVERIFY(first.returnCalls.isEmpty());
    for (const QStringList &call : std::as_const(second.describeCalls))
        QVERIFY(!call.contains(id));
    const InstanceModel &model = *controller.model();
    QCOMPARE(model.row(0).info.state, InstanceState::Creating); // open, as it was
    QVERIFY(!model.index(0, 0).data(InstanceModel::AccountProblemRole).toString().isEmpty());
    QVERIFY(model.index(0, InstanceModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("account not available")));
    QVERIFY(controller.tracker()->followedIds().contains(id));

    // Its own account again: asked at once, through it, and the reason goes.
    const qsizetype asked = first.describeCalls.size();
    controller.setCloudApi(&first, QStringLiteral("p1"), QStringLiteral("ap-guangzhou"));
    QTRY_VERIFY(first.describeCalls.size() > asked);
    QVERIFY(model.index(0, 0).data(InstanceModel::AccountProblemRole).toString().isEmpty());
    controller.returnInstance(id);
    QTRY_COMPARE(first.returnCalls, QStringList{id});
}

// A journal entry that names no profile (hand-edited, or from a build that wrote none): shown as
// "Account unknown", never polled or returned through whichever account is selected.
void TestLaunchController::aLaunchWithoutAnAccountIsNeverActedOn()
{
    QTemporaryDir dir;
    LaunchRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.spec = specFor(1);
    BatchRecord batch;
    batch.count = 1;
    batch.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.state = BatchRecord::State::Answered;
    batch.instanceIds = {QStringLiteral("ins-0000dead")};
    record.batches << batch;
    QVERIFY(Journal(dir.path()).save(record));

    FakeCloudApi api;
    LaunchController controller(dir.path());
    controller.tracker()->setIntervals(5, 20);
    controller.start();
    controller.setCloudApi(&api, QStringLiteral("p1"));
    const InstanceModel &model = *controller.model();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InstanceModel::AccountColumn).data().toString(),
             QStringLiteral("Account unknown"));
    QVERIFY(model.index(0, 0)
                .data(InstanceModel::ErrorRole)
                .toString()
                .contains(QStringLiteral("guessed account")));
    QSignalSpy messages(&controller, &LaunchController::message);
    controller.returnInstance(QStringLiteral("ins-0000dead"));
    QCOMPARE(messages.size(), 1);
    QTest::qWait(100);
    QVERIFY(api.describeCalls.isEmpty());
    QVERIFY(api.returnCalls.isEmpty());
    QCOMPARE(model.row(0).info.state, InstanceState::Unknown);
}

// After a restart the journal's instances are asked about at once, and one the service no longer
// lists is "not found" (with the reason) at the first answer, not after a minute of
// "Waiting for status".
void TestLaunchController::afterARestartRowsAreAskedAtOnce()
{
    QTemporaryDir dir;
    LaunchRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    record.profileId = QStringLiteral("p1");
    record.spec = specFor(2);
    BatchRecord batch;
    batch.count = 2;
    batch.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.state = BatchRecord::State::Answered;
    batch.instanceIds = {QStringLiteral("ins-0000live"), QStringLiteral("ins-0000gone")};
    record.batches << batch;
    QVERIFY(Journal(dir.path()).save(record));

    FakeCloudApi api;
    InstanceInfo live;
    live.instanceId = QStringLiteral("ins-0000live");
    live.state = InstanceState::Running;
    api.instances.insert(live.instanceId, live);
    LaunchController controller(dir.path());
    // One round only: the one at start-up. A second would come 60 s later.
    controller.tracker()->setIntervals(60000, 60000);
    controller.setCloudApi(&api, QStringLiteral("p1"));
    controller.start();
    const InstanceModel &model = *controller.model();
    QTRY_COMPARE(model.row(model.rowOfInstance(QStringLiteral("ins-0000live"))).info.state,
                 InstanceState::Running);
    const auto gone = [&model] {
        return model.row(model.rowOfInstance(QStringLiteral("ins-0000gone")));
    };
    QTRY_COMPARE(gone().info.state, InstanceState::NotFound);
    QCOMPARE(gone().error, StatusTracker::goneSinceEarlierSessionReason());
    QCOMPARE(api.describeCalls.size(), 1);
    QVERIFY(controller.tracker()->followedIds().isEmpty());
}

// The account's backend is rebuilt (a profile edit) while ReturnInstance is in flight: the call
// goes with it, unanswered. The app says so and asks the service what became of the instance.
void TestLaunchController::aReturnLostWithItsBackendIsAskedAbout()
{
    QTemporaryDir dir;
    auto *old = new FakeCloudApi;
    LaunchController controller(dir.path());
    controller.tracker()->setIntervals(5, 20);
    controller.setCloudApi(old, QStringLiteral("p1"));
    controller.launch(specFor(1));
    QTRY_COMPARE(controller.model()->rowCount(), 1);
    const QString id = controller.model()->row(0).info.instanceId;
    old->setState({id}, InstanceState::Running);
    QTRY_COMPARE(controller.model()->row(0).info.state, InstanceState::Running);
    QTRY_VERIFY(!controller.tracker()->isPolling());

    old->setHold(true);
    controller.returnInstance(id);
    QTRY_COMPARE(old->returnCalls, QStringList{id});
    // The same account, rebuilt: the service carried the return out before the answer was lost.
    FakeCloudApi rebuilt;
    rebuilt.instances = old->instances;
    rebuilt.setState({id}, InstanceState::Returning);
    controller.setCloudApi(&rebuilt, QStringLiteral("p1"));
    QSignalSpy messages(&controller, &LaunchController::message);
    delete old;
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("was lost")));
    QTRY_COMPARE(controller.model()->row(0).info.state, InstanceState::Returning);
    rebuilt.setState({id}, InstanceState::Returned);
    QTRY_COMPARE(controller.model()->row(0).info.state, InstanceState::Returned);
}

// Another batch's answer is no reason to resend an unconfirmed one: it is asked again after the
// Launcher's backoff (or when its account gets a new backend), not at every event.
void TestLaunchController::anUnconfirmedBatchKeepsItsBackoff()
{
    QTemporaryDir dir;
    FakeCloudApi api;
    ApiError internal;
    internal.kind = ApiError::Kind::Service;
    internal.verdict = ApiError::Verdict::Retryable;
    internal.codeString = QStringLiteral("InternalError");
    // Batch 2 is unconfirmed first; batch 1's answer comes after.
    api.runScripts = {{std::nullopt, 0, 50, false}, {internal, 0, 0, false}};
    LaunchController controller(dir.path());
    controller.launcher()->setAskAgainIntervals(60000, 60000);
    controller.tracker()->setIntervals(5, 20);
    controller.setCloudApi(&api, QStringLiteral("p1"));
    QSignalSpy created(controller.launcher(), &Launcher::instancesCreated);
    controller.launch(specFor(150));
    QTRY_COMPARE(created.size(), 1);
    QTest::qWait(100);
    QCOMPARE(api.runRequests.size(), 2);
}

QTEST_GUILESS_MAIN(TestLaunchController)
#include "tst_launchcontroller.moc"
