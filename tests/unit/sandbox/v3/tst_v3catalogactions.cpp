// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/instancestore.h"
#include "sandbox/v3/v3catalogactions.h"
#include "sandbox/v3/v3cvmactions.h"
#include "sandbox/v3/v3securitygroupactions.h"
#include "sandbox/v3/v3world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The new API 3.0 actions and RunInstances' world checks, called as V3Protocol calls them
// (after the signature check), on the built-in world.
class TestV3CatalogActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void zoneInstanceConfigInfos();
    void zoneInstanceConfigInfosFilters();
    void zoneInstanceConfigInfosRefusals_data();
    void zoneInstanceConfigInfosRefusals();
    void familyConfigs();
    void accountQuotaCountsLiveInstancesPerZone();
    void accountQuotaFilters();
    void diskConfigQuota();
    void diskConfigQuotaRefusals();
    void securityGroupsPaging();
    void securityGroupsFilters();
    void securityGroupPolicies();

    void runInstancesSellsTodaysTypes();
    void runInstancesRefusesWhatIsNotSold_data();
    void runInstancesRefusesWhatIsNotSold();
    void runInstancesQuotaPerZone();
    void runInstancesResendIsNotRefusedByQuota();

private:
    V3Call call(const QString &action, const QJsonObject &body) const;
    static QJsonObject response(const SandboxReply &reply);
    static QString errorCode(const SandboxReply &reply);
    QJsonObject launch(const QString &type, int count, const QString &token) const;

    V3World m_world;
    InstanceStore m_store;
};

namespace {

QJsonObject filters(std::initializer_list<std::pair<const char *, QStringList>> list)
{
    QJsonArray array;
    for (const auto &[name, values] : list) {
        array.append(QJsonObject{{QLatin1String("Name"), QLatin1String(name)},
                                 {QLatin1String("Values"), QJsonArray::fromStringList(values)}});
    }
    return {{QLatin1String("Filters"), array}};
}

} // namespace

void TestV3CatalogActions::init()
{
    m_world = V3World::builtIn();
    m_store = InstanceStore();
    m_store.setPendingMs(0);
}

V3Call TestV3CatalogActions::call(const QString &action, const QJsonObject &body) const
{
    V3Call c;
    c.account = QStringLiteral("account-a");
    c.service = QStringLiteral("cvm");
    c.action = action;
    c.region = QStringLiteral("ap-guangzhou");
    c.body = body;
    return c;
}

QJsonObject TestV3CatalogActions::response(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(QLatin1String("Response")).toObject();
}

QString TestV3CatalogActions::errorCode(const SandboxReply &reply)
{
    return response(reply)
        .value(QLatin1String("Error"))
        .toObject()
        .value(QLatin1String("Code"))
        .toString();
}

QJsonObject TestV3CatalogActions::launch(const QString &type, int count, const QString &token) const
{
    return {{QLatin1String("InstanceChargeType"), QStringLiteral("POSTPAID_BY_HOUR")},
            {QLatin1String("Placement"),
             QJsonObject{{QLatin1String("Zone"), QStringLiteral("ap-guangzhou-3")}}},
            {QLatin1String("InstanceType"), type},
            {QLatin1String("ImageId"), QStringLiteral("img-31tjrtph")},
            {QLatin1String("InternetAccessible"),
             QJsonObject{{QLatin1String("InternetChargeType"),
                          QStringLiteral("BANDWIDTH_POSTPAID_BY_HOUR")},
                         {QLatin1String("InternetMaxBandwidthOut"), 1}}},
            {QLatin1String("InstanceCount"), count},
            {QLatin1String("LoginSettings"),
             QJsonObject{{QLatin1String("Password"), QStringLiteral("Sandbox123!")}}},
            {QLatin1String("ClientToken"), token}};
}

void TestV3CatalogActions::zoneInstanceConfigInfos()
{
    V3CatalogActions actions(&m_world, &m_store);
    const QJsonObject r = response(actions.describeZoneInstanceConfigInfos(
        call(QStringLiteral("DescribeZoneInstanceConfigInfos"),
             filters({{"zone", {QStringLiteral("ap-guangzhou-4")}},
                      {"instance-charge-type", {QStringLiteral("POSTPAID_BY_HOUR")}}}))));
    const QJsonArray set = r.value(QLatin1String("InstanceTypeQuotaSet")).toArray();
    QVERIFY(set.size() > 40);
    QJsonObject sa5;
    for (const QJsonValue v : set) {
        const QJsonObject item = v.toObject();
        QCOMPARE(item.value(QLatin1String("Zone")).toString(), QStringLiteral("ap-guangzhou-4"));
        QVERIFY(!item.value(QLatin1String("InstanceType")).toString().startsWith(u"S1."));
        if (item.value(QLatin1String("InstanceType")).toString() == QLatin1String("SA5.MEDIUM4"))
            sa5 = item;
    }
    QCOMPARE(sa5.value(QLatin1String("Cpu")).toInt(), 2);
    QCOMPARE(sa5.value(QLatin1String("Memory")).toInt(), 4);
    QVERIFY(!sa5.contains(QLatin1String("CPU")));
    QCOMPARE(sa5.value(QLatin1String("InstanceFamily")).toString(), QStringLiteral("SA5"));
    QCOMPARE(sa5.value(QLatin1String("TypeName")).toString(), QStringLiteral("标准型SA5"));
    QCOMPARE(sa5.value(QLatin1String("Status")).toString(), QStringLiteral("SELL"));
    const QJsonObject price = sa5.value(QLatin1String("Price")).toObject();
    QVERIFY(price.value(QLatin1String("UnitPrice")).isDouble());
    QCOMPARE(price.value(QLatin1String("UnitPrice")).toDouble(), 0.29);
    QCOMPARE(price.value(QLatin1String("ChargeUnit")).toString(), QStringLiteral("HOUR"));
    QVERIFY(sa5.value(QLatin1String("InstanceBandwidth")).isDouble());
    QVERIFY(sa5.value(QLatin1String("Externals")).isObject());
    QVERIFY(sa5.value(QLatin1String("LocalDiskTypeList")).isArray());
}

void TestV3CatalogActions::zoneInstanceConfigInfosFilters()
{
    V3CatalogActions actions(&m_world, &m_store);
    const auto types = [&](const QJsonObject &body) {
        QStringList names;
        const QJsonObject r = response(actions.describeZoneInstanceConfigInfos(
            call(QStringLiteral("DescribeZoneInstanceConfigInfos"), body)));
        for (const QJsonValue v : r.value(QLatin1String("InstanceTypeQuotaSet")).toArray())
            names << v.toObject().value(QLatin1String("InstanceType")).toString();
        return names;
    };
    const QStringList m6 = types(filters({{"zone", {QStringLiteral("ap-guangzhou-3")}},
                                          {"instance-family", {QStringLiteral("M6")}},
                                          {"sort-keys", {QStringLiteral("cpu:desc")}}}));
    QCOMPARE(m6.first(), QStringLiteral("M6.8XLARGE256"));
    QCOMPARE(m6.last(), QStringLiteral("M6.MEDIUM16"));
    QCOMPARE(types(filters({{"instance-type", {QStringLiteral("C6.LARGE8")}}})).size(), 2);
    QVERIFY(types(filters({{"instance-charge-type", {QStringLiteral("PREPAID")}}})).isEmpty());
    // Every zone of the region when none is named; none of another region's.
    const QStringList all = types({});
    QVERIFY(all.contains(QStringLiteral("SA5.MEDIUM4")));
    QVERIFY(all.contains(QStringLiteral("S6.SMALL1")));
}

void TestV3CatalogActions::zoneInstanceConfigInfosRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown filter")
        << filters({{"colour", {QStringLiteral("red")}}}) << "InvalidFilter";
    QTest::newRow("zone of another region")
        << filters({{"zone", {QStringLiteral("ap-shanghai-2")}}}) << "InvalidZone.MismatchRegion";
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many << QStringLiteral("S5.SMALL1");
    QTest::newRow("101 values") << filters({{"instance-type", many}})
                                << "InvalidFilterValue.LimitExceeded";
    QJsonArray eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(filters({{"zone", {QStringLiteral("ap-guangzhou-3")}}})
                          .value(QLatin1String("Filters"))
                          .toArray()
                          .at(0));
    QTest::newRow("11 filters") << QJsonObject{{QLatin1String("Filters"), eleven}}
                                << "InvalidFilterValue.LimitExceeded";
    QTest::newRow("values not strings")
        << QJsonObject{{QLatin1String("Filters"),
                        QJsonArray{QJsonObject{{QLatin1String("Name"), QStringLiteral("zone")},
                                               {QLatin1String("Values"), QJsonArray{3}}}}}}
        << "InvalidFilterValue.LimitExceeded";
}

void TestV3CatalogActions::zoneInstanceConfigInfosRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    V3CatalogActions actions(&m_world, &m_store);
    QCOMPARE(errorCode(actions.describeZoneInstanceConfigInfos(
                 call(QStringLiteral("DescribeZoneInstanceConfigInfos"), body))),
             code);
}

void TestV3CatalogActions::familyConfigs()
{
    V3CatalogActions actions(&m_world, &m_store);
    const QJsonObject r = response(actions.describeInstanceFamilyConfigs(
        call(QStringLiteral("DescribeInstanceFamilyConfigs"), {})));
    QStringList families;
    for (const QJsonValue v : r.value(QLatin1String("InstanceFamilyConfigSet")).toArray()) {
        QVERIFY(!v.toObject().value(QLatin1String("InstanceFamilyName")).toString().isEmpty());
        families << v.toObject().value(QLatin1String("InstanceFamily")).toString();
    }
    QCOMPARE(families,
             (QStringList{QStringLiteral("S5"), QStringLiteral("SA5"), QStringLiteral("S6"),
                          QStringLiteral("M6"), QStringLiteral("C6"), QStringLiteral("IT5"),
                          QStringLiteral("SA2")}));

    // The service's default is Chinese; X-TC-Language: en-US answers the names in English.
    const auto firstName = [&actions, this](const QString &language) {
        V3Call asked = call(QStringLiteral("DescribeInstanceFamilyConfigs"), {});
        asked.language = language;
        return response(actions.describeInstanceFamilyConfigs(asked))
            .value(QLatin1String("InstanceFamilyConfigSet"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("InstanceFamilyName"))
            .toString();
    };
    QCOMPARE(firstName(QString()), QStringLiteral("标准型S5"));
    QCOMPARE(firstName(QStringLiteral("zh-CN")), QStringLiteral("标准型S5"));
    QCOMPARE(firstName(QStringLiteral("en-US")), QStringLiteral("Standard S5"));
}

void TestV3CatalogActions::accountQuotaCountsLiveInstancesPerZone()
{
    V3CvmActions cvm(&m_store, &m_world.catalog(), &m_world);
    V3CatalogActions actions(&m_world, &m_store);
    QVERIFY(errorCode(cvm.runInstances(call(QStringLiteral("RunInstances"),
                                            launch(QStringLiteral("S5.SMALL2"), 3, {}))))
                .isEmpty());
    const QJsonObject r =
        response(actions.describeAccountQuota(call(QStringLiteral("DescribeAccountQuota"), {})));
    QCOMPARE(r.value(QLatin1String("AppId")).toDouble(), 1250000000.0);
    const QJsonObject overview = r.value(QLatin1String("AccountQuotaOverview")).toObject();
    QCOMPARE(overview.value(QLatin1String("Region")).toString(), QStringLiteral("ap-guangzhou"));
    const QJsonArray postPaid = overview.value(QLatin1String("AccountQuota"))
                                    .toObject()
                                    .value(QLatin1String("PostPaidQuotaSet"))
                                    .toArray();
    QCOMPARE(postPaid.size(), 2); // ap-guangzhou-3 and -4 sell; -1 and -2 are sold out
    const QJsonObject zone3 = postPaid.at(0).toObject();
    QCOMPARE(zone3.value(QLatin1String("Zone")).toString(), QStringLiteral("ap-guangzhou-3"));
    QCOMPARE(zone3.value(QLatin1String("UsedQuota")).toInt(), 3);
    QCOMPARE(zone3.value(QLatin1String("RemainingQuota")).toInt(), 27);
    QCOMPARE(zone3.value(QLatin1String("TotalQuota")).toInt(), 30);
    QCOMPARE(postPaid.at(1).toObject().value(QLatin1String("UsedQuota")).toInt(), 0);
    // Another account's instances are not counted.
    V3Call other = call(QStringLiteral("DescribeAccountQuota"), {});
    other.account = QStringLiteral("account-b");
    QCOMPARE(response(actions.describeAccountQuota(other))
                 .value(QLatin1String("AccountQuotaOverview"))
                 .toObject()
                 .value(QLatin1String("AccountQuota"))
                 .toObject()
                 .value(QLatin1String("PostPaidQuotaSet"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("UsedQuota"))
                 .toInt(),
             0);
}

void TestV3CatalogActions::accountQuotaFilters()
{
    V3CatalogActions actions(&m_world, &m_store);
    m_world.setQuotaPerZone(60);
    const QJsonObject quota =
        response(actions.describeAccountQuota(
                     call(QStringLiteral("DescribeAccountQuota"),
                          filters({{"zone", {QStringLiteral("ap-guangzhou-4")}},
                                   {"quota-type", {QStringLiteral("PostPaidQuotaSet")}}}))))
            .value(QLatin1String("AccountQuotaOverview"))
            .toObject()
            .value(QLatin1String("AccountQuota"))
            .toObject();
    const QJsonArray postPaid = quota.value(QLatin1String("PostPaidQuotaSet")).toArray();
    QCOMPARE(postPaid.size(), 1);
    QCOMPARE(postPaid.at(0).toObject().value(QLatin1String("TotalQuota")).toInt(), 60);
    QVERIFY(quota.value(QLatin1String("ImageQuotaSet")).toArray().isEmpty());
    QCOMPARE(errorCode(actions.describeAccountQuota(
                 call(QStringLiteral("DescribeAccountQuota"),
                      filters({{"quota-type", {QStringLiteral("GoldQuotaSet")}}})))),
             QStringLiteral("InvalidFilter"));
}

void TestV3CatalogActions::diskConfigQuota()
{
    V3CatalogActions actions(&m_world, &m_store);
    const QJsonObject body = {
        {QLatin1String("InquiryType"), QStringLiteral("INQUIRY_CVM_CONFIG")},
        {QLatin1String("DiskChargeType"), QStringLiteral("POSTPAID_BY_HOUR")},
        {QLatin1String("Zones"), QJsonArray{QStringLiteral("ap-guangzhou-4")}},
        {QLatin1String("InstanceFamilies"), QJsonArray{QStringLiteral("SA5")}},
        {QLatin1String("CPU"), 2},
        {QLatin1String("Memory"), 4},
        {QLatin1String("DiskUsage"), QStringLiteral("SYSTEM_DISK")}};
    const QJsonArray set = response(actions.describeDiskConfigQuota(
                                        call(QStringLiteral("DescribeDiskConfigQuota"), body)))
                               .value(QLatin1String("DiskConfigSet"))
                               .toArray();
    QCOMPARE(set.size(), m_world.disks().size());
    QStringList available;
    for (const QJsonValue v : set) {
        const QJsonObject config = v.toObject();
        QCOMPARE(config.value(QLatin1String("DiskUsage")).toString(),
                 QStringLiteral("SYSTEM_DISK"));
        QCOMPARE(config.value(QLatin1String("InstanceFamily")).toString(), QStringLiteral("SA5"));
        QVERIFY(config.value(QLatin1String("ExtraPerformanceRange")).isNull());
        if (config.value(QLatin1String("Available")).toBool()) {
            available << config.value(QLatin1String("DiskType")).toString();
            QCOMPARE(config.value(QLatin1String("MinDiskSize")).toInt(), 20);
            QCOMPARE(config.value(QLatin1String("MaxDiskSize")).toInt(), 1024);
        } else {
            QVERIFY(config.value(QLatin1String("Price")).isNull());
        }
    }
    QCOMPARE(available, (QStringList{QStringLiteral("CLOUD_PREMIUM"), QStringLiteral("CLOUD_BSSD"),
                                     QStringLiteral("CLOUD_SSD")}));
    // A (CPU, Memory) the family does not have: nothing to configure.
    QJsonObject odd = body;
    odd.insert(QLatin1String("Memory"), 3);
    QVERIFY(response(actions.describeDiskConfigQuota(
                         call(QStringLiteral("DescribeDiskConfigQuota"), odd)))
                .value(QLatin1String("DiskConfigSet"))
                .toArray()
                .isEmpty());
}

void TestV3CatalogActions::diskConfigQuotaRefusals()
{
    V3CatalogActions actions(&m_world, &m_store);
    const auto code = [&](const QJsonObject &body) {
        return errorCode(
            actions.describeDiskConfigQuota(call(QStringLiteral("DescribeDiskConfigQuota"), body)));
    };
    QCOMPARE(code({}), QStringLiteral("MissingParameter"));
    QCOMPARE(code({{QLatin1String("InquiryType"), QStringLiteral("INQUIRY_EVERYTHING")}}),
             QStringLiteral("InvalidParameterValue"));
    QCOMPARE(code({{QLatin1String("InquiryType"), QStringLiteral("INQUIRY_CBS_CONFIG")},
                   {QLatin1String("Zones"), QStringLiteral("ap-guangzhou-3")}}),
             QStringLiteral("InvalidParameter"));
    QCOMPARE(code({{QLatin1String("InquiryType"), QStringLiteral("INQUIRY_CBS_CONFIG")},
                   {QLatin1String("Zones"), QJsonArray{QStringLiteral("ap-beijing-1")}}}),
             QStringLiteral("InvalidZone.MismatchRegion"));
}

void TestV3CatalogActions::securityGroupsPaging()
{
    V3SecurityGroupActions actions(&m_world);
    QStringList seen;
    for (int offset = 0; offset < 4; offset += 2) {
        const QJsonObject r = response(
            actions.describeSecurityGroups(call(QStringLiteral("DescribeSecurityGroups"),
                                                {{QLatin1String("Offset"), QString::number(offset)},
                                                 {QLatin1String("Limit"), QStringLiteral("2")}})));
        QCOMPARE(r.value(QLatin1String("TotalCount")).toInt(), 3);
        for (const QJsonValue v : r.value(QLatin1String("SecurityGroupSet")).toArray()) {
            const QJsonObject group = v.toObject();
            QVERIFY(group.value(QLatin1String("ProjectId")).isString());
            QVERIFY(group.value(QLatin1String("IsDefault")).isBool());
            seen << group.value(QLatin1String("SecurityGroupId")).toString();
        }
    }
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.removeDuplicates(), 0);
    QCOMPARE(errorCode(actions.describeSecurityGroups(
                 call(QStringLiteral("DescribeSecurityGroups"),
                      {{QLatin1String("Limit"), QStringLiteral("101")}}))),
             QStringLiteral("InvalidParameterValue"));
    QCOMPARE(errorCode(actions.describeSecurityGroups(
                 call(QStringLiteral("DescribeSecurityGroups"),
                      {{QLatin1String("Offset"), QStringLiteral("x")}}))),
             QStringLiteral("InvalidParameterValue"));
}

void TestV3CatalogActions::securityGroupsFilters()
{
    V3SecurityGroupActions actions(&m_world);
    const auto ids = [&](const QJsonObject &body) {
        QStringList list;
        const QJsonObject r = response(
            actions.describeSecurityGroups(call(QStringLiteral("DescribeSecurityGroups"), body)));
        for (const QJsonValue v : r.value(QLatin1String("SecurityGroupSet")).toArray())
            list << v.toObject().value(QLatin1String("SecurityGroupId")).toString();
        return list;
    };
    QCOMPARE(ids(filters({{"security-group-name", {QStringLiteral("sandbox-closed")}}})),
             QStringList{QStringLiteral("sg-0rszg2vb")});
    QCOMPARE(ids({{QLatin1String("SecurityGroupIds"), QJsonArray{QStringLiteral("sg-8jx2m4fy")}}}),
             QStringList{QStringLiteral("sg-8jx2m4fy")});
    QCOMPARE(ids(filters({{"project-id", {QStringLiteral("0")}}})).size(), 3);
    // Shanghai's default group is not Guangzhou's.
    QVERIFY(ids({{QLatin1String("SecurityGroupIds"), QJsonArray{QStringLiteral("sg-3nq7v1cz")}}})
                .isEmpty());
    QJsonObject both = filters({{"project-id", {QStringLiteral("0")}}});
    both.insert(QLatin1String("SecurityGroupIds"), QJsonArray{QStringLiteral("sg-8jx2m4fy")});
    QCOMPARE(errorCode(actions.describeSecurityGroups(
                 call(QStringLiteral("DescribeSecurityGroups"), both))),
             QStringLiteral("InvalidParameter.Coexist"));
}

void TestV3CatalogActions::securityGroupPolicies()
{
    V3SecurityGroupActions actions(&m_world);
    const auto policies = [&](const QString &id) {
        return actions.describeSecurityGroupPolicies(
            call(QStringLiteral("DescribeSecurityGroupPolicies"),
                 {{QLatin1String("SecurityGroupId"), id}}));
    };
    const QJsonObject web = response(policies(QStringLiteral("sg-8jx2m4fy")))
                                .value(QLatin1String("SecurityGroupPolicySet"))
                                .toObject();
    const QJsonArray ingress = web.value(QLatin1String("Ingress")).toArray();
    QCOMPARE(ingress.size(), 3);
    QCOMPARE(ingress.at(0).toObject().value(QLatin1String("Port")).toString(),
             QStringLiteral("22"));
    QCOMPARE(ingress.at(2).toObject().value(QLatin1String("Action")).toString(),
             QStringLiteral("DROP"));
    QCOMPARE(errorCode(policies(QStringLiteral("sg-nothere1"))),
             QStringLiteral("ResourceNotFound"));
    QCOMPARE(errorCode(policies(QString())), QStringLiteral("MissingParameter"));
}

void TestV3CatalogActions::runInstancesSellsTodaysTypes()
{
    V3CvmActions cvm(&m_store, &m_world.catalog(), &m_world);
    const QJsonObject r = response(cvm.runInstances(
        call(QStringLiteral("RunInstances"), launch(QStringLiteral("M6.LARGE32"), 1, {}))));
    QVERIFY2(!r.contains(QLatin1String("Error")), QJsonDocument(r).toJson().constData());
    const QString id = r.value(QLatin1String("InstanceIdSet")).toArray().at(0).toString();
    const QJsonObject described = response(cvm.describeInstances(call(
        QStringLiteral("DescribeInstances"), {{QLatin1String("InstanceIds"), QJsonArray{id}}})));
    const QJsonObject instance =
        described.value(QLatin1String("InstanceSet")).toArray().at(0).toObject();
    QCOMPARE(instance.value(QLatin1String("InstanceType")).toString(),
             QStringLiteral("M6.LARGE32"));
    QCOMPARE(instance.value(QLatin1String("CPU")).toInt(), 4);
    QCOMPARE(instance.value(QLatin1String("Memory")).toInt(), 32);
}

void TestV3CatalogActions::runInstancesRefusesWhatIsNotSold_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::newRow("retired S1") << "S1.SMALL2"
                                << "ResourceUnavailable.InstanceType";
    QTest::newRow("retired C2") << "C2.MEDIUM4"
                                << "ResourceUnavailable.InstanceType";
    QTest::newRow("not in this zone") << "IT5.4XLARGE64"
                                      << "ResourceUnavailable.InstanceType";
    QTest::newRow("no such type") << "S5.SMALL3"
                                  << "InvalidParameterValue.InstanceTypeNotFound";
    QTest::newRow("sold out") << "S5.MEDIUM4"
                              << "ResourcesSoldOut.SpecifiedInstanceType";
}

void TestV3CatalogActions::runInstancesRefusesWhatIsNotSold()
{
    QFETCH(QString, type);
    QFETCH(QString, code);
    V3CvmActions cvm(&m_store, &m_world.catalog(), &m_world);
    QJsonObject body = launch(type, 1, {});
    QCOMPARE(errorCode(cvm.runInstances(call(QStringLiteral("RunInstances"), body))), code);
    body.insert(QLatin1String("DryRun"), true);
    QCOMPARE(errorCode(cvm.runInstances(call(QStringLiteral("RunInstances"), body))), code);
    QCOMPARE(m_store.aliveCount(QStringLiteral("account-a")), 0);
}

void TestV3CatalogActions::runInstancesQuotaPerZone()
{
    m_world.setQuotaPerZone(3);
    V3CvmActions cvm(&m_store, &m_world.catalog(), &m_world);
    const auto run = [&](int count) {
        return errorCode(cvm.runInstances(
            call(QStringLiteral("RunInstances"), launch(QStringLiteral("S6.MEDIUM4"), count, {}))));
    };
    QCOMPARE(run(4), QStringLiteral("LimitExceeded.InstanceQuota"));
    QCOMPARE(run(2), QString());
    QCOMPARE(run(2), QStringLiteral("LimitExceeded.InstanceQuota"));
    QCOMPARE(run(1), QString());
    QCOMPARE(run(1), QStringLiteral("LimitExceeded.InstanceQuota"));
    // Another zone has its own quota.
    QJsonObject elsewhere = launch(QStringLiteral("S6.MEDIUM4"), 3, {});
    elsewhere.insert(QLatin1String("Placement"),
                     QJsonObject{{QLatin1String("Zone"), QStringLiteral("ap-guangzhou-4")}});
    QCOMPARE(errorCode(cvm.runInstances(call(QStringLiteral("RunInstances"), elsewhere))),
             QString());
}

void TestV3CatalogActions::runInstancesResendIsNotRefusedByQuota()
{
    m_world.setQuotaPerZone(2);
    V3CvmActions cvm(&m_store, &m_world.catalog(), &m_world);
    const QJsonObject body = launch(QStringLiteral("SA2.SMALL1"), 2, QStringLiteral("token-1"));
    const QJsonObject first =
        response(cvm.runInstances(call(QStringLiteral("RunInstances"), body)));
    const QJsonObject again =
        response(cvm.runInstances(call(QStringLiteral("RunInstances"), body)));
    QVERIFY(!first.contains(QLatin1String("Error")));
    QCOMPARE(again.value(QLatin1String("InstanceIdSet")),
             first.value(QLatin1String("InstanceIdSet")));
}

QTEST_GUILESS_MAIN(TestV3CatalogActions)
#include "tst_v3catalogactions.moc"
