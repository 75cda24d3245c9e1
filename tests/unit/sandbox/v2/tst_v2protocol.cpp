// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The API 2.0 protocol of the sandbox, over real loopback sockets: every action, the checks the
// real service makes (signature, SecretId, Timestamp, Nonce, parameters) and the instance life.
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxservice.h"
#include "v2testclient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using Params = V2Signer::Parameters;

class TstV2Protocol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxService> m_service;
    std::unique_ptr<V2TestClient> m_client;

    static Params launch(const QString &name = QStringLiteral("web"), int count = 1)
    {
        return {{QStringLiteral("zoneId"), QStringLiteral("100003")},
                {QStringLiteral("cpu"), QStringLiteral("2")},
                {QStringLiteral("mem"), QStringLiteral("4")},
                {QStringLiteral("imageId"), QStringLiteral("img-31tjrtph")},
                {QStringLiteral("imageType"), QStringLiteral("2")},
                {QStringLiteral("storageType"), QStringLiteral("2")},
                {QStringLiteral("storageSize"), QStringLiteral("50")},
                {QStringLiteral("bandwidth"), QStringLiteral("2")},
                {QStringLiteral("goodsNum"), QString::number(count)},
                {QStringLiteral("instanceName"), name}};
    }
    static Params with(Params params, const QString &name, const QString &value)
    {
        params.removeIf([&](const auto &entry) { return entry.first == name; });
        if (!value.isNull())
            params.append({name, value});
        return params;
    }
    QStringList run(const Params &params)
    {
        const auto answer = m_client->call(QStringLiteral("RunInstancesHour"), params);
        if (answer.code() != 0)
            qWarning() << answer.body;
        QStringList ids;
        for (const auto &id : answer.json.value(QLatin1String("unInstanceIds")).toArray())
            ids << id.toString();
        return ids;
    }
    QJsonObject describeOne(const QString &id)
    {
        const auto answer = m_client->call(QStringLiteral("DescribeInstances"),
                                           {{QStringLiteral("instanceIds.0"), id}});
        return answer.json.value(QLatin1String("instanceSet")).toArray().at(0).toObject();
    }
    int statusOf(const QString &id)
    {
        return describeOne(id).value(QLatin1String("status")).toInt();
    }

private slots:
    void init()
    {
        m_service = std::make_unique<SandboxService>();
        m_service->store().setPendingMs(200);
        QVERIFY(m_service->start() != 0);
        m_client =
            std::make_unique<V2TestClient>(m_service->endpoint(), SandboxService::DefaultSecretId,
                                           SandboxService::DefaultSecretKey);
    }
    void cleanup()
    {
        m_client.reset();
        m_service.reset();
    }

    void describeAvailabilityZones()
    {
        const auto all = m_client->call(QStringLiteral("DescribeAvailabilityZones"));
        QCOMPARE(all.code(), 0);
        const QJsonArray zones = all.json.value(QLatin1String("zoneSet")).toArray();
        QVERIFY(!zones.isEmpty());
        bool found = false;
        for (const auto &zone : zones) {
            if (zone.toObject().value(QLatin1String("zoneId")).toInt() == 100003) {
                found = true;
                QCOMPARE(zone.toObject().value(QLatin1String("zoneName")).toString(),
                         QStringLiteral("广州三区"));
            }
            QVERIFY(zone.toObject().value(QLatin1String("idcList")).isArray());
        }
        QVERIFY(found);

        const auto one = m_client->call(QStringLiteral("DescribeAvailabilityZones"),
                                        {{QStringLiteral("zoneId"), QStringLiteral("100003")}});
        QCOMPARE(one.code(), 0);
        QVERIFY(one.json.value(QLatin1String("zoneSet")).isObject());

        V2TestClient::Options shortCode;
        shortCode.region = QStringLiteral("sh");
        const auto shanghai =
            m_client->call(QStringLiteral("DescribeAvailabilityZones"), {}, shortCode);
        QCOMPARE(shanghai.code(), 0);
        for (const auto &zone : shanghai.json.value(QLatin1String("zoneSet")).toArray())
            QCOMPARE(zone.toObject().value(QLatin1String("zoneId")).toInt() / 100000, 2);
    }

    void describeImages()
    {
        const auto answer = m_client->call(QStringLiteral("DescribeImages"),
                                           {{QStringLiteral("imageType"), QStringLiteral("2")}});
        QCOMPARE(answer.code(), 0);
        const QJsonArray images = answer.json.value(QLatin1String("imageSet")).toArray();
        QCOMPARE(answer.json.value(QLatin1String("totalCount")).toInt(), images.size());
        QStringList ids;
        bool windows = false;
        bool linux = false;
        for (const auto &value : images) {
            const QJsonObject image = value.toObject();
            ids << image.value(QLatin1String("unImgId")).toString();
            const QString os = image.value(QLatin1String("osName")).toString();
            windows = windows || os.startsWith(QLatin1String("Windows"));
            linux = linux || os.startsWith(QLatin1String("CentOS"));
            for (const char *field :
                 {"imageName", "imageDescription", "imageType", "createTime", "status"})
                QVERIFY2(image.contains(QLatin1String(field)), field);
        }
        QVERIFY(windows && linux);
        for (const char *id : {"img-31tjrtph", "img-3wnd9xpl", "img-pyqx34y1", "img-egif9bvl"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);

        const auto filtered =
            m_client->call(QStringLiteral("DescribeImages"),
                           {{QStringLiteral("imageType"), QStringLiteral("2")},
                            {QStringLiteral("imageIds.0"), QStringLiteral("img-egif9bvl")}});
        QCOMPARE(filtered.json.value(QLatin1String("totalCount")).toInt(), 1);

        const auto missing = m_client->call(QStringLiteral("DescribeImages"));
        QCOMPARE(missing.code(), 4000);
        QVERIFY(missing.message().contains(QLatin1String("imageType")));
    }

    void describeKeyPairsVpcsAndSubnets()
    {
        const auto keys = m_client->call(QStringLiteral("DescribeKeyPairs"));
        QCOMPARE(keys.code(), 0);
        const QJsonObject data = keys.json.value(QLatin1String("data")).toObject();
        QVERIFY(data.value(QLatin1String("totalCount")).toInt() > 0);
        const QJsonObject key = data.value(QLatin1String("sshSet")).toArray().at(0).toObject();
        QVERIFY(key.value(QLatin1String("keyId")).toString().startsWith(QLatin1String("skey-")));
        QVERIFY(key.contains(QLatin1String("pubkey")));

        const auto vpcs = m_client->call(QStringLiteral("DescribeVpcEx"));
        QCOMPARE(vpcs.code(), 0);
        const QJsonArray vpcList = vpcs.json.value(QLatin1String("data")).toArray();
        QVERIFY(!vpcList.isEmpty());
        const QString vpcId = vpcList.at(0).toObject().value(QLatin1String("unVpcId")).toString();
        QVERIFY(vpcId.startsWith(QLatin1String("vpc-")));

        const auto subnets =
            m_client->call(QStringLiteral("DescribeSubnetEx"), {{QStringLiteral("vpcId"), vpcId}});
        QCOMPARE(subnets.code(), 0);
        const QJsonArray subnetList = subnets.json.value(QLatin1String("data")).toArray();
        QVERIFY(!subnetList.isEmpty());
        for (const auto &value : subnetList) {
            const QJsonObject subnet = value.toObject();
            QCOMPARE(subnet.value(QLatin1String("unVpcId")).toString(), vpcId);
            QVERIFY(subnet.value(QLatin1String("unSubnetId"))
                        .toString()
                        .startsWith(QLatin1String("subnet-")));
            QVERIFY(!subnet.value(QLatin1String("zoneIds")).toArray().isEmpty());
            QVERIFY(subnet.value(QLatin1String("availableIPNum")).toInt() > 0);
        }
    }

    void inquiryPrice()
    {
        auto price = [&](const Params &params) {
            const auto answer = m_client->call(QStringLiteral("InquiryInstancePriceHour"), params);
            [&] { QCOMPARE(answer.code(), 0); }();
            const QJsonObject data = answer.json.value(QLatin1String("data")).toObject();
            const QJsonValue cvm =
                data.value(QLatin1String("cvm")).toObject().value(QLatin1String("price"));
            [&] { QVERIFY(cvm.isString()); }();
            return cvm.toString().toDouble() + data.value(QLatin1String("bandwidth"))
                                                   .toObject()
                                                   .value(QLatin1String("price"))
                                                   .toString()
                                                   .toDouble();
        };
        const Params base = launch();
        const double one = price(base);
        QVERIFY(one > 0);
        QVERIFY(price(with(with(base, QStringLiteral("cpu"), QStringLiteral("4")),
                           QStringLiteral("mem"), QStringLiteral("8"))) > one);
        QVERIFY(price(with(base, QStringLiteral("storageSize"), QStringLiteral("500"))) > one);
        QVERIFY(price(with(base, QStringLiteral("bandwidth"), QStringLiteral("20"))) > one);
        QVERIFY(price(with(base, QStringLiteral("goodsNum"), QStringLiteral("3"))) > one * 2.5);
    }

    void runAndDescribeInstances()
    {
        const QStringList ids = run(launch());
        QCOMPARE(ids.size(), 1);
        QVERIFY(
            QRegularExpression(QStringLiteral("^ins-[a-z0-9]{8}$")).match(ids.first()).hasMatch());

        const QJsonObject instance = describeOne(ids.first());
        QCOMPARE(instance.value(QLatin1String("status")).toInt(), 3);
        for (const char *field :
             {"unInstanceId", "instanceName", "status", "lanIp", "wanIpSet", "cpu", "mem",
              "bandwidth", "unImgId", "zoneId", "zoneName", "createTime", "os", "cvmPayMode",
              "networkPayMode", "vpcId", "subnetId", "diskInfo"})
            QVERIFY2(instance.contains(QLatin1String(field)), field);
        QCOMPARE(instance.value(QLatin1String("cpu")).toInt(), 2);
        QCOMPARE(instance.value(QLatin1String("zoneName")).toString(), QStringLiteral("广州三区"));
        QCOMPARE(instance.value(QLatin1String("cvmPayMode")).toInt(), 2);
        QCOMPARE(instance.value(QLatin1String("wanIpSet")).toArray().size(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(ids.first()), 2, 5000);
    }

    void pagingAndFilters()
    {
        const QStringList ids = run(launch(QStringLiteral("batch"), 5));
        QCOMPARE(ids.size(), 5);
        const auto page = m_client->call(QStringLiteral("DescribeInstances"),
                                         {{QStringLiteral("offset"), QStringLiteral("1")},
                                          {QStringLiteral("limit"), QStringLiteral("2")}});
        QCOMPARE(page.json.value(QLatin1String("totalCount")).toInt(), 5);
        QCOMPARE(page.json.value(QLatin1String("instanceSet")).toArray().size(), 2);

        const auto two = m_client->call(QStringLiteral("DescribeInstances"),
                                        {{QStringLiteral("instanceIds.0"), ids.at(0)},
                                         {QStringLiteral("instanceIds.1"), ids.at(3)}});
        QCOMPARE(two.json.value(QLatin1String("totalCount")).toInt(), 2);

        const auto tooMany = m_client->call(QStringLiteral("DescribeInstances"),
                                            {{QStringLiteral("limit"), QStringLiteral("101")}});
        QCOMPARE(tooMany.code(), 4000);
        QVERIFY(tooMany.message().contains(QLatin1String("limit")));

        // Another account sees none of them.
        m_service->accounts().add(QStringLiteral("AKIDother"), QStringLiteral("other-key"));
        V2TestClient other(m_service->endpoint(), QStringLiteral("AKIDother"),
                           QStringLiteral("other-key"));
        const auto theirs = other.call(QStringLiteral("DescribeInstances"));
        QCOMPARE(theirs.code(), 0);
        QCOMPARE(theirs.json.value(QLatin1String("totalCount")).toInt(), 0);
    }

    void clientTokenIsIdempotent()
    {
        const Params params =
            launch() + Params{{QStringLiteral("clientToken"), QStringLiteral("token-1")}};
        const QStringList first = run(params);
        const QStringList second = run(params);
        QCOMPARE(first.size(), 1);
        QCOMPARE(second, first);
        const auto all = m_client->call(QStringLiteral("DescribeInstances"));
        QCOMPARE(all.json.value(QLatin1String("totalCount")).toInt(), 1);
        QCOMPARE(run(with(params, QStringLiteral("clientToken"), QStringLiteral("token-2"))).size(),
                 1);
    }

    // Refusals carry the service's own code as codeDesc (4000 stays the number), and nothing is
    // created: a public IP without bandwidth is refused, not merely warned about.
    void refusalCodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("codeDesc");
        QTest::newRow("token 65") << QStringLiteral("clientToken") << QString(65, u't')
                                  << QStringLiteral("InvalidClientToken.TooLong");
        QTest::newRow("public IP, no bandwidth")
            << QStringLiteral("bandwidth") << QStringLiteral("0")
            << QStringLiteral("InvalidParameterCombination");
        QTest::newRow("no such image") << QStringLiteral("imageId") << QStringLiteral("img-nosuch")
                                       << QStringLiteral("InvalidImageId.NotFound");
    }
    void refusalCodes()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, codeDesc);
        const Params params =
            with(with(launch(), QStringLiteral("wanIp"), QStringLiteral("1")), name, value);
        const auto answer = m_client->call(QStringLiteral("RunInstancesHour"), params);
        QCOMPARE(answer.code(), 4000);
        QCOMPARE(answer.json.value(QLatin1String("codeDesc")).toString(), codeDesc);
        QVERIFY(answer.message().contains(name));
        QCOMPARE(m_service->store().instances(SandboxService::DefaultSecretId).size(), 0);
    }

    void returnInstance()
    {
        const QString id = run(launch()).value(0);
        const auto early =
            m_client->call(QStringLiteral("ReturnInstance"), {{QStringLiteral("instanceId"), id}});
        QCOMPARE(early.code(), 5100);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), 2, 5000);
        const auto returned =
            m_client->call(QStringLiteral("ReturnInstance"), {{QStringLiteral("instanceId"), id}});
        QCOMPARE(returned.code(), 0);
        QCOMPARE(statusOf(id), 6);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), 5, 5000);

        const auto unknown =
            m_client->call(QStringLiteral("ReturnInstance"),
                           {{QStringLiteral("instanceId"), QStringLiteral("ins-00000000")}});
        QCOMPARE(unknown.code(), 5000);
    }

    void quota()
    {
        m_service->store().setQuota(3);
        QCOMPARE(run(launch(QStringLiteral("a"), 2)).size(), 2);
        const auto over =
            m_client->call(QStringLiteral("RunInstancesHour"), launch(QStringLiteral("b"), 2));
        QCOMPARE(over.code(), 5200);
        QVERIFY(over.message().contains(QLatin1String("quota")));
        QCOMPARE(run(launch(QStringLiteral("c"), 1)).size(), 1);
    }

    void failedCreation()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::FailCreation;
        rule.namePattern = QStringLiteral("doomed-*");
        rule.reason = QStringLiteral("no capacity");
        m_service->faults().addRule(rule);
        const QString doomed = run(launch(QStringLiteral("doomed-1"))).value(0);
        const QString fine = run(launch(QStringLiteral("fine"))).value(0);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(doomed), -1, 5000);
        QCOMPARE(describeOne(doomed).value(QLatin1String("failureReason")).toString(),
                 QStringLiteral("no capacity"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(fine), 2, 5000);
    }

    void getAndPostAndBothSignatureMethods()
    {
        V2TestClient::Options get;
        get.method = "GET";
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, get).code(), 0);
        V2TestClient::Options sha1;
        sha1.algorithm = V2Signer::Algorithm::HmacSHA1;
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, sha1).code(), 0);
        get.algorithm = V2Signer::Algorithm::HmacSHA1;
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, get).code(), 0);

        // With POST the query string is ignored, whatever it says.
        V2TestClient::Options post;
        post.extraQuery = "Action=NoSuchAction&SecretId=AKIDnobody";
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, post).code(), 0);
    }

    void authenticationFailures()
    {
        V2TestClient stranger(m_service->endpoint(), QStringLiteral("AKIDnobody"),
                              SandboxService::DefaultSecretKey);
        QCOMPARE(stranger.call(QStringLiteral("DescribeInstances")).code(), 4104);

        V2TestClient::Options wrongKey;
        wrongKey.secretKey = QStringLiteral("not-the-key");
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, wrongKey).code(), 4100);

        V2TestClient::Options wrongHost;
        wrongHost.signedHost = QStringLiteral("cvm.api.qcloud.com");
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, wrongHost).code(), 4100);

        V2TestClient::Options wrongMethod;
        wrongMethod.algorithm = V2Signer::Algorithm::HmacSHA1;
        wrongMethod.secretKey = QStringLiteral("x");
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, wrongMethod).code(), 4100);
    }

    void timestampAndNonce()
    {
        V2TestClient::Options old;
        old.timestamp = QDateTime::currentSecsSinceEpoch() - 3 * 3600;
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, old).code(), 4500);
        V2TestClient::Options future;
        future.timestamp = QDateTime::currentSecsSinceEpoch() + 2 * 3600 + 60;
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, future).code(), 4500);
        V2TestClient::Options recent;
        recent.timestamp = QDateTime::currentSecsSinceEpoch() - 3600;
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, recent).code(), 0);

        V2TestClient::Options fixedNonce;
        fixedNonce.nonce = 424242;
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"), {}, fixedNonce).code(), 0);
        const auto replay = m_client->call(QStringLiteral("DescribeInstances"), {}, fixedNonce);
        QCOMPARE(replay.code(), 4500);
        QVERIFY(replay.message().contains(QLatin1String("Nonce")));
    }

    void unknownActionAndMissingParameters()
    {
        const auto unknown = m_client->call(QStringLiteral("LaunchRockets"));
        QCOMPARE(unknown.code(), 4000);
        QVERIFY(unknown.message().contains(QLatin1String("Action")));

        const auto noZone = m_client->call(QStringLiteral("RunInstancesHour"),
                                           with(launch(), QStringLiteral("zoneId"), QString()));
        QCOMPARE(noZone.code(), 4000);
        QVERIFY(noZone.message().contains(QLatin1String("zoneId")));

        V2TestClient::Options mars;
        mars.region = QStringLiteral("mars-1");
        const auto region = m_client->call(QStringLiteral("DescribeInstances"), {}, mars);
        QCOMPARE(region.code(), 4000);
        QVERIFY(region.message().contains(QLatin1String("Region")));
    }

    void strictTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("cpu=abc") << QStringLiteral("cpu") << QStringLiteral("abc");
        QTest::newRow("mem=1.5") << QStringLiteral("mem") << QStringLiteral("1.5");
        QTest::newRow("zoneId=') or 1") << QStringLiteral("zoneId") << QStringLiteral("') or 1");
        QTest::newRow("wanIp=2") << QStringLiteral("wanIp") << QStringLiteral("2");
        QTest::newRow("storageSize=-") << QStringLiteral("storageSize") << QStringLiteral("-");
        QTest::newRow("imageId unknown")
            << QStringLiteral("imageId") << QStringLiteral("img-nothere");
        QTest::newRow("imageType mismatch") << QStringLiteral("imageType") << QStringLiteral("1");
        // The shared validator's rules: the same findings the wizard shows.
        QTest::newRow("S1 has no 2-core 64 GB") << QStringLiteral("mem") << QStringLiteral("64");
        QTest::newRow("weak password") << QStringLiteral("password") << QStringLiteral("abc");
        QTest::newRow("keyId unknown") << QStringLiteral("keyId") << QStringLiteral("skey-nothere");
    }
    void strictTypes()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto answer =
            m_client->call(QStringLiteral("RunInstancesHour"), with(launch(), name, value));
        QCOMPARE(answer.code(), 4000);
        QVERIFY2(answer.message().contains(name), qPrintable(answer.message()));
        QCOMPARE(m_client->call(QStringLiteral("DescribeInstances"))
                     .json.value(QLatin1String("totalCount"))
                     .toInt(),
                 0);
    }

    void vpcLaunch()
    {
        const Params params =
            launch() + Params{{QStringLiteral("vpcId"), QStringLiteral("vpc-2ari9m7h")},
                              {QStringLiteral("subnetId"), QStringLiteral("subnet-ls9zm1zp")}};
        const QString id = run(params).value(0);
        QVERIFY(!id.isEmpty());
        QCOMPARE(describeOne(id).value(QLatin1String("subnetId")).toString(),
                 QStringLiteral("subnet-ls9zm1zp"));
        const auto wrongZone = m_client->call(
            QStringLiteral("RunInstancesHour"),
            with(params, QStringLiteral("subnetId"), QStringLiteral("subnet-7dn2yfvz")));
        QCOMPARE(wrongZone.code(), 4000);
        QVERIFY(wrongZone.message().contains(QLatin1String("subnetId")));
        const auto unknownVpc =
            m_client->call(QStringLiteral("RunInstancesHour"),
                           with(params, QStringLiteral("vpcId"), QStringLiteral("vpc-nothere")));
        QCOMPARE(unknownVpc.code(), 4000);
        QVERIFY2(unknownVpc.message().contains(QLatin1String("vpc-nothere")),
                 qPrintable(unknownVpc.message()));
    }
};

QTEST_GUILESS_MAIN(TstV2Protocol)
#include "tst_v2protocol.moc"
