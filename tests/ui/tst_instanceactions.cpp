// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Acting where the operator looks (issue 19, item 3): Return on one or many rows, enabled by
// the instances' states with the reason otherwise; Launch again and Save as template from a
// launch; the bandwidth dialog; copying ids and IPs; CSV export; every action in the menu bar
// with a key; a launch's row in a grouped view standing for its instances.
#include "dialogs/bandwidthdialog.h"
#include "fakecloudapi.h"
#include "i18n/translations.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/statustracker.h"
#include "main/instanceactions.h"
#include "main/instancespanel.h"
#include "main/mainwindow.h"
#include "spec/launchtemplate.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "treerows.h"
#include "windowservices.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

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
    QTreeView *view() const { return window.instancesPanel()->view(); }
    QSortFilterProxyModel *proxy() const { return window.instancesPanel()->proxy(); }
    InstanceActions *actions() const { return window.instanceActions(); }
    // The instance rows of the tree (each launch's under it), in the order the view shows them.
    QList<QModelIndex> rows() const { return instanceRows(proxy()); }
    int rowCount() const { return int(rows().size()); }
    QModelIndex row(int at) const { return rows().value(at); }
    void selectRow(int at) const
    {
        view()->setCurrentIndex(row(at));
        view()->selectionModel()->select(row(at), QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    }
    QString idAt(int at) const { return row(at).data(InstanceModel::InstanceIdRole).toString(); }
    // Launches `spec` and waits for its rows, all running.
    bool launchRunning(const LaunchSpec &spec)
    {
        const int before = rowCount();
        window.launch(spec);
        if (!QTest::qWaitFor([&] { return rowCount() == before + spec.goodsNum; }))
            return false;
        api.setState(api.instances.keys(), InstanceState::Running);
        return QTest::qWaitFor([&] {
            const QList<QModelIndex> all = rows();
            for (const QModelIndex &index : all) {
                if (InstanceState(index.data(InstanceModel::StateRole).toInt()) !=
                    InstanceState::Running)
                    return false;
            }
            return true;
        });
    }
    QMessageBox *confirmation() const
    {
        return window.findChild<QMessageBox *>(QStringLiteral("returnConfirmation"));
    }
};

void accept(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    }
}

} // namespace

class TestInstanceActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void returnFollowsTheStateAndSaysWhyNot();
    void aFailedBatchHasNothingToReturn();
    void deleteAsksOnceForManyRows();
    void copiesIdsAndIps();
    void exportsTheRowsAsCsv();
    void launchAgainOpensTheWizardWithoutSecrets();
    void savesALaunchAsATemplateWithoutItsPassword();
    void bandwidthOnApiTwoIsQuotedFromTheLaunch();
    void bandwidthNeedsOneRunningInstanceWithAPublicIp();
    void everyActionIsInTheMenuBarWithAKey();
    void aLaunchRowStandsForItsInstances();
    void screenshots();
};

void TestInstanceActions::initTestCase()
{
    TestPaths::isolateStandardPaths();
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    QCoreApplication::setApplicationName(
        QStringLiteral("org.cvmlauncher.CvmLauncher.tst_instanceactions"));
}

void TestInstanceActions::init()
{
    QSettings().clear();
}

void TestInstanceActions::returnFollowsTheStateAndSaysWhyNot()
{
    Fixture f;
    QAction *action = f.actions()->returnAction();
    QVERIFY(!action->isEnabled()); // nothing selected
    f.window.launch(SpecBuilder().count(1).name(QStringLiteral("web")));
    QTRY_COMPARE(f.rowCount(), 1);
    f.selectRow(0);
    const QString id = f.idAt(0);
    QTRY_COMPARE(InstanceState(f.row(0).data(InstanceModel::StateRole).toInt()),
                 InstanceState::Creating);
    QTRY_VERIFY2(action->toolTip().contains(QLatin1String("still being created")),
                 qPrintable(action->toolTip()));
    QVERIFY(!action->isEnabled());

    f.api.setState({id}, InstanceState::Running);
    QTRY_VERIFY(action->isEnabled());
    QCOMPARE(action->toolTip(), action->statusTip());

    // A running instance is no longer polled: the return itself takes the row to 退还中.
    f.services.controller.returnInstance(id);
    QTRY_VERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QLatin1String("already being returned")));
}

void TestInstanceActions::aFailedBatchHasNothingToReturn()
{
    Fixture f;
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = 5300;
    error.message = QStringLiteral("insufficient balance");
    f.api.runScripts = {{error, 0, 0, false}};
    f.window.launch(SpecBuilder().count(2));
    QTRY_COMPARE(f.rowCount(), 1);
    f.selectRow(0);
    QAction *action = f.actions()->returnAction();
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QLatin1String("did not create")));
    QVERIFY(!f.actions()->copyIdAction()->isEnabled());
    // Launch again still works from a failed launch: that is when it is wanted most.
    QVERIFY(f.actions()->launchAgainAction()->isEnabled());
}

void TestInstanceActions::deleteAsksOnceForManyRows()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QVERIFY(f.launchRunning(SpecBuilder().count(3)));
    f.view()->setFocus();
    f.view()->selectAll();
    QStringList ids = {f.idAt(0), f.idAt(1), f.idAt(2)};
    QTRY_VERIFY(f.actions()->returnAction()->isEnabled());

    QTest::keyClick(f.view(), Qt::Key_Delete);
    QMessageBox *box = f.confirmation();
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QLatin1String("Return 3 instance")), qPrintable(box->text()));
    for (const QString &id : ids)
        QVERIFY(box->informativeText().contains(id));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!f.confirmation());
    QVERIFY(f.api.returnCalls.isEmpty());

    f.actions()->returnAction()->trigger();
    QTRY_VERIFY(f.confirmation());
    accept(f.confirmation());
    QTRY_COMPARE(f.api.returnCalls.size(), 3);
    QStringList returned = f.api.returnCalls;
    returned.sort();
    ids.sort();
    QCOMPARE(returned, ids);
    QTRY_VERIFY(!f.actions()->returnAction()->isEnabled());
}

void TestInstanceActions::copiesIdsAndIps()
{
    Fixture f;
    f.window.launch(SpecBuilder().count(2).bandwidth(5));
    QTRY_COMPARE(f.rowCount(), 2);
    QStringList ids = f.api.instances.keys();
    f.api.instances[ids.at(0)].lanIp = QStringLiteral("10.0.0.1");
    f.api.instances[ids.at(0)].wanIps = {QStringLiteral("203.0.113.1")};
    f.api.instances[ids.at(1)].lanIp = QStringLiteral("10.0.0.2");
    f.api.instances[ids.at(1)].wanIps = {QStringLiteral("203.0.113.2"),
                                         QStringLiteral("203.0.113.3")};
    f.api.setState(ids, InstanceState::Running);
    QTRY_COMPARE(f.row(1).data(InstanceModel::WanIpsRole).toStringList().size() +
                     f.row(0).data(InstanceModel::WanIpsRole).toStringList().size(),
                 3);
    ids.sort();
    f.view()->selectAll();

    f.actions()->copyIdAction()->trigger();
    QStringList copied = QGuiApplication::clipboard()->text().split(u'\n');
    copied.sort();
    QCOMPARE(copied, ids);
    f.actions()->copyPublicIpAction()->trigger();
    copied = QGuiApplication::clipboard()->text().split(u'\n');
    copied.sort();
    QCOMPARE(copied, (QStringList{QStringLiteral("203.0.113.1"), QStringLiteral("203.0.113.2"),
                                  QStringLiteral("203.0.113.3")}));
    f.actions()->copyPrivateIpAction()->trigger();
    copied = QGuiApplication::clipboard()->text().split(u'\n');
    copied.sort();
    QCOMPARE(copied, (QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
}

void TestInstanceActions::exportsTheRowsAsCsv()
{
    Fixture f;
    f.window.launch(SpecBuilder().count(1).name(QStringLiteral("广州, \"web\"")));
    f.window.launch(SpecBuilder().count(1).name(QStringLiteral("db")));
    QTRY_COMPARE(f.rowCount(), 2);

    const auto records = [&f](bool selected) {
        QByteArray data = f.actions()->csv(selected);
        if (!data.startsWith("\xEF\xBB\xBF"))
            return QList<QByteArray>();
        data.remove(0, 3);
        QList<QByteArray> lines = data.split('\n');
        lines.removeLast(); // after the last CRLF
        return lines;
    };
    // Nothing selected: every row, under the table's headers and the API's names.
    QList<QByteArray> lines = records(true);
    QCOMPARE(lines.size(), 3);
    const QString header = QString::fromUtf8(lines.at(0));
    QVERIFY2(header.startsWith(QLatin1String("Instance ID,Name,Zone,")), qPrintable(header));
    QVERIFY(header.contains(QLatin1String(",Bandwidth,")));
    QVERIFY(header.endsWith(QLatin1String(",InstanceId,ProfileId,Region,Placement.Zone\r")));
    const QString all = QString::fromUtf8(lines.join('\n'));
    QVERIFY2(all.contains(QStringLiteral("\"广州, \"\"web\"\"\"")), qPrintable(all));
    QVERIFY(all.contains(QLatin1String(",p1,")));
    QVERIFY(all.contains(QLatin1String(",ap-guangzhou-3\r")));

    // One selected: that row only.
    f.selectRow(0);
    lines = records(true);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith(QByteArray(f.idAt(0).toUtf8() + ',')));
    QCOMPARE(records(false).size(), 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(f.actions()->writeCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), f.actions()->csv(true));
    QVERIFY(InstanceActions::suggestedCsvPath().endsWith(QLatin1String(".csv")));
    QVERIFY(QFileInfo(InstanceActions::suggestedCsvPath())
                .fileName()
                .startsWith(QLatin1String("cvm-instances-")));
}

void TestInstanceActions::launchAgainOpensTheWizardWithoutSecrets()
{
    Fixture f;
    f.window.launch(SpecBuilder()
                        .count(3)
                        .name(QStringLiteral("web"))
                        .bandwidth(7)
                        .password(QStringLiteral("Secret-123!")));
    QTRY_COMPARE(f.rowCount(), 3);
    f.selectRow(1);
    QSignalSpy requested(f.actions(), &InstanceActions::launchAgainRequested);
    QVERIFY(f.actions()->launchAgainAction()->isEnabled());
    f.actions()->launchAgainAction()->trigger();
    QCOMPARE(requested.size(), 1);
    const auto spec = requested.at(0).at(0).value<LaunchSpec>();
    QCOMPARE(spec.instanceName, QStringLiteral("web"));
    QCOMPARE(spec.bandwidth, 7);
    QCOMPARE(spec.goodsNum, 1); // from one instance: one more like it
    QVERIFY(!spec.password.has_value());
    QVERIFY(spec.clientToken.isEmpty());
    auto *wizard = f.window.findChild<LaunchWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->spec().instanceName, QStringLiteral("web"));
    QVERIFY(!wizard->spec().password.has_value());
}

void TestInstanceActions::savesALaunchAsATemplateWithoutItsPassword()
{
    Fixture f;
    f.window.launch(
        SpecBuilder().count(2).name(QStringLiteral("db")).password(QStringLiteral("Secret-123!")));
    QTRY_COMPARE(f.rowCount(), 2);
    f.selectRow(0);
    QVERIFY(f.actions()->saveTemplateAction()->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.json"));
    QCOMPARE(f.actions()->saveTemplate(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(!data.contains("Secret-123!"));
    const LaunchTemplate::LoadResult loaded = LaunchTemplate::parse(data);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.spec.instanceName, QStringLiteral("db"));
    QCOMPARE(loaded.spec.goodsNum, 2); // the launch, as it was
    QVERIFY(!loaded.spec.password.has_value());
    QVERIFY(loaded.spec.clientToken.isEmpty());
}

void TestInstanceActions::bandwidthOnApiTwoIsQuotedFromTheLaunch()
{
    Fixture f;
    f.window.show();
    f.window.launch(SpecBuilder().count(1).bandwidth(5).password(QStringLiteral("Secret-123!")));
    QTRY_COMPARE(f.rowCount(), 1);
    const QString id = f.idAt(0);
    f.api.instances[id].wanIps = {QStringLiteral("203.0.113.9")};
    f.api.setState({id}, InstanceState::Running);
    f.selectRow(0);
    QTRY_VERIFY2(f.actions()->bandwidthAction()->isEnabled(),
                 qPrintable(f.actions()->bandwidthAction()->toolTip()));
    f.actions()->bandwidthAction()->trigger();
    auto *dialog = f.window.findChild<BandwidthDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->spinBox()->value(), 5);
    dialog->spinBox()->setValue(20);
    QTRY_VERIFY2(dialog->priceText().contains(QLatin1String("1.20 CNY per hour")),
                 qPrintable(dialog->priceText()));
    // API 2.0 has no inquiry for a change: the launch's spec for one instance at 20 Mbps.
    const LaunchSpec asked = f.api.priceRequests.last();
    QCOMPARE(asked.bandwidth, 20);
    QCOMPARE(asked.goodsNum, 1);
    QVERIFY(!asked.password.has_value());
    // The fake refuses the change: the dialog says so and stays, the row keeps its value.
    dialog->accept();
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.row(0).data(InstanceModel::BandwidthRole).toInt(), 5);
}

void TestInstanceActions::bandwidthNeedsOneRunningInstanceWithAPublicIp()
{
    Fixture f;
    QVERIFY(f.launchRunning(SpecBuilder().count(2)));
    QAction *action = f.actions()->bandwidthAction();
    f.view()->selectAll();
    QTRY_VERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QLatin1String("one instance at a time")));
    f.view()->clearSelection();
    f.selectRow(0);
    QTRY_VERIFY(action->toolTip().contains(QLatin1String("no public IP")));
    QVERIFY(!action->isEnabled());
}

void TestInstanceActions::everyActionIsInTheMenuBarWithAKey()
{
    Fixture f;
    QList<QAction *> inMenus;
    for (QAction *menu : f.window.menuBar()->actions()) {
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
        if (menu->menu())
            inMenus << menu->menu()->actions();
    }
    for (QAction *action : f.actions()->actions()) {
        if (!action)
            continue;
        QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
        QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
    }
    QCOMPARE(f.actions()->returnAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(f.actions()->copyIdAction()->shortcut(), QKeySequence(QKeySequence::Copy));
}

void TestInstanceActions::aLaunchRowStandsForItsInstances()
{
    // A grouped view, as a tree: a launch's row (no instance id) over its instances.
    WindowServices services;
    QStandardItemModel model;
    auto *launch = new QStandardItem(QStringLiteral("2 × S5.SMALL2"));
    launch->setData(QStringLiteral("launch-1"), InstanceModel::LaunchIdRole);
    for (const QString &id : {QStringLiteral("ins-a"), QStringLiteral("ins-b")}) {
        auto *child = new QStandardItem(id);
        child->setData(id, InstanceModel::InstanceIdRole);
        child->setData(QStringLiteral("launch-1"), InstanceModel::LaunchIdRole);
        child->setData(int(InstanceState::Running), InstanceModel::StateRole);
        launch->appendRow(child);
    }
    model.appendRow(launch);
    model.setHorizontalHeaderLabels({QStringLiteral("Launch")});
    QTreeView tree;
    tree.setModel(&model);
    tree.setSelectionBehavior(QAbstractItemView::SelectRows);
    InstanceActions actions(&services.controller, &tree, &tree);

    tree.setCurrentIndex(model.index(0, 0));
    tree.selectionModel()->select(model.index(0, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndexList rows = actions.selectedInstanceRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).data(InstanceModel::InstanceIdRole).toString(), QStringLiteral("ins-a"));
    QVERIFY(actions.returnAction()->isEnabled());
    QCOMPARE(actions.csv(true).count("\r\n"), 3); // header and both instances
    actions.returnAction()->trigger();
    auto *box = tree.findChild<QMessageBox *>(QStringLiteral("returnConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QLatin1String("Return 2 instance")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QLatin1String("ins-a\nins-b")));
}

// Pictures of the actions for a person to look at: the window with the Instance menu open, the
// context menu, the return confirmation and the bandwidth dialog, in CVM_SCREENSHOT_LANGUAGE
// (en, zh_CN) when set.
void TestInstanceActions::screenshots()
{
    // Saved where CVM_SCREENSHOT_DIR says, for a person to look at; else in a temporary folder
    // (the steps below still check what each picture shows).
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("CVM_SCREENSHOT_DIR", scratch.path());
    const QString language = qEnvironmentVariable("CVM_SCREENSHOT_LANGUAGE", QStringLiteral("en"));
    const Translations::Result installed =
        Translations::install(QCoreApplication::instance(), language);
    QVERIFY(installed.appLoaded || language == QLatin1String("en"));
    Fixture f;
    f.window.resize(1300, 640);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = 5300;
    error.message = QStringLiteral("insufficient balance");
    f.api.runScripts = {{}, {error, 0, 0, false}};
    f.window.launch(SpecBuilder().count(2).name(QStringLiteral("web")).bandwidth(5));
    QTRY_COMPARE(f.rowCount(), 2);
    f.window.launch(SpecBuilder().count(3).name(QStringLiteral("db")));
    QTRY_COMPARE(f.rowCount(), 3);
    const QStringList ids = f.api.instances.keys();
    for (const QString &id : ids) {
        f.api.instances[id].lanIp = QStringLiteral("10.0.0.%1").arg(ids.indexOf(id) + 4);
        f.api.instances[id].wanIps = {QStringLiteral("203.0.113.%1").arg(ids.indexOf(id) + 4)};
    }
    f.api.setState(ids, InstanceState::Running);
    QTRY_VERIFY(!f.row(1).data(InstanceModel::WanIpsRole).toStringList().isEmpty());
    for (int row = 0; row < f.rowCount(); ++row) {
        if (!f.idAt(row).isEmpty()) {
            f.selectRow(row);
            break;
        }
    }
    QTRY_VERIFY(f.actions()->bandwidthAction()->isEnabled());
    const QString suffix = QLatin1Char('-') + language + QStringLiteral(".png");
    QVERIFY(f.window.grab().save(dir + QStringLiteral("/actions-window") + suffix));

    QMenu menu;
    f.actions()->addTo(&menu);
    menu.popup(f.window.mapToGlobal(QPoint(200, 120)));
    QVERIFY(QTest::qWaitForWindowExposed(&menu));
    QVERIFY(menu.grab().save(dir + QStringLiteral("/actions-menu") + suffix));
    menu.close();

    f.actions()->bandwidthAction()->trigger();
    auto *dialog = f.window.findChild<BandwidthDialog *>();
    QVERIFY(dialog);
    dialog->spinBox()->setValue(20);
    QTRY_VERIFY(dialog->priceText().contains(QLatin1String("1.20")));
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/bandwidth-dialog") + suffix));
    dialog->reject();

    f.view()->selectAll();
    f.actions()->returnAction()->trigger();
    QTRY_VERIFY(f.confirmation() && f.confirmation()->isVisible());
    QVERIFY(f.confirmation()->grab().save(dir + QStringLiteral("/return-confirmation") + suffix));
    f.confirmation()->button(QMessageBox::Cancel)->click();
}

QTEST_MAIN(TestInstanceActions)
#include "tst_instanceactions.moc"
