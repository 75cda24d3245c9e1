// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/instancemodel.h"
#include "launch/launchnotifier.h"
#include "launch/launchtreemodel.h"

#include <QHash>
#include <QTest>

namespace {

// What would have gone to the desktop.
class RecordingSender : public NotificationSender
{
public:
    void send(const Notification &notification) override { sent << notification; }
    QList<Notification> sent;
};

LaunchRecord recordOf(const QString &id, const QStringList &ids, int failed = 0)
{
    LaunchRecord record;
    record.id = id;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.profileId = QStringLiteral("p1");
    record.spec.instanceName = QStringLiteral("web-") + id;
    record.spec.zoneId = 100003;
    record.spec.goodsNum = int(ids.size()) + failed;
    BatchRecord answered;
    answered.count = int(ids.size());
    answered.clientToken = id + QStringLiteral("-1");
    answered.state = BatchRecord::State::Answered;
    answered.instanceIds = ids;
    record.batches << answered;
    if (failed > 0) {
        BatchRecord refused;
        refused.count = failed;
        refused.clientToken = id + QStringLiteral("-2");
        refused.state = BatchRecord::State::Failed;
        refused.error = QStringLiteral("The zone has no stock left.");
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

struct Rig
{
    InstanceModel instances;
    LaunchTreeModel tree;
    QHash<QString, LaunchRecord> records;
    RecordingSender sender;
    LaunchNotifier notifier{&tree, &sender};

    Rig()
    {
        tree.setRecordLookup([this](const QString &id) -> std::optional<LaunchRecord> {
            const auto it = records.constFind(id);
            return it == records.cend() ? std::nullopt : std::optional<LaunchRecord>(*it);
        });
        tree.setSourceModel(&instances);
    }
    // A launch seen creating, as one started in this session is.
    void startLaunch(const LaunchRecord &record)
    {
        records.insert(record.id, record);
        instances.addLaunch(record);
        tree.launchChanged(record.id);
        QList<InstanceInfo> creating;
        for (const QString &id : record.instanceIds())
            creating << infoOf(id, InstanceState::Creating);
        instances.updateInstances(creating);
    }
};

} // namespace

class TestLaunchNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFinishedLaunchIsToldWhenTheWindowIsInactive();
    void aFailedLaunchSaysSoWithTheReason();
    void nothingWhileTheWindowIsActive();
    void neverTwice();
    void nothingForALaunchStillOnItsWay();
};

void TestLaunchNotifier::aFinishedLaunchIsToldWhenTheWindowIsInactive()
{
    Rig rig;
    rig.notifier.setWindowActive(false);
    rig.startLaunch(
        recordOf(QStringLiteral("a"), {QStringLiteral("ins-1"), QStringLiteral("ins-2")}));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-1"), InstanceState::Running)});
    QVERIFY(rig.sender.sent.isEmpty()); // one still creating
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-2"), InstanceState::Running)});
    QCOMPARE(rig.sender.sent.size(), 1);
    const NotificationSender::Notification &n = rig.sender.sent.first();
    QCOMPARE(n.title, QStringLiteral("Launch finished: web-a"));
    QCOMPARE(n.body, QStringLiteral("2 of 2 running"));
    QVERIFY(!n.failed);
}

void TestLaunchNotifier::aFailedLaunchSaysSoWithTheReason()
{
    Rig rig;
    rig.startLaunch(recordOf(QStringLiteral("a"), {QStringLiteral("ins-1")}, 2));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-1"), InstanceState::Running)});
    QCOMPARE(rig.sender.sent.size(), 1);
    const NotificationSender::Notification &n = rig.sender.sent.first();
    QCOMPARE(n.title, QStringLiteral("Launch partly failed: web-a"));
    QCOMPARE(n.body, QStringLiteral("1 of 3 running, 2 failed\nThe zone has no stock left."));
    QVERIFY(n.failed);

    LaunchProgress allFailed;
    allFailed.add(InstanceState::CreateFailed, 3);
    QCOMPARE(LaunchNotifier::notificationFor(QStringLiteral("b"), allFailed, QString())->title,
             QStringLiteral("Launch failed: b"));
}

void TestLaunchNotifier::nothingWhileTheWindowIsActive()
{
    Rig rig;
    rig.notifier.setWindowActive(true);
    rig.startLaunch(recordOf(QStringLiteral("a"), {QStringLiteral("ins-1")}));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-1"), InstanceState::Running)});
    QVERIFY(rig.sender.sent.isEmpty());
}

void TestLaunchNotifier::neverTwice()
{
    Rig rig;
    rig.startLaunch(recordOf(QStringLiteral("a"), {QStringLiteral("ins-1")}));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-1"), InstanceState::Running)});
    QCOMPARE(rig.sender.sent.size(), 1);
    // The same launch settling again (told directly, or after a busy spell) is not told again.
    rig.notifier.launchSettled(QStringLiteral("a"));
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-1"), InstanceState::Busy)});
    rig.instances.updateInstances({infoOf(QStringLiteral("ins-1"), InstanceState::Running)});
    QCOMPARE(rig.sender.sent.size(), 1);
}

void TestLaunchNotifier::nothingForALaunchStillOnItsWay()
{
    LaunchProgress p;
    p.add(InstanceState::Running, 2);
    p.add(InstanceState::Creating);
    QVERIFY(!LaunchNotifier::notificationFor(QStringLiteral("a"), p, QString()));
    QVERIFY(!LaunchNotifier::notificationFor(QStringLiteral("a"), LaunchProgress(), QString()));
}

QTEST_GUILESS_MAIN(TestLaunchNotifier)
#include "tst_launchnotifier.moc"
