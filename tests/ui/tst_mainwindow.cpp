// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "cli/commandline.h"
#include "credentials/profilestore.h"
#include "dialogs/profilesdialog.h"
#include "fakecloudapi.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/statustracker.h"
#include "main/instancespanel.h"
#include "main/mainwindow.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "windowservices.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

LaunchSpec specFor(int count, const QString &name)
{
    return SpecBuilder().count(count).name(name);
}

// A window on a private journal, with an account (the fake) and a launch of `count` instances.
struct Fixture
{
    FakeCloudApi api;
    WindowServices services;
    MainWindow window{services.services()};

    Fixture()
    {
        services.controller.tracker()->setIntervals(5, 20);
        services.controller.start();
        services.controller.setCloudApi(&api, QStringLiteral("p1"));
    }
    QTableView *view() const
    {
        return window.findChild<QTableView *>(QStringLiteral("instancesView"));
    }
    QSortFilterProxyModel *proxy() const { return window.instancesPanel()->proxy(); }
    void selectRow(int row) const
    {
        view()->setCurrentIndex(proxy()->index(row, 0));
        view()->selectRow(row);
    }
};

} // namespace

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
    void launchFillsTheTableWithIconAndText();
    void filterNarrowsTheTable();
    void columnsFitTheirContents();
    void copiesTheInstanceId();
    void returnAsksFirstAndNamesTheInstance();
    void detailsShowTheParametersAndTheError();
    void trackerErrorsShowInTheStatusBar();
};

namespace {
CommandLine parse(QStringList args)
{
    args.prepend(QStringLiteral("cvm-launcher"));
    return CommandLine::parse(args);
}

} // namespace

void TestMainWindow::initTestCase()
{
    TestPaths::isolateStandardPaths();
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    // A name of its own: test processes run in parallel and share ~/.qttest's settings files.
    QCoreApplication::setApplicationName(
        QStringLiteral("org.cvmlauncher.CvmLauncher.tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::firstStartShowsTheSandboxHint()
{
    WindowServices accounts;
    MainWindow window(accounts.services());
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
    WindowServices accounts;
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Production");
    QCOMPARE(accounts.profiles.save(account), QString());
    MainWindow window(accounts.services());
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
    WindowServices accounts;
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Production");
    QCOMPARE(accounts.profiles.save(account), QString());
    MainWindow window(accounts.services());
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
    WindowServices accounts;
    MainWindow window(accounts.services());
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
    WindowServices accounts;
    MainWindow window(accounts.services());
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
    WindowServices accounts;
    MainWindow window(accounts.services());
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
    WindowServices accounts;
    MainWindow window(accounts.services());
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
    WindowServices services;
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("CVM Launcher"));
    auto *view = window.findChild<QTableView *>(QStringLiteral("instancesView"));
    QVERIFY(view);
    // The view shows the InstanceModel through the proxies, not a placeholder.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    QVERIFY(proxy);
    QCOMPARE(proxy->columnCount(), int(InstanceModel::ColumnCount));
    QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("instanceFilter")));
    QVERIFY(window.findChild<QPlainTextEdit *>(QStringLiteral("detailsPane")));
}

void TestMainWindow::newLaunchOpensTheWizard()
{
    WindowServices services;
    MainWindow window(services.services());
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("newLaunchAction"));
    QVERIFY(action);
    action->trigger();
    auto *wizard = window.findChild<LaunchWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
}

void TestMainWindow::launchFillsTheTableWithIconAndText()
{
    Fixture f;
    f.window.launch(specFor(3, QStringLiteral("web")));
    QTRY_COMPARE(f.proxy()->rowCount(), 3);
    const QModelIndex status = f.proxy()->index(0, InstanceModel::StatusColumn);
    QTRY_COMPARE(status.data().toString(), QStringLiteral("Creating"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(f.proxy()->index(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Running"));
}

void TestMainWindow::filterNarrowsTheTable()
{
    Fixture f;
    f.window.launch(specFor(3, QStringLiteral("web")));
    f.window.launch(specFor(2, QStringLiteral("database")));
    QTRY_COMPARE(f.proxy()->rowCount(), 5);
    auto *filter = f.window.findChild<QLineEdit *>(QStringLiteral("instanceFilter"));
    QTest::keyClicks(filter, QStringLiteral("DATA"));
    QCOMPARE(f.proxy()->rowCount(), 2);
    QVERIFY(filter->isClearButtonEnabled()); // enabled with the first text, not at start-up
    filter->clear();
    QCOMPARE(f.proxy()->rowCount(), 5);
}

void TestMainWindow::columnsFitTheirContents()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.window.launch(specFor(2, QStringLiteral("web")));
    QTRY_COMPARE(f.proxy()->rowCount(), 2);
    const auto fits = [&f](int column) {
        const QString text = f.proxy()->index(0, column).data().toString();
        return f.view()->columnWidth(column) > f.view()->fontMetrics().horizontalAdvance(text);
    };
    QTRY_VERIFY(fits(InstanceModel::LaunchedAtColumn));
    QVERIFY(fits(InstanceModel::ShapeColumn));
    QVERIFY(fits(InstanceModel::IdColumn));
    QVERIFY(!f.view()->wordWrap());

    // A poll answer that brings wider cells widens their columns.
    for (auto it = f.api.instances.begin(); it != f.api.instances.end(); ++it)
        it->wanIps = {QStringLiteral("203.0.113.200"), QStringLiteral("203.0.113.201")};
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(f.proxy()->index(0, InstanceModel::WanIpColumn).data().toString(),
                 QStringLiteral("203.0.113.200, 203.0.113.201"));
    QTRY_VERIFY(fits(InstanceModel::WanIpColumn));

    // Once the operator sizes a column, it stays as they left it.
    f.view()->horizontalHeader()->resizeSection(InstanceModel::NameColumn, 33);
    f.window.launch(specFor(1, QStringLiteral("a-much-longer-instance-name")));
    QTRY_COMPARE(f.proxy()->rowCount(), 3);
    QTest::qWait(20);
    QCOMPARE(f.view()->columnWidth(InstanceModel::NameColumn), 33);
}

void TestMainWindow::copiesTheInstanceId()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.window.launch(specFor(2, QStringLiteral("web")));
    QTRY_COMPARE(f.proxy()->rowCount(), 2);
    f.selectRow(1);
    const QString id = f.proxy()->index(1, 0).data(InstanceModel::InstanceIdRole).toString();
    QVERIFY(id.startsWith(QStringLiteral("ins-")));

    QGuiApplication::clipboard()->clear();
    f.view()->setFocus();
    QTest::keySequence(f.view(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), id);

    QGuiApplication::clipboard()->clear();
    f.window.findChild<QAction *>(QStringLiteral("copyIdAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), id);
}

void TestMainWindow::returnAsksFirstAndNamesTheInstance()
{
    Fixture f;
    f.window.show();
    f.window.launch(specFor(1, QStringLiteral("web")));
    QTRY_COMPARE(f.proxy()->rowCount(), 1);
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(f.proxy()->index(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Running"));
    f.selectRow(0);
    const QString id = f.proxy()->index(0, 0).data(InstanceModel::InstanceIdRole).toString();
    auto *action = f.window.findChild<QAction *>(QStringLiteral("returnInstanceAction"));
    QVERIFY(action->isEnabled());

    action->trigger();
    auto *box = f.window.findChild<QMessageBox *>(QStringLiteral("returnConfirmation"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(id));
    QVERIFY(box->text().contains(QStringLiteral("web")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!f.window.findChild<QMessageBox *>(QStringLiteral("returnConfirmation")));
    QVERIFY(f.api.returnCalls.isEmpty());

    action->trigger();
    box = f.window.findChild<QMessageBox *>(QStringLiteral("returnConfirmation"));
    QVERIFY(box);
    QPushButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            confirm = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(confirm);
    confirm->click();
    QTRY_COMPARE(f.api.returnCalls, QStringList{id});
    QTRY_COMPARE(f.proxy()->index(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Returning"));
    // The actions follow the model once per burst of changes, from the event loop.
    QTRY_VERIFY(!action->isEnabled());
}

void TestMainWindow::detailsShowTheParametersAndTheError()
{
    Fixture f;
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = 5300;
    error.message = QStringLiteral("insufficient balance");
    f.api.runScripts = {{error, 0, 0, false}};
    f.window.launch(specFor(4, QStringLiteral("web")));
    QTRY_COMPARE(f.proxy()->rowCount(), 1);
    f.selectRow(0);
    const QString details =
        f.window.findChild<QPlainTextEdit *>(QStringLiteral("detailsPane"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("insufficient balance")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("img-31tjrtph")));
    QVERIFY(details.contains(QStringLiteral("zoneId: 100003")));
}

void TestMainWindow::trackerErrorsShowInTheStatusBar()
{
    Fixture f;
    f.window.show();
    f.window.launch(specFor(1, QStringLiteral("web")));
    QTRY_COMPARE(f.proxy()->rowCount(), 1);
    ApiError error;
    error.kind = ApiError::Kind::Transport;
    error.message = QStringLiteral("connection refused");
    f.api.describeError = error;
    auto *label = f.window.findChild<QLabel *>(QStringLiteral("trackerStatus"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("connection refused")));
    f.api.describeError.reset();
    QTRY_VERIFY(!label->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
