// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "testpaths.h"
#include "widgets/findinglabel.h"
#include "wizard/launchdraft.h"
#include "wizard/launchpage.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QApplication>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace WizardTest;

// Issue 18, item 8: Tab goes through each page as it is drawn (top to bottom, a row left to
// right), the fix buttons that appear with a finding included, under their field rather than
// after the wizard's buttons; the page's controls are one run of the Tab cycle.
class TestTabOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestPaths::isolateStandardPaths(); }
    void followsTheDrawing_data();
    void followsTheDrawing();

private:
    // The focus widgets met pressing Tab from the current focus until it comes back.
    static QList<QWidget *> tabCycle(QWidget *window);
    static void checkPage(LaunchWizard &wizard, const QString &where);
};

QList<QWidget *> TestTabOrder::tabCycle(QWidget *window)
{
    QList<QWidget *> cycle;
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return cycle;
    cycle.append(start);
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start || now->window() != window)
            break;
        cycle.append(now);
    }
    return cycle;
}

void TestTabOrder::checkPage(LaunchWizard &wizard, const QString &where)
{
    auto *page = qobject_cast<LaunchPage *>(wizard.currentPage());
    QVERIFY(page);
    const QList<QWidget *> cycle = tabCycle(&wizard);
    QVERIFY2(cycle.size() > 1, qPrintable(where + QStringLiteral(": Tab goes nowhere")));

    // One run of the page's controls, wherever the cycle started.
    QList<QWidget *> run;
    qsizetype begin = -1;
    for (qsizetype i = 0; i < cycle.size(); ++i) {
        const bool inside = page->isAncestorOf(cycle.at(i));
        const bool before = page->isAncestorOf(cycle.at((i + cycle.size() - 1) % cycle.size()));
        if (inside && !before) {
            QVERIFY2(begin < 0, qPrintable(where + QStringLiteral(": the page's controls are "
                                                                  "split in the Tab cycle")));
            begin = i;
        }
    }
    if (begin < 0)
        begin = 0; // all of the cycle is the page
    for (qsizetype i = 0; i < cycle.size(); ++i) {
        QWidget *widget = cycle.at((begin + i) % cycle.size());
        if (!page->isAncestorOf(widget))
            break;
        run.append(widget);
    }

    const auto name = [](const QWidget *widget) {
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        return QStringLiteral("%1 “%2”").arg(
            widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                           : widget->objectName(),
            button ? button->text() : widget->accessibleName());
    };
    // Each next control is below the one before, or on its row to the right.
    for (qsizetype i = 1; i < run.size(); ++i) {
        const QRect a(run.at(i - 1)->mapTo(page, QPoint(0, 0)), run.at(i - 1)->size());
        const QRect b(run.at(i)->mapTo(page, QPoint(0, 0)), run.at(i)->size());
        const bool below = b.top() >= a.bottom() - 2;
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        const bool right = sameRow && b.left() > a.left();
        QVERIFY2(below || right, qPrintable(QStringLiteral("%1: Tab goes from %2 at %3,%4 to %5 "
                                                           "at %6,%7")
                                                .arg(where, name(run.at(i - 1)))
                                                .arg(a.left())
                                                .arg(a.top())
                                                .arg(name(run.at(i)))
                                                .arg(b.left())
                                                .arg(b.top())));
    }
    // Every fix button shown is in the run.
    for (auto *fix : page->findChildren<QPushButton *>(QStringLiteral("fixButton"))) {
        if (fix->isVisible())
            QVERIFY2(run.contains(fix), qPrintable(QStringLiteral("%1: %2 is not in the page's "
                                                                  "Tab run")
                                                       .arg(where, name(fix))));
    }
}

void TestTabOrder::followsTheDrawing_data()
{
    QTest::addColumn<bool>("apiThree");
    QTest::addColumn<bool>("withFindings");
    QTest::newRow("API 2.0") << false << false;
    QTest::newRow("API 3.0") << true << false;
    QTest::newRow("API 2.0, a finding under every field") << false << true;
    QTest::newRow("API 3.0, a finding under every field") << true << true;
}

void TestTabOrder::followsTheDrawing()
{
    QFETCH(bool, apiThree);
    QFETCH(bool, withFindings);
    FakeCloudApi api;
    fillWalkAccount(api, apiThree);
    LaunchWizard wizard(walkSpec(apiThree));
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.markReopened(); // the Start blank button is drawn above the region
    wizard.resize(1200, 800);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::qWait(50); // the pickers' answers
    while (wizard.currentId() != LaunchWizard::ReviewPageId) {
        const int id = wizard.currentId();
        const QString where =
            QStringLiteral("page %1 (%2)").arg(id).arg(wizard.currentPage()->title());
        if (withFindings) {
            // As a finding of the draft does: the labels make their fix buttons anew.
            for (FindingLabel *label : wizard.currentPage()->findChildren<FindingLabel *>()) {
                Finding finding;
                finding.field = label->fields().value(0);
                finding.code = QStringLiteral("range");
                finding.message = QStringLiteral("Out of range.");
                for (const char *fix : {"20 GB", "50 GB"})
                    finding.suggestions.append({finding.field, 20, QString::fromLatin1(fix)});
                label->setFindings({finding});
            }
        }
        QApplication::processEvents();
        if (auto *page = qobject_cast<LaunchPage *>(wizard.currentPage()); page->firstInput())
            QTRY_COMPARE(QApplication::focusWidget(), page->firstInput());
        checkPage(wizard, where);
        if (id == LaunchWizard::LoginPageId && !QTest::currentTestFailed()) {
            for (const char *radio : {"keyRadio", "generateRadio", "passwordRadio"}) {
                auto *button = find<QRadioButton>(&wizard, QLatin1String(radio));
                button->setFocus();
                button->setChecked(true);
                QApplication::processEvents();
                checkPage(wizard, where + QLatin1String(", ") + QLatin1String(radio));
            }
        }
        if (QTest::currentTestFailed())
            return;
        if (withFindings) {
            // Findings made up for the test would hold Next back: the draft's own come back.
            wizard.draft()->edit(SpecField::InstanceName, [](LaunchSpec &) {});
            for (FindingLabel *label : wizard.currentPage()->findChildren<FindingLabel *>())
                label->setFindings({});
        }
        wizard.next();
        QVERIFY2(wizard.currentId() != id, qPrintable(where + QStringLiteral(": no next page")));
    }
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
