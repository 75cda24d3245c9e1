// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launchtreemodel.h"
#include "launch/statustracker.h"
#include "specbuilder.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A launch of `ids.size()` answered instances plus, when `failed` > 0, a batch of that many the
// service refused.
LaunchRecord recordOf(const QString &id, const QStringList &ids, int failed = 0,
                      const QString &name = QString())
{
    LaunchRecord record;
    record.id = id;
    record.createdAt = QDateTime::fromString(QStringLiteral("2026-11-27T09:00:00Z"), Qt::ISODate);
    record.profileId = QStringLiteral("p1");
    record.region = QStringLiteral("ap-guangzhou");
    record.spec.instanceName = name;
    record.spec.zoneId = 100003;
    record.spec.instanceType = QStringLiteral("SA5.MEDIUM4");
    record.spec.cpu = 2;
    record.spec.mem = 4;
    record.spec.goodsNum = int(ids.size()) + failed;
    BatchRecord answered;
    answered.count = int(ids.size());
    answered.clientToken = id + QStringLiteral("-t1");
    answered.state = BatchRecord::State::Answered;
    answered.instanceIds = ids;
    record.batches << answered;
    if (failed > 0) {
        BatchRecord refused;
        refused.count = failed;
        refused.clientToken = id + QStringLiteral("-t2");
        refused.state = BatchRecord::State::Failed;
        refused.error = QStringLiteral("ResourceInsufficient");
        record.batches << refused;
    }
    return record;
}

InstanceInfo infoOf(const QString &id, InstanceState state)
{
    InstanceInfo info;
    info.instanceId = id;
    info.state = state;
    return info;
}

// InstanceModel and the tree over it, with records looked up from a table the test fills.
struct Rig
{
    InstanceModel instances;
    LaunchTreeModel tree;
    QHash<QString, LaunchRecord> records;
    QAbstractItemModelTester tester{&tree, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Rig()
    {
        tree.setRecordLookup([this](const QString &id) -> std::optional<LaunchRecord> {
            const auto it = records.constFind(id);
            return it == records.cend() ? std::nullopt : std::optional<LaunchRecord>(*it);
        });
        tree.setSourceModel(&instances);
    }
    void add(const LaunchRecord &record)
    {
        records.insert(record.id, record);
        instances.addLaunch(record);
        tree.launchChanged(record.id);
    }
};

} // namespace

class TestLaunchTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsInstancesByLaunch();
    void titlesNameTheLaunch();
    void progressCountsEveryInstance();
    void summaryAddsUpCountsAndCost();
    void settlesOnceAndOnlyWhenSeenOnItsWay();
    void followsRowsComingAndGoing();
    void archivedAndHiddenSurviveARestart();
    void priceIsRecordedWithTheLaunch();
};

void TestLaunchTreeModel::groupsInstancesByLaunch()
{
    Rig rig;
    rig.add(recordOf(QStringLiteral("a"), {QStringLiteral("ins-a1"), QStringLiteral("ins-a2")}));
    rig.add(recordOf(QStringLiteral("b"), {QStringLiteral("ins-b1")}, 2));
    QCOMPARE(rig.tree.rowCount(), 2);
    const QModelIndex a = rig.tree.launchIndex(QStringLiteral("a"));
    const QModelIndex b = rig.tree.launchIndex(QStringLiteral("b"));
    QCOMPARE(rig.tree.rowCount(a), 2);
    QCOMPARE(rig.tree.rowCount(b), 2); // one instance and the refused batch's row
    QVERIFY(a.data(LaunchTreeModel::IsLaunchRole).toBool());
    QCOMPARE(a.data(InstanceModel::LaunchIdRole).toString(), QStringLiteral("a"));
    QVERIFY(a.data(InstanceModel::InstanceIdRole).toString().isEmpty());
    QVERIFY(!a.data(InstanceModel::StateRole).isValid());
    QCOMPARE(a.data(InstanceModel::ProfileIdRole).toString(), QStringLiteral("p1"));
    QCOMPARE(b.data(LaunchTreeModel::ClientTokensRole).toStringList(),
             (QStringList{QStringLiteral("b-t1"), QStringLiteral("b-t2")}));
    QCOMPARE(b.siblingAtColumn(InstanceModel::StatusColumn).data(InstanceModel::ErrorRole),
             QStringLiteral("ResourceInsufficient"));

    // A child is its InstanceModel row, every role unchanged.
    const QModelIndex child = rig.tree.index(1, InstanceModel::StatusColumn, a);
    QVERIFY(!child.data(LaunchTreeModel::IsLaunchRole).toBool());
    QCOMPARE(child.data(InstanceModel::InstanceIdRole).toString(), QStringLiteral("ins-a2"));
    QCOMPARE(child.data(InstanceModel::LaunchIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(child.data().toString(), QStringLiteral("Waiting for status"));
    QCOMPARE(rig.tree.mapToSource(child),
             rig.instances.index(rig.instances.rowOfInstance(QStringLiteral("ins-a2")),
                                 InstanceModel::StatusColumn));
    QCOMPARE(rig.tree.mapFromSource(rig.tree.mapToSource(child)), child);
    QCOMPARE(rig.tree.parent(child), a);
}

void TestLaunchTreeModel::titlesNameTheLaunch()
{
    Rig rig;
    rig.add(recordOf(QStringLiteral("a"), {QStringLiteral("ins-a1")}, 2));
    rig.add(recordOf(QStringLiteral("b"), {QStringLiteral("ins-b1")}, 0, QStringLiteral("web")));
    QCOMPARE(rig.tree.title(QStringLiteral("a")),
             QStringLiteral("3 × SA5.MEDIUM4 in Guangzhou Zone 3"));
    QCOMPARE(rig.tree.launchIndex(QStringLiteral("a")).data().toString(),
             rig.tree.title(QStringLiteral("a")));
    QCOMPARE(rig.tree.title(QStringLiteral("b")), QStringLiteral("web"));
    QCOMPARE(rig.tree.launchIndex(QStringLiteral("b"))
                 .siblingAtColumn(InstanceModel::ZoneColumn)
                 .data()
                 .toString(),
             QStringLiteral("Guangzhou Zone 3"));
    QCOMPARE(rig.tree.launchIndex(QStringLiteral("b"))
                 .siblingAtColumn(InstanceModel::LaunchedAtColumn)
                 .data(InstanceModel::SortRole)
                 .toDateTime(),
             rig.records.value(QStringLiteral("b")).createdAt);
}

void TestLaunchTreeModel::progressCountsEveryInstance()
{
    Rig rig;
    rig.add(recordOf(QStringLiteral("a"), {QStringLiteral("ins-a1"), QStringLiteral("ins-a2")}, 1));
    const QModelIndex status =
        rig.tree.launchIndex(QStringLiteral("a")).siblingAtColumn(InstanceModel::StatusColumn);
    QCOMPARE(status.data().toString(),
             QStringLiteral("0 of 3 running, 2 waiting for status, 1 failed"));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-a1"), InstanceState::Creating),
                                   infoOf(QStringLiteral("ins-a2"), InstanceState::Running)});
    QCOMPARE(status.data().toString(), QStringLiteral("1 of 3 running, 1 creating, 1 failed"));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-a1"), InstanceState::Running)});
    QCOMPARE(status.data().toString(), QStringLiteral("2 of 3 running, 1 failed"));
    const LaunchProgress p = rig.tree.progress(QStringLiteral("a"));
    QCOMPARE(p.total, 3);
    QCOMPARE(p.running, 2);
    QCOMPARE(p.failed, 1);
    QVERIFY(p.isSettled());
    QVERIFY(!p.isFinished());
    QCOMPARE(status.data(InstanceModel::StatusIconRole).toInt(),
             int(InstanceModel::StatusIcon::Warning));

    rig.instances.updateInstances({infoOf(QStringLiteral("ins-a1"), InstanceState::Returned),
                                   infoOf(QStringLiteral("ins-a2"), InstanceState::Returned)});
    QVERIFY(rig.tree.progress(QStringLiteral("a")).isFinished());
    QVERIFY(status.data(LaunchTreeModel::FinishedRole).toBool());
}

void TestLaunchTreeModel::summaryAddsUpCountsAndCost()
{
    Rig rig;
    LaunchRecord priced =
        recordOf(QStringLiteral("a"), {QStringLiteral("ins-a1"), QStringLiteral("ins-a2")}, 1);
    priced.pricePerInstanceHour = 0.36;
    rig.add(priced);
    rig.add(recordOf(QStringLiteral("b"), {QStringLiteral("ins-b1"), QStringLiteral("ins-b2")}));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-a1"), InstanceState::Running),
                                   infoOf(QStringLiteral("ins-a2"), InstanceState::Running),
                                   infoOf(QStringLiteral("ins-b1"), InstanceState::Running),
                                   infoOf(QStringLiteral("ins-b2"), InstanceState::Creating)});
    const LaunchTreeModel::Summary both =
        rig.tree.summary({QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(both.progress.running, 3);
    QCOMPARE(both.progress.creating, 1);
    QCOMPARE(both.progress.failed, 1);
    QCOMPARE(both.runningCostPerHour, 0.72);
    QCOMPARE(both.runningUnpriced, 1); // b has no recorded price
    const LaunchTreeModel::Summary onlyA = rig.tree.summary({QStringLiteral("a")});
    QCOMPARE(onlyA.progress.total, 3);
    QCOMPARE(onlyA.runningUnpriced, 0);
}

void TestLaunchTreeModel::settlesOnceAndOnlyWhenSeenOnItsWay()
{
    Rig rig;
    QSignalSpy settled(&rig.tree, &LaunchTreeModel::launchSettled);
    // Read back from a journal: waiting for status, then running all along: no news.
    rig.add(recordOf(QStringLiteral("old"), {QStringLiteral("ins-o1")}));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-o1"), InstanceState::Running)});
    QCOMPARE(settled.count(), 0);

    // Seen creating, then the last one runs: settled, at that very update.
    rig.add(recordOf(QStringLiteral("new"), {QStringLiteral("ins-n1"), QStringLiteral("ins-n2")}));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-n1"), InstanceState::Creating),
                                   infoOf(QStringLiteral("ins-n2"), InstanceState::Creating)});
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-n1"), InstanceState::Running)});
    QCOMPARE(settled.count(), 0);
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-n2"), InstanceState::CreateFailed)});
    QCOMPARE(settled.count(), 1);
    QCOMPARE(settled.at(0).at(0).toString(), QStringLiteral("new"));
    // Later changes (a return) do not announce it again.
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-n1"), InstanceState::Returning)});
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-n1"), InstanceState::Returned)});
    QCOMPARE(settled.count(), 1);
}

void TestLaunchTreeModel::followsRowsComingAndGoing()
{
    // A launch of two batches: the first answered, the second's outcome unknown (a row of its
    // own), then answered: the batch row goes and the instance rows come. The tester checks
    // every signal against the model's state.
    Rig rig;
    QSignalSpy settled(&rig.tree, &LaunchTreeModel::launchSettled);
    LaunchRecord record = recordOf(QStringLiteral("a"), {QStringLiteral("ins-a1")});
    BatchRecord open;
    open.count = 2;
    open.clientToken = QStringLiteral("a-t2");
    open.state = BatchRecord::State::Unconfirmed;
    record.batches << open;
    record.spec.goodsNum = 3;
    rig.add(recordOf(QStringLiteral("z"), {QStringLiteral("ins-z1")})); // another, before it
    rig.add(record);
    const QModelIndex a = rig.tree.launchIndex(QStringLiteral("a"));
    QCOMPARE(rig.tree.rowCount(a), 2);
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-a1"), InstanceState::Running)});
    QCOMPARE(rig.tree.progress(QStringLiteral("a")).creating, 2);

    record.batches[1].state = BatchRecord::State::Answered;
    record.batches[1].instanceIds = {QStringLiteral("ins-a2"), QStringLiteral("ins-a3")};
    rig.records.insert(record.id, record);
    rig.tree.launchChanged(record.id);
    QCOMPARE(settled.count(), 0); // the ids are known, their rows are not there yet
    rig.instances.addBatch(record, 1);
    QCOMPARE(rig.tree.rowCount(a), 3);
    QCOMPARE(rig.tree.index(2, 0, a).data(InstanceModel::InstanceIdRole).toString(),
             QStringLiteral("ins-a3"));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-a2"), InstanceState::Running),
                                   infoOf(QStringLiteral("ins-a3"), InstanceState::Running)});
    QCOMPARE(rig.tree.progress(QStringLiteral("a")).running, 3);
    QCOMPARE(settled.count(), 1);
    QCOMPARE(rig.tree.rowCount(rig.tree.launchIndex(QStringLiteral("z"))), 1);

    rig.instances.clear();
    QCOMPARE(rig.tree.rowCount(rig.tree.launchIndex(QStringLiteral("a"))), 0);
}

void TestLaunchTreeModel::archivedAndHiddenSurviveARestart()
{
    QTemporaryDir dir;
    QString launchId;
    {
        FakeCloudApi api;
        LaunchController controller(dir.path());
        controller.tracker()->setIntervals(5, 20);
        controller.start();
        controller.setCloudApi(&api, QStringLiteral("p1"));
        launchId = controller.launch(SpecBuilder().count(2));
        QTRY_COMPARE(controller.model()->rowCount(), 2);
        const QModelIndex launch = controller.launches()->launchIndex(launchId);
        QVERIFY(!launch.data(LaunchTreeModel::FinishedRole).toBool());
        // Never created after all: nothing of the launch is alive.
        api.setState(api.instances.keys(), InstanceState::CreateFailed, QStringLiteral("no stock"));
        QTRY_VERIFY(controller.launches()
                        ->launchIndex(launchId)
                        .data(LaunchTreeModel::FinishedRole)
                        .toBool());
        QVERIFY(controller.setLaunchArchived(launchId, true));
        QVERIFY(controller.launches()
                    ->launchIndex(launchId)
                    .data(LaunchTreeModel::ArchivedRole)
                    .toBool());
    }
    // A new session reads the flag back from the journal; bringing it back is written too.
    {
        LaunchController controller(dir.path());
        controller.start();
        const QModelIndex launch = controller.launches()->launchIndex(launchId);
        QVERIFY(launch.isValid());
        QVERIFY(launch.data(LaunchTreeModel::ArchivedRole).toBool());
        QCOMPARE(controller.launches()->rowCount(launch), 2); // archived, never deleted
        QVERIFY(controller.setLaunchArchived(launchId, false));
    }
    LaunchController controller(dir.path());
    controller.start();
    QVERIFY(
        !controller.launches()->launchIndex(launchId).data(LaunchTreeModel::ArchivedRole).toBool());
}

void TestLaunchTreeModel::priceIsRecordedWithTheLaunch()
{
    QTemporaryDir dir;
    QString priced, unpriced;
    {
        FakeCloudApi api;
        LaunchController controller(dir.path());
        controller.start();
        controller.setCloudApi(&api, QStringLiteral("p1"));
        priced = controller.launch(SpecBuilder().count(2), 0.5);
        unpriced = controller.launch(SpecBuilder().count(1));
        QVERIFY(!priced.isEmpty() && !unpriced.isEmpty());
    }
    LaunchController controller(dir.path());
    controller.start();
    QCOMPARE(controller.launchRecord(priced)->pricePerInstanceHour, std::optional<double>(0.5));
    QVERIFY(!controller.launchRecord(unpriced)->pricePerInstanceHour);
}

QTEST_GUILESS_MAIN(TestLaunchTreeModel)
#include "tst_launchtreemodel.moc"
