// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Changing the public bandwidth in the sandbox, as both protocols answer it: API 2.0
// UpdateInstanceBandwidthHour and API 3.0 ResetInstancesInternetMaxBandwidth (and its price
// inquiry), on one instance store: the happy path, a value out of range, an instance that is not
// running, an unknown id, and another account's instance.
#include "catalog/catalog.h"
#include "sandbox/instancestore.h"
#include "sandbox/v2/v2bandwidthactions.h"
#include "sandbox/v2/v2reply.h"
#include "sandbox/v3/v3bandwidthactions.h"
#include "sandbox/v3/v3cvmactions.h"
#include "sandbox/v3/v3world.h"
#include "specbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {

const QString Account = QStringLiteral("AKIDfirst");
const QString Other = QStringLiteral("AKIDsecond");

QJsonObject v3Body(const QString &id, const QJsonValue &mbps)
{
    return QJsonObject{{QStringLiteral("InstanceIds"), QJsonArray{id}},
                       {QStringLiteral("InternetAccessible"),
                        QJsonObject{{QStringLiteral("InternetMaxBandwidthOut"), mbps}}}};
}

QJsonObject response(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(QLatin1String("Response")).toObject();
}

QString v3Error(const SandboxReply &reply)
{
    return response(reply)
        .value(QLatin1String("Error"))
        .toObject()
        .value(QLatin1String("Code"))
        .toString();
}

int v2Code(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(QLatin1String("code")).toInt(-1);
}

} // namespace

class TstBandwidthActions : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'700'000'000'000;
    InstanceStore m_store;
    std::unique_ptr<V2BandwidthActions> m_v2;
    std::unique_ptr<V3BandwidthActions> m_v3;
    std::unique_ptr<V3CvmActions> m_v3Cvm;

    QString launch(const QString &account = Account, int mbps = 5)
    {
        const LaunchSpec spec = SpecBuilder()
                                    .region(QString())
                                    .image(QStringLiteral("img-31tjrtph"))
                                    .bandwidth(mbps)
                                    .count(1);
        return m_store.create(account, spec, QStringLiteral("RunInstances")).instanceIds.value(0);
    }
    void runAll() { m_now += m_store.pendingMs(); }

    SandboxReply v2(const QString &query, const QString &account = Account)
    {
        SandboxRequest request;
        request.method = "GET";
        request.rawQuery = query.toUtf8();
        V2Call call;
        call.account = account;
        call.action = QStringLiteral("UpdateInstanceBandwidthHour");
        call.params = V2Params::parse(request);
        return m_v2->updateInstanceBandwidthHour(call);
    }
    V3Call v3Call(const QJsonObject &body, const QString &account = Account) const
    {
        V3Call call;
        call.account = account;
        call.service = QStringLiteral("cvm");
        call.region = QStringLiteral("ap-guangzhou");
        call.body = body;
        return call;
    }
    int bandwidthOf(const QString &id) const
    {
        return m_store.instance(Account, id).value().spec.bandwidth;
    }

private Q_SLOTS:
    void init()
    {
        m_store = InstanceStore();
        m_store.setClock([this] { return m_now; });
        m_v2 = std::make_unique<V2BandwidthActions>(&m_store, &Catalog::builtIn());
        const V3World &world = V3World::builtIn();
        m_v3 = std::make_unique<V3BandwidthActions>(&m_store, &world.catalog());
        m_v3Cvm = std::make_unique<V3CvmActions>(&m_store, &world.catalog(), &world);
    }

    void v3ChangesARunningInstanceAndDescribeShowsIt()
    {
        const QString id = launch();
        runAll();
        const SandboxReply reply = m_v3->reset(v3Call(v3Body(id, 20)));
        QCOMPARE(v3Error(reply), QString());
        QVERIFY(!response(reply).value(QLatin1String("RequestId")).toString().isEmpty());
        QCOMPARE(bandwidthOf(id), 20);
        // DescribeInstances says so, as InternetAccessible.InternetMaxBandwidthOut.
        const QJsonObject described = response(m_v3Cvm->describeInstances(
            v3Call(QJsonObject{{QStringLiteral("InstanceIds"), QJsonArray{id}}})));
        const QJsonObject internet = described.value(QLatin1String("InstanceSet"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QLatin1String("InternetAccessible"))
                                         .toObject();
        QCOMPARE(internet.value(QLatin1String("InternetMaxBandwidthOut")).toInt(), 20);
        QCOMPARE(internet.value(QLatin1String("InternetChargeType")).toString(),
                 QStringLiteral("BANDWIDTH_POSTPAID_BY_HOUR"));
    }

    void v3QuotesTheNewBandwidthPerHour()
    {
        const QString id = launch();
        runAll();
        const QJsonObject price = response(m_v3->inquiryPrice(v3Call(v3Body(id, 10))))
                                      .value(QLatin1String("Price"))
                                      .toObject();
        const QJsonObject bandwidth = price.value(QLatin1String("BandwidthPrice")).toObject();
        QCOMPARE(bandwidth.value(QLatin1String("ChargeUnit")).toString(), QStringLiteral("HOUR"));
        const double at10 = bandwidth.value(QLatin1String("UnitPrice")).toDouble();
        const double at20 = response(m_v3->inquiryPrice(v3Call(v3Body(id, 20))))
                                .value(QLatin1String("Price"))
                                .toObject()
                                .value(QLatin1String("BandwidthPrice"))
                                .toObject()
                                .value(QLatin1String("UnitPrice"))
                                .toDouble();
        QVERIFY(at10 > 0);
        QVERIFY(at20 > at10);
        QCOMPARE(bandwidthOf(id), 5); // a quote changes nothing
    }

    void v3RefusesOutOfRangeWrongStateAndUnknownIds()
    {
        const QString id = launch();
        // Still being created.
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(id, 10)))),
                 QStringLiteral("UnsupportedOperation.InstanceStatePending"));
        QCOMPARE(v3Error(m_v3->inquiryPrice(v3Call(v3Body(id, 10)))),
                 QStringLiteral("UnsupportedOperation.InstanceStatePending"));
        runAll();
        const int max = V3World::builtIn().catalog().bandwidth().max;
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(id, max + 1)))),
                 QStringLiteral("InvalidParameterValue.Range"));
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(id, -1)))),
                 QStringLiteral("InvalidParameterValue.Range"));
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(id, max)))), QString());
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(id, QStringLiteral("lots"))))),
                 QStringLiteral("InvalidParameterValue"));
        QCOMPARE(v3Error(m_v3->reset(
                     v3Call(QJsonObject{{QStringLiteral("InstanceIds"), QJsonArray{id}}}))),
                 QStringLiteral("MissingParameter"));
        QJsonObject monthly = v3Body(id, 10);
        monthly.insert(QStringLiteral("StartTime"), QStringLiteral("2026-12-01"));
        QCOMPARE(v3Error(m_v3->reset(v3Call(monthly))), QStringLiteral("InvalidParameter"));
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(QStringLiteral("ins-nothere"), 10)))),
                 QStringLiteral("InvalidInstanceId.NotFound"));
        // Being terminated, then gone.
        QCOMPARE(m_store.returnInstance(Account, id), InstanceStore::ReturnOutcome::Returning);
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(id, 10)))),
                 QStringLiteral("UnsupportedOperation.InstanceStateTerminating"));
        runAll();
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(id, 10)))),
                 QStringLiteral("InvalidInstanceId.NotFound"));
        QCOMPARE(bandwidthOf(id), max);
    }

    void v3OneInstanceARequest()
    {
        const QString a = launch();
        const QString b = launch();
        runAll();
        QJsonObject body = v3Body(a, 10);
        body.insert(QStringLiteral("InstanceIds"), QJsonArray{a, b});
        QCOMPARE(v3Error(m_v3->reset(v3Call(body))), QStringLiteral("InvalidParameter"));
        QCOMPARE(bandwidthOf(a), 5);
    }

    void anotherAccountCannotTouchTheInstance()
    {
        const QString id = launch();
        runAll();
        QCOMPARE(v3Error(m_v3->reset(v3Call(v3Body(id, 30), Other))),
                 QStringLiteral("InvalidInstanceId.NotFound"));
        QCOMPARE(v3Error(m_v3->inquiryPrice(v3Call(v3Body(id, 30), Other))),
                 QStringLiteral("InvalidInstanceId.NotFound"));
        QCOMPARE(v2Code(v2(QStringLiteral("instanceId=%1&bandwidth=30").arg(id), Other)),
                 int(V2Reply::ResourceNotFound));
        QCOMPARE(bandwidthOf(id), 5);
    }

    void v2ChangesARunningInstance()
    {
        const QString id = launch();
        QCOMPARE(v2Code(v2(QStringLiteral("instanceId=%1&bandwidth=8").arg(id))),
                 int(V2Reply::OperationFailed)); // 创建中
        runAll();
        const SandboxReply reply = v2(QStringLiteral("instanceId=%1&bandwidth=8").arg(id));
        QCOMPARE(v2Code(reply), 0);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("message")),
                 QJsonValue(QStringLiteral("ok")));
        QCOMPARE(bandwidthOf(id), 8);
        QCOMPARE(v2Code(v2(QStringLiteral("instanceId=%1&bandwidth=0").arg(id))), 0);
        QCOMPARE(bandwidthOf(id), 0);
    }

    void v2RefusesOutOfRangeMissingAndUnknown()
    {
        const QString id = launch();
        runAll();
        const int max = Catalog::builtIn().bandwidth().max;
        QCOMPARE(v2Code(v2(QStringLiteral("instanceId=%1&bandwidth=%2").arg(id).arg(max + 1))),
                 int(V2Reply::InvalidParameter));
        QCOMPARE(v2Code(v2(QStringLiteral("instanceId=%1").arg(id))),
                 int(V2Reply::InvalidParameter));
        QCOMPARE(v2Code(v2(QStringLiteral("bandwidth=8"))), int(V2Reply::InvalidParameter));
        QCOMPARE(v2Code(v2(QStringLiteral("instanceId=%1&bandwidth=x").arg(id))),
                 int(V2Reply::InvalidParameter));
        QCOMPARE(v2Code(v2(QStringLiteral("instanceId=ins-nothere&bandwidth=8"))),
                 int(V2Reply::ResourceNotFound));
        m_store.returnInstance(Account, id);
        QCOMPARE(v2Code(v2(QStringLiteral("instanceId=%1&bandwidth=8").arg(id))),
                 int(V2Reply::OperationFailed)); // 退还中
        QCOMPARE(bandwidthOf(id), 5);
    }
};

QTEST_GUILESS_MAIN(TstBandwidthActions)
#include "tst_bandwidthactions.moc"
