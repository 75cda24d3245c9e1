// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "wizard/launchwizard.h"
#include "wizard/reviewpage.h"
#include "wizard/steplist.h"
#include "wizardtestutil.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

using namespace WizardTest;

// Issue 18, item 7: the review page's sections each lead back to their step, the step list too,
// and the request preview can be copied as it is or as a tccli command, never with a secret.
class TestReviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void editLinksGoBackToTheirStep();
    void theStepListGoesBackToAStepReached();
    void theStepOnScreenShowsAnEmptyFieldAsThePageDoes();
    void copiesThePreviewAndTheTccliCommand();
    void theSystemDiskLineShowsItsSize();

private:
    static void toReview(LaunchWizard &wizard)
    {
        while (wizard.currentId() != LaunchWizard::ReviewPageId)
            QVERIFY(QTest::qWaitFor([&] { return pressNext(wizard); }));
    }
    static LaunchSpec ready()
    {
        return SpecBuilder().name(QStringLiteral("web")).password(QStringLiteral("Sup3r!Secret"));
    }
};

void TestReviewPage::editLinksGoBackToTheirStep()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(ready());
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.show();
    toReview(wizard);
    auto *summary = find<QTreeWidget>(&wizard, QStringLiteral("summaryView"));
    QStringList sections;
    for (int i = 0; i < summary->topLevelItemCount(); ++i)
        sections << summary->topLevelItem(i)->text(0);
    QVERIFY2(sections.contains(QStringLiteral("Instance")), qPrintable(sections.join(u", ")));
    QVERIFY(sections.contains(QStringLiteral("Login")));
    const QString instanceEdit = QStringLiteral("editStep%1").arg(LaunchWizard::InstancePageId);
    auto *edit = find<QPushButton>(&wizard, instanceEdit);
    QVERIFY(edit);
    QVERIFY(edit->accessibleName().contains(QLatin1String("Instance")));
    const LaunchSpec before = wizard.spec();
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(LaunchWizard::InstancePageId));
    QVERIFY(wizard.spec() == before); // every choice kept
    // One button goes forward again to the review, not Next on every step between.
    auto *jump = find<QPushButton>(&wizard, QStringLiteral("backToReviewButton"));
    QVERIFY(jump && jump->isVisible());
    QTest::mouseClick(jump, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(LaunchWizard::ReviewPageId));
    QVERIFY(!jump->isVisible());

    // The keyboard's way: Enter on a row of a section goes to its step.
    summary = find<QTreeWidget>(&wizard, QStringLiteral("summaryView"));
    QTreeWidgetItem *login = nullptr;
    for (int i = 0; i < summary->topLevelItemCount(); ++i) {
        if (summary->topLevelItem(i)->text(0) == QLatin1String("Login"))
            login = summary->topLevelItem(i)->child(0);
    }
    QVERIFY(login);
    summary->setFocus();
    summary->setCurrentItem(login);
    QTest::keyClick(summary, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(LaunchWizard::LoginPageId));
}

// The new operator's Image step: its page says "Note: Choose an image.", so the step list does
// not say "needs attention (1 error)" beside it.
void TestReviewPage::theStepOnScreenShowsAnEmptyFieldAsThePageDoes()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchSpec spec = ready();
    spec.imageId.clear();
    LaunchWizard wizard(spec);
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.show();
    while (wizard.currentId() != LaunchWizard::ImagePageId)
        QVERIFY(QTest::qWaitFor([&] { return pressNext(wizard); }));
    auto *steps = find<StepList>(&wizard, QStringLiteral("stepList"));
    const auto imageLine = [steps] {
        const QStringList lines = steps->text().split(u'\n');
        const qsizetype at = lines.indexOf(QRegularExpression(QStringLiteral(".*Image$")));
        return at >= 0 && at + 1 < lines.size() ? lines.at(at + 1) : QString();
    };
    QApplication::processEvents();
    QVERIFY2(!imageLine().contains(QLatin1String("needs attention")), qPrintable(steps->text()));
    // Next still waits for the image.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestReviewPage::theStepListGoesBackToAStepReached()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(ready());
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.show();
    QVERIFY(QTest::qWaitFor([&] { return pressNext(wizard); }));
    QVERIFY(QTest::qWaitFor([&] { return pressNext(wizard); }));
    QCOMPARE(wizard.currentId(), int(LaunchWizard::ImagePageId));
    auto *steps = find<StepList>(&wizard, QStringLiteral("stepList"));
    const QList<QLabel *> labels = steps->findChildren<QLabel *>();
    const auto labelOf = [&](const QString &title) -> QLabel * {
        for (QLabel *label : labels) {
            if (label->isVisible() && label->text().contains(title))
                return label;
        }
        return nullptr;
    };
    // A step not reached yet is no jump.
    QTest::mouseClick(labelOf(QStringLiteral("Login")), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(LaunchWizard::ImagePageId));
    QTest::mouseClick(labelOf(QStringLiteral("Location")), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(LaunchWizard::LocationPageId));
}

void TestReviewPage::copiesThePreviewAndTheTccliCommand()
{
    FakeCloudApi api;
    api.fillSample();
    api.fillOffer();
    api.apiVersion = ApiConfig::Version::V3;
    api.accountRegion = QStringLiteral("ap-guangzhou");
    LaunchSpec spec = ready();
    spec.instanceType = QStringLiteral("S5.SMALL2");
    LaunchWizard wizard(spec);
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.show();
    toReview(wizard);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>(&wizard, QStringLiteral("copyPreviewButton")),
                      Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1String("X-TC-Action: RunInstances")), qPrintable(copied));
    QVERIFY(!copied.contains(QLatin1String("Sup3r!Secret")));

    auto *asCommand = find<QPushButton>(&wizard, QStringLiteral("copyCommandButton"));
    QVERIFY(asCommand->isEnabled());
    QTest::mouseClick(asCommand, Qt::LeftButton);
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.startsWith(QLatin1String("tccli cvm RunInstances --cli-unfold-argument "
                                              "--region ap-guangzhou")),
             qPrintable(command));
    QVERIFY(command.contains(QLatin1String("--Placement.Zone ap-guangzhou-3")));
    QVERIFY(command.contains(QLatin1String("--LoginSettings.Password '<PASSWORD>'")));
    QVERIFY(!command.contains(QLatin1String("Sup3r!Secret")));
}

void TestReviewPage::theSystemDiskLineShowsItsSize()
{
    FakeCloudApi api;
    api.fillSample();
    LaunchWizard wizard(ready());
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.show();
    toReview(wizard);
    auto *review = qobject_cast<ReviewPage *>(wizard.currentPage());
    const QString summary = review->summaryText();
    QVERIFY2(summary.contains(QRegularExpression(QStringLiteral("System disk: \\d+ GB"))),
             qPrintable(summary));
    // The zone by its name and API 3.0 code, never the API 2.0 number alone.
    QVERIFY2(summary.contains(QLatin1String("ap-guangzhou-3")), qPrintable(summary));
    // API 2.0 has no tccli: the button says why it is off.
    auto *asCommand = find<QPushButton>(&wizard, QStringLiteral("copyCommandButton"));
    QVERIFY(!asCommand->isEnabled());
    QVERIFY(asCommand->toolTip().contains(QLatin1String("API 3.0")));
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
