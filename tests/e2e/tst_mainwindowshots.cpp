// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "credentials/accountsession.h"
#include "i18n/translations.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launchtreemodel.h"
#include "launch/statustracker.h"
#include "main/instancespanel.h"
#include "main/mainwindow.h"
#include "sandbox/instancestore.h"
#include "sandbox/sandboxservice.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "windowservices.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <memory>

// The main window as the app shows it on the built-in API 3.0 sandbox, with two launches: one
// that runs and one the sandbox refuses (a sold-out type). Asserts what the window shows (titles,
// progress, the summary line) and, with CVM_SCREENSHOT_DIR set, saves main-window-<lang>.png;
// CVM_SCREENSHOT_LANG=zh_CN takes the picture in Chinese (CVM_SCREENSHOT_QM: see initTestCase).
class TestMainWindowShots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoLaunchesOneRefused();

private:
    QString m_language = QStringLiteral("en");
};

void TestMainWindowShots::initTestCase()
{
    TestPaths::isolateStandardPaths();
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    QCoreApplication::setApplicationName(
        QStringLiteral("org.cvmlauncher.CvmLauncher.tst_mainwindowshots"));
    QSettings().clear();
    if (qEnvironmentVariable("CVM_SCREENSHOT_LANG") == QStringLiteral("zh_CN"))
        m_language = QStringLiteral("zh_CN");
    Translations::install(qApp, m_language);
    // A branch's strings wait in translations/pending/ until the integrator merges them into the
    // .ts; CVM_SCREENSHOT_QM (those strings compiled with lrelease) lets the picture show them
    // translated meanwhile. Installed last, so it is asked first.
    const QString pending = qEnvironmentVariable("CVM_SCREENSHOT_QM");
    if (!pending.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY(translator->load(pending));
        QCoreApplication::installTranslator(translator);
    }
}

void TestMainWindowShots::twoLaunchesOneRefused()
{
    SandboxService sandbox;
    sandbox.setRateLimited(false);
    sandbox.store().setPendingMs(300);
    QVERIFY(sandbox.start() != 0);
    NetworkTransport transport;
    WindowServices services([&transport](const ApiConfig &config) {
        return CloudApiFactory::create(config, &transport);
    });
    services.profiles.setSandboxAccess(
        {sandbox.endpoint(), {SandboxService::DefaultSecretId, SandboxService::DefaultSecretKey}});
    services.controller.tracker()->setIntervals(50, 200);
    MainWindow window(services.services());
    services.controller.start();
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.session()->api() != nullptr);

    // The price the wizard would have quoted: the sandbox's, per instance and hour.
    const LaunchSpec web =
        SpecBuilder()
            .instance(QStringLiteral("S5.SMALL2"), 1, 2)
            .dataDisk(4, 100)
            .bandwidth(1)
            .vpc(QStringLiteral("vpc-2ari9m7h"), QStringLiteral("subnet-ls9zm1zp"))
            .count(3)
            .name(QStringLiteral("web"));
    std::optional<double> price;
    window.session()->api()->inquirePrice(web, this, [&price](const ApiResult<Price> &result) {
        if (result.ok())
            price = (result.value->instancePerHour.toDouble() +
                     result.value->bandwidthPrice.toDouble()) /
                    3;
    });
    QTRY_VERIFY(price.has_value());
    QVERIFY(!services.controller.launch(web, price).isEmpty());
    // Sold out in ap-guangzhou-3: the sandbox refuses the whole batch.
    const LaunchSpec soldOut =
        SpecBuilder()
            .instance(QStringLiteral("S5.MEDIUM4"), 2, 4)
            .dataDisk(4, 100)
            .bandwidth(1)
            .vpc(QStringLiteral("vpc-2ari9m7h"), QStringLiteral("subnet-ls9zm1zp"))
            .count(2);
    QVERIFY(!services.controller.launch(soldOut).isEmpty());

    LaunchTreeModel *launches = services.controller.launches();
    QTRY_COMPARE_WITH_TIMEOUT(
        launches
            ->summary({launches->index(0, 0).data(InstanceModel::LaunchIdRole).toString(),
                       launches->index(1, 0).data(InstanceModel::LaunchIdRole).toString()})
            .progress.running,
        3, 15000);
    QTRY_COMPARE(
        launches->summary({launches->index(1, 0).data(InstanceModel::LaunchIdRole).toString()})
            .progress.failed,
        2);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLine"));
    QTRY_VERIFY(summary->text().contains(QLatin1String("3")));
    if (m_language == QStringLiteral("en")) {
        QCOMPARE(launches->index(0, 0).data().toString(), QStringLiteral("web"));
        QCOMPARE(launches->index(1, 0).data().toString(),
                 QStringLiteral("2 × S5.MEDIUM4 in Guangzhou Zone 3"));
        QTRY_VERIFY2(summary->text().startsWith(
                         QStringLiteral("Creating: 0 · Running: 3 · Failed: 2 · Running cost: ¥")),
                     qPrintable(summary->text()));
    }
    // The first instance of the running launch, selected: the details pane filled.
    QTreeView *view = window.instancesPanel()->view();
    const QAbstractItemModel *shown = view->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex launch = shown->index(row, 0);
        if (launch.data().toString() == QStringLiteral("web"))
            view->setCurrentIndex(shown->index(0, 0, launch));
    }
    QTest::qWait(200);
    const QString dir = qEnvironmentVariable("CVM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString name =
        m_language == QStringLiteral("zh_CN") ? QStringLiteral("zh") : QStringLiteral("en");
    QVERIFY(
        window.grab().save(dir + QStringLiteral("/main-window-") + name + QStringLiteral(".png")));
}

QTEST_MAIN(TestMainWindowShots)
#include "tst_mainwindowshots.moc"
