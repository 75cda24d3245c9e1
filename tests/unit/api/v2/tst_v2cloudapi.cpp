// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/apierrortext.h"
#include "api/cloudapifactory.h"
#include "api/v2/v2cloudapi.h"
#include "faketransport.h"
#include "testpaths.h"
#include "v2wire.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString Key = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");

ApiConfig sandboxConfig()
{
    ApiConfig c;
    c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8123"));
    c.secretId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA");
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
    s.region = QStringLiteral("ap-shanghai");
    s.zoneId = 200001;
    s.instanceType = QStringLiteral("CVM.S2");
    s.cpu = 2;
    s.mem = 4;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.bandwidthType = LaunchSpec::PayByTraffic;
    s.bandwidth = 5;
    s.wanIp = false;
    s.vpcId = QStringLiteral("vpc-abc");
    s.subnetId = QStringLiteral("subnet-def");
    s.isVpcGateway = true;
    s.storageType = 2;
    s.storageSize = 100;
    s.rootSize = 30;
    s.goodsNum = 3;
    s.password = QStringLiteral("a+b&c=d/e%f g中");
    s.needSecurityAgent = false;
    s.needMonitorAgent = true;
    s.projectId = 7;
    s.clientToken = QStringLiteral("tok-123");
    s.instanceName = QStringLiteral("web 1+2&x=y/%中文");
    return s;
}

const QByteArray RunOk =
    R"({"code":0,"message":"ok","unInstanceIds":["ins-aaaa1111","ins-bbbb2222"]})";

} // namespace

class TestV2CloudApi : public QObject
{
    Q_OBJECT

private:
    FakeTransport *m_fake = nullptr;
    V2CloudApi *m_api = nullptr;

private Q_SLOTS:
    void init()
    {
        m_fake = new FakeTransport(this);
        m_api = new V2CloudApi(sandboxConfig(), m_fake, this);
        m_api->setRetryPolicy(fastRetries());
    }
    void cleanup()
    {
        delete m_api;
        delete m_fake;
    }

    void runInstancesSendsEveryFieldSigned()
    {
        m_fake->enqueue(FakeResponse::json(RunOk));
        Catcher<QStringList> c;
        m_api->runInstances(fullSpec(), this, c.callback());
        QCOMPARE(c.calls, 0); // never from inside the call
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(c.last.ok());
        QCOMPARE(*c.last.value,
                 (QStringList{QStringLiteral("ins-aaaa1111"), QStringLiteral("ins-bbbb2222")}));

        QCOMPARE(m_fake->requests().size(), 1);
        const TransportRequest &r = m_fake->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url, QUrl(QStringLiteral("http://127.0.0.1:8123/v2/index.php")));
        QVERIFY(!r.url.hasQuery());
        const auto p = V2Wire::decodeForm(r.body);
        using V2Wire::value;
        QCOMPARE(value(p, QStringLiteral("Action")), QStringLiteral("RunInstancesHour"));
        QCOMPARE(value(p, QStringLiteral("Region")), QStringLiteral("ap-shanghai"));
        QCOMPARE(value(p, QStringLiteral("SignatureMethod")), QStringLiteral("HmacSHA256"));
        QVERIFY(value(p, QStringLiteral("Nonce")).toLongLong() > 0);
        QVERIFY(qAbs(value(p, QStringLiteral("Timestamp")).toLongLong() -
                     QDateTime::currentSecsSinceEpoch()) < 5);
        const QList<QPair<const char *, const char *>> expected = {
            {"zoneId", "200001"},
            {"instanceType", "CVM.S2"},
            {"cpu", "2"},
            {"mem", "4"},
            {"imageId", "img-31tjrtph"},
            {"imageType", "2"},
            {"bandwidthType", "PayByTraffic"},
            {"bandwidth", "5"},
            {"wanIp", "0"},
            {"vpcId", "vpc-abc"},
            {"subnetId", "subnet-def"},
            {"isVpcGateway", "1"},
            {"storageType", "2"},
            {"storageSize", "100"},
            {"rootSize", "30"},
            {"goodsNum", "3"},
            {"needSecurityAgent", "0"},
            {"needMonitorAgent", "1"},
            {"projectId", "7"},
            {"clientToken", "tok-123"}};
        for (const auto &[name, v] : expected)
            QCOMPARE(value(p, QString::fromLatin1(name)), QString::fromLatin1(v));
        QCOMPARE(value(p, QStringLiteral("password")), QStringLiteral("a+b&c=d/e%f g中"));
        QCOMPARE(value(p, QStringLiteral("instanceName")), QStringLiteral("web 1+2&x=y/%中文"));
        QVERIFY(V2Wire::signatureValid(r, Key));
        QVERIFY(!V2Wire::signatureValid(r, Key + u'x'));
        // The raw password never appears in the body undecoded (it would break the form).
        QVERIFY(!r.body.contains("a+b&c"));
    }

    void runInstancesLeavesUnsetOptionalsOut()
    {
        m_fake->enqueue(FakeResponse::json(RunOk));
        LaunchSpec s;
        s.zoneId = 100003;
        s.cpu = 1;
        s.mem = 1;
        s.imageId = QStringLiteral("img-x");
        s.imageType = LaunchSpec::PublicImage;
        s.clientToken = QStringLiteral("t");
        Catcher<QStringList> c;
        m_api->runInstances(s, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        const auto p = V2Wire::decodeForm(m_fake->requests().first().body);
        for (const char *absent : {"rootSize", "password", "keyId", "vpcId", "subnetId",
                                   "isVpcGateway", "instanceName", "Token"})
            QVERIFY2(!V2Wire::has(p, QString::fromLatin1(absent)), absent);
        // What the operator saw is sent, not left to the service's default: no bandwidth, so
        // no public IP; the default project.
        QCOMPARE(V2Wire::value(p, QStringLiteral("wanIp")), QStringLiteral("0"));
        QCOMPARE(V2Wire::value(p, QStringLiteral("projectId")), QStringLiteral("0"));
        QCOMPARE(V2Wire::value(p, QStringLiteral("Region")), QStringLiteral("ap-guangzhou"));
    }

    void tokenAndSha1AreSent()
    {
        ApiConfig c = sandboxConfig();
        c.token = QStringLiteral("tmp token/+=");
        c.signatureMethod = QStringLiteral("HmacSHA1");
        V2CloudApi api(c, m_fake);
        m_fake->enqueue(FakeResponse::json(R"({"code":0,"message":""})"));
        Catcher<bool> k;
        api.returnInstance(QStringLiteral("ins-1"), this, k.callback());
        QTRY_COMPARE(k.calls, 1);
        const TransportRequest &r = m_fake->requests().first();
        const auto p = V2Wire::decodeForm(r.body);
        QCOMPARE(V2Wire::value(p, QStringLiteral("Token")), QStringLiteral("tmp token/+="));
        QCOMPARE(V2Wire::value(p, QStringLiteral("SignatureMethod")), QStringLiteral("HmacSHA1"));
        QCOMPARE(V2Wire::value(p, QStringLiteral("instanceId")), QStringLiteral("ins-1"));
        QVERIFY(V2Wire::signatureValid(r, Key));
    }

    void everyActionParsesItsAnswer()
    {
        QFile file(TestPaths::dataFile(QStringLiteral("api/v2/describeinstances.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_fake->enqueue(FakeResponse::json(file.readAll()));
        Catcher<InstancePage> di;
        m_api->describeInstances({QStringLiteral("ins-0hm4gvho")}, 0, 20, this, di.callback());
        QTRY_COMPARE(di.calls, 1);
        QVERIFY2(di.last.ok(), qPrintable(di.last.error.message));
        QCOMPARE(di.last.value->instances.size(), 3);
        QCOMPARE(di.last.value->instances[0].state, InstanceState::Running);
        QCOMPARE(di.last.value->instances[2].state, InstanceState::CreateFailed);
        auto p = V2Wire::decodeForm(m_fake->requests().last().body);
        QCOMPARE(V2Wire::value(p, QStringLiteral("instanceIds.0")), QStringLiteral("ins-0hm4gvho"));
        QCOMPARE(V2Wire::value(p, QStringLiteral("limit")), QStringLiteral("20"));

        m_fake->enqueue(FakeResponse::json(
            R"({"code":0,"message":"","zoneSet":[{"zoneId":100003,"zoneName":"广州三区"}]})"));
        Catcher<QList<Zone>> z;
        m_api->describeZones(this, z.callback());
        QTRY_COMPARE(z.calls, 1);
        QVERIFY(z.last.ok());
        QCOMPARE(z.last.value->first().zoneName, QStringLiteral("广州三区"));
        QCOMPARE(V2Wire::value(V2Wire::decodeForm(m_fake->requests().last().body),
                               QStringLiteral("Action")),
                 QStringLiteral("DescribeAvailabilityZones"));

        m_fake->enqueue(FakeResponse::json(
            R"({"code":0,"message":"","totalCount":1,"imageSet":[{"unImgId":"img-31tjrtph",)"
            R"("imageName":"CentOS 7.2 64位","osName":"CentOS 7.2 64位","imageType":2}]})"));
        Catcher<QList<Image>> im;
        m_api->describeImages(2, this, im.callback());
        QTRY_COMPARE(im.calls, 1);
        QVERIFY(im.last.ok());
        QCOMPARE(im.last.value->first().imageId, QStringLiteral("img-31tjrtph"));
        p = V2Wire::decodeForm(m_fake->requests().last().body);
        QCOMPARE(V2Wire::value(p, QStringLiteral("imageType")), QStringLiteral("2"));

        m_fake->enqueue(FakeResponse::json(
            R"({"code":0,"message":"","data":{"totalCount":1,"sshSet":[{"keyId":"skey-1",)"
            R"("keyName":"ops","pubkey":"ssh-rsa AAA","createTime":"2016-06-06 12:00:00"}]}})"));
        Catcher<QList<KeyPair>> kp;
        m_api->describeKeyPairs(this, kp.callback());
        QTRY_COMPARE(kp.calls, 1);
        QVERIFY(kp.last.ok());
        QCOMPARE(kp.last.value->first().name, QStringLiteral("ops"));

        m_fake->enqueue(FakeResponse::json(
            R"({"code":0,"message":"","totalCount":1,"data":[{"unVpcId":"vpc-1","vpcName":"v",)"
            R"("cidrBlock":"10.0.0.0/16"}]})"));
        Catcher<QList<Vpc>> v;
        m_api->describeVpcs(this, v.callback());
        QTRY_COMPARE(v.calls, 1);
        QVERIFY(v.last.ok());
        QCOMPARE(v.last.value->first().cidrBlock, QStringLiteral("10.0.0.0/16"));

        m_fake->enqueue(FakeResponse::json(
            R"({"code":0,"message":"","data":[{"unSubnetId":"subnet-1","subnetName":"s",)"
            R"("cidrBlock":"10.0.1.0/24","zoneIds":[100003],"availableIPNum":250}]})"));
        Catcher<QList<Subnet>> sn;
        m_api->describeSubnets(QStringLiteral("vpc-1"), this, sn.callback());
        QTRY_COMPARE(sn.calls, 1);
        QVERIFY(sn.last.ok());
        QCOMPARE(sn.last.value->first().vpcId, QStringLiteral("vpc-1"));
        QCOMPARE(sn.last.value->first().availableIps, 250);
        QCOMPARE(V2Wire::value(V2Wire::decodeForm(m_fake->requests().last().body),
                               QStringLiteral("vpcId")),
                 QStringLiteral("vpc-1"));

        m_fake->enqueue(FakeResponse::json(
            R"({"code":0,"message":"","data":{"cvm":{"price":"0.48","price_unit":"HOUR"},)"
            R"("bandwidth":{"price":"0.80","price_unit":"GB"}}})"));
        Catcher<Price> pr;
        m_api->inquirePrice(fullSpec(), this, pr.callback());
        QTRY_COMPARE(pr.calls, 1);
        QVERIFY(pr.last.ok());
        QCOMPARE(pr.last.value->instancePerHour, QStringLiteral("0.48"));
        QCOMPARE(pr.last.value->bandwidthUnit, QStringLiteral("GB"));
        p = V2Wire::decodeForm(m_fake->requests().last().body);
        QCOMPARE(V2Wire::value(p, QStringLiteral("Action")),
                 QStringLiteral("InquiryInstancePriceHour"));
        QVERIFY(!V2Wire::has(p, QStringLiteral("password")));

        for (const TransportRequest &r : m_fake->requests())
            QVERIFY2(V2Wire::signatureValid(r, Key), qPrintable(r.action));
    }

    void defaultEndpointsPerModule()
    {
        ApiConfig c = sandboxConfig();
        c.endpoint = QUrl();
        V2CloudApi api(c, m_fake);
        m_fake->setHandler([](const TransportRequest &) { return FakeResponse::json("{}"); });
        Catcher<QList<Image>> im;
        Catcher<QList<Vpc>> v;
        Catcher<QList<Zone>> z;
        api.describeImages(2, this, im.callback());
        api.describeVpcs(this, v.callback());
        api.describeZones(this, z.callback());
        QTRY_COMPARE(im.calls + v.calls + z.calls, 3);
        QStringList urls;
        for (const auto &r : m_fake->requests())
            urls << r.url.toString();
        // Each action waits for its own slot of the pace, so the order they leave in may differ.
        urls.sort();
        QCOMPARE(urls, (QStringList{QStringLiteral("https://cvm.api.qcloud.com/v2/index.php"),
                                    QStringLiteral("https://image.api.qcloud.com/v2/index.php"),
                                    QStringLiteral("https://vpc.api.qcloud.com/v2/index.php")}));
        QVERIFY(V2Wire::signatureValid(m_fake->requests().first(), Key));
    }

    void serviceErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("attempts");
        const int f = int(ApiError::Verdict::Final);
        const int r = int(ApiError::Verdict::Retryable);
        const int p = int(ApiError::Verdict::RetryAfterPause);
        QTest::newRow("4000 invalid") << 4000 << f << 1;
        QTest::newRow("4100 auth") << 4100 << f << 1;
        QTest::newRow("4104 no id") << 4104 << f << 1;
        QTest::newRow("4400 rate") << 4400 << p << 4;
        QTest::newRow("4500 replay") << 4500 << r << 4;
        QTest::newRow("5200 purchase") << 5200 << f << 1;
        QTest::newRow("5300 balance") << 5300 << f << 1;
        QTest::newRow("6000 internal") << 6000 << r << 4;
        QTest::newRow("6200 maintenance") << 6200 << r << 4;
    }
    void serviceErrors()
    {
        QFETCH(int, code);
        QFETCH(int, verdict);
        QFETCH(int, attempts);
        m_fake->setHandler([code](const TransportRequest &) {
            return FakeResponse::json(QStringLiteral(R"({"code":%1,"message":"服务器说不",)"
                                                     R"("codeDesc":"Some.Code"})")
                                          .arg(code)
                                          .toUtf8());
        });
        Catcher<QStringList> c;
        QPointer<ApiCall> call = m_api->runInstances(fullSpec(), this, c.callback());
        QSignalSpy retrying(call.data(), &ApiCall::retrying);
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(!c.last.ok());
        const ApiError &e = c.last.error;
        QCOMPARE(e.kind, ApiError::Kind::Service);
        QCOMPARE(e.code, code);
        QCOMPARE(e.codeString, QStringLiteral("Some.Code"));
        QCOMPARE(e.message, QStringLiteral("服务器说不"));
        QCOMPARE(e.action, QStringLiteral("RunInstancesHour"));
        QCOMPARE(int(e.verdict), verdict);
        QCOMPARE(m_fake->requests().size(), attempts);
        QCOMPARE(retrying.size(), attempts - 1);
        QVERIFY(ApiErrorText::describe(e).contains(QString::number(code)));
        QTRY_VERIFY(call.isNull()); // deleted itself after the callback
        QCOMPARE(c.calls, 1);
    }

    void transientFailuresRetryWithSameTokenFreshSignature()
    {
        m_fake->enqueue(FakeResponse::failure(ApiError::Kind::Transport));
        m_fake->enqueue(FakeResponse::json("<html><body>502 Bad Gateway</body></html>", 502));
        m_fake->enqueue(FakeResponse::json(R"({"code":6000,"message":"busy"})"));
        m_fake->enqueue(FakeResponse::json(RunOk));
        Catcher<QStringList> c;
        QPointer<ApiCall> call = m_api->runInstances(fullSpec(), this, c.callback());
        QSignalSpy retrying(call.data(), &ApiCall::retrying);
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(c.last.ok());
        QCOMPARE(m_fake->requests().size(), 4);
        QCOMPARE(retrying.size(), 3);
        QCOMPARE(retrying.at(0).at(0).toInt(), 2);
        QSet<QString> nonces, signatures;
        for (const TransportRequest &r : m_fake->requests()) {
            const auto p = V2Wire::decodeForm(r.body);
            QCOMPARE(V2Wire::value(p, QStringLiteral("clientToken")), QStringLiteral("tok-123"));
            nonces.insert(V2Wire::value(p, QStringLiteral("Nonce")));
            signatures.insert(V2Wire::value(p, QStringLiteral("Signature")));
            QVERIFY(V2Wire::signatureValid(r, Key));
        }
        QCOMPARE(nonces.size(), 4);
        QCOMPARE(signatures.size(), 4);
    }

    void retriesGiveUp()
    {
        m_api->setRetryPolicy(fastRetries(3));
        m_fake->setHandler([](const TransportRequest &) {
            return FakeResponse::json("<html><body>503</body></html>", 503);
        });
        Catcher<InstancePage> c;
        m_api->describeInstances({}, 0, 100, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Http);
        QCOMPARE(c.last.error.httpStatus, 503);
        QCOMPARE(m_fake->requests().size(), 3);
    }

    void http4xxWithoutCodeIsFinal()
    {
        m_fake->enqueue(FakeResponse::json("<html><title>404</title></html>", 404));
        Catcher<QList<Zone>> c;
        m_api->describeZones(this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Http);
        QCOMPARE(c.last.error.verdict, ApiError::Verdict::Final);
        QCOMPARE(m_fake->requests().size(), 1);
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Login</body></html>")
                              << QStringLiteral("HTML");
        QTest::newRow("truncated") << QByteArray(R"({"code":0,"message":"","unInstanceIds":["ins)")
                                   << QStringLiteral("JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("object");
        QTest::newRow("code is a string")
            << QByteArray(R"({"code":"0","unInstanceIds":["ins-1"]})") << QStringLiteral("code");
        QTest::newRow("missing ids")
            << QByteArray(R"({"code":0,"message":"ok"})") << QStringLiteral("unInstanceIds");
        QTest::newRow("ids wrong type")
            << QByteArray(R"({"code":0,"unInstanceIds":"ins-1"})") << QStringLiteral("array");
        QTest::newRow("id not a string")
            << QByteArray(R"({"code":0,"unInstanceIds":[12]})") << QStringLiteral("[0]");
        QTest::newRow("no ids") << QByteArray(R"({"code":0,"unInstanceIds":[]})")
                                << QStringLiteral("unInstanceIds");
        QByteArray huge = R"({"code":0,"message":")";
        huge += QByteArray(9 * 1024 * 1024, 'x');
        huge += R"(","unInstanceIds":["ins-1"]})";
        QTest::newRow("oversized") << huge << QString();
    }
    void malformedAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        m_fake->enqueue(FakeResponse::json(body));
        Catcher<QStringList> c;
        m_api->runInstances(fullSpec(), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(!c.last.ok());
        QCOMPARE(c.last.error.kind, ApiError::Kind::Malformed);
        QCOMPARE(c.last.error.verdict, ApiError::Verdict::Final);
        QVERIFY2(c.last.error.message.contains(mentions), qPrintable(c.last.error.message));
        QCOMPARE(m_fake->requests().size(), 1);
    }

    void timeoutThenRetrySucceeds()
    {
        m_api->setTimeoutMs(30);
        FakeResponse hang;
        hang.hang = true;
        m_fake->enqueue(hang);
        m_fake->enqueue(FakeResponse::json(R"({"code":0,"message":""})"));
        Catcher<bool> c;
        m_api->returnInstance(QStringLiteral("ins-1"), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(c.last.ok());
        QCOMPARE(m_fake->requests().size(), 2);
        QCOMPARE(m_fake->requests().first().timeoutMs, 30);
    }

    void timeoutGivesUp()
    {
        m_api->setTimeoutMs(20);
        m_api->setRetryPolicy(fastRetries(2));
        FakeResponse slow = FakeResponse::json(RunOk);
        slow.delayMs = 200;
        m_fake->setHandler([slow](const TransportRequest &) { return slow; });
        Catcher<QStringList> c;
        m_api->runInstances(fullSpec(), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(m_fake->requests().size(), 2);
    }

    void cancelInFlight()
    {
        FakeResponse hang;
        hang.hang = true;
        m_fake->enqueue(hang);
        Catcher<QStringList> c;
        QPointer<ApiCall> call = m_api->runInstances(fullSpec(), this, c.callback());
        QTRY_COMPARE(m_fake->requests().size(), 1);
        call->cancel();
        call->cancel(); // twice is harmless
        QCOMPARE(c.calls, 0);
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_fake->abortedCount(), 1);
        QTRY_VERIFY(call.isNull());
        QTest::qWait(20);
        QCOMPARE(c.calls, 1);
    }

    void cancelWhileWaitingToRetry()
    {
        RetryPolicy slow = fastRetries();
        slow.baseDelayMs = slow.maxDelayMs = 60000;
        m_api->setRetryPolicy(slow);
        m_fake->enqueue(FakeResponse::json(R"({"code":6200,"message":"maintenance"})"));
        Catcher<QList<Zone>> c;
        QPointer<ApiCall> call = m_api->describeZones(this, c.callback());
        QSignalSpy retrying(call.data(), &ApiCall::retrying);
        QTRY_COMPARE(retrying.size(), 1);
        call->cancel();
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_fake->requests().size(), 1);
    }

    void contextDestroyedBeforeAnswer()
    {
        FakeResponse later = FakeResponse::json(RunOk);
        later.delayMs = 20;
        m_fake->enqueue(later);
        auto context = std::make_unique<QObject>();
        int calls = 0;
        QPointer<ApiCall> call = m_api->runInstances(
            fullSpec(), context.get(), [&calls](const ApiResult<QStringList> &) { ++calls; });
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QTRY_COMPARE(m_fake->requests().size(), 1);
        context.reset();
        QTRY_VERIFY(call.isNull());
        QCOMPARE(finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void contextDestroyedWithAnswerQueued()
    {
        m_fake->enqueue(FakeResponse::json(RunOk));
        auto context = std::make_unique<QObject>();
        int calls = 0;
        QPointer<ApiCall> call = m_api->runInstances(
            fullSpec(), context.get(), [&calls](const ApiResult<QStringList> &) { ++calls; });
        // Let the answer arrive and the delivery be queued, then drop the context.
        connect(call.data(), &QObject::destroyed, this, [] {});
        QTRY_COMPARE(m_fake->requests().size(), 1);
        context.reset();
        QTRY_VERIFY(call.isNull());
        QCOMPARE(calls, 0);
    }

    void transportDestroyedFinishesTheCall()
    {
        FakeResponse hang;
        hang.hang = true;
        m_fake->enqueue(hang);
        Catcher<QStringList> c;
        m_api->runInstances(fullSpec(), this, c.callback());
        QTRY_COMPARE(m_fake->requests().size(), 1);
        delete m_fake;
        m_fake = nullptr;
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Transport);
    }

    void refusedBeforeSending()
    {
        QStringList ids;
        for (int i = 0; i < 101; ++i)
            ids << QStringLiteral("ins-%1").arg(i);
        Catcher<InstancePage> c;
        m_api->describeInstances(ids, 0, 100, this, c.callback());
        QCOMPARE(c.calls, 0);
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Refused);
        QVERIFY(m_fake->requests().isEmpty());

        LaunchSpec noToken = fullSpec();
        noToken.clientToken.clear();
        Catcher<QStringList> r;
        m_api->runInstances(noToken, this, r.callback());
        QTRY_COMPARE(r.calls, 1);
        QCOMPARE(r.last.error.kind, ApiError::Kind::Refused);
        QVERIFY(m_fake->requests().isEmpty());
    }

    void plainHttpOffLoopbackRefused()
    {
        ApiConfig c = sandboxConfig();
        c.endpoint = QUrl(QStringLiteral("http://example.com"));
        V2CloudApi api(c, m_fake);
        api.setRetryPolicy(fastRetries());
        Catcher<QList<Zone>> z;
        api.describeZones(this, z.callback());
        QTRY_COMPARE(z.calls, 1);
        QCOMPARE(z.last.error.kind, ApiError::Kind::Refused);
        QCOMPARE(m_fake->requests().size(), 1); // asked once, refused, not retried
    }

    void dryRunIsRefused()
    {
        QVERIFY(!m_api->supportsDryRun());
        Catcher<bool> c;
        m_api->dryRun(fullSpec(), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Refused);
        QVERIFY(m_fake->requests().isEmpty());
    }

    void factoryPicksTheBackend()
    {
        std::unique_ptr<CloudApi> api(CloudApiFactory::create(sandboxConfig(), m_fake));
        QVERIFY(api);
        QCOMPARE(api->version(), ApiConfig::Version::V2);
        QVERIFY(qobject_cast<V2CloudApi *>(api.get()));
    }
};

QTEST_GUILESS_MAIN(TestV2CloudApi)
#include "tst_v2cloudapi.moc"
