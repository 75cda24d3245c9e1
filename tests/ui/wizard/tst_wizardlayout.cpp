// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "i18n/translations.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "widgets/findinglabel.h"
#include "wizard/launchwizard.h"
#include "wizard/steplist.h"
#include "wizardtestutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTranslator>

using namespace WizardTest;

// Issue 18, item 5: a page holds still. With a finding and its fix buttons under every field of
// the page at once (the most the validator can put there), every label and button still gets
// the height its text needs, and neither the findings nor "needs attention" in the step list move
// the page's left edge.
class TestWizardLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void everyPageHoldsItsFindings_data();
    void everyPageHoldsItsFindings();
    void storageKeepsRoomForItsFinding_data();
    void storageKeepsRoomForItsFinding();
    void cleanup();

private:
    static void checkRoom(QWidget *page, const QString &where);
    // The page scrolls down when it must, never sideways: a wide row pushed the Storage step's
    // Remove button and fix buttons out of view.
    static void checkNoSidewaysScroll(QWidget *page, const QString &where);
};

void TestWizardLayout::everyPageHoldsItsFindings_data()
{
    QTest::addColumn<bool>("apiThree");
    QTest::addColumn<QSize>("size");
    // The size the wizard takes on a 1600×1000 screen, and a small one: a laptop's 1366×768
    // less the panels, where the pages scroll rather than squeeze (the Storage step crushed its
    // finding to 9 px there).
    // 980×644 is what the wizard opens at on most screens (140 em by 46 lines, DejaVu Sans
    // 9 pt); 875×588 a smaller one, still without sideways scrolling.
    for (const QSize size : {QSize(1440, 900), QSize(980, 644), QSize(875, 588), QSize(760, 520)}) {
        const QByteArray at =
            QByteArray::number(size.width()) + "×" + QByteArray::number(size.height());
        QTest::newRow(QByteArray("API 2.0, " + at).constData()) << false << size;
        QTest::newRow(QByteArray("API 3.0, " + at).constData()) << true << size;
    }
}

void TestWizardLayout::checkRoom(QWidget *page, const QString &where)
{
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const bool label = qobject_cast<QLabel *>(widget) != nullptr;
        const bool button = qobject_cast<QAbstractButton *>(widget) != nullptr;
        if (!label && !button)
            continue;
        const QString text = label ? static_cast<QLabel *>(widget)->text()
                                   : static_cast<QAbstractButton *>(widget)->text();
        if (text.isEmpty())
            continue;
        // A wrapped label needs its height for the width it got; anything else its size hint.
        const QSize hint = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        const int neededHeight =
            widget->hasHeightForWidth() ? widget->heightForWidth(widget->width()) : hint.height();
        QVERIFY2(widget->height() >= neededHeight,
                 qPrintable(QStringLiteral("%1: “%2” is %3 px high, needs %4")
                                .arg(where, text)
                                .arg(widget->height())
                                .arg(neededHeight)));
        if (button || !static_cast<QLabel *>(widget)->wordWrap()) {
            QVERIFY2(widget->width() >= hint.width(),
                     qPrintable(QStringLiteral("%1: “%2” is %3 px wide, needs %4")
                                    .arg(where, text)
                                    .arg(widget->width())
                                    .arg(hint.width())));
        }
    }
}

void TestWizardLayout::checkNoSidewaysScroll(QWidget *page, const QString &where)
{
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("pageScrollArea"));
    QVERIFY2(scroll, qPrintable(where));
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("%1 scrolls sideways: it needs %2 px, has %3")
                            .arg(where)
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
}

void TestWizardLayout::everyPageHoldsItsFindings()
{
    QFETCH(bool, apiThree);
    QFETCH(QSize, size);
    FakeCloudApi api;
    api.fillSample();
    api.accountRegion = QStringLiteral("ap-guangzhou");
    if (apiThree) {
        api.apiVersion = ApiConfig::Version::V3;
        api.fillOffer();
    }
    LaunchSpec spec = SpecBuilder().password(QStringLiteral("Sup3r!Secret"));
    spec.vpcId = QStringLiteral("vpc-main0001");
    spec.subnetId = QStringLiteral("subnet-gz300001");
    if (apiThree) {
        spec.instanceType = QStringLiteral("S5.SMALL2");
        // A data disk row: its type and size boxes and Remove are the widest row of Storage.
        spec.dataDisks = {{QStringLiteral("CLOUD_PREMIUM"), 100}};
    }
    LaunchWizard wizard(spec);
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.resize(size);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::qWait(50);
    auto *steps = find<StepList>(&wizard, QStringLiteral("stepList"));
    while (wizard.currentId() != LaunchWizard::ReviewPageId) {
        QWidget *page = wizard.currentPage();
        const QString where = QStringLiteral("page %1").arg(wizard.currentId());
        QApplication::processEvents();
        const int left = page->mapTo(&wizard, QPoint(0, 0)).x();

        // The worst case: an error with three fix buttons under every field at once (the
        // validator's longest messages are about this long), and every step needing attention.
        for (FindingLabel *label : page->findChildren<FindingLabel *>()) {
            Finding finding;
            finding.field = label->fields().value(0);
            finding.code = QStringLiteral("range");
            finding.message = QStringLiteral("This value is outside what the service accepts for "
                                             "this instance type in this zone; choose one of "
                                             "the values below or change the instance type.");
            for (const char *fix : {"Use 20 GB", "Use 50 GB", "Use the recommended size"})
                finding.suggestions.append({finding.field, 20, QString::fromLatin1(fix)});
            label->setFindings({finding});
        }
        QList<StepList::Step> marked;
        for (const int id : wizard.pageIds())
            marked.append({id, wizard.page(id)->title(), true, 12});
        steps->setSteps(marked, wizard.currentId());
        QApplication::processEvents();
        QTest::qWait(20);

        QCOMPARE(page->mapTo(&wizard, QPoint(0, 0)).x(), left);
        checkRoom(page, where);
        // Below the size the wizard opens at, a row of three long fix buttons may scroll.
        if (size.width() >= 875)
            checkNoSidewaysScroll(page, where);
        if (QTest::currentTestFailed())
            return;
        wizard.next();
    }
}

void TestWizardLayout::cleanup()
{
    for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
}

void TestWizardLayout::storageKeepsRoomForItsFinding_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

// The case reported: a local data disk of 15 GB on a small screen. The validator's own finding,
// with its fix buttons, gets the room its text needs in both languages.
void TestWizardLayout::storageKeepsRoomForItsFinding()
{
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QVERIFY(Translations::install(qApp, language).appLoaded);
    FakeCloudApi api;
    api.fillSample();
    api.accountRegion = QStringLiteral("ap-guangzhou");
    LaunchSpec spec = SpecBuilder().password(QStringLiteral("Sup3r!Secret")).dataDisk(1, 15);
    LaunchWizard wizard(spec);
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.resize(760, 520);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.currentId() != LaunchWizard::StoragePageId)
        wizard.next();
    QApplication::processEvents();
    QWidget *page = wizard.currentPage();
    auto *finding = page->findChild<FindingLabel *>(QStringLiteral("findings_storageSize"));
    QVERIFY(finding);
    QTRY_VERIFY(finding->isVisible());
    QVERIFY2(finding->text().contains(QLatin1String("20")), qPrintable(finding->text()));
    QVERIFY(!finding->findChildren<QAbstractButton *>().isEmpty());
    checkRoom(page, language + QStringLiteral(" Storage"));
}

QTEST_MAIN(TestWizardLayout)
#include "tst_wizardlayout.moc"
