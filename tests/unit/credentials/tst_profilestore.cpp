// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/inmemorysecretstore.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/profilestore.h"
#include "testpaths.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstStartIsOnTheSandbox();
    void sandboxCannotBeDeletedAndNeedsNoKeys();
    void addEditAndReload();
    void invalidProfilesAreRefused();
    void activeProfileIsRemembered();
    void deletingAProfileDeletesItsKeys();
    void refusedKeyDeletionKeepsTheProfile();
    void deletedProfileKeysAreGoneFromTheRealKeychain();
    void settingsFileNeverContainsTheSecretKey();
    void environmentProfileIsSessionOnly();
    void environmentNeedsBothVariables();
    void findsByNameOrId();
    void apiConfigForEachKind();

private:
    CredentialStore::Result run(const std::function<void(CredentialStore::Callback)> &op);

    InMemorySecretStore *m_secrets = nullptr;
    CredentialStore *m_credentials = nullptr;
};

CredentialStore::Result
TestProfileStore::run(const std::function<void(CredentialStore::Callback)> &op)
{
    int calls = 0;
    CredentialStore::Result result;
    op([&](const CredentialStore::Result &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 5000))
        qFatal("no answer");
    return result;
}

void TestProfileStore::initTestCase()
{
    TestPaths::isolateStandardPaths();
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    QCoreApplication::setApplicationName(QStringLiteral("org.cvmlauncher.CvmLauncher.tests"));
}

void TestProfileStore::init()
{
    QSettings().clear();
    delete m_credentials;
    delete m_secrets;
    m_secrets = new InMemorySecretStore;
    m_credentials = new CredentialStore(m_secrets);
}

void TestProfileStore::firstStartIsOnTheSandbox()
{
    ProfileStore store(m_credentials, QProcessEnvironment());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.active().kind, Profile::Kind::Sandbox);
    QCOMPARE(store.active().id, Profile::sandboxId());
    QVERIFY(!store.hasOwnProfiles());
}

void TestProfileStore::sandboxCannotBeDeletedAndNeedsNoKeys()
{
    ProfileStore store(m_credentials, QProcessEnvironment());
    QVERIFY(!store.active().needsKeys());
    const auto result = run([&](auto cb) { store.remove(Profile::sandboxId(), this, cb); });
    QVERIFY(!result.ok());
    QVERIFY(result.message.contains(QStringLiteral("cannot be deleted")));
    QVERIFY(store.profile(Profile::sandboxId()));
}

void TestProfileStore::addEditAndReload()
{
    Profile account = Profile::newAccount();
    QCOMPARE(account.version, ApiConfig::Version::V3);
    QVERIFY(!QUuid::fromString(account.id).isNull());
    account.name = QStringLiteral("Production");
    account.region = QStringLiteral("ap-shanghai");
    account.signatureMethod = QStringLiteral("HmacSHA1");
    account.defaultProjectId = 1002;
    {
        ProfileStore store(m_credentials, QProcessEnvironment());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QCOMPARE(store.save(account), QString());
        QCOMPARE(changed.size(), 1);
        account.endpoint = QStringLiteral("https://cvm.example.com");
        QCOMPARE(store.save(account), QString());
        QCOMPARE(store.profiles().size(), 2);
        Profile sandbox = *store.profile(Profile::sandboxId());
        sandbox.version = ApiConfig::Version::V3;
        QCOMPARE(store.save(sandbox), QString());
    }
    ProfileStore reloaded(m_credentials, QProcessEnvironment());
    QVERIFY(reloaded.hasOwnProfiles());
    QCOMPARE(*reloaded.profile(account.id), account);
    QCOMPARE(reloaded.profile(Profile::sandboxId())->version, ApiConfig::Version::V3);
}

void TestProfileStore::invalidProfilesAreRefused()
{
    ProfileStore store(m_credentials, QProcessEnvironment());
    Profile p = Profile::newAccount();
    QVERIFY(!store.save(p).isEmpty()); // no name
    p.name = QStringLiteral("sandbox");
    QVERIFY(store.save(p).contains(QStringLiteral("already"))); // the built-in's name
    p.name = QStringLiteral("Test");
    p.endpoint = QStringLiteral("http://cvm.example.com");
    QVERIFY(store.save(p).contains(QStringLiteral("Plain http")));
    p.endpoint.clear();
    p.region = QStringLiteral("Guangzhou");
    QVERIFY(!store.save(p).isEmpty());
    // Shaped like a region, but not one the catalog (hence the zone list) knows.
    p.region = QStringLiteral("mars-north-1");
    QVERIFY(store.save(p).contains(QStringLiteral("mars-north-1")));
    p.region = QStringLiteral("ap-guangzhou");
    p.signatureMethod = QStringLiteral("MD5");
    QVERIFY(!store.save(p).isEmpty());
    QVERIFY(!store.hasOwnProfiles());
}

void TestProfileStore::activeProfileIsRemembered()
{
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Staging");
    {
        ProfileStore store(m_credentials, QProcessEnvironment());
        QCOMPARE(store.save(account), QString());
        QSignalSpy active(&store, &ProfileStore::activeChanged);
        QVERIFY(store.setActive(account.id));
        QCOMPARE(active.size(), 1);
        QVERIFY(!store.setActive(QStringLiteral("no-such-profile")));
        QCOMPARE(store.active().id, account.id);
    }
    ProfileStore reloaded(m_credentials, QProcessEnvironment());
    QCOMPARE(reloaded.active().id, account.id);
}

void TestProfileStore::deletingAProfileDeletesItsKeys()
{
    ProfileStore store(m_credentials, QProcessEnvironment());
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Old account");
    QCOMPARE(store.save(account), QString());
    QVERIFY(store.setActive(account.id));
    QVERIFY(
        run([&](auto cb) {
            m_credentials->save(account.id, {QStringLiteral("i"), QStringLiteral("k")}, this, cb);
        }).ok());
    QCOMPARE(m_secrets->keys().size(), 2);

    QVERIFY(run([&](auto cb) { store.remove(account.id, this, cb); }).ok());
    QVERIFY(m_secrets->keys().isEmpty());
    QVERIFY(!store.profile(account.id));
    QCOMPARE(store.active().id, Profile::sandboxId());
    QVERIFY(!QSettings().childGroups().isEmpty()); // settings still hold the active choice
    QSettings settings;
    QVERIFY(!settings.contains(QStringLiteral("profiles/%1/name").arg(account.id)));
}

void TestProfileStore::refusedKeyDeletionKeepsTheProfile()
{
    ProfileStore store(m_credentials, QProcessEnvironment());
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Locked");
    QCOMPARE(store.save(account), QString());
    m_secrets->failWith(SecretStore::Status::Denied, QStringLiteral("locked"));
    const auto result = run([&](auto cb) { store.remove(account.id, this, cb); });
    QCOMPARE(result.status, SecretStore::Status::Denied);
    QVERIFY(store.profile(account.id));
}

void TestProfileStore::deletedProfileKeysAreGoneFromTheRealKeychain()
{
    KeychainSecretStore keychain(QStringLiteral("org.cvmlauncher.CvmLauncher.tests"), nullptr);
    CredentialStore credentials(&keychain);
    ProfileStore store(&credentials, QProcessEnvironment());
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Short-lived");
    QCOMPARE(store.save(account), QString());
    const auto saved = run([&](auto cb) {
        credentials.save(account.id, {QStringLiteral("id"), QStringLiteral("key")}, this, cb);
    });
    if (credentials.isSessionOnly()) {
        if (qEnvironmentVariableIsSet("CVM_IN_TEST_SESSION"))
            QFAIL(qPrintable(u"scripts/run-tests.sh should provide a keychain: " + saved.message));
        QSKIP("no Secret Service here: run the tests with scripts/run-tests.sh");
    }
    QVERIFY2(saved.ok(), qPrintable(saved.message));

    QVERIFY(run([&](auto cb) { store.remove(account.id, this, cb); }).ok());
    // Straight from the keychain, not through the store that deleted them.
    // A local context: answers after a failed check never touch a dead stack frame.
    QObject context;
    QList<SecretStore::Status> answers;
    for (const QString &key :
         {CredentialStore::secretIdKey(account.id), CredentialStore::secretKeyKey(account.id)}) {
        keychain.read(key, &context,
                      [&answers](const SecretStore::Result &r) { answers.append(r.status); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 20000);
    QCOMPARE(answers, QList<SecretStore::Status>(2, SecretStore::Status::NotFound));
}

void TestProfileStore::settingsFileNeverContainsTheSecretKey()
{
    const QString secretKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3NeverOnDisk");
    const QString secretId = QStringLiteral("test-secret-id-NeverOnDisk");
    QProcessEnvironment env;
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), secretKey);
    {
        ProfileStore store(m_credentials, env);
        Profile account = Profile::newAccount();
        account.name = QStringLiteral("With keys");
        QCOMPARE(store.save(account), QString());
        QVERIFY(run([&](auto cb) {
                    m_credentials->save(account.id, {secretId, secretKey}, this, cb);
                }).ok());
        QVERIFY(store.setActive(Profile::environmentId()));
        QVERIFY(store.setActive(account.id));
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("With keys")); // the right file
    QVERIFY(!contents.contains(secretKey.toUtf8()));
    QVERIFY(!contents.contains(secretId.toUtf8()));
    QVERIFY(!contents.contains("environment")); // the Environment profile is never stored
}

void TestProfileStore::environmentProfileIsSessionOnly()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("env-id"));
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("env-key"));
    env.insert(QStringLiteral("TENCENTCLOUD_REGION"), QStringLiteral("ap-beijing"));
    ProfileStore store(m_credentials, env);
    const auto environment = store.profile(Profile::environmentId());
    QVERIFY(environment);
    QCOMPARE(environment->kind, Profile::Kind::Environment);
    QCOMPARE(environment->region, QStringLiteral("ap-beijing"));
    QVERIFY(!store.save(*environment).isEmpty());
    QVERIFY(!run([&](auto cb) { store.remove(Profile::environmentId(), this, cb); }).ok());
    const auto config = store.apiConfig(*environment);
    QVERIFY(config.config);
    QCOMPARE(config.config->secretKey, QStringLiteral("env-key"));
    QCOMPARE(config.config->region, QStringLiteral("ap-beijing"));
}

void TestProfileStore::environmentNeedsBothVariables()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("env-id"));
    ProfileStore store(m_credentials, env);
    QVERIFY(!store.profile(Profile::environmentId()));
}

void TestProfileStore::findsByNameOrId()
{
    ProfileStore store(m_credentials, QProcessEnvironment());
    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Production");
    QCOMPARE(store.save(account), QString());
    QCOMPARE(store.find(QStringLiteral("production"))->id, account.id);
    QCOMPARE(store.find(account.id)->id, account.id);
    QCOMPARE(store.find(QStringLiteral("Sandbox"))->id, Profile::sandboxId());
    QVERIFY(!store.find(QStringLiteral("Prod")));
    QVERIFY(!store.find(QStringLiteral("environment")));
}

void TestProfileStore::apiConfigForEachKind()
{
    ProfileStore store(m_credentials, QProcessEnvironment());
    const Profile sandbox = *store.profile(Profile::sandboxId());
    QVERIFY(!store.apiConfig(sandbox).config); // the sandbox is not running yet
    QVERIFY(!store.apiConfig(sandbox).error.isEmpty());
    store.setSandboxAccess({QUrl(QStringLiteral("http://127.0.0.1:41234")),
                            {QStringLiteral("demo-id"), QStringLiteral("demo-key")}});
    const auto sandboxConfig = store.apiConfig(sandbox);
    QVERIFY(sandboxConfig.config);
    QCOMPARE(sandboxConfig.config->endpoint, QUrl(QStringLiteral("http://127.0.0.1:41234")));
    QCOMPARE(sandboxConfig.config->secretKey, QStringLiteral("demo-key"));

    Profile account = Profile::newAccount();
    account.name = QStringLiteral("Real");
    account.region = QStringLiteral("ap-singapore");
    QVERIFY(!store.apiConfig(account).config); // no keys yet
    const auto config = store.apiConfig(account, {QStringLiteral("i"), QStringLiteral("k")});
    QVERIFY(config.config);
    QCOMPARE(config.config->version, ApiConfig::Version::V3);
    QCOMPARE(config.config->region, QStringLiteral("ap-singapore"));
    QVERIFY(config.config->endpoint.isEmpty()); // Tencent's own hosts
    QCOMPARE(config.config->signatureMethod, QStringLiteral("HmacSHA256"));

    store.setEndpointOverride(QUrl(QStringLiteral("http://[::1]:9000")));
    QCOMPARE(store.apiConfig(account, {QStringLiteral("i"), QStringLiteral("k")}).config->endpoint,
             QUrl(QStringLiteral("http://[::1]:9000")));
    QCOMPARE(store.apiConfig(sandbox).config->endpoint, QUrl(QStringLiteral("http://[::1]:9000")));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
