// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/cloudapi.h"
#include "credentials/inmemorysecretstore.h"
#include "credentials/profilestore.h"
#include "dialogs/profilesdialog.h"
#include "fakecloudapi.h"
#include "testpaths.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSecretKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3DialogSecret");

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secretKeyIsMaskedAndLabelled();
    void addSavesProfileAndKeys();
    void sandboxCannotBeDeleted();
    void deleteAsksNamingTheProfile();
    void testConnectionSucceeds();
    void wrongKeysAreSaidSo();
    void keychainErrorsAreShown();
    void environmentProfileIsReadOnly();
    void regionIsAPickerOfKnownRegions();
    void screenshot();

private:
    ProfilesDialog *makeDialog(ProfilesDialog::ApiFactory factory = {});
    void addAccount(ProfilesDialog *dialog, const QString &name);
    template<typename T>
    T *child(const char *name)
    {
        auto *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    InMemorySecretStore *m_secrets = nullptr;
    CredentialStore *m_credentials = nullptr;
    ProfileStore *m_store = nullptr;
    ProfilesDialog *m_dialog = nullptr;
    ApiConfig m_lastConfig;
};

void TestProfilesDialog::initTestCase()
{
    TestPaths::isolateStandardPaths();
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    // A name of its own: test processes run in parallel and share ~/.qttest's settings files.
    QCoreApplication::setApplicationName(
        QStringLiteral("org.cvmlauncher.CvmLauncher.tst_profilesdialog"));
}

void TestProfilesDialog::init()
{
    QSettings().clear();
    m_secrets = new InMemorySecretStore;
    m_credentials = new CredentialStore(m_secrets);
    m_store = new ProfileStore(m_credentials, QProcessEnvironment());
}

void TestProfilesDialog::cleanup()
{
    delete m_dialog;
    delete m_store;
    delete m_credentials;
    delete m_secrets;
    m_dialog = nullptr;
}

ProfilesDialog *TestProfilesDialog::makeDialog(ProfilesDialog::ApiFactory factory)
{
    m_dialog = new ProfilesDialog(m_store, std::move(factory));
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog))
        qFatal("dialog not shown");
    return m_dialog;
}

void TestProfilesDialog::addAccount(ProfilesDialog *dialog, const QString &name)
{
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>("secretIdEdit"), QStringLiteral("AKIDdialogtest"));
    QTest::keyClicks(child<QLineEdit>("secretKeyEdit"), kSecretKey);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog->message().contains(QStringLiteral("keychain")));
}

void TestProfilesDialog::secretKeyIsMaskedAndLabelled()
{
    makeDialog();
    auto *key = child<QLineEdit>("secretKeyEdit");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(!key->accessibleName().isEmpty());
    for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->buddy() == key)
            return;
    }
    QFAIL("the SecretKey field has no label buddy");
}

void TestProfilesDialog::addSavesProfileAndKeys()
{
    makeDialog();
    addAccount(m_dialog, QStringLiteral("Production"));
    const auto saved = m_store->find(QStringLiteral("Production"));
    QVERIFY(saved);
    QCOMPARE(saved->version, ApiConfig::Version::V3);
    QVERIFY(m_secrets->contains(CredentialStore::secretKeyKey(saved->id)));
    QCOMPARE(child<QListWidget>("profileList")->count(), 2);
    // Never shown back: the field stays empty, the placeholder says it is saved.
    QVERIFY(child<QLineEdit>("secretKeyEdit")->text().isEmpty());

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("Production"));
    QVERIFY(!contents.contains(kSecretKey.toUtf8()));
}

void TestProfilesDialog::sandboxCannotBeDeleted()
{
    makeDialog();
    m_dialog->showProfile(Profile::sandboxId());
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(!child<QLineEdit>("secretKeyEdit")->isEnabled());
    QVERIFY(child<QLineEdit>("nameEdit")->isReadOnly());
}

void TestProfilesDialog::deleteAsksNamingTheProfile()
{
    makeDialog();
    addAccount(m_dialog, QStringLiteral("Old account"));
    const QString id = m_store->find(QStringLiteral("Old account"))->id;
    QVERIFY(child<QPushButton>("deleteButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
    QVERIFY(confirm->text().contains(QStringLiteral("Old account")));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);

    QTRY_VERIFY(!m_store->profile(id));
    QVERIFY(!m_secrets->contains(CredentialStore::secretKeyKey(id)));
    QVERIFY(!m_secrets->contains(CredentialStore::secretIdKey(id)));
    QCOMPARE(child<QListWidget>("profileList")->count(), 1);
}

void TestProfilesDialog::testConnectionSucceeds()
{
    makeDialog([this](const ApiConfig &config) -> CloudApi * {
        m_lastConfig = config;
        auto *api = new FakeCloudApi;
        api->apiVersion = ApiConfig::Version::V3;
        api->zones = {
            Zone{100003, QStringLiteral("广州三区"), QStringLiteral("ap-guangzhou-3"), true}};
        return api;
    });
    addAccount(m_dialog, QStringLiteral("Production"));
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_VERIFY2(m_dialog->message().contains(QStringLiteral("Connected")),
                 qPrintable(m_dialog->message()));
    QCOMPARE(m_lastConfig.secretKey, kSecretKey); // the saved key, not the empty field
    QCOMPARE(m_lastConfig.version, ApiConfig::Version::V3);
}

void TestProfilesDialog::wrongKeysAreSaidSo()
{
    makeDialog([](const ApiConfig &) -> CloudApi * {
        ApiError wrongKeys;
        wrongKeys.kind = ApiError::Kind::Service;
        wrongKeys.code = 4104;
        wrongKeys.message = QStringLiteral("密钥不存在");
        auto *api = new FakeCloudApi;
        api->apiVersion = ApiConfig::Version::V3;
        api->failNext(QStringLiteral("DescribeAvailabilityZones"), wrongKeys);
        return api;
    });
    addAccount(m_dialog, QStringLiteral("Typo"));
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_VERIFY2(m_dialog->message().contains(QStringLiteral("keys are wrong")),
                 qPrintable(m_dialog->message()));
    QVERIFY(m_dialog->message().startsWith(QStringLiteral("Problem:")));

    // The sandbox without a running sandbox: said so, nothing sent.
    m_dialog->showProfile(Profile::sandboxId());
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(m_dialog->message().contains(QStringLiteral("sandbox is not running")));
}

void TestProfilesDialog::keychainErrorsAreShown()
{
    makeDialog();
    m_secrets->failWith(SecretStore::Status::Denied, QStringLiteral("The keychain is locked."));
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Locked"));
    QTest::keyClicks(child<QLineEdit>("secretIdEdit"), QStringLiteral("AKID"));
    QTest::keyClicks(child<QLineEdit>("secretKeyEdit"), QStringLiteral("key"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY2(m_dialog->message().contains(QStringLiteral("keychain is locked")),
                 qPrintable(m_dialog->message()));
}

void TestProfilesDialog::environmentProfileIsReadOnly()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDfromenv"));
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), kSecretKey);
    delete m_store;
    m_store = new ProfileStore(m_credentials, env);
    makeDialog();
    m_dialog->showProfile(Profile::environmentId());
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    QCOMPARE(child<QLineEdit>("secretIdEdit")->text(), QStringLiteral("AKIDfromenv"));
    QVERIFY(child<QLineEdit>("secretKeyEdit")->text().isEmpty()); // never shown
    QVERIFY(child<QLineEdit>("secretKeyEdit")
                ->placeholderText()
                .contains(QStringLiteral("environment")));
}

// Issue 18: the region is picked from the regions the app knows; a typed one it does not know
// ("mars-north-1" looks like a region) is named beside the field and refused on save.
void TestProfilesDialog::regionIsAPickerOfKnownRegions()
{
    makeDialog();
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Mars"));
    QTest::keyClicks(child<QLineEdit>("secretIdEdit"), QStringLiteral("AKIDdialogtest"));
    QTest::keyClicks(child<QLineEdit>("secretKeyEdit"), kSecretKey);
    auto *region = child<QComboBox>("regionCombo");
    QVERIFY(region->isEditable());
    QVERIFY(region->findText(QStringLiteral("ap-shanghai")) >= 0);
    bool labelled = false;
    for (QLabel *label : m_dialog->findChildren<QLabel *>())
        labelled |= label->buddy() == region;
    QVERIFY(labelled);
    region->lineEdit()->selectAll();
    QTest::keyClicks(region->lineEdit(), QStringLiteral("mars-north-1"));
    QVERIFY(child<QLabel>("regionName")->text().contains(QStringLiteral("Not a region")));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY2(m_dialog->message().contains(QStringLiteral("mars-north-1")),
                 qPrintable(m_dialog->message()));
    QVERIFY(!m_store->find(QStringLiteral("Mars")));

    region->setCurrentIndex(region->findText(QStringLiteral("ap-shanghai")));
    QCOMPARE(child<QLabel>("regionName")->text(), QStringLiteral("Shanghai"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(m_store->find(QStringLiteral("Mars")));
    QCOMPARE(m_store->find(QStringLiteral("Mars"))->region, QStringLiteral("ap-shanghai"));
}

void TestProfilesDialog::screenshot()
{
    // For looking at, not for comparing: a picture of the dialog with a real account selected.
    makeDialog([](const ApiConfig &) -> CloudApi * { return nullptr; });
    addAccount(m_dialog, QStringLiteral("Production"));
    // Saved where CVM_SCREENSHOT_DIR says, for a person to look at; else in a temporary folder,
    // where it is read back: the dialog renders to a picture of its own size.
    QTemporaryDir scratch;
    const QString path = qEnvironmentVariable("CVM_SCREENSHOT_DIR", scratch.path());
    QVERIFY(m_dialog->grab().save(path + QStringLiteral("/profilesdialog.png")));
    QCOMPARE(QImage(path + QStringLiteral("/profilesdialog.png")).size(),
             m_dialog->size() * m_dialog->devicePixelRatio());
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
