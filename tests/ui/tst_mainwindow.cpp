// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "cli/commandline.h"
#include "credentials/profilestore.h"
#include "dialogs/profilesdialog.h"
#include "fakecloudapi.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launchtreemodel.h"
#include "launch/statustracker.h"
#include "main/instancespanel.h"
#include "main/mainwindow.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "treerows.h"
#include "version.h"
#include "widgets/messagebar.h"
#include "windowservices.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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
    QTreeView *view() const
    {
        return window.findChild<QTreeView *>(QStringLiteral("instancesView"));
    }
    QSortFilterProxyModel *proxy() const { return window.instancesPanel()->proxy(); }
    // The instances shown (launch rows left out), in the view's order.
    int rowCount() const { return int(instanceRows(proxy()).size()); }
    QModelIndex instance(int row, int column = 0) const
    {
        return instanceRows(proxy(), column).value(row);
    }
    void selectRow(int row) const { select(instance(row)); }
    // The row alone, whatever keyboard modifiers an earlier key click left behind.
    void select(const QModelIndex &index) const
    {
        view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
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
    void launchesGroupTheirInstances();
    void summaryLineCountsAndPrices();
    void finishedLaunchesCanBeHiddenAndArchived();
    void detailsSpeakPlainWords();
    void statusBarFollowsTheLastInstanceAtOnce();
    void backgroundErrorsShowWhereTheyAreNoticed();
    void waitingAndCreatingLookDifferent();
    void titleNamesTheProfileAndRegion();
    void helpAboutNamesVersionQtAndLicence();
    void tabLeavesTheTable();
    void menuMnemonicsAreUnique();
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
    // Saved where CVM_SCREENSHOT_DIR says, for a person to look at; else in a temporary folder,
    // where it is read back: the window renders to a picture of its own size.
    QTemporaryDir scratch;
    const QString path = qEnvironmentVariable("CVM_SCREENSHOT_DIR", scratch.path());
    QVERIFY(window.grab().save(path + QStringLiteral("/mainwindow.png")));
    QCOMPARE(QImage(path + QStringLiteral("/mainwindow.png")).size(),
             window.size() * window.devicePixelRatio());
}

void TestMainWindow::showsTheInstancesTable()
{
    WindowServices services;
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Sandbox (ap-guangzhou)"));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("instancesView"));
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
    QTRY_COMPARE(f.rowCount(), 3);
    const QModelIndex status = f.instance(0, InstanceModel::StatusColumn);
    QTRY_COMPARE(status.data().toString(), QStringLiteral("Creating"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Running"));
}

void TestMainWindow::filterNarrowsTheTable()
{
    Fixture f;
    f.window.launch(specFor(3, QStringLiteral("web")));
    f.window.launch(specFor(2, QStringLiteral("database")));
    QTRY_COMPARE(f.rowCount(), 5);
    auto *filter = f.window.findChild<QLineEdit *>(QStringLiteral("instanceFilter"));
    QTest::keyClicks(filter, QStringLiteral("DATA"));
    QCOMPARE(f.rowCount(), 2);
    QVERIFY(filter->isClearButtonEnabled()); // enabled with the first text, not at start-up
    filter->clear();
    QCOMPARE(f.rowCount(), 5);
}

void TestMainWindow::columnsFitTheirContents()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.window.launch(specFor(2, QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 2);
    const auto fits = [&f](int column) {
        const QString text = f.instance(0, column).data().toString();
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
    QTRY_COMPARE(f.instance(0, InstanceModel::WanIpColumn).data().toString(),
                 QStringLiteral("203.0.113.200, 203.0.113.201"));
    QTRY_VERIFY(fits(InstanceModel::WanIpColumn));

    // Once the operator sizes a column, it stays as they left it.
    f.view()->header()->resizeSection(InstanceModel::NameColumn, 33);
    f.window.launch(specFor(1, QStringLiteral("a-much-longer-instance-name")));
    QTRY_COMPARE(f.rowCount(), 3);
    QTest::qWait(20);
    QCOMPARE(f.view()->columnWidth(InstanceModel::NameColumn), 33);
}

void TestMainWindow::copiesTheInstanceId()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.window.launch(specFor(2, QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 2);
    f.selectRow(1);
    const QString id = f.instance(1, 0).data(InstanceModel::InstanceIdRole).toString();
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
    QTRY_COMPARE(f.rowCount(), 1);
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Running"));
    f.selectRow(0);
    const QString id = f.instance(0, 0).data(InstanceModel::InstanceIdRole).toString();
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
    QTRY_COMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
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
    QTRY_COMPARE(f.rowCount(), 1);
    f.selectRow(0);
    const QString details =
        f.window.findChild<QPlainTextEdit *>(QStringLiteral("detailsPane"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("insufficient balance")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("img-31tjrtph")));
    QVERIFY2(details.contains(QStringLiteral("Zone: Guangzhou Zone 3")), qPrintable(details));
}

void TestMainWindow::trackerErrorsShowInTheStatusBar()
{
    Fixture f;
    f.window.show();
    f.window.launch(specFor(1, QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 1);
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

namespace {
ApiError serviceError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = 5300;
    error.message = message;
    return error;
}
} // namespace

void TestMainWindow::launchesGroupTheirInstances()
{
    Fixture f;
    f.window.launch(specFor(2, QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 2);
    f.window.launch(specFor(1, QString()));
    QTRY_COMPARE(f.rowCount(), 3);
    QCOMPARE(f.proxy()->rowCount(), 2); // two launches
    // Newest first, each expanded, titled by its name or by what it is.
    const QModelIndex newest = f.proxy()->index(0, 0);
    QVERIFY(newest.data(LaunchTreeModel::IsLaunchRole).toBool());
    QCOMPARE(newest.data().toString(), QStringLiteral("1 × CVM.S1 in Guangzhou Zone 3"));
    QCOMPARE(f.proxy()->index(1, 0).data().toString(), QStringLiteral("web"));
    QVERIFY(f.view()->isExpanded(newest));
    QCOMPARE(f.proxy()->rowCount(f.proxy()->index(1, 0)), 2);
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(f.proxy()->index(1, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("2 of 2 running"));
    // Selecting a launch's row gives its LaunchIdRole (and no instance).
    f.select(f.proxy()->index(1, 0));
    const QModelIndexList selected = f.view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QVERIFY(!selected.first().data(InstanceModel::LaunchIdRole).toString().isEmpty());
    QVERIFY(selected.first().data(InstanceModel::InstanceIdRole).toString().isEmpty());
    // Sorting by another column keeps the launches and their instances together.
    f.view()->sortByColumn(InstanceModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(f.rowCount(), 3);
    QCOMPARE(f.proxy()->rowCount(), 2);
}

void TestMainWindow::summaryLineCountsAndPrices()
{
    Fixture f;
    f.api.runScripts = {{}, {serviceError(QStringLiteral("sold out")), 0, 0, false}};
    f.services.controller.launch(specFor(2, QStringLiteral("web")), 0.36);
    QTRY_COMPARE(f.rowCount(), 2);
    f.services.controller.launch(specFor(3, QStringLiteral("db")));
    QTRY_COMPARE(f.rowCount(), 3); // two instances and the refused batch's row
    auto *summary = f.window.findChild<QLabel *>(QStringLiteral("summaryLine"));
    QVERIFY(summary);
    QTRY_COMPARE(summary->text(),
                 QStringLiteral("Creating: 2 · Running: 0 · Failed: 3 · Running cost: ¥0.00 "
                                "per hour"));
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(summary->text(), QStringLiteral("Creating: 0 · Running: 2 · Failed: 3 · "
                                                 "Running cost: ¥0.72 per hour"));
    // The failed launch's title and progress.
    QModelIndex failed;
    for (int row = 0; row < f.proxy()->rowCount(); ++row) {
        if (f.proxy()->index(row, 0).data().toString() == QStringLiteral("db"))
            failed = f.proxy()->index(row, InstanceModel::StatusColumn);
    }
    QCOMPARE(failed.data().toString(), QStringLiteral("0 of 3 running, 3 failed"));

    LaunchTreeModel::Summary unpriced;
    unpriced.progress.add(InstanceState::Running, 2);
    unpriced.runningUnpriced = 2;
    QCOMPARE(InstancesPanel::summaryText(unpriced),
             QStringLiteral("Creating: 0 · Running: 2 · Failed: 0 · Running cost: price unknown"));
}

void TestMainWindow::finishedLaunchesCanBeHiddenAndArchived()
{
    Fixture f;
    f.window.launch(specFor(1, QStringLiteral("gone")));
    QTRY_COMPARE(f.rowCount(), 1);
    f.api.setState(f.api.instances.keys(), InstanceState::CreateFailed, QStringLiteral("no stock"));
    f.window.launch(specFor(1, QStringLiteral("alive")));
    QTRY_COMPARE(f.rowCount(), 2);
    QTRY_VERIFY(
        f.services.controller.launches()->index(0, 0).data(LaunchTreeModel::FinishedRole).toBool());
    InstancesPanel *panel = f.window.instancesPanel();
    panel->hideFinishedAction()->setChecked(true);
    QCOMPARE(f.proxy()->rowCount(), 1);
    QCOMPARE(f.proxy()->index(0, 0).data().toString(), QStringLiteral("alive"));
    QVERIFY(QSettings().value(QStringLiteral("view/hideFinishedLaunches")).toBool());
    panel->hideFinishedAction()->setChecked(false);
    QCOMPARE(f.proxy()->rowCount(), 2);

    // Archive: only a finished launch; hidden unless archived launches are shown.
    QModelIndex gone, alive;
    for (int row = 0; row < f.proxy()->rowCount(); ++row) {
        const QModelIndex index = f.proxy()->index(row, 0);
        (index.data().toString() == QStringLiteral("gone") ? gone : alive) = index;
    }
    f.select(alive);
    QVERIFY(!panel->archiveAction()->isEnabled());
    QVERIFY(!panel->archiveAction()->toolTip().isEmpty());
    f.select(gone);
    QVERIFY(panel->archiveAction()->isEnabled());
    panel->archiveAction()->trigger();
    QCOMPARE(f.proxy()->rowCount(), 1);
    panel->showArchivedAction()->setChecked(true);
    QCOMPARE(f.proxy()->rowCount(), 2);
}

void TestMainWindow::detailsSpeakPlainWords()
{
    Fixture f;
    f.api.apiVersion = ApiConfig::Version::V3;
    f.window.launch(SpecBuilder().instance(QStringLiteral("S5.SMALL2"), 1, 2).count(2));
    QTRY_COMPARE(f.rowCount(), 2);
    auto *pane = f.window.findChild<QPlainTextEdit *>(QStringLiteral("detailsPane"));
    // An instance's row, then its launch's row.
    f.selectRow(0);
    const QString instance = pane->toPlainText();
    f.select(f.proxy()->index(0, 0));
    const QString launch = pane->toPlainText();
    for (const QString &details : {instance, launch}) {
        QVERIFY2(details.contains(QStringLiteral("Zone: Guangzhou Zone 3 (ap-guangzhou-3)")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Instance type: S5.SMALL2")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("System disk: ")), qPrintable(details));
        // No raw spec key ("bandwidthType: PayByHour", "clientToken:"), no empty value.
        const QRegularExpression rawKey(QStringLiteral("^\\s*[a-z]+[A-Z]\\w*:"),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(!rawKey.match(details).hasMatch(), qPrintable(details));
        const QRegularExpression emptyValue(QStringLiteral(":\\s*$"),
                                            QRegularExpression::MultilineOption);
        const QStringList lines = details.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line != QStringLiteral("Launch parameters:"))
                QVERIFY2(!emptyValue.match(line).hasMatch(), qPrintable(line));
        }
    }
    QVERIFY(instance.contains(QStringLiteral("Instance ID: ins-")));
    // The launch's clientTokens, as the service knows them.
    const QStringList tokens =
        f.proxy()->index(0, 0).data(LaunchTreeModel::ClientTokensRole).toStringList();
    QCOMPARE(tokens.size(), 1);
    QVERIFY(launch.contains(tokens.first()));
    QVERIFY(launch.contains(QStringLiteral("Price: unknown")));
}

void TestMainWindow::statusBarFollowsTheLastInstanceAtOnce()
{
    Fixture f;
    f.window.launch(specFor(3, QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 3);
    QVERIFY(f.window.statusBar()->currentMessage().contains(QStringLiteral("Launching 3")));
    // When the rows change to Running, the status bar has changed with them, not 15 s later.
    InstanceModel *model = f.services.controller.model();
    QString messageWhenAllRan;
    // The connection's context: gone before messageWhenAllRan, so the window's teardown (which
    // changes rows too) does not reach it.
    QObject listening;
    connect(model, &QAbstractItemModel::dataChanged, &listening, [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->row(row).info.state != InstanceState::Running)
                return;
        }
        if (messageWhenAllRan.isEmpty())
            messageWhenAllRan = f.window.statusBar()->currentMessage();
    });
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_VERIFY(!messageWhenAllRan.isEmpty());
    QCOMPARE(messageWhenAllRan, QStringLiteral("Launch “web”: 3 of 3 running."));
}

void TestMainWindow::backgroundErrorsShowWhereTheyAreNoticed()
{
    Fixture f;
    f.window.show();
    f.window.launch(specFor(1, QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 1);
    QTRY_COMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Creating"));
    // A poll that fails: the row says so, with the reason, and the bar shows it.
    f.api.describeError = FakeCloudApi::transportError(QStringLiteral("DescribeInstances"));
    MessageBar *bar = f.window.messageBar();
    QTRY_VERIFY(bar->isVisible());
    QTRY_COMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Creating (status not refreshed)"));
    QVERIFY(!f.instance(0).data(InstanceModel::ErrorRole).toString().isEmpty());
    f.api.describeError.reset();
    QTRY_COMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Creating"));
    QTRY_VERIFY(!bar->isVisible());
    f.api.setState(f.api.instances.keys(), InstanceState::Running);
    QTRY_COMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Running"));

    // A return the service refuses: in the row and in the bar, not only the status bar.
    const QString id = f.instance(0).data(InstanceModel::InstanceIdRole).toString();
    f.api.failNext(QStringLiteral("ReturnInstance"), serviceError(QStringLiteral("locked")));
    f.services.controller.returnInstance(id);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("locked")), qPrintable(bar->text()));
    QTRY_COMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
                 QStringLiteral("Running (last action failed)"));
    QVERIFY(
        f.instance(0).data(InstanceModel::ErrorRole).toString().contains(QStringLiteral("locked")));
}

void TestMainWindow::waitingAndCreatingLookDifferent()
{
    Fixture f;
    f.window.launch(specFor(1, QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 1);
    InstanceModel *model = f.services.controller.model();
    InstanceInfo info = model->row(0).info;
    info.state = InstanceState::Unknown;
    model->updateInstances({info});
    const QIcon waiting =
        f.instance(0, InstanceModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
             QStringLiteral("Waiting for status"));
    info.state = InstanceState::Creating;
    model->updateInstances({info});
    const QIcon creating =
        f.instance(0, InstanceModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(f.instance(0, InstanceModel::StatusColumn).data().toString(),
             QStringLiteral("Creating"));
    QVERIFY(!waiting.isNull() && !creating.isNull());
    QVERIFY(waiting.pixmap(16).toImage() != creating.pixmap(16).toImage());
}

void TestMainWindow::titleNamesTheProfileAndRegion()
{
    WindowServices accounts;
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Production");
    account.region = QStringLiteral("ap-shanghai");
    QCOMPARE(accounts.profiles.save(account), QString());
    MainWindow window(accounts.services());
    QCOMPARE(window.windowTitle(), QStringLiteral("Sandbox (ap-guangzhou)"));
    accounts.profiles.setActive(account.id);
    QCOMPARE(window.windowTitle(), QStringLiteral("Production (ap-shanghai)"));
}

void TestMainWindow::helpAboutNamesVersionQtAndLicence()
{
    WindowServices accounts;
    MainWindow window(accounts.services());
    window.show();
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral(CVM_VERSION_STRING)));
    QVERIFY(box->informativeText().contains(QString::fromLatin1(qVersion())));
    QVERIFY(box->informativeText().contains(QStringLiteral("Apache-2.0")));
    box->close();
    window.findChild<QAction *>(QStringLiteral("aboutQtAction"))->trigger();
    auto *qtBox = window.findChild<QMessageBox *>(QStringLiteral("aboutQtBox"));
    QVERIFY(qtBox);
    QVERIFY(qtBox->text().contains(QString::fromLatin1(qVersion())));
}

void TestMainWindow::tabLeavesTheTable()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QApplication::setActiveWindow(&f.window);
    f.window.launch(specFor(3, QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 3);
    auto *filter = f.window.findChild<QLineEdit *>(QStringLiteral("instanceFilter"));
    auto *details = f.window.findChild<QPlainTextEdit *>(QStringLiteral("detailsPane"));
    QVERIFY(!f.view()->tabKeyNavigation());
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(f.view()->hasFocus());
    f.selectRow(1);
    QTest::keyClick(f.view(), Qt::Key_Tab);
    QTRY_VERIFY(details->hasFocus()); // not the next cell
    QTest::keyClick(details, Qt::Key_Backtab);
    QTRY_VERIFY(f.view()->hasFocus());
}

void TestMainWindow::menuMnemonicsAreUnique()
{
    WindowServices accounts;
    MainWindow window(accounts.services());
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QSet<QChar> menus;
    const QList<QAction *> menuActions = window.menuBar()->actions();
    QVERIFY(menuActions.size() >= 4);
    for (QAction *menuAction : menuActions) {
        const QChar key = mnemonic(menuAction->text());
        QVERIFY2(!key.isNull() && !menus.contains(key), qPrintable(menuAction->text()));
        menus.insert(key);
        QSet<QChar> items;
        for (QAction *item : menuAction->menu()->actions()) {
            if (item->isSeparator())
                continue;
            const QChar itemKey = mnemonic(item->text());
            QVERIFY2(!itemKey.isNull() && !items.contains(itemKey), qPrintable(item->text()));
            items.insert(itemKey);
        }
    }
    // The window's own mnemonics (labels, check boxes) do not take a menu's key.
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy())
            QVERIFY2(!menus.contains(mnemonic(label->text())), qPrintable(label->text()));
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        const QChar key = mnemonic(button->text());
        QVERIFY2(key.isNull() || !menus.contains(key), qPrintable(button->text()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
