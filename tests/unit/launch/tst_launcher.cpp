// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/apierrorfactory.h"
#include "fakecloudapi.h"
#include "launch/journal.h"
#include "launch/launcher.h"
#include "launch/launchrecordjson.h"
#include "recordingsecretstore.h"
#include "specbuilder.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

LaunchSpec specFor(int count)
{
    return SpecBuilder().cpuMem(2, 4).count(count).name(QStringLiteral("web"));
}

ApiError finalError()
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = 5200;
    error.message = QStringLiteral("zone sold out");
    error.action = QStringLiteral("RunInstancesHour");
    return error;
}

LaunchRecord readJournal(const Journal &journal, const QString &launchId)
{
    QFile file(journal.filePath(launchId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return LaunchRecordJson::read(file.readAll()).record;
}

} // namespace

Q_DECLARE_METATYPE(ApiError)

class TestLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchSizes_data();
    void batchSizes();
    void splitsIntoBatchesWithDistinctTokens();
    void aLaunchGoesToTheRegionItNames();
    void retriesNeverChangeTheToken();
    void failingBatchDoesNotStopTheOthers();
    void lostAnswerLeavesTheBatchOpen_data();
    void lostAnswerLeavesTheBatchOpen();
    void unconfirmedBatchIsAskedAgainLater();
    void journalIsWrittenBeforeTheRequestLeaves();
    void idsAreWrittenOnArrival();
    void passwordIsKeptUntilAnswered();
    void passwordIsRemovedWhenTheBatchFails();
    void keychainFailureSendsNothing();
    void everyBatchPasswordIsKeptBeforeTheFirstLeaves();
    void settledLaunchesAreSweptAtStart();
    void plannedBatchWithoutItsPasswordWasNeverSent();
    void accountSwitchedWhileTheKeychainAnswers();
    void refusesWithoutAnAccount();
    void restartResendsOpenBatchesWithTheirTokens();
    void restartGetsThePasswordBack();
    void restartWithoutThePasswordFailsTheBatch();
    void otherProfilesLaunchesWaitForTheirAccount();
    void anotherAccountsBatchIsAskedAgainThroughItsOwnBackend();
    void aBatchLostWithItsBackendGoesOutAgain();
};

void TestLauncher::batchSizes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("0") << 0 << QList<int>{};
    QTest::newRow("1") << 1 << QList<int>{1};
    QTest::newRow("100") << 100 << QList<int>{100};
    QTest::newRow("101") << 101 << QList<int>{100, 1};
    QTest::newRow("250") << 250 << QList<int>{100, 100, 50};
}

void TestLauncher::batchSizes()
{
    QFETCH(int, count);
    QFETCH(QList<int>, sizes);
    QCOMPARE(Launcher::batchSizes(count), sizes);
}

void TestLauncher::splitsIntoBatchesWithDistinctTokens()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    Launcher launcher(&journal);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    QSignalSpy created(&launcher, &Launcher::instancesCreated);
    QSignalSpy finished(&launcher, &Launcher::launchFinished);

    const QString id = launcher.launch(specFor(250));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(created.size(), 3);

    QCOMPARE(api.runRequests.size(), 3);
    QList<int> counts;
    QSet<QString> tokens;
    for (const auto &call : std::as_const(api.runRequests)) {
        counts << call.goodsNum;
        QVERIFY(!call.clientToken.isEmpty());
        QVERIFY(call.clientToken.size() <= 64);
        tokens.insert(call.clientToken);
    }
    std::sort(counts.begin(), counts.end());
    QCOMPARE(counts, (QList<int>{50, 100, 100}));
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(api.createdCount(), 250);

    const LaunchRecord record = readJournal(journal, id);
    QCOMPARE(record.batches.size(), 3);
    QCOMPARE(record.spec.goodsNum, 250);
    QCOMPARE(record.instanceIds().size(), 250);
    for (const BatchRecord &batch : record.batches) {
        QVERIFY(tokens.contains(batch.clientToken));
        QCOMPARE(batch.state, BatchRecord::State::Answered);
    }
}

// The wizard's region: a launch for another region than the active backend's goes through the
// same profile's backend of that region (once there is one), recorded with it, never through the
// active one.
void TestLauncher::aLaunchGoesToTheRegionItNames()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi guangzhou;
    FakeCloudApi shanghai;
    Launcher launcher(&journal);
    launcher.setCloudApi(&guangzhou, QStringLiteral("p1"), QStringLiteral("ap-guangzhou"));
    bool shanghaiReady = false;
    QStringList asked;
    launcher.setApiResolver([&](const QString &profileId, const QString &region) -> CloudApi * {
        asked << profileId + u'/' + region;
        return profileId == QLatin1String("p1") && region == QLatin1String("ap-shanghai") &&
                       shanghaiReady
                   ? &shanghai
                   : nullptr;
    });
    QSignalSpy finished(&launcher, &Launcher::launchFinished);

    const QString id =
        launcher.launch(SpecBuilder().region(QStringLiteral("ap-shanghai")).zone(200001));
    QVERIFY(!id.isEmpty());
    QCOMPARE(readJournal(journal, id).region, QStringLiteral("ap-shanghai"));
    QTest::qWait(50);
    // Its backend is not there yet: it waits, open, and nothing goes to Guangzhou.
    QVERIFY(guangzhou.runRequests.isEmpty());
    QVERIFY(asked.contains(QStringLiteral("p1/ap-shanghai")));
    shanghaiReady = true;
    launcher.accountsChanged();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(shanghai.runRequests.size(), 1);
    QCOMPARE(shanghai.runRequests.first().zoneId, 200001);
    QCOMPARE(shanghai.runRequests.first().region, QStringLiteral("ap-shanghai"));
    QVERIFY(guangzhou.runRequests.isEmpty());

    // The active account's own region goes through the active backend, as before.
    const QString here = launcher.launch(SpecBuilder().region(QStringLiteral("ap-guangzhou")));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(readJournal(journal, here).region, QStringLiteral("ap-guangzhou"));
    QCOMPARE(guangzhou.runRequests.size(), 1);
    QCOMPARE(shanghai.runRequests.size(), 1);
}

void TestLauncher::retriesNeverChangeTheToken()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    api.runScripts = {{std::nullopt, 3, 5, false}};
    Launcher launcher(&journal);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    QSignalSpy retrying(&launcher, &Launcher::batchRetrying);
    QSignalSpy finished(&launcher, &Launcher::launchFinished);

    const QString id = launcher.launch(specFor(5));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(retrying.size(), 3);
    QCOMPARE(retrying.at(2).at(2).toInt(), 3);
    // The retries stayed inside the one call: one request, one token, one set of instances.
    QCOMPARE(api.runRequests.size(), 1);
    QCOMPARE(api.createdCount(), 5);
    QCOMPARE(readJournal(journal, id).batches.at(0).clientToken, api.runRequests.at(0).clientToken);
}

void TestLauncher::failingBatchDoesNotStopTheOthers()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    api.runScripts = {{}, {finalError(), 0, 0, false}, {std::nullopt, 0, 20, false}};
    Launcher launcher(&journal);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    QSignalSpy failed(&launcher, &Launcher::batchFailed);
    QSignalSpy created(&launcher, &Launcher::instancesCreated);
    QSignalSpy finished(&launcher, &Launcher::launchFinished);

    const QString id = launcher.launch(specFor(250));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(1).toInt(), 1);
    QVERIFY(failed.at(0).at(2).toString().contains(QStringLiteral("zone sold out")));
    QCOMPARE(created.size(), 2);
    QCOMPARE(api.runRequests.size(), 3); // a final error is not resent
    QCOMPARE(api.createdCount(), 150);

    const LaunchRecord record = readJournal(journal, id);
    QCOMPARE(record.batches.at(0).state, BatchRecord::State::Answered);
    QCOMPARE(record.batches.at(1).state, BatchRecord::State::Failed);
    QVERIFY(record.batches.at(1).error.contains(QStringLiteral("5200")));
    QCOMPARE(record.batches.at(2).state, BatchRecord::State::Answered);
}

void TestLauncher::lostAnswerLeavesTheBatchOpen_data()
{
    QTest::addColumn<ApiError>("lost");
    const QString action = QStringLiteral("RunInstances");
    const QString what = QStringLiteral("the answer was lost");
    ApiError timeout = ApiErrorFactory::timeout(action, 30000);
    timeout.message = what;
    QTest::newRow("timeout") << timeout;
    QTest::newRow("dropped connection") << ApiErrorFactory::transport(action, what);
    QTest::newRow("gateway error") << ApiErrorFactory::http(action, 502, what);
    QTest::newRow("unreadable answer") << ApiErrorFactory::malformed(action, what);
    // The service failed inside, perhaps after it made the instances (all 4 attempts).
    QTest::newRow("InternalError")
        << ApiErrorFactory::v3Service(action, QStringLiteral("InternalError"), what, {}, 200);
    QTest::newRow("InternalError.TradeUnknownError") << ApiErrorFactory::v3Service(
        action, QStringLiteral("InternalError.TradeUnknownError"), what, {}, 200);
    QTest::newRow("6000") << ApiErrorFactory::v2Service(action, 6000, {}, what, 200);
    QTest::newRow("6200") << ApiErrorFactory::v2Service(action, 6200, {}, what, 200);
    // "Not now" past every retry: not a failure either.
    QTest::newRow("RequestLimitExceeded") << ApiErrorFactory::v3Service(
        action, QStringLiteral("RequestLimitExceeded"), what, {}, 200);
    QTest::newRow("LimitExceeded.RateLimitExceeded") << ApiErrorFactory::v3Service(
        action, QStringLiteral("LimitExceeded.RateLimitExceeded"), what, {}, 200);
}

// The service may have carried out a request whose answer was lost or unreadable: giving the
// batch up would lose instances that exist. It stays open and the next start asks again with the
// same clientToken.
void TestLauncher::lostAnswerLeavesTheBatchOpen()
{
    QFETCH(ApiError, lost);
    QTemporaryDir dir;
    FakeCloudApi service;
    QString id;
    {
        Journal journal(dir.path());
        Launcher first(&journal);
        service.runScripts = {{lost, 3, 0, false}};
        first.setCloudApi(&service, QStringLiteral("p1"));
        QSignalSpy failed(&first, &Launcher::batchFailed);
        QSignalSpy unconfirmed(&first, &Launcher::batchUnconfirmed);
        id = first.launch(specFor(2));
        QTRY_COMPARE(unconfirmed.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(unconfirmed.at(0).at(2).toString().contains(QStringLiteral("the answer was lost")));
        const LaunchRecord record = readJournal(journal, id);
        QCOMPARE(record.batches.at(0).state, BatchRecord::State::Unconfirmed);
        QVERIFY(record.batches.at(0).error.contains(QStringLiteral("again later")));
        QVERIFY(record.isOpen());
    }
    Journal journal(dir.path());
    Launcher second(&journal);
    QSignalSpy finished(&second, &Launcher::launchFinished);
    second.adopt(journal.load());
    second.setCloudApi(&service, QStringLiteral("p1"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(service.runRequests.size(), 2);
    QCOMPARE(service.runRequests.at(1).clientToken, service.runRequests.at(0).clientToken);
    QCOMPARE(readJournal(journal, id).instanceIds().size(), 2);
}

// Without a restart: the open batch is asked again on its own, with the same clientToken, and
// the pause grows while the outcome stays unknown.
void TestLauncher::unconfirmedBatchIsAskedAgainLater()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi service;
    const ApiError internal = ApiErrorFactory::v3Service(
        QStringLiteral("RunInstances"), QStringLiteral("InternalError"), {}, {}, 200);
    service.runScripts = {{internal, 3, 0, false}, {internal, 3, 0, false}};
    Launcher launcher(&journal);
    launcher.setAskAgainIntervals(50, 200);
    launcher.setCloudApi(&service, QStringLiteral("p1"));
    QSignalSpy unconfirmed(&launcher, &Launcher::batchUnconfirmed);
    QSignalSpy failed(&launcher, &Launcher::batchFailed);
    QSignalSpy finished(&launcher, &Launcher::launchFinished);

    const QString id = launcher.launch(specFor(3));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(unconfirmed.size(), 2);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(service.runRequests.size(), 3);
    for (const LaunchSpec &sent : std::as_const(service.runRequests))
        QCOMPARE(sent.clientToken, service.runRequests.at(0).clientToken);
    QCOMPARE(service.createdCount(), 3);
    const LaunchRecord record = readJournal(journal, id);
    QCOMPARE(record.batches.at(0).state, BatchRecord::State::Answered);
    QCOMPARE(record.instanceIds().size(), 3);
    QCOMPARE(launcher.askAgainInterval(), 50); // back to the start once nothing is unconfirmed
}

void TestLauncher::journalIsWrittenBeforeTheRequestLeaves()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    Launcher launcher(&journal);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    QStringList problems;
    QString launchId;
    connect(&launcher, &Launcher::launchStarted, this,
            [&](const LaunchRecord &record) { launchId = record.id; });
    api.onRun = [&](const LaunchSpec &sent) {
        const LaunchRecord onDisk = readJournal(journal, launchId);
        bool found = false;
        for (const BatchRecord &batch : onDisk.batches) {
            if (batch.clientToken != sent.clientToken)
                continue;
            found = true;
            if (batch.state != BatchRecord::State::Sent)
                problems << QStringLiteral("batch not marked sent before the request");
            if (batch.count != sent.goodsNum)
                problems << QStringLiteral("batch count differs");
        }
        if (!found)
            problems << QStringLiteral("token not in the journal: ") + sent.clientToken;
    };
    QSignalSpy finished(&launcher, &Launcher::launchFinished);
    launcher.launch(specFor(150));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(api.runRequests.size(), 2);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLauncher::idsAreWrittenOnArrival()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    api.runScripts = {{}, {std::nullopt, 0, 0, true}}; // the second batch never answers
    Launcher launcher(&journal);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    QList<QStringList> onDiskWhenSignalled;
    connect(&launcher, &Launcher::instancesCreated, this,
            [&](const QString &launchId, int batch, const QStringList &) {
                onDiskWhenSignalled << readJournal(journal, launchId).batches.at(batch).instanceIds;
            });
    QSignalSpy created(&launcher, &Launcher::instancesCreated);
    const QString id = launcher.launch(specFor(110));
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(onDiskWhenSignalled.size(), 1);
    QCOMPARE(onDiskWhenSignalled.at(0), created.at(0).at(2).toStringList());
    QCOMPARE(onDiskWhenSignalled.at(0).size(), 100);
    const LaunchRecord record = readJournal(journal, id);
    QCOMPARE(record.batches.at(1).state, BatchRecord::State::Sent);
    QVERIFY(record.batches.at(1).instanceIds.isEmpty());
}

void TestLauncher::passwordIsKeptUntilAnswered()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    RecordingSecretStore store;
    Launcher launcher(&journal);
    launcher.setSecretStore(&store);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    const QString password = QStringLiteral("Xy9!unique-pw-7731");
    QStringList problems;
    api.onRun = [&](const LaunchSpec &sent) {
        if (sent.password != password)
            problems << QStringLiteral("the request lacks the password");
        if (store.secrets.value(Launcher::passwordKey(sent.clientToken)) != password)
            problems << QStringLiteral("the password was not kept before sending");
    };
    LaunchSpec spec = specFor(120);
    spec.password = password;
    QSignalSpy finished(&launcher, &Launcher::launchFinished);
    const QString id = launcher.launch(spec);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(store.writtenKeys.size(), 2);
    QTRY_VERIFY(store.secrets.isEmpty());

    QFile file(journal.filePath(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(readJournal(journal, id).needsPassword);
}

void TestLauncher::passwordIsRemovedWhenTheBatchFails()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    api.runScripts = {{finalError(), 0, 0, false}};
    RecordingSecretStore store;
    Launcher launcher(&journal);
    launcher.setSecretStore(&store);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    LaunchSpec spec = specFor(1);
    spec.password = QStringLiteral("Xy9!unique-pw-7731");
    QSignalSpy failed(&launcher, &Launcher::batchFailed);
    launcher.launch(spec);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(store.writtenKeys.size(), 1);
    QTRY_VERIFY(store.secrets.isEmpty());
}

void TestLauncher::keychainFailureSendsNothing()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    RecordingSecretStore store;
    store.failWrites = true;
    Launcher launcher(&journal);
    launcher.setSecretStore(&store);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    LaunchSpec spec = specFor(3);
    spec.password = QStringLiteral("Xy9!unique-pw-7731");
    QSignalSpy failed(&launcher, &Launcher::batchFailed);
    launcher.launch(spec);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(2).toString().contains(QStringLiteral("keychain")));
    QCOMPARE(api.runRequests.size(), 0);
}

void TestLauncher::everyBatchPasswordIsKeptBeforeTheFirstLeaves()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi api;
    RecordingSecretStore store;
    Launcher launcher(&journal);
    launcher.setSecretStore(&store);
    launcher.setCloudApi(&api, QStringLiteral("p1"));
    int keptAtFirstCall = -1;
    api.onRun = [&](const LaunchSpec &) {
        if (keptAtFirstCall < 0)
            keptAtFirstCall = int(store.secrets.size());
    };
    LaunchSpec spec = specFor(250);
    spec.password = QStringLiteral("Xy9!unique-pw-7731");
    QSignalSpy finished(&launcher, &Launcher::launchFinished);
    const QString id = launcher.launch(spec);
    QTRY_COMPARE(finished.size(), 1);
    // A crash while batch 1 is on its way must leave batches 2 and 3 resendable.
    QCOMPARE(keptAtFirstCall, 3);
    QTRY_VERIFY(store.secrets.isEmpty());
    QTRY_VERIFY(readJournal(journal, id).passwordsRemoved);
}

void TestLauncher::settledLaunchesAreSweptAtStart()
{
    QTemporaryDir dir;
    FakeCloudApi service;
    RecordingSecretStore store;
    QString id;
    {
        Journal journal(dir.path());
        Launcher first(&journal);
        first.setSecretStore(&store);
        first.setCloudApi(&service, QStringLiteral("p1"));
        store.dropRemovals = true; // the process ends before its removals reach the keychain
        LaunchSpec spec = specFor(150);
        spec.password = QStringLiteral("Xy9!unique-pw-7731");
        QSignalSpy finished(&first, &Launcher::launchFinished);
        id = first.launch(spec);
        QTRY_COMPARE(finished.size(), 1);
    }
    store.dropRemovals = false;
    QCOMPARE(store.secrets.size(), 2);
    Journal journal(dir.path());
    QVERIFY(!readJournal(journal, id).passwordsRemoved);

    Launcher second(&journal);
    second.adopt(journal.load());
    second.setSecretStore(&store); // no account is needed for the sweep
    QTRY_VERIFY(store.secrets.isEmpty());
    QTRY_VERIFY(readJournal(journal, id).passwordsRemoved);
    QCOMPARE(service.runRequests.size(), 2); // nothing resent

    // Swept launches are not asked about again.
    const int writes = int(store.writtenKeys.size());
    Launcher third(&journal);
    third.setSecretStore(&store);
    QSignalSpy notices(&third, &Launcher::notice);
    third.adopt(journal.load());
    QTest::qWait(20);
    QCOMPARE(store.writtenKeys.size(), writes);
    QCOMPARE(notices.size(), 0);
}

void TestLauncher::plannedBatchWithoutItsPasswordWasNeverSent()
{
    QTemporaryDir dir;
    FakeCloudApi service;
    RecordingSecretStore store;
    {
        Journal journal(dir.path());
        Launcher first(&journal);
        first.setSecretStore(&store);
        first.setCloudApi(&service, QStringLiteral("p1"));
        store.failWrites = true; // the entry is never made: the process dies first
        LaunchSpec spec = specFor(2);
        spec.password = QStringLiteral("Xy9!unique-pw-7731");
        first.launch(spec);
    } // the batch is "planned" in the journal
    QTest::qWait(0);
    store.failWrites = false;
    QCOMPARE(service.runRequests.size(), 0);
    QVERIFY(store.secrets.isEmpty());

    Journal journal(dir.path());
    Launcher second(&journal);
    second.setSecretStore(&store);
    QSignalSpy failed(&second, &Launcher::batchFailed);
    second.adopt(journal.load());
    second.setCloudApi(&service, QStringLiteral("p1"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(2).toString().contains(QStringLiteral("never sent")));
    QCOMPARE(service.runRequests.size(), 0);
}

void TestLauncher::accountSwitchedWhileTheKeychainAnswers()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi own;
    FakeCloudApi other;
    RecordingSecretStore store;
    Launcher launcher(&journal);
    launcher.setSecretStore(&store);
    launcher.setCloudApi(&own, QStringLiteral("p1"));
    LaunchSpec spec = specFor(150);
    spec.password = QStringLiteral("Xy9!unique-pw-7731");
    QSignalSpy finished(&launcher, &Launcher::launchFinished);
    launcher.launch(spec);
    launcher.setCloudApi(&other, QStringLiteral("p2")); // before the keychain has answered
    QTest::qWait(20);
    QCOMPARE(other.runRequests.size(), 0);
    QCOMPARE(own.runRequests.size(), 0);
    launcher.setCloudApi(&own, QStringLiteral("p1"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(own.runRequests.size(), 2);
    QCOMPARE(other.runRequests.size(), 0);
    QCOMPARE(own.createdCount(), 150);
}

void TestLauncher::refusesWithoutAnAccount()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    Launcher launcher(&journal);
    QSignalSpy refused(&launcher, &Launcher::launchRefused);
    QVERIFY(launcher.launch(specFor(3)).isEmpty());
    QCOMPARE(refused.size(), 1);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestLauncher::restartResendsOpenBatchesWithTheirTokens()
{
    QTemporaryDir dir;
    FakeCloudApi service; // outlives both "processes"
    QString id;
    QStringList tokens;
    {
        Journal journal(dir.path());
        Launcher first(&journal);
        // The first batch is answered; the service gets the others but the answers are lost.
        service.runScripts = {{}, {std::nullopt, 0, 0, true}, {std::nullopt, 0, 0, true}};
        first.setCloudApi(&service, QStringLiteral("p1"));
        QSignalSpy created(&first, &Launcher::instancesCreated);
        id = first.launch(specFor(250));
        QTRY_COMPARE(created.size(), 1);
        for (const auto &call : std::as_const(service.runRequests))
            tokens << call.clientToken;
    } // the process dies here
    QCOMPARE(service.createdCount(), 250);
    QCOMPARE(service.runRequests.size(), 3);

    Journal journal(dir.path());
    const QList<LaunchRecord> records = journal.load();
    QCOMPARE(records.size(), 1);
    Launcher second(&journal);
    QSignalSpy finished(&second, &Launcher::launchFinished);
    second.adopt(records);
    QCOMPARE(service.runRequests.size(), 3); // nothing is sent before the account is known
    second.setCloudApi(&service, QStringLiteral("p1"));
    QTRY_COMPARE(finished.size(), 1);

    QCOMPARE(service.runRequests.size(), 5);
    const QStringList resent{service.runRequests.at(3).clientToken,
                             service.runRequests.at(4).clientToken};
    QCOMPARE(resent, tokens.mid(1)); // the same tokens; the answered batch is not resent
    QCOMPARE(service.createdCount(), 250);
    const LaunchRecord record = readJournal(journal, id);
    QCOMPARE(record.instanceIds().size(), 250);
    QVERIFY(!record.isOpen());
}

void TestLauncher::restartGetsThePasswordBack()
{
    QTemporaryDir dir;
    FakeCloudApi service;
    RecordingSecretStore store;
    const QString password = QStringLiteral("Xy9!unique-pw-7731");
    {
        Journal journal(dir.path());
        Launcher first(&journal);
        first.setSecretStore(&store);
        service.runScripts = {{std::nullopt, 0, 0, true}};
        first.setCloudApi(&service, QStringLiteral("p1"));
        LaunchSpec spec = specFor(2);
        spec.password = password;
        first.launch(spec);
        QTRY_COMPARE(service.runRequests.size(), 1);
    }
    QCOMPARE(store.secrets.size(), 1);

    Journal journal(dir.path());
    Launcher second(&journal);
    second.setSecretStore(&store);
    QSignalSpy finished(&second, &Launcher::launchFinished);
    second.adopt(journal.load());
    second.setCloudApi(&service, QStringLiteral("p1"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(service.runRequests.size(), 2);
    QCOMPARE(service.runRequests.at(1).password, std::optional<QString>(password));
    QCOMPARE(service.runRequests.at(1).clientToken, service.runRequests.at(0).clientToken);
    QCOMPARE(service.createdCount(), 2);
    QTRY_VERIFY(store.secrets.isEmpty());
}

void TestLauncher::restartWithoutThePasswordFailsTheBatch()
{
    QTemporaryDir dir;
    FakeCloudApi service;
    RecordingSecretStore store;
    {
        Journal journal(dir.path());
        Launcher first(&journal);
        first.setSecretStore(&store);
        service.runScripts = {{std::nullopt, 0, 0, true}};
        first.setCloudApi(&service, QStringLiteral("p1"));
        LaunchSpec spec = specFor(2);
        spec.password = QStringLiteral("Xy9!unique-pw-7731");
        first.launch(spec);
        QTRY_COMPARE(service.runRequests.size(), 1);
    }
    store.secrets.clear(); // e.g. the operator cleaned the keychain

    Journal journal(dir.path());
    Launcher second(&journal);
    second.setSecretStore(&store);
    QSignalSpy failed(&second, &Launcher::batchFailed);
    second.adopt(journal.load());
    second.setCloudApi(&service, QStringLiteral("p1"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(2).toString().contains(QStringLiteral("password")));
    QCOMPARE(service.runRequests.size(), 1);
}

void TestLauncher::otherProfilesLaunchesWaitForTheirAccount()
{
    QTemporaryDir dir;
    FakeCloudApi service;
    {
        Journal journal(dir.path());
        Launcher first(&journal);
        service.runScripts = {{std::nullopt, 0, 0, true}};
        first.setCloudApi(&service, QStringLiteral("p1"));
        first.launch(specFor(2));
        QTRY_COMPARE(service.runRequests.size(), 1);
    }
    Journal journal(dir.path());
    Launcher second(&journal);
    second.adopt(journal.load());
    FakeCloudApi otherAccount;
    second.setCloudApi(&otherAccount, QStringLiteral("p2"));
    // Without a password a resend would go out synchronously, inside setCloudApi().
    QCOMPARE(otherAccount.runRequests.size(), 0);
    second.setCloudApi(&service, QStringLiteral("p1"));
    QTRY_COMPARE(service.runRequests.size(), 2);
}

// An unconfirmed batch of the first account, while the second is active: asked again through
// the first account's backend (the resolver's), never through the active one.
void TestLauncher::anotherAccountsBatchIsAskedAgainThroughItsOwnBackend()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    FakeCloudApi first;
    FakeCloudApi second;
    ApiError internal;
    internal.kind = ApiError::Kind::Service;
    internal.verdict = ApiError::Verdict::Retryable;
    internal.codeString = QStringLiteral("InternalError");
    first.runScripts = {{internal, 0, 0, false}};
    Launcher launcher(&journal);
    launcher.setAskAgainIntervals(50, 50);
    launcher.setApiResolver([&first](const QString &profileId, const QString &region) {
        return profileId == QLatin1String("p1") && region == QLatin1String("ap-guangzhou")
                   ? &first
                   : nullptr;
    });
    launcher.setCloudApi(&first, QStringLiteral("p1"), QStringLiteral("ap-guangzhou"));
    QSignalSpy unconfirmed(&launcher, &Launcher::batchUnconfirmed);
    QSignalSpy finished(&launcher, &Launcher::launchFinished);
    const QString id = launcher.launch(specFor(2));
    QTRY_COMPARE(unconfirmed.size(), 1);
    QCOMPARE(launcher.record(id)->region, QStringLiteral("ap-guangzhou"));

    launcher.setCloudApi(&second, QStringLiteral("p2"), QStringLiteral("ap-guangzhou"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(first.runRequests.size(), 2);
    QCOMPARE(first.runRequests.at(1).clientToken, first.runRequests.at(0).clientToken);
    QCOMPARE(second.runRequests.size(), 0);
    QCOMPARE(launcher.record(id)->batches.at(0).state, BatchRecord::State::Answered);
}

// The backend is deleted (account switched, profile edited) with RunInstances in flight: the
// call goes without an answer. The batch stays open and goes out again, same clientToken,
// through the account's next backend, instead of waiting for the next start.
void TestLauncher::aBatchLostWithItsBackendGoesOutAgain()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    auto *old = new FakeCloudApi;
    old->setHold(true);
    FakeCloudApi rebuilt;
    Launcher launcher(&journal);
    launcher.setCloudApi(old, QStringLiteral("p1"));
    QSignalSpy finished(&launcher, &Launcher::launchFinished);
    const QString id = launcher.launch(specFor(2));
    QTRY_COMPARE(old->runRequests.size(), 1);
    const QString token = old->runRequests.at(0).clientToken;
    launcher.setCloudApi(&rebuilt, QStringLiteral("p1"));
    QCOMPARE(launcher.batchesInFlight(), 1); // still waiting for the old backend's answer
    delete old;
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(rebuilt.runRequests.size(), 1);
    QCOMPARE(rebuilt.runRequests.at(0).clientToken, token);
    QCOMPARE(launcher.record(id)->batches.at(0).state, BatchRecord::State::Answered);
    QCOMPARE(launcher.batchesInFlight(), 0);
}

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
