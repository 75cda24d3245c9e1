// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/launchpreview.h"
#include "api/v3/tcclicommand.h"
#include "api/v3/v3cloudapi.h"
#include "catalog/catalog.h"
#include "specbuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestTccliCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unfoldsTheBody()
    {
        const QJsonObject body{
            {QStringLiteral("InstanceChargeType"), QStringLiteral("POSTPAID_BY_HOUR")},
            {QStringLiteral("Placement"),
             QJsonObject{{QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")},
                         {QStringLiteral("ProjectId"), 0}}},
            {QStringLiteral("DataDisks"),
             QJsonArray{QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_SSD")},
                                    {QStringLiteral("DiskSize"), 100}}}},
            {QStringLiteral("InstanceName"), QStringLiteral("web 01's")},
            {QStringLiteral("EnhancedService"),
             QJsonObject{{QStringLiteral("MonitorService"),
                          QJsonObject{{QStringLiteral("Enabled"), false}}}}},
            {QStringLiteral("LoginSettings"),
             QJsonObject{{QStringLiteral("Password"), QStringLiteral("Sup3r!Secret")}}},
            {QStringLiteral("ClientToken"), QStringLiteral("tok-1")}};
        const QString command =
            TccliCommand::build(QStringLiteral("cvm"), QStringLiteral("RunInstances"),
                                QStringLiteral("ap-guangzhou"), body);
        QVERIFY2(command.startsWith(QLatin1String(
                     "tccli cvm RunInstances --cli-unfold-argument --region ap-guangzhou \\\n")),
                 qPrintable(command));
        const QStringList expected{QStringLiteral("--Placement.Zone ap-guangzhou-3"),
                                   QStringLiteral("--Placement.ProjectId 0"),
                                   QStringLiteral("--DataDisks.0.DiskType CLOUD_SSD"),
                                   QStringLiteral("--DataDisks.0.DiskSize 100"),
                                   QStringLiteral("--InstanceChargeType POSTPAID_BY_HOUR"),
                                   QStringLiteral("--EnhancedService.MonitorService.Enabled false"),
                                   // Quoted for a POSIX shell, the quote itself closed and escaped.
                                   QStringLiteral("--InstanceName 'web 01'\\''s'"),
                                   QStringLiteral("--LoginSettings.Password '<PASSWORD>'")};
        for (const QString &option : expected)
            QVERIFY2(command.contains(option), qPrintable(option + u'\n' + command));
        QVERIFY(!command.contains(QLatin1String("Sup3r!Secret")));
        QVERIFY(!command.contains(QLatin1String("ClientToken")));
    }

    // The review page's command is the preview's request: API 3.0's body, the profile's region.
    void theV3PreviewCarriesIt()
    {
        LaunchSpec spec = SpecBuilder().password(QStringLiteral("Sup3r!Secret"));
        spec.instanceType = QStringLiteral("S5.SMALL2");
        const LaunchPreview preview =
            V3CloudApi::preview(spec, Catalog::builtIn(), QStringLiteral("ap-guangzhou"));
        QVERIFY2(preview.problem.isEmpty(), qPrintable(preview.problem));
        QVERIFY(preview.cliCommand.contains(QLatin1String("--Placement.Zone ap-guangzhou-3")));
        QVERIFY(preview.cliCommand.contains(QLatin1String("--InstanceType S5.SMALL2")));
        QVERIFY(!preview.cliCommand.contains(QLatin1String("Sup3r!Secret")));
        QVERIFY(!preview.cliCommand.contains(LaunchPreview::Mask));
    }
};

QTEST_GUILESS_MAIN(TestTccliCommand)
#include "tst_tcclicommand.moc"
