// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/launchsummary.h"

#include <QTest>

// The review page's summary names the disks the profile's protocol sends.
class TestLaunchSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v3ShowsTheSystemDiskAndEachDataDisk();
    void v3WithoutGroupsNamesTheDefaultGroup();
    void v2ShowsItsOneDataDisk();

private:
    static LaunchSpec spec();
    static QString value(const LaunchSummary::Lines &lines, const QString &name);
};

LaunchSpec TestLaunchSummary::spec()
{
    LaunchSpec spec;
    spec.zoneId = 100003;
    spec.storageSize = 30;
    spec.rootSize = 80;
    spec.systemDiskType = QStringLiteral("CLOUD_BSSD");
    spec.dataDisks = {{QStringLiteral("CLOUD_PREMIUM"), 100}, {QStringLiteral("CLOUD_SSD"), 200}};
    spec.securityGroupIds = {QStringLiteral("sg-8jx2m4fy")};
    return spec;
}

QString TestLaunchSummary::value(const LaunchSummary::Lines &lines, const QString &name)
{
    for (const auto &[key, text] : lines) {
        if (key == name)
            return text;
    }
    return QStringLiteral("<absent>");
}

void TestLaunchSummary::v3ShowsTheSystemDiskAndEachDataDisk()
{
    const LaunchSummary::Lines lines =
        LaunchSummary::lines(spec(), Catalog::builtIn(), Image{}, ApiConfig::Version::V3);
    QCOMPARE(value(lines, QStringLiteral("System disk")),
             QStringLiteral("Balanced SSD cloud disk (CLOUD_BSSD), 80 GB"));
    QCOMPARE(value(lines, QStringLiteral("Data disk 1")),
             QStringLiteral("Premium cloud disk (CLOUD_PREMIUM), 100 GB"));
    QCOMPARE(value(lines, QStringLiteral("Data disk 2")),
             QStringLiteral("SSD cloud disk (CLOUD_SSD), 200 GB"));
    QCOMPARE(value(lines, QStringLiteral("Data disk")), QStringLiteral("<absent>"));
    QCOMPARE(value(lines, QStringLiteral("Security groups")), QStringLiteral("sg-8jx2m4fy"));

    LaunchSpec plain;
    const LaunchSummary::Lines defaults =
        LaunchSummary::lines(plain, Catalog::builtIn(), Image{}, ApiConfig::Version::V3);
    QCOMPARE(value(defaults, QStringLiteral("System disk")),
             QStringLiteral("Premium cloud disk (CLOUD_PREMIUM), 50 GB"));
    QCOMPARE(value(defaults, QStringLiteral("Data disks")), QStringLiteral("none"));
}

void TestLaunchSummary::v3WithoutGroupsNamesTheDefaultGroup()
{
    LaunchSpec s = spec();
    s.securityGroupIds.clear();
    const QString text =
        value(LaunchSummary::lines(s, Catalog::builtIn(), Image{}, ApiConfig::Version::V3),
              QStringLiteral("Security groups"));
    QVERIFY2(text.contains(QStringLiteral("default group")), qPrintable(text));
}

void TestLaunchSummary::v2ShowsItsOneDataDisk()
{
    const LaunchSummary::Lines lines =
        LaunchSummary::lines(spec(), Catalog::builtIn(), Image{}, ApiConfig::Version::V2);
    QVERIFY2(value(lines, QStringLiteral("Data disk")).startsWith(QStringLiteral("30 GB")),
             qPrintable(value(lines, QStringLiteral("Data disk"))));
    QCOMPARE(value(lines, QStringLiteral("System disk")), QStringLiteral("80 GB"));
    QCOMPARE(value(lines, QStringLiteral("Data disk 1")), QStringLiteral("<absent>"));
    QCOMPARE(value(lines, QStringLiteral("Security groups")), QStringLiteral("<absent>"));
}

QTEST_MAIN(TestLaunchSummary)
#include "tst_launchsummary.moc"
