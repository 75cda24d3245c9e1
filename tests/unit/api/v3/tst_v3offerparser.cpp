// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3offerparser.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray fixture(const char *name)
{
    QFile file(TestPaths::dataFile(QStringLiteral("api/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray ok(const char *inner)
{
    return QByteArray(R"({"Response":{)") + inner + R"(,"RequestId":"req-ok"}})";
}

const InstanceTypeOffer *typeNamed(const QList<InstanceTypeOffer> &types, const char *name)
{
    for (const InstanceTypeOffer &t : types) {
        if (t.instanceType == QLatin1String(name))
            return &t;
    }
    return nullptr;
}

} // namespace

class TestV3OfferParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneConfigsReadEveryField()
    {
        const auto r = V3OfferParser::describeZoneInstanceConfigInfos(
            fixture("v3-zoneinstanceconfiginfos.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        // The PREPAID item is not what was asked for and is dropped.
        QCOMPARE(r.value->size(), 8);
        QVERIFY(!typeNamed(*r.value, "SA5.MEDIUM8"));

        const InstanceTypeOffer *sa5 = typeNamed(*r.value, "SA5.MEDIUM4");
        QVERIFY(sa5);
        QCOMPARE(sa5->zone, QStringLiteral("ap-guangzhou-6"));
        QCOMPARE(sa5->family, QStringLiteral("SA5"));
        QCOMPARE(sa5->typeName, QStringLiteral("标准型SA5"));
        QCOMPARE(sa5->cpu, 2);
        QCOMPARE(sa5->memory, 4);
        QCOMPARE(sa5->status, InstanceTypeOffer::Status::Sell);
        QCOMPARE(sa5->unitPriceDiscount, std::optional<double>(0.29));
        QCOMPARE(sa5->chargeUnit, QStringLiteral("HOUR"));
        QCOMPARE(sa5->cpuType, QStringLiteral("AMD EPYC Bergamo"));
        QCOMPARE(sa5->frequency, QStringLiteral("-/3.1GHz"));
        QCOMPARE(sa5->instanceBandwidth, 1.5);
        QCOMPARE(sa5->instancePps, 25);
        QCOMPARE(sa5->ratioText(), QStringLiteral("1:2"));
        QVERIFY(!sa5->hasDiscount());

        const InstanceTypeOffer *sold = typeNamed(*r.value, "S5.MEDIUM4");
        QVERIFY(sold);
        QCOMPARE(sold->status, InstanceTypeOffer::Status::SoldOut);
        QCOMPARE(sold->soldOutReason, QStringLiteral("实例已售罄"));
        QCOMPARE(sold->statusCategory, QStringLiteral("WithoutStock"));

        const InstanceTypeOffer *it5 = typeNamed(*r.value, "IT5.8XLARGE128");
        QVERIFY(it5);
        QCOMPARE(it5->localDiskTypes, QStringList{QStringLiteral("LOCAL_NVME")});
        QCOMPARE(it5->ratioText(), QStringLiteral("1:4"));

        const InstanceTypeOffer *m6 = typeNamed(*r.value, "M6.MEDIUM16");
        QVERIFY(m6);
        QVERIFY(!m6->unitPriceDiscount);
        QCOMPARE(m6->payablePrice(), std::optional<double>(0.95));
    }

    // Numbers as numeric strings, as answers drift between revisions: read as numbers.
    void zoneConfigsAcceptDriftedScalars()
    {
        const auto r = V3OfferParser::describeZoneInstanceConfigInfos(
            fixture("v3-zoneinstanceconfiginfos.json"));
        QVERIFY(r.ok());
        const InstanceTypeOffer *drifted = typeNamed(*r.value, "SA5.MEDIUM2");
        QVERIFY(drifted);
        QCOMPARE(drifted->cpu, 2);
        QCOMPARE(drifted->memory, 2);
        QCOMPARE(drifted->unitPrice, std::optional<double>(0.20));
        QCOMPARE(drifted->unitPriceDiscount, std::optional<double>(0.16));
        QVERIFY(drifted->hasDiscount());
        QCOMPARE(drifted->instanceBandwidth, 1.5);
        QCOMPARE(drifted->instancePps, 25);
        QVERIFY(drifted->localDiskTypes.isEmpty()); // null list
        QVERIFY(drifted->isUnderStock());
    }

    void zoneConfigsEmptyAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty set") << ok(R"("InstanceTypeQuotaSet":[])");
        QTest::newRow("null set") << ok(R"("InstanceTypeQuotaSet":null)");
        QTest::newRow("zone not supported") << QByteArray(
            R"({"Response":{"Error":{"Code":"InvalidParameterValue.ZoneNotSupported",)"
            R"("Message":"zone"},"RequestId":"r"}})");
    }

    void zoneConfigsEmptyAnswers()
    {
        QFETCH(QByteArray, body);
        const auto r = V3OfferParser::describeZoneInstanceConfigInfos(body);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.value->isEmpty());
    }

    void zoneConfigsMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");
        QTest::newRow("no set") << ok(R"("Other":1)") << QStringLiteral("InstanceTypeQuotaSet");
        QTest::newRow("words for cores")
            << ok(R"("InstanceTypeQuotaSet":[{"InstanceType":"S5.SMALL1","Cpu":"one","Memory":1,)"
                  R"("Status":"SELL"}])")
            << QStringLiteral("InstanceTypeQuotaSet[0].Cpu");
        QTest::newRow("fractional memory")
            << ok(R"("InstanceTypeQuotaSet":[{"InstanceType":"S5.SMALL1","Cpu":1,"Memory":1.5,)"
                  R"("Status":"SELL"}])")
            << QStringLiteral("InstanceTypeQuotaSet[0].Memory");
        QTest::newRow("no memory")
            << ok(R"("InstanceTypeQuotaSet":[{"InstanceType":"S5.SMALL1","Cpu":1,"Status":"SELL"}])")
            << QStringLiteral("InstanceTypeQuotaSet[0].Memory");
        QTest::newRow("price not an object")
            << ok(R"("InstanceTypeQuotaSet":[{"InstanceType":"S5.SMALL1","Cpu":1,"Memory":1,)"
                  R"("Status":"SELL","Price":[1]}])")
            << QStringLiteral("InstanceTypeQuotaSet[0].Price");
        QTest::newRow("not json") << QByteArray("<html>") << QString();
    }

    void zoneConfigsMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        const auto r = V3OfferParser::describeZoneInstanceConfigInfos(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
        QVERIFY2(r.error.message.contains(where), qPrintable(r.error.message));
    }

    void zoneConfigsServiceError()
    {
        const auto r = V3OfferParser::describeZoneInstanceConfigInfos(
            R"({"Response":{"Error":{"Code":"InvalidZone.MismatchRegion","Message":"m"},)"
            R"("RequestId":"r"}})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Service);
        QCOMPARE(r.error.codeString, QStringLiteral("InvalidZone.MismatchRegion"));
    }

    void familyLabels()
    {
        const auto r = V3OfferParser::describeInstanceFamilyConfigs(ok(
            R"("InstanceFamilyConfigSet":[{"InstanceFamilyName":"标准型S5","InstanceFamily":"S5"},)"
            R"({"InstanceFamilyName":"内存型M6","InstanceFamily":"M6"}])"));
        QVERIFY(r.ok());
        QCOMPARE(r.value->size(), 2);
        QCOMPARE(r.value->at(1),
                 (InstanceFamilyLabel{QStringLiteral("M6"), QStringLiteral("内存型M6")}));
    }

    void diskConfigs()
    {
        const auto r = V3OfferParser::describeDiskConfigQuota(fixture("v3-diskconfigquota.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->size(), 4);
        const DiskConfig &system = r.value->at(0);
        QCOMPARE(system.diskType, QStringLiteral("CLOUD_BSSD"));
        QCOMPARE(system.usage, DiskConfig::Usage::SystemDisk);
        QVERIFY(system.available);
        QCOMPARE(system.minGiB, 20);
        QCOMPARE(system.maxGiB, 1024);
        QCOMPARE(system.unitPrice, std::optional<double>(0.04));
        const DiskConfig &basic = r.value->at(1);
        QVERIFY(!basic.available);
        QVERIFY(!basic.unitPrice); // Price null
        // Drifted: "true", "10", "20", "32000", prices as strings, InstanceFamily null.
        const DiskConfig &ssd = r.value->at(2);
        QCOMPARE(ssd.usage, DiskConfig::Usage::DataDisk);
        QVERIFY(ssd.available);
        QCOMPARE(ssd.stepGiB, 10);
        QCOMPARE(ssd.minGiB, 20);
        QCOMPARE(ssd.maxGiB, 32000);
        QCOMPARE(ssd.unitPrice, std::optional<double>(0.10));
        QVERIFY(ssd.family.isEmpty());
        QVERIFY(ssd.sizeRule().contains(100));
        QVERIFY(!ssd.sizeRule().contains(105));
    }

    void diskConfigsRefuseAnUnknownAvailability()
    {
        const auto r = V3OfferParser::describeDiskConfigQuota(
            ok(R"("DiskConfigSet":[{"Available":"maybe","DiskType":"CLOUD_SSD",)"
               R"("DiskUsage":"DATA_DISK","MinDiskSize":20,"MaxDiskSize":100}])"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
        QVERIFY(r.error.message.contains(QLatin1String("DiskConfigSet[0].Available")));
    }

    void accountQuota()
    {
        const auto r = V3OfferParser::describeAccountQuota(fixture("v3-accountquota.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(r.value->postPaid.size(), 2);
        const AccountQuota::Zone *zone = r.value->forZone(QStringLiteral("ap-guangzhou-6"));
        QVERIFY(zone);
        QCOMPARE(zone->used, 27);
        QCOMPARE(zone->remaining, 3);
        QCOMPARE(zone->total, 30);
        QCOMPARE(r.value->leftText(QStringLiteral("ap-guangzhou-6")),
                 QStringLiteral("3 of 30 left in this zone"));
        QCOMPARE(r.value->cap(QStringLiteral("ap-guangzhou-6"), 10), 3);
        QCOMPARE(r.value->cap(QStringLiteral("ap-guangzhou-6"), 2), 2);
        QCOMPARE(r.value->cap(QStringLiteral("ap-guangzhou-7"), 10), 10); // not listed
    }

    void accountQuotaEmpty()
    {
        const auto r = V3OfferParser::describeAccountQuota(
            ok(R"("AccountQuotaOverview":{"Region":"ap-guangzhou","AccountQuota":{}})"));
        QVERIFY(r.ok());
        QVERIFY(r.value->postPaid.isEmpty());
        QVERIFY(!V3OfferParser::describeAccountQuota(ok(R"("AppId":1)")).ok());
    }

    void securityGroupsPage()
    {
        const auto r = V3OfferParser::describeSecurityGroups(
            ok(R"("TotalCount":"2","SecurityGroupSet":[{"SecurityGroupId":"sg-05bb4upy",)"
               R"("SecurityGroupName":"demo","SecurityGroupDesc":"d","ProjectId":"0",)"
               R"("IsDefault":true,"CreatedTime":"2017-04-18 21:02:30","UpdateTime":"",)"
               R"("TagSet":[]},{"SecurityGroupId":"sg-2","ProjectId":1005,"IsDefault":false}])"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->totalCount, 2);
        QCOMPARE(r.value->items.size(), 2);
        QCOMPARE(r.value->items[0].projectId, QStringLiteral("0"));
        QVERIFY(r.value->items[0].isDefault);
        QCOMPARE(r.value->items[1].projectId, QStringLiteral("1005")); // a number drifted in
        QVERIFY(!r.value->items[1].isDefault);
    }

    void securityGroupPolicies()
    {
        const auto r =
            V3OfferParser::describeSecurityGroupPolicies(fixture("v3-securitygrouppolicies.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->version, QStringLiteral("3"));
        QCOMPARE(r.value->ingress.size(), 3);
        QCOMPARE(r.value->ingress[1].port, QStringLiteral("443")); // a number drifted in
        QCOMPARE(r.value->egress.size(), 1);
        QCOMPARE(r.value->inboundSummary(),
                 (QStringList{QStringLiteral("Allow TCP 22 from 0.0.0.0/0"),
                              QStringLiteral("Allow TCP 443 from 10.0.0.0/8"),
                              QStringLiteral("Refuse all protocols from sg-other")}));
        QVERIFY(r.value->opensToInternet());
        SecurityGroupPolicies none;
        QCOMPARE(none.inboundSummary(),
                 QStringList{QStringLiteral("No inbound rule: everything is refused.")});
        QVERIFY(!none.opensToInternet());
    }
};

QTEST_GUILESS_MAIN(TestV3OfferParser)
#include "tst_v3offerparser.moc"
