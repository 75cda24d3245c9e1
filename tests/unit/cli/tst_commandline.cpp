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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
