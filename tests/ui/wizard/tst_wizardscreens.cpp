// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "i18n/translations.h"
#include "pendingtranslator.h"
#include "testpaths.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace WizardTest;

// Every page, in English and in Chinese, fits a 1280x800 screen at its natural size, and every
// input control has an accessible name. With CVM_SCREENSHOT_DIR set, each page is also saved as
// a PNG there for a human to look at.
class TestWizardScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void everyPageFits_data();
    void everyPageFits();
};

void TestWizardScreens::everyPageFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("apiThree");
    QTest::newRow("en") << QStringLiteral("en") << false;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false;
    // Today's pages: the zone's live offer, the API 3.0 disks and the security groups.
    QTest::newRow("en, API 3.0") << QStringLiteral("en") << true;
    QTest::newRow("zh_CN, API 3.0") << QStringLiteral("zh_CN") << true;
}

void TestWizardScreens::everyPageFits()
{
    QFETCH(QString, language);
    QFETCH(bool, apiThree);
    // A clean slate: the row before may have left its translators installed.
    for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    Translations::install(qApp, language);
    // What is pending for the Chinese catalogue, on top (see PendingTranslator).
    if (language != QLatin1String("en")) {
        auto *pending = new PendingTranslator(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../../translations/pending"), qApp);
        if (!pending->isEmpty())
            QCoreApplication::installTranslator(pending);
    }
    QLocale::setDefault(QLocale(language));
    FakeCloudApi api;
    api.fillSample();
    api.accountRegion = QStringLiteral("ap-shanghai-fsi"); // the zone's: the pictures show it
    LaunchSpec spec;
    spec.zoneId = 700001; // 上海金融一区: the longest zone name
    spec.instanceType = QStringLiteral("CVM.M2");
    spec.cpu = 4;
    spec.mem = 16; // a ratio error, so the hint and its fixes are on screen
    if (apiThree) {
        api.apiVersion = ApiConfig::Version::V3;
        api.accountRegion = QStringLiteral("ap-guangzhou");
        api.fillOffer();
        api.regions = {{QStringLiteral("ap-guangzhou"), QStringLiteral("华南地区(广州)"), true}};
        spec.region = QStringLiteral("ap-guangzhou");
        spec.zoneId = 100003;
        spec.instanceType = QStringLiteral("S5.SMALL2");
        spec.cpu = 1;
        spec.mem = 2;
        spec.dataDisks = {{QStringLiteral("CLOUD_PREMIUM"), 15}}; // below the zone's minimum
    }
    LaunchWizard wizard(spec);
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.markReopened();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY(find<QListWidget>(&wizard, QStringLiteral("zoneList"))->count() > 0);

    const QString dir = qEnvironmentVariable("CVM_SCREENSHOT_DIR");
    const QList<int> ids = {
        LaunchWizard::LocationPageId, LaunchWizard::InstancePageId, LaunchWizard::ImagePageId,
        LaunchWizard::StoragePageId,  LaunchWizard::NetworkPageId,  LaunchWizard::VpcPageId,
        LaunchWizard::LoginPageId,    LaunchWizard::ServicesPageId, LaunchWizard::ReviewPageId};
    wizard.draft()->setUsesVpc(true);
    for (int id : ids) {
        while (wizard.currentId() != id) {
            if (wizard.currentId() == LaunchWizard::ImagePageId &&
                wizard.spec().imageId.isEmpty()) {
                auto *view = find<QTreeView>(&wizard, QStringLiteral("imageView"));
                QTRY_VERIFY(view->model()->rowCount() > 0);
                view->setCurrentIndex(view->model()->index(0, 0));
            }
            wizard.next();
        }
        QTest::qWait(10);
        const QSize natural = wizard.sizeHint();
        QVERIFY2(natural.width() <= 1280 && natural.height() <= 800,
                 qPrintable(QStringLiteral("page %1 wants %2x%3")
                                .arg(id)
                                .arg(natural.width())
                                .arg(natural.height())));
        QWidget *page = wizard.currentPage();
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        const auto inputs = page->findChildren<QWidget *>();
        for (QWidget *w : inputs) {
            const bool input = w->inherits("QComboBox") || w->inherits("QLineEdit") ||
                               w->inherits("QAbstractSpinBox") ||
                               w->inherits("QAbstractItemView") || w->inherits("QPlainTextEdit");
            if (!input || w->inherits("QHeaderView") || !w->isVisibleTo(page) ||
                w->parent()->inherits("QAbstractSpinBox") || w->parent()->inherits("QComboBox"))
                continue;
            const bool hasBuddy = std::any_of(labels.begin(), labels.end(),
                                              [w](QLabel *l) { return l->buddy() == w; });
            QVERIFY2(!w->accessibleName().isEmpty() || hasBuddy,
                     qPrintable(QStringLiteral("%1 %2 has no accessible name")
                                    .arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName())));
        }
        // At the size the wizard opens at (140 em by 46 lines), with this page's real findings
        // (a ratio error, a VPC without a subnet in the zone): nothing scrolls sideways.
        wizard.resize(980, 644);
        QTest::qWait(10);
        auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("pageScrollArea"));
        QVERIFY(scroll);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1 page %2 scrolls sideways: it needs %3 px, has %4")
                                .arg(language)
                                .arg(id)
                                .arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            wizard.grab().save(
                QDir(dir).filePath(QStringLiteral("wizard-%1%2-%3.png")
                                       .arg(language, apiThree ? QStringLiteral("-v3") : QString())
                                       .arg(id)));
        }
    }
    Translations::install(qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestWizardScreens)
#include "tst_wizardscreens.moc"
