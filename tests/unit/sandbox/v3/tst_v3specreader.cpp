// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The API 3.0 request reader maps exactly what a body holds: LaunchSpec -> the app's own request
// builder -> V3SpecReader gives the same LaunchSpec back, field by field, and a field the body
// does not send is reported as not sent instead of filled in.
#include "api/v3/v3launchnames.h"
#include "api/v3/v3requestbuilder.h"
#include "catalog/catalog.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/v3/v3specreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(LaunchSpec)

class TstV3SpecReader : public QObject
{
    Q_OBJECT

private:
    static const Catalog &catalog() { return Catalog::builtIn(); }

    static LaunchSpec minimal()
    {
        LaunchSpec spec;
        spec.region = QStringLiteral("ap-guangzhou");
        spec.zoneId = 100003;
        spec.instanceType = QStringLiteral("CVM.C2");
        spec.cpu = 4;
        spec.mem = 8;
        spec.imageId = QStringLiteral("img-31tjrtph");
        spec.imageType = SandboxData::findImage(spec.imageId)->imageType;
        // The builder always says whether there is a public IP, and names the system disk: its
        // type and its size (API 3.0's 50 GiB when none was chosen).
        spec.wanIp = false;
        spec.systemDiskType = QStringLiteral("CLOUD_SSD");
        spec.rootSize = LaunchSpec::V3DefaultSystemDiskGb;
        return spec;
    }
    static LaunchSpec full()
    {
        LaunchSpec spec = minimal();
        spec.projectId = 7;
        spec.bandwidthType = LaunchSpec::PayByTraffic;
        spec.bandwidth = 5;
        spec.wanIp = true;
        spec.vpcId = QStringLiteral("vpc-2ari9m7h");
        spec.subnetId = QStringLiteral("subnet-any");
        spec.isVpcGateway = true;
        spec.securityGroupIds = {QStringLiteral("sg-open1234"), QStringLiteral("sg-web56789")};
        spec.rootSize = 60;
        spec.dataDisks = {{QStringLiteral("CLOUD_SSD"), 100}, {QStringLiteral("CLOUD_BASIC"), 10}};
        spec.goodsNum = 3;
        spec.password = QStringLiteral("Pass+123word");
        spec.keyId = QStringLiteral("skey-5kfo2sqr");
        spec.needSecurityAgent = false;
        spec.needMonitorAgent = false;
        spec.clientToken = QStringLiteral("tok-1");
        spec.instanceName = QStringLiteral("测试");
        return spec;
    }
    static QJsonObject bodyOf(const LaunchSpec &spec)
    {
        QString error;
        const auto names = V3LaunchNames::resolve(spec, catalog(), &error);
        [&] { QVERIFY2(names, qPrintable(error)); }();
        return QJsonDocument::fromJson(V3RequestBuilder::runInstances(spec, *names, false).body)
            .object();
    }
    static V3SpecReader::Result read(const QByteArray &json)
    {
        return V3SpecReader::read(QJsonDocument::fromJson(json).object(),
                                  QStringLiteral("ap-guangzhou"), catalog());
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<LaunchSpec>("spec");
        QTest::addColumn<QStringList>("unsent");
        // API 2.0's own disk is never in an API 3.0 body.
        QTest::newRow("every field")
            << full() << QStringList{QStringLiteral("storageType"), QStringLiteral("storageSize")};
        // Nothing about data disks, security groups, the VPC, the login, the name or the token
        // is sent, so nothing of it is read: the spec keeps its defaults and the reader says
        // they were not sent.
        QTest::newRow("defaults")
            << minimal()
            << QStringList{QStringLiteral("vpcId"),        QStringLiteral("subnetId"),
                           QStringLiteral("isVpcGateway"), QStringLiteral("securityGroupIds"),
                           QStringLiteral("storageType"),  QStringLiteral("storageSize"),
                           QStringLiteral("dataDisks"),    QStringLiteral("password"),
                           QStringLiteral("keyId"),        QStringLiteral("instanceName"),
                           QStringLiteral("clientToken")};
    }
    void roundTrip()
    {
        QFETCH(LaunchSpec, spec);
        QFETCH(QStringList, unsent);
        const auto result =
            V3SpecReader::read(bodyOf(spec), QStringLiteral("ap-guangzhou"), catalog());
        QVERIFY2(result.ok(), qPrintable(result.error));
        // Field by field first, for a message that names the field; then the whole.
        const LaunchSpec &back = result.spec;
        QCOMPARE(back.zoneId, spec.zoneId);
        QCOMPARE(back.instanceType, spec.instanceType);
        QCOMPARE(back.cpu, spec.cpu);
        QCOMPARE(back.mem, spec.mem);
        QCOMPARE(back.imageType, spec.imageType);
        QCOMPARE(back.systemDiskType, spec.systemDiskType);
        QCOMPARE(back.rootSize, spec.rootSize);
        QCOMPARE(back.dataDisks, spec.dataDisks);
        QCOMPARE(back.securityGroupIds, spec.securityGroupIds);
        QCOMPARE(back.bandwidthType, spec.bandwidthType);
        QCOMPARE(back.bandwidth, spec.bandwidth);
        QCOMPARE(back.wanIp, spec.wanIp);
        QCOMPARE(back.isVpcGateway, spec.isVpcGateway);
        QCOMPARE(back.password, spec.password);
        QCOMPARE(back.keyId, spec.keyId);
        QCOMPARE(back.needSecurityAgent, spec.needSecurityAgent);
        QCOMPARE(back.needMonitorAgent, spec.needMonitorAgent);
        QCOMPARE(back.projectId, spec.projectId);
        QCOMPARE(back.goodsNum, spec.goodsNum);
        QVERIFY(back == spec);
        QCOMPARE(result.unsent(), unsent);
    }

    // A body without disks: nothing about them is invented.
    void noDiskSent()
    {
        const auto result = read(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                                     "InstanceType": "C2.LARGE8", "ImageId": "img-31tjrtph"})");
        QVERIFY(result.ok());
        for (const char *field : {"systemDiskType", "rootSize", "dataDisks"}) {
            QVERIFY2(result.unsent().contains(QLatin1String(field)), field);
            QVERIFY2(!result.sent.contains(QLatin1String(field)), field);
        }
        QVERIFY(result.spec.dataDisks.isEmpty());
        QCOMPARE(result.sent.value(QStringLiteral("zoneId")), QStringLiteral("Placement.Zone"));
    }

    // The system disk and the data disks keep their own types (no longer one storageType).
    void disksKeepTheirTypes()
    {
        const auto result = read(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                                     "SystemDisk": {"DiskType": "CLOUD_SSD", "DiskSize": 50},
                                     "DataDisks": [{"DiskType": "CLOUD_BASIC", "DiskSize": 10},
                                                   {"DiskType": "CLOUD_SSD", "DiskSize": "200"}]})");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.spec.systemDiskType, QStringLiteral("CLOUD_SSD"));
        QCOMPARE(result.v3Field(QStringLiteral("systemDiskType")),
                 QStringLiteral("SystemDisk.DiskType"));
        QCOMPARE(result.spec.rootSize, std::optional<int>(50));
        QCOMPARE(result.spec.dataDisks, (QList<DataDisk>{{QStringLiteral("CLOUD_BASIC"), 10},
                                                         {QStringLiteral("CLOUD_SSD"), 200}}));
    }

    void refusesWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("names");
        QTest::newRow("no zone") << QByteArray(R"({"InstanceType": "C2.LARGE8"})")
                                 << QStringLiteral("MissingParameter")
                                 << QStringLiteral("Placement.Zone");
        QTest::newRow("zone not a string")
            << QByteArray(R"({"Placement": {"Zone": 3}})") << QStringLiteral("InvalidParameter")
            << QStringLiteral("Placement.Zone");
        QTest::newRow("placement not an object")
            << QByteArray(R"({"Placement": "ap-guangzhou-3"})")
            << QStringLiteral("InvalidParameter") << QStringLiteral("Placement");
        QTest::newRow("fraction") << QByteArray(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                                                    "InstanceCount": 1.5})")
                                  << QStringLiteral("InvalidParameter")
                                  << QStringLiteral("InstanceCount");
        QTest::newRow("bool as string") << QByteArray(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                             "InternetAccessible": {"PublicIpAssigned": "TRUE"}})")
                                        << QStringLiteral("InvalidParameter")
                                        << QStringLiteral("InternetAccessible.PublicIpAssigned");
        QTest::newRow("unknown disk")
            << QByteArray(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                             "DataDisks": [{"DiskType": "FLOPPY", "DiskSize": 10}]})")
            << QStringLiteral("InvalidParameterValue") << QStringLiteral("DataDisks.0.DiskType");
        QTest::newRow("data disk without its type")
            << QByteArray(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                             "DataDisks": [{"DiskSize": 100}]})")
            << QStringLiteral("MissingParameter") << QStringLiteral("DataDisks.0.DiskType");
        QTest::newRow("data disk without its size")
            << QByteArray(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                             "DataDisks": [{"DiskType": "CLOUD_SSD", "DiskSize": 100},
                                           {"DiskType": "CLOUD_SSD"}]})")
            << QStringLiteral("MissingParameter") << QStringLiteral("DataDisks.1.DiskSize");
        QTest::newRow("21 data disks")
            << (QByteArray(R"({"Placement": {"Zone": "ap-guangzhou-3"}, "DataDisks": [)") +
                QByteArray(R"({"DiskType": "CLOUD_SSD", "DiskSize": 100},)").repeated(20) +
                QByteArray(R"({"DiskType": "CLOUD_SSD", "DiskSize": 100}]})"))
            << QStringLiteral("InvalidParameter") << QStringLiteral("DataDisks");
        QTest::newRow("security group not a string")
            << QByteArray(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                             "SecurityGroupIds": [7]})")
            << QStringLiteral("InvalidParameter") << QStringLiteral("SecurityGroupIds");
        QTest::newRow("two keys") << QByteArray(R"({"Placement": {"Zone": "ap-guangzhou-3"},
                             "LoginSettings": {"KeyIds": ["skey-1", "skey-2"]}})")
                                  << QStringLiteral("InvalidParameter")
                                  << QStringLiteral("LoginSettings.KeyIds");
    }
    void refusesWrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, names);
        const auto result = read(json);
        QCOMPARE(result.errorCode, code);
        QVERIFY2(result.error.contains(names), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TstV3SpecReader)
#include "tst_v3specreader.moc"
