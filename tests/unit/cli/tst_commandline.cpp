// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "cli/commandline.h"
#include "version.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsRuns();
    void versionPrintsTheVersion();
    void helpListsTheOptions();
    void unknownOptionIsAnError();
    void templateIsPassedOn();
    void twoTemplatesAreAnError();
    void profileIsPassedOn();
    void emptyProfileIsAProblemNotAnError();
    void endpointIsChecked_data();
    void endpointIsChecked();
    void endpointWithoutValueIsAnError();
    void helpListsProfileAndEndpoint();
};

namespace {
CommandLine parse(QStringList args)
{
    args.prepend(QStringLiteral("cvm-launcher"));
    return CommandLine::parse(args);
}
} // namespace

void TestCommandLine::noArgumentsRuns()
{
    const CommandLine cl = parse({});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Run);
    QVERIFY(cl.templatePath().isEmpty());
}

void TestCommandLine::versionPrintsTheVersion()
{
    const CommandLine cl = parse({QStringLiteral("--version")});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::ShowVersion);
    QVERIFY(cl.text().contains(QStringLiteral(CVM_VERSION_STRING)));
}

void TestCommandLine::helpListsTheOptions()
{
    const CommandLine cl = parse({QStringLiteral("--help")});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::ShowHelp);
    QVERIFY(cl.text().contains(QStringLiteral("--version")));
    QVERIFY(cl.text().contains(QStringLiteral("template")));
}

void TestCommandLine::unknownOptionIsAnError()
{
    const CommandLine cl = parse({QStringLiteral("--frobnicate")});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Error);
    QVERIFY(cl.text().contains(QStringLiteral("frobnicate")));
}

void TestCommandLine::templateIsPassedOn()
{
    const CommandLine cl = parse({QStringLiteral("/tmp/web.json")});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Run);
    QCOMPARE(cl.templatePath(), QStringLiteral("/tmp/web.json"));
}

void TestCommandLine::twoTemplatesAreAnError()
{
    const CommandLine cl = parse({QStringLiteral("a.json"), QStringLiteral("b.json")});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Error);
}

void TestCommandLine::profileIsPassedOn()
{
    const CommandLine cl = parse({QStringLiteral("--profile"), QStringLiteral("Production")});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Run);
    QCOMPARE(cl.profileName(), QStringLiteral("Production"));
    QVERIFY(cl.problems().isEmpty());
    QCOMPARE(parse({QStringLiteral("--profile=Sandbox"), QStringLiteral("t.json")}).profileName(),
             QStringLiteral("Sandbox"));
}

void TestCommandLine::emptyProfileIsAProblemNotAnError()
{
    const CommandLine cl = parse({QStringLiteral("--profile=")});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Run);
    QVERIFY(cl.profileName().isEmpty());
    QCOMPARE(cl.problems().size(), 1);
}

void TestCommandLine::endpointIsChecked_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("problem");

    QTest::newRow("https") << QStringLiteral("https://cvm.tencentcloudapi.com")
                           << QStringLiteral("https://cvm.tencentcloudapi.com") << QString();
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080")
                                   << QStringLiteral("http://127.0.0.1:8080") << QString();
    QTest::newRow("remote http") << QStringLiteral("http://cvm.api.qcloud.com") << QString()
                                 << QStringLiteral("Plain http");
    QTest::newRow("not a url") << QStringLiteral("not a url") << QString()
                               << QStringLiteral("not a web address");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
}

void TestCommandLine::endpointIsChecked()
{
    QFETCH(QString, argument);
    QFETCH(QString, endpoint);
    QFETCH(QString, problem);
    const CommandLine cl = parse({QStringLiteral("--endpoint"), argument});
    // A bad endpoint never stops the app: it starts with the profile's own endpoint.
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Run);
    QCOMPARE(cl.endpoint().toString(), endpoint);
    if (problem.isEmpty()) {
        QVERIFY(cl.problems().isEmpty());
    } else {
        QCOMPARE(cl.problems().size(), 1);
        QVERIFY2(cl.problems().first().contains(problem), qPrintable(cl.problems().first()));
        QVERIFY(cl.problems().first().contains(QStringLiteral("--endpoint")));
    }
}

void TestCommandLine::endpointWithoutValueIsAnError()
{
    const CommandLine cl = parse({QStringLiteral("--endpoint")});
    QCOMPARE(cl.outcome(), CommandLine::Outcome::Error);
    QVERIFY(cl.text().contains(QStringLiteral("endpoint")));
}

void TestCommandLine::helpListsProfileAndEndpoint()
{
    const CommandLine cl = parse({QStringLiteral("--help")});
    QVERIFY(cl.text().contains(QStringLiteral("--profile <name>")));
    QVERIFY(cl.text().contains(QStringLiteral("--endpoint <url>")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
