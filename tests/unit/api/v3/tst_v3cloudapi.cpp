// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/apierrortext.h"
#include "api/cloudapifactory.h"
#include "api/v3/v3cloudapi.h"
#include "api/v3/v3encoder.h"
#include "faketransport.h"
#include "sandbox/v3/tc3verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTest>

#include <memory>

namespace {

const QString Id = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
const QString Key = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");

ApiConfig sandboxConfig()
{
    ApiConfig c;
    c.version = ApiConfig::Version::V3;
    c.region = QStringLiteral("ap-guangzhou");
    c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8123"));
    c.secretId = Id;
    c.secretKey = Key;
    return c;
}

RetryPolicy fastRetries(int attempts = 4)
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelayMs = 1;
    p.maxDelayMs = 4;
    p.pauseDelayMs = 10;
    p.jitter = 0;
    return p;
}

template<typename T>
struct Catcher
{
    int calls = 0;
    ApiResult<T> last;
    CloudApi::Callback<T> callback()
    {
        return [this](const ApiResult<T> &r) {
            ++calls;
            last = r;
        };
    }
};

LaunchSpec fullSpec()
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-guangzhou");
    s.zoneId = 100003;
    s.instanceType = QStringLiteral("CVM.S2");
    s.cpu = 2;
    s.mem = 4;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.bandwidthType = LaunchSpec::PayByHour;
    s.bandwidth = 5;
    s.dataDisks = {{QStringLiteral("CLOUD_SSD"), 100}};
    s.goodsNum = 2;
    s.password = QStringLiteral("Passw0rd!中");
    s.clientToken = QStringLiteral("tok-123");
    s.instanceName = QStringLiteral("web");
    return s;
}

QByteArray ok(const char *inner)
{
    return QByteArray(R"({"Response":{)") + inner + R"(,"RequestId":"req-ok"}})";
}

QByteArray error(const QString &code, const QString &message = QStringLiteral("说明"))
{
    return R"({"Response":{"Error":{"Code":")" + code.toUtf8() + R"(","Message":")" +
           message.toUtf8() + R"("},"RequestId":"req-err"}})";
}

QJsonObject body(const TransportRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray header(const TransportRequest &r, const char *name)
{
    return Tc3Verifier::headerValue(r.headers, name);
}

// What the service would conclude about the request: the signature is checked the way the
// sandbox checks it, on exactly what was handed to the transport.
Tc3Verifier::Result verify(const TransportRequest &r, qint64 now)
{
    Tc3Verifier::Request received;
    received.method = r.method;
    received.path = r.url.path().toUtf8();
    received.body = r.body;
    received.headers = r.headers;
    received.headers.append({"Content-Type", r.contentType});
    received.host = V3Encoder::hostHeader(r.url);
    return Tc3Verifier::verify(
        received,
        [](const QString &id) {
            return id == Id ? std::optional<QString>(Key) : std::optional<QString>();
        },
        now);
}

} // namespace

class TestV3CloudApi : public QObject
{
    Q_OBJECT

private:
    FakeTransport *m_fake = nullptr;
    V3CloudApi *m_api = nullptr;
    qint64 m_now = 1700000000;

private Q_SLOTS:
    void init()
    {
        m_now = 1700000000;
        m_fake = new FakeTransport(this);
        m_api = new V3CloudApi(sandboxConfig(), m_fake, this);
        m_api->setRetryPolicy(fastRetries());
        // Every attempt reads the clock once; ten seconds pass between readings.
        m_api->setClock([this] { return m_now += 10; });
    }
    void cleanup()
    {
        delete m_api;
        delete m_fake;
    }

    void identity()
    {
        QCOMPARE(m_api->version(), ApiConfig::Version::V3);
        QVERIFY(m_api->supportsDryRun());
        std::unique_ptr<CloudApi> made(CloudApiFactory::create(sandboxConfig(), m_fake));
        QVERIFY(qobject_cast<V3CloudApi *>(made.get()));
    }

    void previewShowsTheV3BodyWithoutThePassword()
    {
        LaunchSpec spec;
        spec.region = QStringLiteral("ap-guangzhou");
        spec.zoneId = 100003;
        spec.instanceType = QStringLiteral("CVM.S2");
        spec.cpu = 2;
        spec.mem = 4;
        spec.imageId = QStringLiteral("img-31tjrtph");
        spec.imageType = LaunchSpec::PublicImage;
        spec.bandwidth = 0;
        spec.wanIp = true; // no bandwidth: no public IP, whatever was asked
        spec.password = QStringLiteral("Passw0rd!x");
        spec.goodsNum = 100;
        const LaunchPreview preview = m_api->previewRunInstances(spec);
        QVERIFY2(preview.problem.isEmpty(), qPrintable(preview.problem));
        QCOMPARE(preview.action, QStringLiteral("RunInstances"));
        QVERIFY(!preview.text.contains(QStringLiteral("Passw0rd!x")));
        const QString head = QStringLiteral("X-TC-Action: RunInstances\nX-TC-Version: 2017-03-12\n"
                                            "X-TC-Region: ap-guangzhou\n\n");
        QVERIFY2(preview.text.startsWith(head), qPrintable(preview.text));
        const QJsonObject body =
            QJsonDocument::fromJson(preview.text.mid(head.size()).toUtf8()).object();
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "InstanceChargeType": "POSTPAID_BY_HOUR",
            "Placement": {"Zone": "ap-guangzhou-3", "ProjectId": 0},
            "InstanceType": "S2.MEDIUM4",
            "ImageId": "img-31tjrtph",
            "SystemDisk": {"DiskType": "CLOUD_PREMIUM", "DiskSize": 50},
            "InternetAccessible": {"InternetChargeType": "BANDWIDTH_POSTPAID_BY_HOUR",
                                   "InternetMaxBandwidthOut": 0, "PublicIpAssigned": false},
            "InstanceCount": 100,
            "LoginSettings": {"Password": "********"},
            "EnhancedService": {"SecurityService": {"Enabled": true},
                                "MonitorService": {"Enabled": true}},
            "ClientToken": "<one per request, set by the launcher>"
        })")
                                         .object();
        QCOMPARE(body, expected);
    }

    void runInstancesAboveThePerRequestLimitIsRefused()
    {
        LaunchSpec spec = fullSpec();
        spec.goodsNum = 101;
        Catcher<QStringList> c;
        m_api->runInstances(spec, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(!c.last.ok());
        QCOMPARE(c.last.error.kind, ApiError::Kind::Refused);
        QCOMPARE(m_fake->requests().size(), 0);
        QVERIFY(!m_api->previewRunInstances(spec).problem.isEmpty());
    }

    // A spec for another region than the account's (a remembered zone, a template) is never
    // sent: not through this account, not to a zone the screen did not show.
    void aLaunchForAnotherRegionIsRefused()
    {
        LaunchSpec spec = fullSpec();
        spec.region = QStringLiteral("ap-shanghai");
        Catcher<QStringList> c;
        m_api->runInstances(spec, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Refused);
        QVERIFY2(c.last.error.message.contains(QLatin1String("ap-shanghai")),
                 qPrintable(c.last.error.message));
        QCOMPARE(m_fake->requests().size(), 0);
        QVERIFY(m_api->previewRunInstances(spec).problem.contains(QLatin1String("ap-guangzhou")));
    }

    // The wizard's other region: the same keys and host, signed for that region, and a launch
    // of that region's zone goes through (the profile's backend refuses it, above).
    void inRegionSignsForItsRegion()
    {
        std::unique_ptr<CloudApi> other(m_api->inRegion(QStringLiteral("ap-shanghai"), nullptr));
        QVERIFY(other);
        QCOMPARE(other->region(), QStringLiteral("ap-shanghai"));
        QCOMPARE(m_api->region(), QStringLiteral("ap-guangzhou"));
        QVERIFY(!m_api->inRegion(QString(), nullptr));
        m_fake->enqueue(FakeResponse::json(ok(R"("InstanceIdSet":["ins-1"])")));
        LaunchSpec spec = fullSpec();
        spec.region = QStringLiteral("ap-shanghai");
        spec.zoneId = 200001;
        QVERIFY(other->previewRunInstances(spec).problem.isEmpty());
        Catcher<QStringList> c;
        other->runInstances(spec, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY2(c.last.ok(), qPrintable(c.last.error.message));
        QCOMPARE(m_fake->requests().size(), 1);
        const TransportRequest &r = m_fake->requests().first();
        QCOMPARE(header(r, "X-TC-Region"), QByteArray("ap-shanghai"));
        QCOMPARE(r.url, QUrl(QStringLiteral("http://127.0.0.1:8123/")));
        const auto verdict = verify(r, m_now);
        QVERIFY2(verdict.ok(), qPrintable(verdict.message));
        QCOMPARE(body(r).value(QLatin1String("Placement")).toObject().value(QLatin1String("Zone")),
                 QJsonValue(QStringLiteral("ap-shanghai-1")));
    }

    void describeRegionsReadsTheRegionSet()
    {
        // A delimiter of its own: the names hold ")" followed by a quote.
        m_fake->enqueue(FakeResponse::json(ok(
            R"json("TotalCount":2,"RegionSet":[{"Region":"ap-guangzhou","RegionName":"华南地区(广州)","RegionState":"AVAILABLE"},{"Region":"ap-chengdu","RegionName":"西南地区(成都)","RegionState":"UNAVAILABLE"}])json")));
        Catcher<QList<Region>> c;
        m_api->describeRegions(this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY2(c.last.ok(), qPrintable(c.last.error.message));
        QCOMPARE(c.last.value->size(), 2);
        QCOMPARE(c.last.value->at(0),
                 (Region{QStringLiteral("ap-guangzhou"), QStringLiteral("华南地区(广州)"), true}));
        QVERIFY(!c.last.value->at(1).available);
        const TransportRequest &r = m_fake->requests().first();
        QCOMPARE(header(r, "X-TC-Action"), QByteArray("DescribeRegions"));
        QCOMPARE(verify(r, m_now).service, QStringLiteral("cvm"));

        // A RegionSet without a Region is a malformed answer, never a nameless region.
        m_fake->enqueue(FakeResponse::json(ok(R"("RegionSet":[{"RegionName":"x"}])")));
        m_api->describeRegions(this, c.callback());
        QTRY_COMPARE(c.calls, 2);
        QVERIFY(!c.last.ok());
    }

    void runInstancesSendsTheMappedSignedRequest()
    {
        m_fake->enqueue(FakeResponse::json(ok(R"("InstanceIdSet":["ins-1","ins-2"])")));
        Catcher<QStringList> c;
        m_api->runInstances(fullSpec(), this, c.callback());
        QCOMPARE(c.calls, 0); // never from inside the call
        QTRY_COMPARE(c.calls, 1);
        const auto &result = c.last;
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(*result.value, (QStringList{QStringLiteral("ins-1"), QStringLiteral("ins-2")}));

        QCOMPARE(m_fake->requests().size(), 1);
        const TransportRequest &r = m_fake->requests().first();
        QCOMPARE(r.url, QUrl(QStringLiteral("http://127.0.0.1:8123/")));
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
        QCOMPARE(header(r, "Host"), QByteArray("127.0.0.1:8123"));
        QCOMPARE(header(r, "X-TC-Action"), QByteArray("RunInstances"));
        QCOMPARE(header(r, "X-TC-Version"), QByteArray("2017-03-12"));
        QCOMPARE(header(r, "X-TC-Region"), QByteArray("ap-guangzhou"));
        QCOMPARE(header(r, "X-TC-Timestamp"), QByteArray::number(m_now));
        const auto verdict = verify(r, m_now);
        QVERIFY2(verdict.ok(), qPrintable(verdict.message));
        QCOMPARE(verdict.service, QStringLiteral("cvm"));

        const QJsonObject b = body(r);
        QCOMPARE(b.value(QLatin1String("InstanceChargeType")).toString(),
                 QStringLiteral("POSTPAID_BY_HOUR"));
        QCOMPARE(b.value(QLatin1String("InstanceType")).toString(), QStringLiteral("S2.MEDIUM4"));
        QCOMPARE(b.value(QLatin1String("Placement")).toObject().value(QLatin1String("Zone")),
                 QJsonValue(QStringLiteral("ap-guangzhou-3")));
        QCOMPARE(b.value(QLatin1String("DataDisks"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("DiskType")),
                 QJsonValue(QStringLiteral("CLOUD_SSD")));
        QCOMPARE(b.value(QLatin1String("ClientToken")).toString(), QStringLiteral("tok-123"));
        QCOMPARE(b.value(QLatin1String("InstanceCount")).toInt(), 2);
        QVERIFY(!b.contains(QLatin1String("DryRun")));
    }

    void realEndpointsPerService()
    {
        ApiConfig c = sandboxConfig();
        c.endpoint = QUrl();
        V3CloudApi api(c, m_fake);
        api.setRetryPolicy(RetryPolicy::never());
        m_fake->setHandler([](const TransportRequest &) { return FakeResponse::json("{}"); });
        Catcher<QList<Zone>> zones;
        Catcher<QList<Vpc>> vpcs;
        api.describeZones(this, zones.callback());
        api.describeVpcs(this, vpcs.callback());
        QTRY_COMPARE(zones.calls + vpcs.calls, 2);
        QCOMPARE(m_fake->requests().at(0).url,
                 QUrl(QStringLiteral("https://cvm.tencentcloudapi.com/")));
        QCOMPARE(m_fake->requests().at(1).url,
                 QUrl(QStringLiteral("https://vpc.tencentcloudapi.com/")));
        QCOMPARE(header(m_fake->requests().at(1), "Host"), QByteArray("vpc.tencentcloudapi.com"));
    }

    void retriesKeepTheBodyAndRenewTheSignature()
    {
        m_fake->enqueue(FakeResponse::json(error(QStringLiteral("InternalError"))));
        m_fake->enqueue(FakeResponse::failure(ApiError::Kind::Transport));
        m_fake->enqueue(FakeResponse::json(error(QStringLiteral("RequestLimitExceeded"))));
        m_fake->enqueue(FakeResponse::json(ok(R"("InstanceIdSet":["ins-1"])")));
        QList<int> retries;
        Catcher<QStringList> c;
        QPointer<ApiCall> call = m_api->runInstances(fullSpec(), this, c.callback());
        connect(call, &ApiCall::retrying, this,
                [&retries](int attempt, int, const ApiError &) { retries.append(attempt); });
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(c.last.ok());
        QCOMPARE(m_fake->requests().size(), 4);
        QCOMPARE(retries.size(), 3);
        QSet<QByteArray> timestamps;
        QSet<QByteArray> authorizations;
        for (const TransportRequest &r : m_fake->requests()) {
            QCOMPARE(r.body, m_fake->requests().first().body); // same ClientToken, same bytes
            timestamps.insert(header(r, "X-TC-Timestamp"));
            authorizations.insert(header(r, "Authorization"));
            const qint64 sent = header(r, "X-TC-Timestamp").toLongLong();
            QVERIFY(verify(r, sent).ok());
        }
        QCOMPARE(timestamps.size(), 4);
        QCOMPARE(authorizations.size(), 4);
    }

    void errorFamilies_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("requests");
        QTest::addColumn<ApiError::Verdict>("verdict");
        using V = ApiError::Verdict;
        QTest::newRow("rate limit, retried")
            << QStringLiteral("RequestLimitExceeded") << 4 << V::RetryAfterPause;
        QTest::newRow("internal, retried")
            << QStringLiteral("InternalError.TradeUnknownError") << 4 << V::Retryable;
        QTest::newRow("signature")
            << QStringLiteral("AuthFailure.SignatureFailure") << 1 << V::Final;
        QTest::newRow("expired") << QStringLiteral("AuthFailure.SignatureExpire") << 1 << V::Final;
        QTest::newRow("parameter")
            << QStringLiteral("InvalidParameterValue.InvalidImageId") << 1 << V::Final;
        QTest::newRow("quota") << QStringLiteral("LimitExceeded.InstanceQuota") << 1 << V::Final;
        QTest::newRow("sold out") << QStringLiteral(
                                         "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance")
                                  << 1 << V::Final;
        QTest::newRow("balance") << QStringLiteral("InvalidAccount.InsufficientBalance") << 1
                                 << V::Final;
        QTest::newRow("unknown") << QStringLiteral("FailedOperation.Whatever") << 1 << V::Final;
    }

    void errorFamilies()
    {
        QFETCH(QString, code);
        QFETCH(int, requests);
        QFETCH(ApiError::Verdict, verdict);
        m_fake->setHandler([&code](const TransportRequest &) {
            return FakeResponse::json(error(code, QStringLiteral("服务说明")));
        });
        Catcher<QStringList> c;
        m_api->runInstances(fullSpec(), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        const auto &result = c.last;
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Service);
        QCOMPARE(result.error.codeString, code);
        QCOMPARE(result.error.verdict, verdict);
        QCOMPARE(result.error.message, QStringLiteral("服务说明"));
        QCOMPARE(result.error.requestId, QStringLiteral("req-err"));
        QCOMPARE(result.error.httpStatus, 200);
        QCOMPARE(result.error.action, QStringLiteral("RunInstances"));
        QCOMPARE(m_fake->requests().size(), requests);
        QVERIFY(!ApiErrorText::describe(result.error).isEmpty());
    }

    void malformedAnswersAreFinal_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not JSON") << QByteArray("<html>oops</html>");
        QTest::newRow("no Response") << QByteArray(R"({"code":0})");
        QTest::newRow("wrong type") << QByteArray(R"({"Response":{"InstanceIdSet":"ins-1"}})");
        QTest::newRow("missing") << QByteArray(R"({"Response":{"RequestId":"r"}})");
    }

    void malformedAnswersAreFinal()
    {
        QFETCH(QByteArray, answer);
        m_fake->setHandler(
            [&answer](const TransportRequest &) { return FakeResponse::json(answer); });
        Catcher<QStringList> c;
        m_api->runInstances(fullSpec(), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        const auto &result = c.last;
        QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
        QCOMPARE(result.error.verdict, ApiError::Verdict::Final);
        QCOMPARE(m_fake->requests().size(), 1);
    }

    void httpStatusWithoutServiceError()
    {
        m_fake->setHandler(
            [](const TransportRequest &) { return FakeResponse::json("Bad Gateway", 502); });
        Catcher<QList<Zone>> c;
        m_api->describeZones(this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        const auto &result = c.last;
        QCOMPARE(result.error.kind, ApiError::Kind::Http);
        QCOMPARE(result.error.httpStatus, 502);
        QCOMPARE(m_fake->requests().size(), 4); // 5xx is transient

        m_fake->setHandler([](const TransportRequest &) {
            return FakeResponse::json(error(QStringLiteral("AuthFailure.SecretIdNotFound")), 401);
        });
        Catcher<QList<Zone>> d;
        m_api->describeZones(this, d.callback());
        QTRY_COMPARE(d.calls, 1);
        const auto &service = d.last;
        QCOMPARE(service.error.kind, ApiError::Kind::Service);
        QCOMPARE(service.error.codeString, QStringLiteral("AuthFailure.SecretIdNotFound"));
        QCOMPARE(service.error.httpStatus, 401);
    }

    void dryRun()
    {
        m_fake->enqueue(FakeResponse::json(error(QStringLiteral("DryRunOperation"))));
        Catcher<bool> c;
        m_api->dryRun(fullSpec(), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        const auto &result = c.last;
        QVERIFY(result.ok());
        QVERIFY(*result.value);
        const QJsonObject b = body(m_fake->requests().first());
        QCOMPARE(b.value(QLatin1String("DryRun")), QJsonValue(true));
        QCOMPARE(header(m_fake->requests().first(), "X-TC-Action"), QByteArray("RunInstances"));

        m_fake->enqueue(FakeResponse::json(error(QStringLiteral("InvalidPassword"))));
        Catcher<bool> d;
        m_api->dryRun(fullSpec(), this, d.callback());
        QTRY_COMPARE(d.calls, 1);
        QCOMPARE(d.last.error.codeString, QStringLiteral("InvalidPassword"));
    }

    void describeInstances()
    {
        m_fake->enqueue(FakeResponse::json(ok(R"("TotalCount":1,"InstanceSet":[
            {"InstanceId":"ins-1","InstanceState":"LAUNCH_FAILED",
             "LatestOperationErrorMsg":"sold out","Placement":{"Zone":"ap-guangzhou-3"}}])")));
        Catcher<InstancePage> c;
        m_api->describeInstances({QStringLiteral("ins-1")}, 0, 100, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        const auto &result = c.last;
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value->instances.at(0).state, InstanceState::CreateFailed);
        QCOMPARE(result.value->instances.at(0).failureReason, QStringLiteral("sold out"));
        QCOMPARE(result.value->instances.at(0).zoneId, 100003); // through the catalog
        const TransportRequest &r = m_fake->requests().first();
        QCOMPARE(header(r, "X-TC-Action"), QByteArray("DescribeInstances"));
        QCOMPARE(body(r).value(QLatin1String("InstanceIds")).toArray(),
                 QJsonArray{QStringLiteral("ins-1")});
        QVERIFY(verify(r, m_now).ok());
    }

    void refusedWithoutSending_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("101 ids") << 0;
        QTest::newRow("limit 0") << 1;
        QTest::newRow("negative offset") << 2;
        QTest::newRow("zone without API 3.0 name") << 3;
        QTest::newRow("no client token") << 4;
        QTest::newRow("price of an impossible type") << 5;
        QTest::newRow("return nothing") << 6;
    }

    void refusedWithoutSending()
    {
        QFETCH(int, which);
        ApiError error;
        const auto take = [&error](const auto &result) { error = result.error; };
        Catcher<InstancePage> pages;
        Catcher<QStringList> ids;
        Catcher<Price> price;
        Catcher<bool> returned;
        LaunchSpec spec = fullSpec();
        switch (which) {
        case 0: {
            QStringList many;
            for (int i = 0; i < 101; ++i)
                many.append(QStringLiteral("ins-%1").arg(i));
            m_api->describeInstances(many, 0, 100, this, pages.callback());
            QTRY_COMPARE(pages.calls, 1);
            take(pages.last);
            break;
        }
        case 1:
            m_api->describeInstances({}, 0, 0, this, pages.callback());
            QTRY_COMPARE(pages.calls, 1);
            take(pages.last);
            break;
        case 2:
            m_api->describeInstances({}, -1, 10, this, pages.callback());
            QTRY_COMPARE(pages.calls, 1);
            take(pages.last);
            break;
        case 3:
            spec.zoneId = 999999;
            m_api->runInstances(spec, this, ids.callback());
            QTRY_COMPARE(ids.calls, 1);
            take(ids.last);
            break;
        case 4:
            spec.clientToken.clear();
            m_api->runInstances(spec, this, ids.callback());
            QTRY_COMPARE(ids.calls, 1);
            take(ids.last);
            break;
        case 5:
            spec.cpu = 3;
            m_api->inquirePrice(spec, this, price.callback());
            QTRY_COMPARE(price.calls, 1);
            take(price.last);
            break;
        default:
            m_api->returnInstance(QString(), this, returned.callback());
            QTRY_COMPARE(returned.calls, 1);
            take(returned.last);
            break;
        }
        QCOMPARE(error.kind, ApiError::Kind::Refused);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(m_fake->requests().isEmpty());
    }

    void otherActions()
    {
        m_fake->setHandler([](const TransportRequest &r) {
            const QByteArray action = header(r, "X-TC-Action");
            if (action == "TerminateInstances")
                return FakeResponse::json(R"({"Response":{"RequestId":"r"}})");
            if (action == "DescribeZones")
                return FakeResponse::json(ok(
                    R"("ZoneSet":[{"Zone":"ap-guangzhou-3","ZoneName":"广州三区","ZoneId":"100003","ZoneState":"AVAILABLE"}])"));
            if (action == "DescribeImages")
                return FakeResponse::json(
                    ok(R"("ImageSet":[{"ImageId":"img-1","ImageType":"PUBLIC_IMAGE"}])"));
            if (action == "DescribeKeyPairs")
                return FakeResponse::json(ok(R"("KeyPairSet":[{"KeyId":"skey-1","KeyName":"k"}])"));
            if (action == "DescribeVpcs")
                return FakeResponse::json(ok(R"("VpcSet":[{"VpcId":"vpc-1"}])"));
            if (action == "DescribeSubnets")
                return FakeResponse::json(
                    ok(R"("SubnetSet":[{"SubnetId":"subnet-1","Zone":"ap-guangzhou-3"}])"));
            if (action == "InquiryPriceRunInstances")
                return FakeResponse::json(
                    ok(R"("Price":{"InstancePrice":{"UnitPrice":0.5,"ChargeUnit":"HOUR"}})"));
            return FakeResponse::json(error(QStringLiteral("InvalidAction")));
        });
        Catcher<bool> terminated;
        Catcher<QList<Zone>> zones;
        Catcher<QList<Image>> images;
        Catcher<QList<KeyPair>> keys;
        Catcher<QList<Vpc>> vpcs;
        Catcher<QList<Subnet>> subnets;
        Catcher<Price> price;
        m_api->returnInstance(QStringLiteral("ins-1"), this, terminated.callback());
        m_api->describeZones(this, zones.callback());
        m_api->describeImages(LaunchSpec::PublicImage, this, images.callback());
        m_api->describeKeyPairs(this, keys.callback());
        m_api->describeVpcs(this, vpcs.callback());
        m_api->describeSubnets(QStringLiteral("vpc-1"), this, subnets.callback());
        m_api->inquirePrice(fullSpec(), this, price.callback());
        QTRY_COMPARE(terminated.calls + zones.calls + images.calls + keys.calls + vpcs.calls +
                         subnets.calls + price.calls,
                     7);
        QVERIFY(*terminated.last.value);
        QCOMPARE(zones.last.value->at(0).apiName, QStringLiteral("ap-guangzhou-3"));
        QCOMPARE(images.last.value->at(0).imageType, int(LaunchSpec::PublicImage));
        QCOMPARE(keys.last.value->at(0).keyId, QStringLiteral("skey-1"));
        QCOMPARE(vpcs.last.value->at(0).vpcId, QStringLiteral("vpc-1"));
        QCOMPARE(subnets.last.value->at(0).zoneIds, QList<int>{100003});
        QCOMPARE(price.last.value->instancePerHour, QStringLiteral("0.5"));

        QStringList services;
        for (const TransportRequest &r : m_fake->requests()) {
            const auto verdict = verify(r, m_now);
            QVERIFY2(verdict.ok(), qPrintable(verdict.message));
            services.append(verdict.service);
            if (header(r, "X-TC-Action") == "InquiryPriceRunInstances")
                QVERIFY(!r.body.contains("Passw0rd")); // no password in a price inquiry
        }
        QCOMPARE(services.count(QStringLiteral("vpc")), 2);
        QCOMPARE(services.count(QStringLiteral("cvm")), 5);
    }

    void malformedAnswerForEveryAction()
    {
        m_fake->setHandler([](const TransportRequest &) {
            return FakeResponse::json(R"({"Response":{"RequestId":"r","ZoneSet":7}})");
        });
        QList<ApiError> errors;
        const auto keep = [&errors](const auto &result) { errors.append(result.error); };
        m_api->describeInstances({}, 0, 20, this, keep);
        m_api->describeZones(this, keep);
        m_api->describeImages(0, this, keep);
        m_api->describeKeyPairs(this, keep);
        m_api->describeVpcs(this, keep);
        m_api->describeSubnets(QString(), this, keep);
        m_api->inquirePrice(fullSpec(), this, keep);
        m_api->runInstances(fullSpec(), this, keep);
        QTRY_COMPARE(errors.size(), 8);
        for (const ApiError &e : errors)
            QCOMPARE(e.kind, ApiError::Kind::Malformed);
    }

    void contextGoneMeansNoCallback()
    {
        m_fake->enqueue(FakeResponse::json(ok(R"("InstanceIdSet":["ins-1"])")));
        m_fake->enqueue(FakeResponse::json(ok(R"("InstanceIdSet":["ins-2"])")));
        auto *context = new QObject;
        int calls = 0;
        m_api->runInstances(fullSpec(), context,
                            [&calls](const ApiResult<QStringList> &) { ++calls; });
        delete context;
        // A second call answered from the same event loop: once it is back, the first one's
        // answer would have been delivered too.
        Catcher<QStringList> later;
        m_api->runInstances(fullSpec(), this, later.callback());
        QTRY_COMPARE(later.calls, 1);
        QCOMPARE(calls, 0);
    }

    void cancel()
    {
        FakeResponse hang;
        hang.hang = true;
        m_fake->enqueue(hang);
        Catcher<QList<Zone>> c;
        QPointer<ApiCall> call = m_api->describeZones(this, c.callback());
        QTRY_COMPARE(m_fake->requests().size(), 1);
        call->cancel();
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY(call.isNull()); // deletes itself after the callback
    }
};

QTEST_GUILESS_MAIN(TestV3CloudApi)
#include "tst_v3cloudapi.moc"
