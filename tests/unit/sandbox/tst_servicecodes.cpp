// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The sandbox answers the shared validator's findings with the real service's codes, and refuses
// what the service refuses (a public IP without bandwidth), through SpecChecker.
#include "catalog/catalog.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/servicecodes.h"
#include "sandbox/specchecker.h"

#include <QTest>

class TstServiceCodes : public QObject
{
    Q_OBJECT

private:
    static Finding finding(const char *field, Finding::Severity severity, const char *code)
    {
        return Finding{QLatin1String(field), severity, QLatin1String(code), {}, {}};
    }
    static LaunchSpec launchable()
    {
        LaunchSpec spec;
        spec.region = QStringLiteral("ap-guangzhou");
        spec.zoneId = 100003;
        spec.instanceType = QStringLiteral("CVM.C2");
        spec.cpu = 4;
        spec.mem = 8;
        spec.storageType = 3;
        spec.imageId = QStringLiteral("img-31tjrtph");
        spec.imageType = SandboxData::findImage(spec.imageId)->imageType;
        return spec;
    }

private slots:
    void table_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("code");
        QTest::newRow("token") << QStringLiteral("clientToken") << QStringLiteral("length")
                               << QStringLiteral("InvalidClientToken.TooLong");
        QTest::newRow("public ip") << QStringLiteral("wanIp") << QStringLiteral("noPublicIp")
                                   << QStringLiteral("InvalidParameterCombination");
        QTest::newRow("name") << QStringLiteral("instanceName") << QStringLiteral("length")
                              << QStringLiteral("InvalidInstanceName.TooLong");
        QTest::newRow("required") << QStringLiteral("imageId") << QStringLiteral("required")
                                  << QStringLiteral("MissingParameter");
        QTest::newRow("region") << QStringLiteral("zoneId") << QStringLiteral("region")
                                << QStringLiteral("InvalidZone.MismatchRegion");
        QTest::newRow("password") << QStringLiteral("password") << QStringLiteral("classes")
                                  << QStringLiteral("InvalidPassword");
        QTest::newRow("generic") << QStringLiteral("mem") << QStringLiteral("ratio")
                                 << QStringLiteral("InvalidParameterValue");
    }
    void table()
    {
        QFETCH(QString, field);
        QFETCH(QString, finding);
        QFETCH(QString, code);
        QCOMPARE(
            ServiceCodes::forFinding(Finding{field, Finding::Severity::Error, finding, {}, {}}),
            code);
    }

    void refusesWhatTheServiceRefuses()
    {
        using S = Finding::Severity;
        QVERIFY(ServiceCodes::refuses(finding("mem", S::Error, "ratio")));
        QVERIFY(ServiceCodes::refuses(finding("wanIp", S::Warning, "noPublicIp")));
        QVERIFY(!ServiceCodes::refuses(finding("rootSize", S::Warning, "osUnknown")));
        QVERIFY(!ServiceCodes::refuses(finding("password", S::Info, "generated")));
    }

    void checkerAnswersWithTheCode_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("token 65") << QStringLiteral("token") << QStringLiteral("clientToken")
                                  << QStringLiteral("InvalidClientToken.TooLong");
        QTest::newRow("public ip, no bandwidth")
            << QStringLiteral("wanIp") << QStringLiteral("wanIp")
            << QStringLiteral("InvalidParameterCombination");
        QTest::newRow("no such image") << QStringLiteral("image") << QStringLiteral("imageId")
                                       << QStringLiteral("InvalidImageId.NotFound");
        QTest::newRow("no such key") << QStringLiteral("key") << QStringLiteral("keyId")
                                     << QStringLiteral("InvalidParameterValue.KeyPairNotFound");
    }
    void checkerAnswersWithTheCode()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QVERIFY(!SpecChecker::firstProblem(launchable(), Catalog::builtIn()));
        LaunchSpec spec = launchable();
        if (what == QLatin1String("token"))
            spec.clientToken = QString(65, u'a');
        else if (what == QLatin1String("wanIp"))
            spec.wanIp = true;
        else if (what == QLatin1String("image"))
            spec.imageId = QStringLiteral("img-nosuch");
        else
            spec.keyId = QStringLiteral("skey-nosuch");
        const auto problem = SpecChecker::firstProblem(spec, Catalog::builtIn());
        QVERIFY(problem);
        QCOMPARE(problem->field, field);
        QCOMPARE(problem->code, code);
    }

    // A field the request did not send is the service's to choose: no finding on it refuses
    // the launch, except a missing required one.
    void skipsUnsentFields()
    {
        LaunchSpec spec = launchable();
        spec.storageType = 1; // LaunchSpec's default, which C2 does not take
        QCOMPARE(SpecChecker::firstProblem(spec, Catalog::builtIn())->field,
                 QStringLiteral("storageType"));
        QVERIFY(!SpecChecker::firstProblem(spec, Catalog::builtIn(), {},
                                           {QStringLiteral("storageType")}));
        spec.imageId.clear();
        const auto missing =
            SpecChecker::firstProblem(spec, Catalog::builtIn(), {},
                                      {QStringLiteral("storageType"), QStringLiteral("imageId")});
        QVERIFY(missing);
        QCOMPARE(missing->field, QStringLiteral("imageId"));
        QCOMPARE(missing->code, QStringLiteral("MissingParameter"));
    }
};

QTEST_GUILESS_MAIN(TstServiceCodes)
#include "tst_servicecodes.moc"
