// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "catalog/catalog.h"
#include "spec/instancecount.h"
#include "spec/launchtemplate.h"
#include "spec/specfields.h"

#include <QSet>
#include <QTest>

// The field table: complete, one row per LaunchSpec member, and driving templates.
class TestSpecFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerLaunchSpecMember();
    void everyFieldSaysHowEachProtocolSendsIt();
    void templateKeysAreUnchanged();
    void valuesHaveTheDeclaredKind();
    void setValueRefusesTheWrongType();
    void withoutSecretsClearsEverySecretField();
    void templateRoundTripOverEveryField_data();
    void templateRoundTripOverEveryField();
    void requestValueDerivesThePublicIp();
    void countsAreSplitIntoRequests();
    void catalogAgreesWithThePerRequestLimit();
    void countHintSaysHowManyRequests();
};

void TestSpecFields::oneRowPerLaunchSpecMember()
{
    // A new LaunchSpec member breaks this binding: add its SpecField and its row, then the
    // name here.
    LaunchSpec spec;
    auto &[region, zoneId, instanceType, cpu, mem, imageId, imageType, bandwidthType, bandwidth,
           wanIp, vpcId, subnetId, isVpcGateway, securityGroupIds, storageType, storageSize,
           rootSize, systemDiskType, dataDisks, goodsNum, password, keyId, needSecurityAgent,
           needMonitorAgent, projectId, clientToken, instanceName] = spec;
    Q_UNUSED(region);
    constexpr std::size_t members = 27;
    QCOMPARE(SpecFields::all().size(), members);
    // Every row reads its own member: changing one field changes exactly one row's value.
    for (const SpecFieldInfo &row : SpecFields::all()) {
        QCOMPARE(SpecFields::differing(spec, spec).size(), 0);
        LaunchSpec changed;
        QVariant other;
        switch (row.kind) {
        case SpecFieldInfo::Kind::Int:
            other = row.get(changed).toInt() + 7;
            break;
        case SpecFieldInfo::Kind::Text:
            other = QString(QStringLiteral("x-") + QLatin1String(row.jsonKey));
            break;
        case SpecFieldInfo::Kind::Bool:
            other = !row.get(changed).toBool();
            break;
        case SpecFieldInfo::Kind::TextList:
            other = QStringList{QStringLiteral("sg-") + QLatin1String(row.jsonKey)};
            break;
        case SpecFieldInfo::Kind::DiskList:
            other = QVariantList{DataDisk{QStringLiteral("CLOUD_BSSD"), 70}.toVariant()};
            break;
        }
        QVERIFY(row.set(changed, other));
        QCOMPARE(SpecFields::differing(LaunchSpec{}, changed), QList<SpecField>{row.field});
    }
    Q_UNUSED(instanceName);
}

void TestSpecFields::everyFieldSaysHowEachProtocolSendsIt()
{
    QSet<QString> keys;
    for (const SpecFieldInfo &row : SpecFields::all()) {
        const QString key = QLatin1String(row.jsonKey);
        QVERIFY2(!key.isEmpty(), "every field has a JSON key");
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(SpecFields::fromKey(key), std::optional<SpecField>(row.field));
        QCOMPARE(&SpecFields::info(row.field), &row);
        QVERIFY2(row.v2Name || row.v2Note,
                 qPrintable(QString(key + QStringLiteral(": v2 name or why not"))));
        QVERIFY2(row.v3Path || row.v3Note,
                 qPrintable(QString(key + QStringLiteral(": v3 path or why not"))));
        QVERIFY2(row.notSet && *row.notSet,
                 qPrintable(QString(key + QStringLiteral(": not-set meaning"))));
    }
    QVERIFY(!SpecFields::fromKey(u"Password"));
}

void TestSpecFields::templateKeysAreUnchanged()
{
    // The keys of version 1 and 2 templates and journals: saved files must keep loading.
    const char *const v1[] = {"securityGroupIds",
                              "systemDiskType",
                              "dataDisks",
                              "region",
                              "zoneId",
                              "instanceType",
                              "cpu",
                              "mem",
                              "imageId",
                              "imageType",
                              "bandwidthType",
                              "bandwidth",
                              "wanIp",
                              "vpcId",
                              "subnetId",
                              "isVpcGateway",
                              "storageType",
                              "storageSize",
                              "rootSize",
                              "goodsNum",
                              "keyId",
                              "needSecurityAgent",
                              "needMonitorAgent",
                              "projectId",
                              "clientToken",
                              "instanceName"};
    QStringList written;
    for (const SpecFieldInfo &row : SpecFields::all()) {
        if (!row.secret)
            written << QLatin1String(row.jsonKey);
    }
    written.sort();
    QStringList expected;
    for (const char *key : v1)
        expected << QLatin1String(key);
    expected.sort();
    QCOMPARE(written, expected);
}

void TestSpecFields::valuesHaveTheDeclaredKind()
{
    LaunchSpec spec;
    spec.wanIp = true;
    spec.rootSize = 30;
    spec.password = QStringLiteral("Abcdef12!x");
    for (const SpecFieldInfo &row : SpecFields::all()) {
        const QVariant value = row.get(spec);
        int expected = QMetaType::QString;
        switch (row.kind) {
        case SpecFieldInfo::Kind::Int:
            expected = QMetaType::Int;
            break;
        case SpecFieldInfo::Kind::Bool:
            expected = QMetaType::Bool;
            break;
        case SpecFieldInfo::Kind::TextList:
            expected = QMetaType::QStringList;
            break;
        case SpecFieldInfo::Kind::DiskList:
            expected = QMetaType::QVariantList;
            break;
        case SpecFieldInfo::Kind::Text:
            break;
        }
        QCOMPARE(value.typeId(), expected);
        QCOMPARE(SpecFields::defaultValue(row.field).isValid(), !row.optional);
    }
}

void TestSpecFields::setValueRefusesTheWrongType()
{
    LaunchSpec spec;
    QVERIFY(!SpecFields::setValue(spec, SpecField::Cpu, QStringLiteral("2")));
    QVERIFY(!SpecFields::setValue(spec, SpecField::WanIp, 1));
    QVERIFY(!SpecFields::setValue(spec, SpecField::ImageId, QVariant()));
    QCOMPARE(spec, LaunchSpec{});
    QVERIFY(SpecFields::setValue(spec, SpecField::RootSize, 40));
    QCOMPARE(spec.rootSize, std::optional<int>(40));
    QVERIFY(SpecFields::setValue(spec, SpecField::RootSize, QVariant()));
    QVERIFY(!spec.rootSize);
    // A disk list takes whole disks only: a missing size, an extra key, a text size or an
    // empty type refuses the whole list and leaves the spec as it was.
    const QVariantMap good = DataDisk{QStringLiteral("CLOUD_SSD"), 100}.toVariant();
    QVariantMap noSize = good;
    noSize.remove(QStringLiteral("DiskSize"));
    QVariantMap extra = good;
    extra.insert(QStringLiteral("DeleteWithInstance"), true);
    QVariantMap textSize = good;
    textSize.insert(QStringLiteral("DiskSize"), QStringLiteral("100"));
    QVariantMap noType = good;
    noType.insert(QStringLiteral("DiskType"), QString());
    for (const QVariantMap &bad : {noSize, extra, textSize, noType})
        QVERIFY(!SpecFields::setValue(spec, SpecField::DataDisks, QVariantList{good, bad}));
    QVERIFY(!SpecFields::setValue(spec, SpecField::SecurityGroupIds, QStringLiteral("sg-1")));
    QVERIFY(spec.dataDisks.isEmpty());
    QVERIFY(SpecFields::setValue(spec, SpecField::DataDisks, QVariantList{good}));
    QCOMPARE(spec.dataDisks, (QList<DataDisk>{{QStringLiteral("CLOUD_SSD"), 100}}));
}

void TestSpecFields::withoutSecretsClearsEverySecretField()
{
    LaunchSpec spec;
    spec.password = QStringLiteral("Abcdef12!x");
    int secrets = 0;
    for (const SpecFieldInfo &row : SpecFields::all()) {
        if (!row.secret)
            continue;
        ++secrets;
        QVERIFY(row.get(spec).isValid());
        QVERIFY(!row.get(spec.withoutSecrets()).isValid());
    }
    QCOMPARE(secrets, 1);
}

void TestSpecFields::templateRoundTripOverEveryField_data()
{
    QTest::addColumn<int>("field");
    for (const SpecFieldInfo &row : SpecFields::all())
        QTest::newRow(row.jsonKey) << int(row.field);
}

void TestSpecFields::templateRoundTripOverEveryField()
{
    QFETCH(int, field);
    const SpecFieldInfo &row = SpecFields::info(SpecField(field));
    LaunchSpec spec;
    QVariant value;
    switch (row.kind) {
    case SpecFieldInfo::Kind::Int:
        value = 42;
        break;
    case SpecFieldInfo::Kind::Text:
        value = QStringLiteral("中文-value");
        break;
    case SpecFieldInfo::Kind::Bool:
        value = !SpecFields::defaultValue(row.field).toBool();
        break;
    case SpecFieldInfo::Kind::TextList:
        value = QStringList{QStringLiteral("sg-中文"), QStringLiteral("sg-2")};
        break;
    case SpecFieldInfo::Kind::DiskList:
        value = QVariantList{DataDisk{QStringLiteral("CLOUD_BSSD"), 70}.toVariant(),
                             DataDisk{QStringLiteral("CLOUD_SSD"), 100}.toVariant()};
        break;
    }
    QVERIFY(row.set(spec, value));
    const LaunchTemplate::LoadResult loaded =
        LaunchTemplate::parse(LaunchTemplate::serialize(spec));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    if (row.secret) {
        QVERIFY(!LaunchTemplate::serialize(spec).contains("中文-value"));
        QCOMPARE(loaded.spec, LaunchSpec{});
    } else {
        QCOMPARE(row.get(loaded.spec), value);
        QCOMPARE(loaded.spec, spec);
    }
}

void TestSpecFields::requestValueDerivesThePublicIp()
{
    LaunchSpec spec;
    spec.wanIp = true;
    spec.bandwidth = 0;
    QCOMPARE(SpecFields::requestValue(spec, SpecField::WanIp), QVariant(false));
    spec.bandwidth = 5;
    spec.wanIp.reset();
    QCOMPARE(SpecFields::requestValue(spec, SpecField::WanIp), QVariant(true));
    spec.wanIp = false;
    QCOMPARE(SpecFields::requestValue(spec, SpecField::WanIp), QVariant(false));
    // Without a VPC, no VPC field is sent, not even isVpcGateway=0.
    QVERIFY(!SpecFields::requestValue(spec, SpecField::IsVpcGateway).isValid());
    QVERIFY(!SpecFields::requestValue(spec, SpecField::InstanceName).isValid());
    QVERIFY(!SpecFields::requestValue(spec, SpecField::RootSize).isValid());
    QCOMPARE(SpecFields::requestValue(spec, SpecField::ProjectId), QVariant(0));
}

void TestSpecFields::countsAreSplitIntoRequests()
{
    QCOMPARE(InstanceCount::batchSizes(250), (QList<int>{100, 100, 50}));
    QCOMPARE(InstanceCount::batchSizes(100), (QList<int>{100}));
    QCOMPARE(InstanceCount::batchSizes(0), QList<int>{});
    QCOMPARE(InstanceCount::requestCount(250), 3);
    QCOMPARE(InstanceCount::requestCount(100), 1);
    QCOMPARE(InstanceCount::requestCount(101), 2);
    QCOMPARE(InstanceCount::requestCount(0), 0);
    QCOMPARE(InstanceCount::requestCount(-5), 0);
}

void TestSpecFields::catalogAgreesWithThePerRequestLimit()
{
    // The seed's goodsNum rule (resources/catalog) is the API 2.0 per-request limit.
    QCOMPARE(Catalog::builtIn().goodsNum().max, InstanceCount::PerRequest);
}

void TestSpecFields::countHintSaysHowManyRequests()
{
    QVERIFY(!InstanceCount::explain(100).contains(QStringLiteral("request")));
    QVERIFY(InstanceCount::explain(100).contains(QString::number(InstanceCount::MaxPerLaunch)));
    QVERIFY2(InstanceCount::explain(250).contains(QStringLiteral("Sent as 3 request")),
             qPrintable(InstanceCount::explain(250)));
}

QTEST_GUILESS_MAIN(TestSpecFields)
#include "tst_specfields.moc"
