// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The sandbox's API 3.0 protocol as a function of one request (no HTTP): the codes the real
// service answers (ClientToken too long, Limit over 100, a public IP without bandwidth), its rate
// limit per (SecretId, action), fault rules by code name and by API 2.0 number, and v1-signed
// requests.
#include "api/v3/tc3signer.h"
#include "catalog/catalog.h"
#include "sandbox/instancestore.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxaccounts.h"
#include "sandbox/v3/v3cvmactions.h"
#include "sandbox/v3/v3protocol.h"
#include "sandbox/v3/v3resourceactions.h"
#include "sandbox/v3/v3world.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <memory>

class TstV3Protocol : public QObject
{
    Q_OBJECT

private:
    static inline const QString Host = QStringLiteral("127.0.0.1:8080");

    SandboxAccounts m_accounts;
    qint64 m_nowMs = 0;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<InstanceStore> m_store;
    std::unique_ptr<V3Protocol> m_protocol;
    std::unique_ptr<V3CvmActions> m_cvm;
    std::unique_ptr<V3ResourceActions> m_resources;

    static QJsonObject launchBody()
    {
        return QJsonDocument::fromJson(R"({"Placement": {"Zone": "ap-guangzhou-3"},
            "InstanceType": "S5.LARGE8", "ImageId": "img-31tjrtph"})")
            .object();
    }
    // launchBody() with the top-level members of `extra` (a JSON object) put over it.
    static QJsonObject launchBodyWith(const QByteArray &extra)
    {
        QJsonObject body = launchBody();
        const QJsonObject overrides = QJsonDocument::fromJson(extra).object();
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            body.insert(it.key(), it.value());
        return body;
    }

    SandboxRequest request(const QString &action, const QJsonObject &body,
                           const QString &secretId = SandboxAccounts::DefaultSecretId) const
    {
        const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        SandboxRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/");
        r.host = Host;
        r.body = payload;
        r.headers = {{"Host", Host.toUtf8()},
                     {"Content-Type", Tc3Signer::JsonContentType},
                     {"X-TC-Action", action.toUtf8()},
                     {"X-TC-Version", "2017-03-12"},
                     {"X-TC-Region", "ap-guangzhou"},
                     {"X-TC-Timestamp", QByteArray::number(now)},
                     {"Authorization",
                      Tc3Signer::authorizeJsonPost(secretId, SandboxAccounts::DefaultSecretKey,
                                                   QStringLiteral("cvm"), Host, now, payload)}};
        return r;
    }

    QJsonObject call(const QString &action, const QJsonObject &body)
    {
        const SandboxReply reply = m_protocol->handle(request(action, body));
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QLatin1String("Response"))
            .toObject();
    }
    static QString errorCode(const QJsonObject &response)
    {
        return response.value(QLatin1String("Error"))
            .toObject()
            .value(QLatin1String("Code"))
            .toString();
    }
    static QString errorMessage(const QJsonObject &response)
    {
        return response.value(QLatin1String("Error"))
            .toObject()
            .value(QLatin1String("Message"))
            .toString();
    }
    int instanceCount() const
    {
        return int(m_store->instances(SandboxAccounts::DefaultSecretId).size());
    }

private slots:
    void init()
    {
        m_accounts = SandboxAccounts();
        m_accounts.add(SandboxAccounts::DefaultSecretId, SandboxAccounts::DefaultSecretKey);
        m_accounts.add(QStringLiteral("AKIDother"), SandboxAccounts::DefaultSecretKey);
        m_nowMs = 0;
        m_limiter = std::make_unique<RateLimiter>();
        m_limiter->setClock([this] { return m_nowMs; });
        m_store = std::make_unique<InstanceStore>();
        // API 3.0 sells today's world (V3World), as SandboxService wires it.
        const V3World &world = V3World::builtIn();
        m_protocol = std::make_unique<V3Protocol>(&m_accounts, &world.catalog(), m_limiter.get());
        m_cvm = std::make_unique<V3CvmActions>(m_store.get(), &world.catalog(), &world);
        m_cvm->registerWith(*m_protocol);
        m_resources = std::make_unique<V3ResourceActions>(&world.catalog());
        m_resources->registerWith(*m_protocol);
    }

    // Item 9: no data disk and no disk type sent: nothing about a DataDisks field is invented.
    void launchesWhatWasSent()
    {
        const QJsonObject response = call(QStringLiteral("RunInstances"), launchBody());
        QVERIFY2(errorCode(response).isEmpty(), qPrintable(errorMessage(response)));
        QCOMPARE(response.value(QLatin1String("InstanceIdSet")).toArray().size(), 1);
        QCOMPARE(instanceCount(), 1);
    }

    // SystemDisk.DiskType is read, and a type the family does not take is refused under that
    // name (LOCAL_BASIC is not sold with S5), with the service's code.
    void systemDiskTypeIsRead()
    {
        QJsonObject body = launchBody();
        body.insert(QStringLiteral("SystemDisk"),
                    QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("LOCAL_BASIC")}});
        const QJsonObject response = call(QStringLiteral("RunInstances"), body);
        QCOMPARE(errorCode(response), QStringLiteral("UnsupportedOperation.InvalidDisk"));
        QVERIFY2(errorMessage(response).contains(QLatin1String("SystemDisk.DiskType")),
                 qPrintable(errorMessage(response)));
        QCOMPARE(instanceCount(), 0);
    }

    // Today's launch: a current type, a CLOUD_BSSD system disk, two data disks, a VPC subnet in
    // the zone, a security group and a 22-character password (API 3.0 takes 8–30; API 2.0's
    // RunInstancesHour 8–16); what the instance got is what was sent.
    void launchesTodaysDisksAndNetwork()
    {
        const QJsonObject body = launchBodyWith(R"({
            "SystemDisk": {"DiskType": "CLOUD_BSSD", "DiskSize": 60},
            "DataDisks": [{"DiskType": "CLOUD_PREMIUM", "DiskSize": 100},
                          {"DiskType": "CLOUD_SSD", "DiskSize": 200}],
            "VirtualPrivateCloud": {"VpcId": "vpc-2ari9m7h", "SubnetId": "subnet-ls9zm1zp"},
            "SecurityGroupIds": ["sg-5kd8w2bq"],
            "LoginSettings": {"Password": "Tencent-Cloud-2026-Abc"}})");
        const QJsonObject response = call(QStringLiteral("RunInstances"), body);
        QVERIFY2(errorCode(response).isEmpty(), qPrintable(errorMessage(response)));
        const LaunchSpec got = m_store->instances(SandboxAccounts::DefaultSecretId).first().spec;
        QCOMPARE(got.systemDiskType, QStringLiteral("CLOUD_BSSD"));
        QCOMPARE(got.rootSize, std::optional<int>(60));
        QCOMPARE(got.dataDisks, (QList<DataDisk>{{QStringLiteral("CLOUD_PREMIUM"), 100},
                                                 {QStringLiteral("CLOUD_SSD"), 200}}));
        QCOMPARE(got.securityGroupIds, QStringList{QStringLiteral("sg-5kd8w2bq")});
    }

    // What the real service refuses about disks and the network, with its codes
    // (cvm-api-v3-today.md §2, §4, §6).
    void worldRefusals_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("code");
        QTest::newRow("CLOUD_SSD data disk under 100 GB")
            << QByteArray(R"({"DataDisks": [{"DiskType": "CLOUD_SSD", "DiskSize": 50}]})")
            << QStringLiteral("InvalidParameterValue.CloudSsdDataDiskSizeTooSmall");
        QTest::newRow("data disk without its type is LOCAL_BASIC")
            << QByteArray(R"({"DataDisks": [{"DiskSize": 100}]})")
            << QStringLiteral("UnsupportedOperation.InvalidDisk");
        QTest::newRow("CLOUD_BASIC data disk on S5")
            << QByteArray(R"({"DataDisks": [{"DiskType": "CLOUD_BASIC", "DiskSize": 100}]})")
            << QStringLiteral("UnsupportedOperation.InvalidDisk");
        QTest::newRow("second data disk off the range")
            << QByteArray(R"({"DataDisks": [{"DiskType": "CLOUD_PREMIUM", "DiskSize": 100},
                                            {"DiskType": "CLOUD_PREMIUM", "DiskSize": 40000}]})")
            << QStringLiteral("InvalidParameterValue.Range");
        QTest::newRow("CLOUD_BASIC system disk on S5")
            << QByteArray(R"({"SystemDisk": {"DiskType": "CLOUD_BASIC", "DiskSize": 50}})")
            << QStringLiteral("UnsupportedOperation.InvalidDisk");
        QTest::newRow("subnet in another zone")
            << QByteArray(R"({"VirtualPrivateCloud": {"VpcId": "vpc-2ari9m7h",
                                                      "SubnetId": "subnet-7dn2yfvz"}})")
            << QStringLiteral("InvalidParameterValue.SubnetIdZoneIdNotMatch");
        QTest::newRow("unknown security group")
            << QByteArray(R"({"SecurityGroupIds": ["sg-nosuch12"]})")
            << QStringLiteral("InvalidSecurityGroupId.NotFound");
        QTest::newRow("another region's security group")
            << QByteArray(R"({"SecurityGroupIds": ["sg-3nq7v1cz"]})")
            << QStringLiteral("InvalidSecurityGroupId.NotFound");
    }
    void worldRefusals()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, code);
        const QJsonObject response = call(QStringLiteral("RunInstances"), launchBodyWith(extra));
        QCOMPARE(errorCode(response), code);
        QCOMPARE(instanceCount(), 0);
    }

    void serviceCodes_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("names");
        QTest::newRow("ClientToken 65")
            << QByteArray(R"({"ClientToken": ")" + QByteArray(65, 'a') + R"("})")
            << QStringLiteral("InvalidClientToken.TooLong") << QStringLiteral("ClientToken");
        QTest::newRow("public IP, no bandwidth")
            << QByteArray(R"({"InternetAccessible": {"PublicIpAssigned": true}})")
            << QStringLiteral("InvalidParameterCombination")
            << QStringLiteral("InternetAccessible.PublicIpAssigned");
        QTest::newRow("instance name too long")
            << QByteArray(R"({"InstanceName": ")" + QByteArray(61, 'n') + R"("})")
            << QStringLiteral("InvalidInstanceName.TooLong") << QStringLiteral("InstanceName");
        QTest::newRow("unknown image")
            << QByteArray(R"({"ImageId": "img-nosuch"})")
            << QStringLiteral("InvalidImageId.NotFound") << QStringLiteral("ImageId");
        QTest::newRow("no zone") << QByteArray(R"({"Placement": {"ProjectId": 0}})")
                                 << QStringLiteral("MissingParameter")
                                 << QStringLiteral("Placement.Zone");
        QTest::newRow("wrong type")
            << QByteArray(R"({"InstanceCount": "two"})") << QStringLiteral("InvalidParameter")
            << QStringLiteral("InstanceCount");
    }
    void serviceCodes()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, code);
        QFETCH(QString, names);
        const QJsonObject response = call(QStringLiteral("RunInstances"), launchBodyWith(extra));
        QCOMPARE(errorCode(response), code);
        QVERIFY2(errorMessage(response).contains(names), qPrintable(errorMessage(response)));
        QCOMPARE(instanceCount(), 0);
    }

    void limitOver100()
    {
        const QJsonObject response =
            call(QStringLiteral("DescribeInstances"), {{QStringLiteral("Limit"), 101}});
        QCOMPARE(errorCode(response), QStringLiteral("InvalidParameterValue.LimitExceeded"));
        QVERIFY(errorMessage(response).contains(QLatin1String("Limit")));
        QVERIFY(
            errorCode(call(QStringLiteral("DescribeInstances"), {{QStringLiteral("Limit"), 100}}))
                .isEmpty());
        QCOMPARE(
            errorCode(call(QStringLiteral("DescribeImages"), {{QStringLiteral("Limit"), 101}})),
            QStringLiteral("InvalidParameterValue.LimitExceeded"));
    }

    void rateLimit()
    {
        for (int i = 0; i < 10; ++i)
            QVERIFY(errorCode(call(QStringLiteral("RunInstances"), launchBody())).isEmpty());
        const QJsonObject refused = call(QStringLiteral("RunInstances"), launchBody());
        QCOMPARE(errorCode(refused), QStringLiteral("RequestLimitExceeded"));
        QCOMPARE(instanceCount(), 10); // the refused request created nothing
        // Other actions and other accounts have buckets of their own; time refills.
        QVERIFY(errorCode(call(QStringLiteral("DescribeInstances"), {})).isEmpty());
        const SandboxReply other = m_protocol->handle(
            request(QStringLiteral("RunInstances"), launchBody(), QStringLiteral("AKIDother")));
        QVERIFY(!other.body.contains("RequestLimitExceeded"));
        m_nowMs += 100; // one more RunInstances; DescribeInstances back to its full 40
        QVERIFY(errorCode(call(QStringLiteral("RunInstances"), launchBody())).isEmpty());
        for (int i = 0; i < 40; ++i)
            QVERIFY(errorCode(call(QStringLiteral("DescribeInstances"), {})).isEmpty());
        QCOMPARE(errorCode(call(QStringLiteral("DescribeInstances"), {})),
                 QStringLiteral("RequestLimitExceeded"));
        m_limiter->setEnabled(false);
        QVERIFY(errorCode(call(QStringLiteral("DescribeInstances"), {})).isEmpty());
    }

    void faultByCodeName()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::ServiceError;
        rule.errorCode = QStringLiteral("ResourceInsufficient.SpecifiedInstanceType");
        const QJsonObject response =
            QJsonDocument::fromJson(
                m_protocol->serviceError(rule, QStringLiteral("RunInstances")).body)
                .object()
                .value(QLatin1String("Response"))
                .toObject();
        QCOMPARE(errorCode(response), rule.errorCode);
        rule.errorCode.clear();
        rule.serviceCode = 4400;
        const QByteArray byNumber =
            m_protocol->serviceError(rule, QStringLiteral("RunInstances")).body;
        QVERIFY(byNumber.contains("\"RequestLimitExceeded\""));
    }

    // A rule given an API 2.0 number answers on API 3.0 as the real service does: HTTP 200,
    // {"Response": {"Error": {"Code", "Message"}, "RequestId"}} and nothing else, with the API 3.0
    // common code of that failure (document/product/213/30435).
    void faultByNumber_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("code");
        QTest::newRow("4000") << 4000 << QStringLiteral("InvalidParameter");
        QTest::newRow("4100") << 4100 << QStringLiteral("AuthFailure.SignatureFailure");
        QTest::newRow("4104") << 4104 << QStringLiteral("AuthFailure.SecretIdNotFound");
        QTest::newRow("4200") << 4200 << QStringLiteral("AuthFailure.SignatureExpire");
        QTest::newRow("4300") << 4300 << QStringLiteral("UnauthorizedOperation");
        QTest::newRow("4400") << 4400 << QStringLiteral("RequestLimitExceeded");
        QTest::newRow("4500, no nonce in TC3") << 4500 << QStringLiteral("InternalError");
        QTest::newRow("5000") << 5000 << QStringLiteral("ResourceNotFound");
        QTest::newRow("5100") << 5100 << QStringLiteral("FailedOperation");
        QTest::newRow("5200") << 5200 << QStringLiteral("LimitExceeded.InstanceQuota");
        QTest::newRow("5300") << 5300 << QStringLiteral("InvalidAccount.InsufficientBalance");
        QTest::newRow("6000") << 6000 << QStringLiteral("InternalError");
        QTest::newRow("6200") << 6200 << QStringLiteral("ServiceUnavailable");
        QTest::newRow("undocumented") << 7777 << QStringLiteral("InternalError");
    }
    void faultByNumber()
    {
        QFETCH(int, number);
        QFETCH(QString, code);
        FaultRule rule;
        rule.kind = FaultRule::Kind::ServiceError;
        rule.serviceCode = number;
        const SandboxReply reply = m_protocol->serviceError(rule, QStringLiteral("RunInstances"));
        QCOMPARE(reply.httpStatus, 200);
        const QJsonObject top = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(top.keys(), QStringList{QStringLiteral("Response")});
        const QJsonObject response = top.value(QLatin1String("Response")).toObject();
        QCOMPARE(response.keys(),
                 (QStringList{QStringLiteral("Error"), QStringLiteral("RequestId")}));
        const QJsonObject error = response.value(QLatin1String("Error")).toObject();
        QCOMPARE(error.keys(), (QStringList{QStringLiteral("Code"), QStringLiteral("Message")}));
        QCOMPARE(errorCode(response), code);
        QVERIFY(errorMessage(response).contains(QLatin1String("RunInstances")));
        QVERIFY(!QUuid::fromString(response.value(QLatin1String("RequestId")).toString()).isNull());
    }

    void v1SignedRequests()
    {
        SandboxRequest v1;
        v1.method = "POST";
        v1.path = QStringLiteral("/");
        v1.host = Host;
        v1.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        v1.body = "Action=DescribeInstances&Region=ap-guangzhou&Version=2017-03-12"
                  "&SecretId=AKIDexample&Timestamp=1700000000&Nonce=1&Signature=abc";
        QVERIFY(m_protocol->accepts(v1));
        QCOMPARE(m_protocol->actionOf(v1), QStringLiteral("DescribeInstances"));
        const auto response = [&] {
            const SandboxReply reply = m_protocol->handle(v1);
            return QJsonDocument::fromJson(reply.body)
                .object()
                .value(QLatin1String("Response"))
                .toObject();
        };
        QCOMPARE(errorCode(response()), QStringLiteral("UnsupportedOperation"));
        QVERIFY(errorMessage(response()).contains(QLatin1String("TC3-HMAC-SHA256")));

        v1.body += "&InstanceName=" + QByteArray(V3Protocol::MaxV1PostBytes, 'a');
        QCOMPARE(errorCode(response()), QStringLiteral("AuthFailure.SignatureFailure"));
        QVERIFY(errorMessage(response()).contains(QLatin1String("TC3-HMAC-SHA256")));

        v1.method = "GET";
        v1.body.clear();
        v1.rawQuery = "Action=DescribeInstances&Signature=abc&InstanceName=" +
                      QByteArray(V3Protocol::MaxV1GetBytes, 'a');
        QCOMPARE(errorCode(response()), QStringLiteral("AuthFailure.SignatureFailure"));

        SandboxRequest nothing;
        nothing.method = "GET";
        nothing.path = QStringLiteral("/");
        QCOMPARE(errorCode(QJsonDocument::fromJson(m_protocol->handle(nothing).body)
                               .object()
                               .value(QLatin1String("Response"))
                               .toObject()),
                 QStringLiteral("MissingParameter"));
    }
};

QTEST_GUILESS_MAIN(TstV3Protocol)
#include "tst_v3protocol.moc"
