#include "main/mainwindow.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheInstancesTable();
    void newLaunchOpensTheWizard();
};

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
