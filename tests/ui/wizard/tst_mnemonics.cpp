// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"
#include "i18n/translations.h"
#include "main/mainwindow.h"
#include "pendingtranslator.h"
#include "testpaths.h"
#include "windowservices.h"
#include "wizard/launchdraft.h"
#include "wizard/launchpage.h"
#include "wizard/launchwizard.h"
#include "wizardtestutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMultiMap>
#include <QRadioButton>
#include <QSet>
#include <QTabBar>
#include <QTest>

using namespace WizardTest;

// Issue 18, item 8: every page of the wizard (both protocols, each login and network choice)
// and the main window, in English and in Chinese, have one control per Alt+key, and none
// shadows the wizard's own buttons (Back, Next, Finish, Save as template…, Open template…).
// The focus starts on each page's first input.
class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wizardPages_data();
    void wizardPages();
    void mainWindow_data();
    void mainWindow();

private:
    void useLanguage(const QString &language);
    // Fails on an Alt+key that two visible controls of `root` answer; `where` names the state.
    static void checkUnique(QWidget *root, const QString &where);
    static void addLanguages();
};

void TestMnemonics::initTestCase()
{
    TestPaths::isolateStandardPaths();
}

void TestMnemonics::cleanup()
{
    useLanguage(QStringLiteral("en"));
}

void TestMnemonics::useLanguage(const QString &language)
{
    for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (language == QLatin1String("en"))
        return;
    // As main.cpp does, then what is pending for the catalogue on top.
    const Translations::Result result = Translations::install(qApp, language);
    QVERIFY(result.appLoaded);
    auto *pending = new PendingTranslator(
        QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../../translations/pending"), qApp);
    if (!pending->isEmpty())
        QCoreApplication::installTranslator(pending);
}

void TestMnemonics::checkUnique(QWidget *root, const QString &where)
{
    QMultiMap<QString, QString> owners; // by the key, PortableText
    const auto add = [&](const QString &text, const QObject *owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners.insert(key.toString(QKeySequence::PortableText),
                          QStringLiteral("%1 “%2”").arg(owner->objectName(), text));
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            // A label's mnemonic works through its buddy only.
            if (label->buddy())
                add(label->text(), label);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text(), button);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(group->title(), group);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), tabs);
            }
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : menus->actions())
                add(action->text(), menus);
        }
    }
    // Issue 18, item 9: every control a screen reader reaches has a name, its own or its
    // label's (a buddy), the line edits' clear buttons included.
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        // A spin box's or combo box's own line edit is named by its owner.
        if (widget->parentWidget() && (widget->parentWidget()->inherits("QAbstractSpinBox") ||
                                       widget->parentWidget()->inherits("QComboBox")))
            continue;
        const bool clearButton = qobject_cast<QLineEdit *>(widget->parentWidget()) != nullptr;
        if (!widget->isVisible() || (!(widget->focusPolicy() & Qt::TabFocus) && !clearButton) ||
            qobject_cast<QTabBar *>(widget) || qobject_cast<QMenuBar *>(widget))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || labelled.contains(widget) ||
                           (button && !button->text().isEmpty());
        QVERIFY2(named,
                 qPrintable(QStringLiteral("%1: %2 (%3) has no accessible name")
                                .arg(where, widget->objectName(),
                                     QString::fromLatin1(widget->metaObject()->className()))));
    }
    for (const QString &key : owners.uniqueKeys()) {
        const QStringList who = owners.values(key);
        QVERIFY2(who.size() == 1,
                 qPrintable(QStringLiteral("%1: %2 is %3").arg(where, key, who.join(u", "))));
    }
}

void TestMnemonics::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("apiThree");
    QTest::newRow("English, API 2.0") << QStringLiteral("en") << false;
    QTest::newRow("English, API 3.0") << QStringLiteral("en") << true;
    QTest::newRow("Chinese, API 2.0") << QStringLiteral("zh_CN") << false;
    QTest::newRow("Chinese, API 3.0") << QStringLiteral("zh_CN") << true;
}

void TestMnemonics::wizardPages_data()
{
    addLanguages();
}

void TestMnemonics::wizardPages()
{
    QFETCH(QString, language);
    QFETCH(bool, apiThree);
    useLanguage(language);
    FakeCloudApi api;
    fillWalkAccount(api, apiThree);
    LaunchWizard wizard(walkSpec(apiThree));
    wizard.setCloudApi(&api, QStringLiteral("p1"));
    wizard.markReopened(); // the Start blank button is on the first page too
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::qWait(50); // the pickers' answers
    while (true) {
        const int id = wizard.currentId();
        const QString where = QStringLiteral("%1 page %2").arg(language).arg(id);
        QApplication::processEvents();
        if (auto *page = qobject_cast<LaunchPage *>(wizard.currentPage())) {
            // The focus starts on the page's first input, never on a radio button while the
            // page has another input.
            QWidget *first = page->firstInput();
            if (first) {
                QTRY_COMPARE(wizard.focusWidget(), first);
                QVERIFY2(!qobject_cast<QRadioButton *>(first) || id == LaunchWizard::LoginPageId,
                         qPrintable(where + QStringLiteral(": focus on a radio button")));
            }
        }
        checkUnique(&wizard, where);
        if (id == LaunchWizard::NetworkPageId && !apiThree) {
            find<QRadioButton>(&wizard, QStringLiteral("basicRadio"))->setChecked(true);
            checkUnique(&wizard, where + QStringLiteral(", basic network"));
            find<QRadioButton>(&wizard, QStringLiteral("vpcRadio"))->setChecked(true);
            // The basic network dropped the VPC: back to the launch the walk started with.
            wizard.draft()->edit(SpecField::VpcId, [](LaunchSpec &changed) {
                changed.vpcId = QStringLiteral("vpc-main0001");
                changed.subnetId = QStringLiteral("subnet-gz300001");
            });
        }
        if (id == LaunchWizard::LoginPageId) {
            for (const char *radio : {"keyRadio", "generateRadio", "passwordRadio"}) {
                find<QRadioButton>(&wizard, QLatin1String(radio))->setChecked(true);
                checkUnique(&wizard, where + QLatin1String(", ") + QLatin1String(radio));
            }
        }
        // The review page is the last one with controls (the done page has Finish alone).
        if (QTest::currentTestFailed() || id == LaunchWizard::ReviewPageId)
            break;
        wizard.next();
        QVERIFY2(wizard.currentId() != id, qPrintable(where + QStringLiteral(": no next page")));
    }
    QCOMPARE(wizard.currentId(), int(LaunchWizard::ReviewPageId));
    // Back from the review, every step shows "Jump back to review" too.
    wizard.goToStep(LaunchWizard::LocationPageId);
    while (wizard.currentId() != LaunchWizard::ReviewPageId) {
        const int id = wizard.currentId();
        QApplication::processEvents();
        QVERIFY(find<QAbstractButton>(&wizard, QStringLiteral("backToReviewButton"))->isVisible());
        checkUnique(&wizard,
                    QStringLiteral("%1 page %2, back from the review").arg(language).arg(id));
        if (QTest::currentTestFailed())
            return;
        wizard.next();
        QVERIFY(wizard.currentId() != id);
    }
}

void TestMnemonics::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestMnemonics::mainWindow()
{
    QFETCH(QString, language);
    useLanguage(language);
    WindowServices services;
    MainWindow window(services.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    checkUnique(&window, language + QStringLiteral(" main window"));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
