// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "testpaths.h"
#include "widgets/loadstatus.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace WizardTest;

// The image page: asynchronous loads with a busy state, retry after failure, search, and late
// answers for an older image type dropped.
class TestImagePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void failureOffersRetry();
    void anEmptyTypeSaysNone();
    void searchFiltersByOs();
    void lateAnswersAreDropped();
    void noImageBlocksNext();
};

void TestImagePage::failureOffersRetry()
{
    FakeCloudApi api;
    api.fillSample();
    api.failNext(QStringLiteral("DescribeImages"),
                 FakeCloudApi::transportError(QStringLiteral("DescribeImages")));
    LaunchWizard wizard(LaunchSpec{});
    wizard.setCloudApi(&api);
    wizard.setStartId(LaunchWizard::ImagePageId);
    wizard.show();
    auto *view = find<QTreeView>(&wizard, QStringLiteral("imageView"));
    auto *imageStatus = find<LoadStatus>(&wizard, QStringLiteral("imageLoadStatus"));
    QVERIFY(imageStatus);
    QTRY_VERIFY(imageStatus->hasFailed());
    QCOMPARE(view->model()->rowCount(), 0);
    auto *retry = imageStatus->findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(imageStatus->isLoading());
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(!imageStatus->isVisible());
}

// Issue 18, item 10: a type with no images is an answer, not a failure: it says "None" and
// offers no Retry.
void TestImagePage::anEmptyTypeSaysNone()
{
    FakeCloudApi api;
    api.fillSample();
    api.imagesByType[LaunchSpec::SharedImage].clear();
    LaunchWizard wizard(LaunchSpec{});
    wizard.setCloudApi(&api);
    wizard.setStartId(LaunchWizard::ImagePageId);
    wizard.show();
    auto *view = find<QTreeView>(&wizard, QStringLiteral("imageView"));
    QTRY_COMPARE(view->model()->rowCount(), 3);
    auto *type = find<QComboBox>(&wizard, QStringLiteral("imageTypeCombo"));
    const int shared = type->findData(int(LaunchSpec::SharedImage));
    QVERIFY(shared >= 0);
    type->setCurrentIndex(shared);
    Q_EMIT type->activated(shared); // as a pick by the user does
    auto *status = find<LoadStatus>(&wizard, QStringLiteral("imageLoadStatus"));
    QVERIFY(status);
    QTRY_VERIFY(!status->isLoading());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(QLatin1String("None:")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(type->itemText(shared)), qPrintable(status->text()));
    QVERIFY(!status->hasFailed());
    auto *retry = status->findChild<QPushButton *>();
    QVERIFY(retry && !retry->isVisible());
}

void TestImagePage::searchFiltersByOs()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(LaunchSpec{});
    wizard.setCloudApi(&api);
    wizard.setStartId(LaunchWizard::ImagePageId);
    wizard.show();
    auto *view = find<QTreeView>(&wizard, QStringLiteral("imageView"));
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QTest::keyClicks(find<QLineEdit>(&wizard, QStringLiteral("imageSearch")),
                     QStringLiteral("windows"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("img-egif9bvl"));
}

void TestImagePage::lateAnswersAreDropped()
{
    FakeCloudApi api;
    api.fillSample();
    api.setHold(true);
    LaunchWizard wizard(LaunchSpec{});
    wizard.setCloudApi(&api);
    wizard.setStartId(LaunchWizard::ImagePageId);
    wizard.show();
    // Public images are asked for; before they arrive the user switches to private images.
    auto *type = find<QComboBox>(&wizard, QStringLiteral("imageTypeCombo"));
    type->setCurrentIndex(type->findData(LaunchSpec::PrivateImage));
    Q_EMIT type->activated(type->currentIndex());
    QCOMPARE(api.imageRequests.last(), int(LaunchSpec::PrivateImage));
    api.releaseAll();
    auto *view = find<QTreeView>(&wizard, QStringLiteral("imageView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTest::qWait(50); // give a dropped answer every chance to show up wrongly
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("img-private1"));
}

void TestImagePage::noImageBlocksNext()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchSpec spec;
    spec.zoneId = 100003;
    LaunchWizard wizard(spec);
    wizard.setCloudApi(&api);
    wizard.setStartId(LaunchWizard::ImagePageId);
    wizard.show();
    auto *view = find<QTreeView>(&wizard, QStringLiteral("imageView"));
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(!wizard.spec().imageId.isEmpty());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestImagePage)
#include "tst_imagepage.moc"
