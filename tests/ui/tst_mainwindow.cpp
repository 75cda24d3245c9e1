#include "cli/commandline.h"
#include "credentials/inmemorysecretstore.h"
#include "credentials/profilestore.h"
#include "dialogs/profilesdialog.h"
#include "main/mainwindow.h"
#include "testpaths.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheInstancesTable();
    void newLaunchOpensTheWizard();
    void firstStartShowsTheSandboxHint();
    void switcherChangesTheActiveProfile();
    void commandLineChoosesTheProfile();
    void unknownProfileStartsOnTheSandboxAndSaysSo();
    void badEndpointIsShown();
    void profilesActionOpensTheDialog();
    void screenshot();
};

namespace {
CommandLine parse(QStringList args)
{
    args.prepend(QStringLiteral("cvm-launcher"));
    return CommandLine::parse(args);
}

struct Accounts
{
    InMemorySecretStore secrets;
    CredentialStore credentials{&secrets};
    ProfileStore profiles{&credentials, QProcessEnvironment()};
};
} // namespace

void TestMainWindow::initTestCase()
{
    TestPaths::isolateStandardPaths();
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    QCoreApplication::setApplicationName(QStringLiteral("org.cvmlauncher.CvmLauncher.uitests"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::firstStartShowsTheSandboxHint()
{
    Accounts accounts;
    MainWindow window(&accounts.profiles, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *hint = window.findChild<QLabel *>(QStringLiteral("sandboxHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("built-in sandbox")));
    QVERIFY(hint->text().contains(QStringLiteral("Profiles")));

    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Production");
    QCOMPARE(accounts.profiles.save(account), QString());
    QVERIFY(!hint->isVisible()); // an account exists now
}

void TestMainWindow::switcherChangesTheActiveProfile()
{
    Accounts accounts;
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Production");
    QCOMPARE(accounts.profiles.save(account), QString());
    MainWindow window(&accounts.profiles, {});
    window.show();
    auto *switcher = window.findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
    QVERIFY(switcher);
    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->currentText(), QStringLiteral("Sandbox"));
    QVERIFY(!switcher->accessibleName().isEmpty());
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QTRY_COMPARE(accounts.profiles.active().id, account.id);
    // And back from the store's side: the switcher follows.
    accounts.profiles.setActive(Profile::sandboxId());
    QCOMPARE(switcher->currentText(), QStringLiteral("Sandbox"));
}

void TestMainWindow::commandLineChoosesTheProfile()
{
    Accounts accounts;
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Production");
    QCOMPARE(accounts.profiles.save(account), QString());
    MainWindow window(&accounts.profiles, {});
    window.applyCommandLine(
        parse({QStringLiteral("--profile"), QStringLiteral("production"),
               QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9999")}));
    window.show();
    QCOMPARE(accounts.profiles.active().id, account.id);
    QCOMPARE(accounts.profiles.endpointOverride(), QUrl(QStringLiteral("http://127.0.0.1:9999")));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("problemsBanner"))->isVisible());
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("profileSwitcher"))->currentText(),
             QStringLiteral("Production"));
}

void TestMainWindow::unknownProfileStartsOnTheSandboxAndSaysSo()
{
    Accounts accounts;
    MainWindow window(&accounts.profiles, {});
    window.applyCommandLine(parse({QStringLiteral("--profile"), QStringLiteral("Nope")}));
    window.show();
    QCOMPARE(accounts.profiles.active().id, Profile::sandboxId());
    auto *problems = window.findChild<QLabel *>(QStringLiteral("problemsBanner"));
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("Nope")));
    QVERIFY(problems->text().contains(QStringLiteral("Sandbox")));
}

void TestMainWindow::badEndpointIsShown()
{
    Accounts accounts;
    MainWindow window(&accounts.profiles, {});
    window.applyCommandLine(
        parse({QStringLiteral("--endpoint"), QStringLiteral("http://cvm.api.qcloud.com")}));
    window.show();
    QVERIFY(accounts.profiles.endpointOverride().isEmpty());
    auto *problems = window.findChild<QLabel *>(QStringLiteral("problemsBanner"));
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("--endpoint")));
}

void TestMainWindow::profilesActionOpensTheDialog()
{
    Accounts accounts;
    MainWindow window(&accounts.profiles, {});
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("profilesAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
}

void TestMainWindow::screenshot()
{
    Accounts accounts;
    MainWindow window(&accounts.profiles, {});
    window.applyCommandLine(parse({QStringLiteral("--profile"), QStringLiteral("Nope")}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = qEnvironmentVariable("CVM_SCREENSHOT_DIR");
    if (path.isEmpty())
        QSKIP("set CVM_SCREENSHOT_DIR to save a picture of the window");
    QVERIFY(window.grab().save(path + QStringLiteral("/mainwindow.png")));
}

void TestMainWindow::showsTheInstancesTable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("CVM Launcher"));
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("instancesView")));
}

void TestMainWindow::newLaunchOpensTheWizard()
{
    MainWindow window;
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("newLaunchAction"));
    QVERIFY(action);
    action->trigger();
    auto *wizard = window.findChild<LaunchWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
