// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "i18n/translations.h"
#include "launch/instancemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

LaunchRecord recordWith(int instances, const QString &prefix = QStringLiteral("ins-a"))
{
    LaunchRecord record;
    record.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    record.createdAt = QDateTime::fromString(QStringLiteral("2026-11-27T09:00:00Z"), Qt::ISODate);
    record.spec.instanceName = QStringLiteral("web");
    record.spec.zoneId = 100003;
    record.spec.instanceType = QStringLiteral("CVM.S2");
    record.spec.cpu = 2;
    record.spec.mem = 4;
    record.spec.goodsNum = instances;
    BatchRecord batch;
    batch.count = instances;
    batch.clientToken = QStringLiteral("token-1");
    batch.state = BatchRecord::State::Answered;
    for (int i = 0; i < instances; ++i)
        batch.instanceIds << prefix + QString::number(i);
    record.batches << batch;
    return record;
}

InstanceInfo info(const QString &id, InstanceState state)
{
    InstanceInfo i;
    i.instanceId = id;
    i.name = QStringLiteral("web");
    i.zoneId = 100003;
    i.zoneName = QStringLiteral("广州三区");
    i.cpu = 2;
    i.mem = 4;
    i.state = state;
    i.lanIp = QStringLiteral("10.0.0.1");
    return i;
}

QList<int> rowsOf(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const auto &signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows << row;
    }
    return rows;
}

} // namespace

class TestInstanceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTester();
    void showsWhatTheLaunchAsked();
    void dataChangedOnlyForChangedRows();
    void adjacentChangesShareOneSignal();
    void unchangedAnswersEmitNothing();
    void failedCreationShowsTheReason();
    void failedBatchGetsARow();
    void addingALaunchTwiceAddsNothing();
    void zonesAreNamedInTheInterfaceLanguage();
    void actionAndPollErrorsShowOnTheRow();
    void waitingAndCreatingHaveTheirOwnIcons();
};

void TestInstanceModel::initTestCase()
{
    // The English catalogue holds the plural forms ("1 core", "2 cores").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(Translations::install(qApp, QStringLiteral("en")).appLoaded);
}

void TestInstanceModel::passesTheModelTester()
{
    InstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addLaunch(recordWith(5));
    model.updateInstances({info(QStringLiteral("ins-a1"), InstanceState::Running)});
    LaunchRecord failed = recordWith(0);
    failed.id = QStringLiteral("99999999-2222-3333-4444-555555555555");
    failed.batches[0].count = 3;
    failed.batches[0].clientToken = QStringLiteral("token-2");
    failed.batches[0].state = BatchRecord::State::Failed;
    failed.batches[0].error = QStringLiteral("sold out");
    model.addLaunch(failed);
    QCOMPARE(model.rowCount(), 6);
    proxy.sort(InstanceModel::StatusColumn);
    model.updateInstances({info(QStringLiteral("ins-a2"), InstanceState::CreateFailed)});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestInstanceModel::showsWhatTheLaunchAsked()
{
    InstanceModel model;
    model.addLaunch(recordWith(2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(InstanceModel::ColumnCount));
    const auto cell = [&](int column) { return model.index(1, column).data().toString(); };
    QCOMPARE(cell(InstanceModel::IdColumn), QStringLiteral("ins-a1"));
    QCOMPARE(cell(InstanceModel::NameColumn), QStringLiteral("web"));
    // Named by the catalog until the service names it.
    QCOMPARE(cell(InstanceModel::ZoneColumn), QStringLiteral("Guangzhou Zone 3"));
    QCOMPARE(cell(InstanceModel::TypeColumn), QStringLiteral("CVM.S2"));
    QCOMPARE(cell(InstanceModel::ShapeColumn), QStringLiteral("2 cores / 4 GB"));
    QCOMPARE(cell(InstanceModel::LaunchedAtColumn),
             QDateTime::fromString(QStringLiteral("2026-11-27T09:00:00Z"), Qt::ISODate)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(cell(InstanceModel::StatusColumn), QStringLiteral("Waiting for status"));
    QCOMPARE(cell(InstanceModel::LaunchColumn), QStringLiteral("11111111"));
    QCOMPARE(model.index(1, 0).data(InstanceModel::LaunchIdRole).toString(),
             QStringLiteral("11111111-2222-3333-4444-555555555555"));
    LaunchRecord small = recordWith(1, QStringLiteral("ins-b"));
    small.id = QStringLiteral("22222222-2222-3333-4444-555555555555");
    small.spec.cpu = 1;
    model.addLaunch(small);
    QCOMPARE(model.index(model.rowOfInstance(QStringLiteral("ins-b0")), InstanceModel::ShapeColumn)
                 .data()
                 .toString(),
             QStringLiteral("1 core / 4 GB"));
    QCOMPARE(model.index(1, InstanceModel::LaunchedAtColumn).data(InstanceModel::SortRole),
             QVariant(QDateTime::fromString(QStringLiteral("2026-11-27T09:00:00Z"), Qt::ISODate)));
    QVERIFY(!model.headerData(InstanceModel::StatusColumn, Qt::Horizontal).toString().isEmpty());

    model.updateInstances({info(QStringLiteral("ins-a1"), InstanceState::Running)});
    QCOMPARE(cell(InstanceModel::StatusColumn), QStringLiteral("Running"));
    // The service said 广州三区; the English interface says the catalog's English name.
    QCOMPARE(cell(InstanceModel::ZoneColumn), QStringLiteral("Guangzhou Zone 3"));
    QCOMPARE(cell(InstanceModel::LanIpColumn), QStringLiteral("10.0.0.1"));
    QCOMPARE(
        model.index(1, InstanceModel::StatusColumn).data(InstanceModel::StatusIconRole).toInt(),
        int(InstanceModel::StatusIcon::Running));
}

void TestInstanceModel::dataChangedOnlyForChangedRows()
{
    InstanceModel model;
    model.addLaunch(recordWith(10));
    QList<InstanceInfo> all;
    for (int i = 0; i < 10; ++i)
        all << info(QStringLiteral("ins-a%1").arg(i), InstanceState::Creating);
    model.updateInstances(all);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    all[2].state = InstanceState::Running;
    all[7].lanIp = QStringLiteral("10.0.0.7");
    model.updateInstances(all);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(rowsOf(changed), (QList<int>{2, 7}));
    for (const auto &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).value<QModelIndex>().column(), 0);
        QCOMPARE(signal.at(1).value<QModelIndex>().column(), InstanceModel::ColumnCount - 1);
    }
}

void TestInstanceModel::adjacentChangesShareOneSignal()
{
    InstanceModel model;
    model.addLaunch(recordWith(10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateInstances({info(QStringLiteral("ins-a4"), InstanceState::Running),
                           info(QStringLiteral("ins-a3"), InstanceState::Running),
                           info(QStringLiteral("ins-a9"), InstanceState::Running)});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(rowsOf(changed), (QList<int>{3, 4, 9}));
}

void TestInstanceModel::unchangedAnswersEmitNothing()
{
    InstanceModel model;
    model.addLaunch(recordWith(3));
    model.updateInstances({info(QStringLiteral("ins-a0"), InstanceState::Running)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateInstances({info(QStringLiteral("ins-a0"), InstanceState::Running),
                           info(QStringLiteral("ins-unknown"), InstanceState::Running)});
    QCOMPARE(changed.size(), 0);
}

void TestInstanceModel::failedCreationShowsTheReason()
{
    InstanceModel model;
    model.addLaunch(recordWith(1));
    InstanceInfo failed = info(QStringLiteral("ins-a0"), InstanceState::CreateFailed);
    failed.failureReason = QStringLiteral("ResourceInsufficient.ZoneSoldOut");
    model.updateInstances({failed});
    const QModelIndex status = model.index(0, InstanceModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Creation failed"));
    QCOMPARE(status.data(InstanceModel::StatusIconRole).toInt(),
             int(InstanceModel::StatusIcon::Failed));
    QCOMPARE(status.data(InstanceModel::ErrorRole).toString(), failed.failureReason);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), failed.failureReason);
}

void TestInstanceModel::failedBatchGetsARow()
{
    InstanceModel model;
    LaunchRecord record = recordWith(0);
    record.batches[0].count = 50;
    record.batches[0].state = BatchRecord::State::Failed;
    record.batches[0].error = QStringLiteral("The service refused the request: sold out");
    model.addLaunch(record);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InstanceModel::StatusColumn).data().toString(),
             QStringLiteral("Not launched"));
    QVERIFY(
        model.index(0, InstanceModel::IdColumn).data().toString().contains(QLatin1String("50")));
    QCOMPARE(model.index(0, 0).data(InstanceModel::ErrorRole).toString(), record.batches[0].error);
    QVERIFY(model.index(0, 0).data(InstanceModel::InstanceIdRole).toString().isEmpty());
}

void TestInstanceModel::addingALaunchTwiceAddsNothing()
{
    InstanceModel model;
    const LaunchRecord record = recordWith(4);
    model.addLaunch(record);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addLaunch(record);
    model.addBatch(record, 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfInstance(QStringLiteral("ins-a3")), 3);
    QCOMPARE(model.rowOfInstance(QStringLiteral("nope")), -1);
}

void TestInstanceModel::zonesAreNamedInTheInterfaceLanguage()
{
    // One row from the journal (zoneId only), one as API 2.0 answers (a Chinese zoneName), one
    // as API 3.0 answers (Placement.Zone, no numeric id): one name per language for all three.
    InstanceModel model;
    model.addLaunch(recordWith(3));
    InstanceInfo v2 = info(QStringLiteral("ins-a1"), InstanceState::Running);
    v2.zoneName = QStringLiteral("广州三区");
    InstanceInfo v3 = info(QStringLiteral("ins-a2"), InstanceState::Running);
    v3.zoneId = 0;
    v3.zoneName = QStringLiteral("ap-guangzhou-3");
    model.updateInstances({v2, v3});
    const auto zones = [&model] {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, InstanceModel::ZoneColumn).data().toString();
        return names;
    };
    QCOMPARE(zones(), QStringList(3, QStringLiteral("Guangzhou Zone 3")));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(zones(), QStringList(3, QStringLiteral("广州三区")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestInstanceModel::actionAndPollErrorsShowOnTheRow()
{
    InstanceModel model;
    LaunchRecord record = recordWith(1);
    record.profileId = QStringLiteral("p1");
    record.region = QStringLiteral("ap-guangzhou");
    model.addLaunch(record);
    model.updateInstances({info(QStringLiteral("ins-a0"), InstanceState::Running)});
    const QModelIndex status = model.index(0, InstanceModel::StatusColumn);
    model.setAccountPollError(QStringLiteral("p1"), QStringLiteral("ap-guangzhou"),
                              QStringLiteral("connection refused"));
    QCOMPARE(status.data().toString(), QStringLiteral("Running (status not refreshed)"));
    QCOMPARE(status.data(InstanceModel::ErrorRole).toString(),
             QStringLiteral("connection refused"));
    model.setAccountPollError(QStringLiteral("p1"), QStringLiteral("ap-guangzhou"), QString());
    QCOMPARE(status.data().toString(), QStringLiteral("Running"));

    model.setActionError(QStringLiteral("ins-a0"), QStringLiteral("Return failed: locked"));
    QCOMPARE(status.data().toString(), QStringLiteral("Running (last action failed)"));
    QCOMPARE(status.data(InstanceModel::ErrorRole).toString(),
             QStringLiteral("Return failed: locked"));
    // The same state again keeps it; a new state supersedes it.
    model.updateInstances({info(QStringLiteral("ins-a0"), InstanceState::Running)});
    QVERIFY(!status.data(InstanceModel::ErrorRole).toString().isEmpty());
    model.updateInstances({info(QStringLiteral("ins-a0"), InstanceState::Returning)});
    QVERIFY(status.data(InstanceModel::ErrorRole).toString().isEmpty());
}

void TestInstanceModel::waitingAndCreatingHaveTheirOwnIcons()
{
    QCOMPARE(InstanceModel::statusIcon(InstanceState::Unknown), InstanceModel::StatusIcon::Waiting);
    QCOMPARE(InstanceModel::statusIcon(InstanceState::Creating),
             InstanceModel::StatusIcon::Pending);
    QCOMPARE(InstanceModel().headerData(InstanceModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Instance type"));
}

QTEST_GUILESS_MAIN(TestInstanceModel)
#include "tst_instancemodel.moc"
