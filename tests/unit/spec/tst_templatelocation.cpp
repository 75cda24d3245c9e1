// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/templatelocation.h"
#include "testpaths.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Issue 18, item 10: Save and Open template start in the folder used last, with a name that says
// what the template launches.
class TestTemplateLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void suggestedFileName_data();
    void suggestedFileName();
    void remembersTheFolderWhileItExists();
};

void TestTemplateLocation::suggestedFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("cpu");
    QTest::addColumn<int>("mem");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("API 3.0 type") << QString() << QStringLiteral("S5.SMALL2") << 1 << 2
                                  << QStringLiteral("ap-guangzhou")
                                  << QStringLiteral("S5.SMALL2-ap-guangzhou.json");
    QTest::newRow("API 2.0 family")
        << QString() << QStringLiteral("CVM.S2") << 2 << 4 << QStringLiteral("ap-shanghai")
        << QStringLiteral("CVM.S2-2c4g-ap-shanghai.json");
    QTest::newRow("named") << QStringLiteral("web") << QStringLiteral("S5.SMALL2") << 1 << 2
                           << QStringLiteral("ap-guangzhou")
                           << QStringLiteral("web-S5.SMALL2-ap-guangzhou.json");
    QTest::newRow("unsafe characters") << QStringLiteral("../web 01/*?") << QStringLiteral("S5")
                                       << 0 << 0 << QString() << QStringLiteral("web-01-S5.json");
    QTest::newRow("a Chinese name") << QStringLiteral("测试机") << QStringLiteral("S5.SMALL2") << 1
                                    << 2 << QString() << QStringLiteral("S5.SMALL2.json");
    QTest::newRow("nothing chosen")
        << QString() << QString() << 0 << 0 << QString() << QStringLiteral("launch.json");
}

void TestTemplateLocation::suggestedFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(int, cpu);
    QFETCH(int, mem);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    LaunchSpec spec;
    spec.instanceName = name;
    spec.instanceType = type;
    spec.cpu = cpu;
    spec.mem = mem;
    spec.region = region;
    QCOMPARE(TemplateLocation::suggestedFileName(spec), expected);
}

void TestTemplateLocation::remembersTheFolderWhileItExists()
{
    // Nothing remembered: Documents when there is one, else home.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString first = TemplateLocation::folder();
    QVERIFY(first == documents || first == QDir::homePath());

    auto gone = std::make_unique<QTemporaryDir>();
    QVERIFY(gone->isValid());
    TemplateLocation::remember(QDir(gone->path()).filePath(QStringLiteral("web.json")));
    QCOMPARE(TemplateLocation::folder(), gone->path());
    LaunchSpec spec;
    spec.instanceType = QStringLiteral("S5.SMALL2");
    QCOMPARE(TemplateLocation::suggestedPath(spec),
             QDir(gone->path()).filePath(QStringLiteral("S5.SMALL2.json")));
    // A folder removed since is not offered.
    gone.reset();
    QCOMPARE(TemplateLocation::folder(), first);
}

QTEST_GUILESS_MAIN(TestTemplateLocation)
#include "tst_templatelocation.moc"
