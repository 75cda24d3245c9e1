// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "dialogs/preferencesdialog.h"
#include "main/mainwindow.h"
#include "windowservices.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheStoredLanguage();
    void okStoresTheChoice();
    void cancelStoresNothing();
    void saysTheChangeNeedsARestart();
    void mainWindowOpensIt();

private:
    static QString storedLanguage();

    QTemporaryDir m_settingsDir;
};

void TestPreferencesDialog::initTestCase()
{
    // Settings go to a private directory, never to the developer's own configuration.
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
}

QString TestPreferencesDialog::storedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void TestPreferencesDialog::showsTheStoredLanguage()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
    PreferencesDialog dialog;
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->currentText(), QStringLiteral("简体中文"));
    QCOMPARE(dialog.languageChoice(), QStringLiteral("zh_CN"));
}

void TestPreferencesDialog::okStoresTheChoice()
{
    PreferencesDialog dialog;
    dialog.show();
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(box);
    QCOMPARE(dialog.languageChoice(), QStringLiteral("system"));
    box->setCurrentIndex(box->findData(QStringLiteral("en")));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(storedLanguage(), QStringLiteral("en"));
}

void TestPreferencesDialog::cancelStoresNothing()
{
    PreferencesDialog dialog;
    dialog.show();
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(box);
    box->setCurrentIndex(box->findData(QStringLiteral("zh_CN")));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(storedLanguage().isEmpty());
}

void TestPreferencesDialog::saysTheChangeNeedsARestart()
{
    PreferencesDialog dialog;
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("next time")));
    // The combo box is reachable with its mnemonic.
    bool hasBuddy = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        hasBuddy = hasBuddy || label->buddy() == dialog.findChild<QComboBox *>();
    QVERIFY(hasBuddy);
}

void TestPreferencesDialog::mainWindowOpensIt()
{
    WindowServices services;
    MainWindow window(services.services());
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!window.findChild<PreferencesDialog *>());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
