// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/launchtemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestLaunchTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughFile();
    void fileNeverHoldsThePassword();
    void passwordInFileIsDroppedWithNotice();
    void newerVersionIsRefused();
    void versionOneIsMigratedWithNotice();
    void versionOneWithoutDataDiskKeepsItsSpec();
    void badDiskListsAreRefused_data();
    void badDiskListsAreRefused();
    void badFiles_data();
    void badFiles();
    void oversizedFileIsRefused();
    void missingFileNamesThePath();
    void unwritablePathIsReported();

private:
    QTemporaryDir m_dir;
};

namespace {
LaunchSpec sampleSpec()
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-shanghai");
    s.zoneId = 200001;
    s.instanceType = QStringLiteral("CVM.S2");
    s.cpu = 2;
    s.mem = 4;
    s.imageId = QStringLiteral("img-pyqx34y1");
    s.imageType = LaunchSpec::PublicImage;
    s.bandwidth = 5;
    s.wanIp = true;
    s.rootSize = 30;
    s.goodsNum = 3;
    s.instanceName = QStringLiteral("web");
    return s;
}

QByteArray templateWith(const QJsonObject &spec, int version = LaunchTemplate::CurrentVersion)
{
    QJsonObject root{{QStringLiteral("format"), LaunchTemplate::FormatName},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("spec"), spec}};
    return QJsonDocument(root).toJson();
}
} // namespace

void TestLaunchTemplate::roundTripThroughFile()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    QCOMPARE(LaunchTemplate::saveFile(path, sampleSpec()), QString());
    const auto loaded = LaunchTemplate::loadFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.spec, sampleSpec());
    QVERIFY(loaded.notice.isEmpty());
}

void TestLaunchTemplate::fileNeverHoldsThePassword()
{
    LaunchSpec spec = sampleSpec();
    spec.password = QStringLiteral("Tr0ub4dor&3xyz");
    const QString path = m_dir.filePath(QStringLiteral("secret.json"));
    QCOMPARE(LaunchTemplate::saveFile(path, spec), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("Tr0ub4dor"));
    QVERIFY(!text.contains("password"));
}

void TestLaunchTemplate::passwordInFileIsDroppedWithNotice()
{
    QJsonObject spec{{QStringLiteral("cpu"), 1}, {QStringLiteral("password"), QStringLiteral("x")}};
    const auto loaded = LaunchTemplate::parse(templateWith(spec));
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.spec.password.has_value());
    QVERIFY(!loaded.notice.isEmpty());
    QCOMPARE(loaded.spec.cpu, 1);
}

void TestLaunchTemplate::newerVersionIsRefused()
{
    const auto loaded = LaunchTemplate::parse(templateWith({}, LaunchTemplate::CurrentVersion + 1));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errorField, QStringLiteral("version"));
    QVERIFY(loaded.error.contains(QString::number(LaunchTemplate::CurrentVersion + 1)));
}

// A version-1 file (before API 3.0's disks): its one data disk becomes the data disk list under
// the catalog's API 3.0 name (what version 1 sent on API 3.0), the system disk gets the default
// type, and the notice names both.
void TestLaunchTemplate::versionOneIsMigratedWithNotice()
{
    const auto loaded = LaunchTemplate::parse(templateWith(
        {{QStringLiteral("storageType"), 4}, {QStringLiteral("storageSize"), 120}}, 1));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.spec.storageType, 4); // API 2.0 keeps its own disk
    QCOMPARE(loaded.spec.storageSize, 120);
    QCOMPARE(loaded.spec.dataDisks, (QList<DataDisk>{{QStringLiteral("CLOUD_SSD"), 120}}));
    QCOMPARE(loaded.spec.systemDiskType, LaunchSpec::DefaultSystemDiskType);
    QVERIFY2(loaded.notice.contains(QLatin1String("version 1")), qPrintable(loaded.notice));
    QVERIFY2(loaded.notice.contains(QLatin1String("CLOUD_SSD")), qPrintable(loaded.notice));
    QVERIFY2(loaded.notice.contains(LaunchSpec::DefaultSystemDiskType), qPrintable(loaded.notice));
    // Saved again, it is a version-2 file that loads without a notice.
    const QByteArray saved = LaunchTemplate::serialize(loaded.spec);
    QVERIFY(saved.contains("\"version\": 2"));
    const auto again = LaunchTemplate::parse(saved);
    QVERIFY(again.notice.isEmpty());
    QCOMPARE(again.spec, loaded.spec);
}

void TestLaunchTemplate::versionOneWithoutDataDiskKeepsItsSpec()
{
    const auto loaded = LaunchTemplate::parse(
        templateWith({{QStringLiteral("instanceName"), QStringLiteral("a")}}, 1));
    QVERIFY(loaded.ok());
    QVERIFY(loaded.spec.dataDisks.isEmpty());
    QVERIFY(loaded.notice.contains(LaunchSpec::DefaultSystemDiskType)); // the only change
    QVERIFY(!loaded.notice.contains(QLatin1String("data disk")));
}

void TestLaunchTemplate::badDiskListsAreRefused_data()
{
    QTest::addColumn<QJsonValue>("dataDisks");
    QTest::newRow("not a list") << QJsonValue(QStringLiteral("CLOUD_SSD:100"));
    QTest::newRow("size as text") << QJsonValue(
        QJsonArray{QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_SSD")},
                               {QStringLiteral("DiskSize"), QStringLiteral("100")}}});
    QTest::newRow("fraction") << QJsonValue(
        QJsonArray{QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_SSD")},
                               {QStringLiteral("DiskSize"), 1.5}}});
    QTest::newRow("no type") << QJsonValue(
        QJsonArray{QJsonObject{{QStringLiteral("DiskSize"), 100}}});
    QTest::newRow("empty type") << QJsonValue(QJsonArray{
        QJsonObject{{QStringLiteral("DiskType"), QString()}, {QStringLiteral("DiskSize"), 100}}});
    QTest::newRow("unknown key") << QJsonValue(
        QJsonArray{QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_SSD")},
                               {QStringLiteral("DiskSize"), 100},
                               {QStringLiteral("Encrypt"), true}}});
    QTest::newRow("a number") << QJsonValue(QJsonArray{100});
}

void TestLaunchTemplate::badDiskListsAreRefused()
{
    QFETCH(QJsonValue, dataDisks);
    const auto loaded =
        LaunchTemplate::parse(templateWith({{QStringLiteral("dataDisks"), dataDisks}}));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errorField, QStringLiteral("dataDisks"));
    QVERIFY2(loaded.error.contains(QLatin1String("DiskType")), qPrintable(loaded.error));
}

void TestLaunchTemplate::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");

    const QByteArray good = templateWith(QJsonObject{{QStringLiteral("cpu"), 2}});
    QTest::newRow("empty") << QByteArray() << QString() << "JSON";
    QTest::newRow("truncated") << good.left(good.size() / 2) << QString() << "truncated";
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{", 4) << QString() << "JSON";
    QTest::newRow("array at top") << QByteArray("[1,2]") << QString() << "object";
    QTest::newRow("not a template") << QByteArray(R"({"hello":1})") << "format"
                                    << "template";
    QTest::newRow("version is text")
        << QByteArray(R"({"format":"cvm-launcher-template","version":"1","spec":{}})") << "version"
        << "version";
    QTest::newRow("version zero")
        << QByteArray(R"({"format":"cvm-launcher-template","version":0,"spec":{}})") << "version"
        << "version";
    QTest::newRow("no spec") << QByteArray(R"({"format":"cvm-launcher-template","version":1})")
                             << "spec"
                             << "spec";
    QTest::newRow("wrong type") << templateWith(QJsonObject{
                                       {QStringLiteral("goodsNum"), QStringLiteral("3")}})
                                << "goodsNum"
                                << "goodsNum";
    QTest::newRow("unknown field")
        << templateWith(QJsonObject{{QStringLiteral("cores"), 3}}) << "cores"
        << "cores";
}

void TestLaunchTemplate::badFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    const auto loaded = LaunchTemplate::parse(data);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errorField, field);
    QVERIFY2(loaded.error.contains(mentions, Qt::CaseInsensitive), qPrintable(loaded.error));
}

void TestLaunchTemplate::oversizedFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Valid JSON, just too big: padding in a string value.
    QByteArray data = R"({"format":"cvm-launcher-template","version":1,"spec":{"instanceName":")";
    data += QByteArray(LaunchTemplate::MaxFileSize, 'a');
    data += R"("}})";
    file.write(data);
    file.close();
    const auto loaded = LaunchTemplate::loadFile(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QStringLiteral("KiB")), qPrintable(loaded.error));
}

void TestLaunchTemplate::missingFileNamesThePath()
{
    const QString path = m_dir.filePath(QStringLiteral("does-not-exist.json"));
    const auto loaded = LaunchTemplate::loadFile(path);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error.contains(path));
}

void TestLaunchTemplate::unwritablePathIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-dir/t.json"));
    const QString error = LaunchTemplate::saveFile(path, sampleSpec());
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(path));
}

QTEST_GUILESS_MAIN(TestLaunchTemplate)
#include "tst_launchtemplate.moc"
