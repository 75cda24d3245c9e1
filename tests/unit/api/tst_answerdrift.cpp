// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Scalar drift, property-tested over every answer fixture: the service sends a documented
// number as a numeric string and a documented string as a number, and neither may change what
// an answer means. Each fixture under tests/data/api/v2 and v3 (named after the action, with an
// optional "-variant") is parsed as it is and again with every number turned into a string and
// every numeric string into a number; the two results must be equal. DescribeInstances pages
// must also be read by the simdjson path both times, with the general parser's result.
#include "api/v2/v2parser.h"
#include "api/v2/v2simdpagereader.h"
#include "api/v3/v3responseparser.h"
#include "api/v3/v3simdpagereader.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <map>

namespace {

QString text(const InstancePage &page)
{
    QStringList out{QString::number(page.totalCount)};
    for (const InstanceInfo &i : page.instances)
        out << QStringList{i.instanceId,
                           i.name,
                           QString::number(int(i.state)),
                           i.rawState,
                           i.failureReason,
                           QString::number(i.zoneId),
                           i.zoneName,
                           QString::number(i.cpu),
                           QString::number(i.mem),
                           i.lanIp,
                           i.wanIps.join(u','),
                           i.imageId,
                           i.osName,
                           i.createTime.toString(Qt::ISODate)}
                   .join(u'|');
    return out.join(u'\n');
}
QString text(const QStringList &ids)
{
    return ids.join(u',');
}
QString text(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
QString text(const QList<Zone> &zones)
{
    QStringList out;
    for (const Zone &z : zones)
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(z.zoneId)
                   .arg(z.zoneName, z.apiName)
                   .arg(z.available);
    return out.join(u'\n');
}
QString text(const QList<Image> &images)
{
    QStringList out;
    for (const Image &i : images)
        out << QStringList{i.imageId,     i.name,
                           i.description, QString::number(i.imageType),
                           i.osName,      i.createTime.toString(Qt::ISODate)}
                   .join(u'|');
    return out.join(u'\n');
}
QString text(const QList<KeyPair> &keys)
{
    QStringList out;
    for (const KeyPair &k : keys)
        out << k.keyId + u'|' + k.name;
    return out.join(u'\n');
}
QString text(const QList<Vpc> &vpcs)
{
    QStringList out;
    for (const Vpc &v : vpcs)
        out << QStringList{v.vpcId, v.name, v.cidrBlock}.join(u'|');
    return out.join(u'\n');
}
QString text(const QList<Subnet> &subnets)
{
    QStringList out;
    for (const Subnet &s : subnets) {
        QStringList zones;
        for (int z : s.zoneIds)
            zones << QString::number(z);
        out << QStringList{s.subnetId,  s.vpcId,          s.name,
                           s.cidrBlock, zones.join(u','), QString::number(s.availableIps)}
                   .join(u'|');
    }
    return out.join(u'\n');
}
QString text(const Price &p)
{
    return QStringList{p.instancePerHour, p.bandwidthPrice, p.bandwidthUnit}.join(u'|');
}

template<typename T>
QString text(const ApiResult<T> &r)
{
    if (!r.ok())
        return QStringLiteral("error %1 %2 %3 %4 %5")
            .arg(int(r.error.kind))
            .arg(r.error.code)
            .arg(r.error.codeString, r.error.message, r.error.requestId);
    return text(*r.value);
}

int zoneIdFor(const QString &name)
{
    return name == QLatin1String("ap-guangzhou-3") ? 100003 : 0;
}

using Parse = std::function<QString(const QByteArray &)>;

// Every parser of both protocols, by the fixture name it reads.
const std::map<std::string, Parse> &parsers()
{
    static const std::map<std::string, Parse> all{
        {"v2/runinstanceshour", [](auto &b) { return text(V2Parser::runInstancesHour(b)); }},
        {"v2/describeinstances", [](auto &b) { return text(V2Parser::describeInstances(b)); }},
        {"v2/describeavailabilityzones",
         [](auto &b) { return text(V2Parser::describeAvailabilityZones(b)); }},
        {"v2/describeimages", [](auto &b) { return text(V2Parser::describeImages(b)); }},
        {"v2/describekeypairs", [](auto &b) { return text(V2Parser::describeKeyPairs(b)); }},
        {"v2/describevpcex", [](auto &b) { return text(V2Parser::describeVpcEx(b)); }},
        {"v2/describesubnetex",
         [](auto &b) { return text(V2Parser::describeSubnetEx(b, QStringLiteral("vpc-x"))); }},
        {"v2/inquiryinstancepricehour",
         [](auto &b) { return text(V2Parser::inquiryInstancePriceHour(b)); }},
        {"v2/returninstance", [](auto &b) { return text(V2Parser::returnInstance(b)); }},
        {"v3/runinstances", [](auto &b) { return text(V3ResponseParser::runInstances(b)); }},
        {"v3/describeinstances",
         [](auto &b) { return text(V3ResponseParser::describeInstances(b, zoneIdFor)); }},
        {"v3/terminateinstances",
         [](auto &b) { return text(V3ResponseParser::terminateInstances(b)); }},
        {"v3/describezones", [](auto &b) { return text(V3ResponseParser::describeZones(b)); }},
        {"v3/describeimages", [](auto &b) { return text(V3ResponseParser::describeImages(b)); }},
        {"v3/describekeypairs",
         [](auto &b) { return text(V3ResponseParser::describeKeyPairs(b)); }},
        {"v3/describevpcs", [](auto &b) { return text(V3ResponseParser::describeVpcs(b)); }},
        {"v3/describesubnets",
         [](auto &b) { return text(V3ResponseParser::describeSubnets(b, zoneIdFor)); }},
        {"v3/inquirypriceruninstances",
         [](auto &b) { return text(V3ResponseParser::inquiryPriceRunInstances(b)); }},
    };
    return all;
}

// Numbers become strings (17 significant digits: the same double, written another way) and
// strings that are JSON numbers become numbers, at every depth.
QJsonValue drift(const QJsonValue &v)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$)"));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isString() && number.match(v.toString()).hasMatch())
        return v.toString().toDouble();
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue item : v.toArray())
            out.append(drift(item));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), drift(it.value()));
        return out;
    }
    return v;
}

QByteArray drifted(const QByteArray &body)
{
    return QJsonDocument(drift(QJsonDocument::fromJson(body).object()).toObject())
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestAnswerDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void driftChangesNothing_data()
    {
        QTest::addColumn<QString>("parser");
        QTest::addColumn<QByteArray>("body");
        for (const QString &protocol : {QStringLiteral("v2"), QStringLiteral("v3")}) {
            const QDir dir(TestPaths::dataFile(QStringLiteral("api/") + protocol));
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString action = name.section(u'.', 0, 0).section(u'-', 0, 0);
                const QString row = protocol + u'/' + name;
                QTest::newRow(qPrintable(row)) << protocol + u'/' + action << file.readAll();
            }
        }
    }
    void driftChangesNothing()
    {
        QFETCH(QString, parser);
        QFETCH(QByteArray, body);
        const auto found = parsers().find(parser.toStdString());
        QVERIFY2(found != parsers().end(), qPrintable(QStringLiteral("no parser for ") + parser));
        const QByteArray other = drifted(body);
        QVERIFY(other != body);
        const QString expected = found->second(body);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(!expected.contains(QStringLiteral("error 4")), // Malformed
                 qPrintable(expected));
        QCOMPARE(found->second(other), expected);
    }

    // Every parser has at least one fixture, so the property covers them all.
    void everyParserHasAFixture()
    {
        for (const auto &[key, parse] : parsers()) {
            Q_UNUSED(parse);
            const QString name = QString::fromStdString(key);
            const QString dir =
                TestPaths::dataFile(QStringLiteral("api/") + name.section(u'/', 0, 0));
            const QString action = name.section(u'/', 1);
            const QStringList files = QDir(dir).entryList(
                {action + QStringLiteral(".json"), action + QStringLiteral("-*.json")},
                QDir::Files);
            QVERIFY2(!files.isEmpty(), qPrintable(name));
        }
    }

    // The pages stay on the simdjson path when drifted, and read as the general parser reads.
    void driftedPagesTakeTheFastPath()
    {
        QFile v2(TestPaths::dataFile(QStringLiteral("api/v2/describeinstances.json")));
        QVERIFY(v2.open(QIODevice::ReadOnly));
        const QByteArray v2Page = drifted(v2.readAll());
        const std::optional<InstancePage> v2Fast = V2SimdPageReader::read(v2Page);
        QVERIFY(v2Fast);
        QCOMPARE(text(*v2Fast), text(V2Parser::describeInstancesGeneral(v2Page)));

        QFile v3(TestPaths::dataFile(QStringLiteral("api/v3/describeinstances.json")));
        QVERIFY(v3.open(QIODevice::ReadOnly));
        const QByteArray v3Page = drifted(v3.readAll());
        const std::optional<InstancePage> v3Fast = V3SimdPageReader::read(v3Page, zoneIdFor);
        QVERIFY(v3Fast);
        QCOMPARE(text(*v3Fast),
                 text(V3ResponseParser::describeInstancesGeneral(v3Page, zoneIdFor)));
    }
};

QTEST_GUILESS_MAIN(TestAnswerDrift)
#include "tst_answerdrift.moc"
