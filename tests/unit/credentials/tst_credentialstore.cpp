// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/credentialstore.h"
#include "credentials/inmemorysecretstore.h"
#include "credentials/keychainsecretstore.h"

#include <QTest>
#include <QUuid>

// CredentialStore over the real Secret Service (scripts/run-tests.sh), and over a keychain that
// is not there (a second CTest entry with the session bus pointing nowhere).
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveLoadRemove();
    void unsetIsNotFound();
    void profilesAreIsolated();
    void keysAreScopedByProfileId();
    void errorsArePassedOnWithTheirMessage();
    void noKeychainKeepsKeysForTheSession();

private:
    CredentialStore::Result run(const std::function<void(CredentialStore::Callback)> &op);
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    bool expectNoKeychain() const { return qEnvironmentVariableIsSet("CVM_EXPECT_NO_KEYCHAIN"); }

    KeychainSecretStore *m_keychain = nullptr;
    CredentialStore *m_store = nullptr;
};

CredentialStore::Result
TestCredentialStore::run(const std::function<void(CredentialStore::Callback)> &op)
{
    int calls = 0;
    CredentialStore::Result result;
    op([&](const CredentialStore::Result &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 20000))
        qFatal("the credential store never answered");
    QTest::qWait(0);
    if (calls != 1)
        qFatal("the credential store answered %d times", calls);
    return result;
}

void TestCredentialStore::initTestCase()
{
    m_keychain = new KeychainSecretStore(QStringLiteral("org.cvmlauncher.CvmLauncher.tests"), this);
    m_store = new CredentialStore(m_keychain, this);
    if (expectNoKeychain())
        return;
    const auto probe = run([&](auto cb) { m_store->load(newId(), this, cb); });
    if (m_store->isSessionOnly()) {
        if (qEnvironmentVariableIsSet("CVM_IN_TEST_SESSION"))
            QFAIL(qPrintable(u"scripts/run-tests.sh should provide a keychain: " + probe.message));
        QSKIP("no Secret Service here: run the tests with scripts/run-tests.sh");
    }
}

void TestCredentialStore::saveLoadRemove()
{
    if (expectNoKeychain())
        QSKIP("runs with a keychain");
    const QString id = newId();
    const Credentials keys{QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"),
                           QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")};
    const auto saved = run([&](auto cb) { m_store->save(id, keys, this, cb); });
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QVERIFY(saved.remembered);

    // A second store over the same keychain sees them: they were really written there.
    CredentialStore other(m_keychain);
    const auto loaded = run([&](auto cb) { other.load(id, this, cb); });
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.keys.secretId, keys.secretId);
    QCOMPARE(loaded.keys.secretKey, keys.secretKey);

    QVERIFY(run([&](auto cb) { m_store->remove(id, this, cb); }).ok());
    const auto gone = run([&](auto cb) { other.load(id, this, cb); });
    QCOMPARE(gone.status, SecretStore::Status::NotFound);
    QVERIFY(gone.keys.isEmpty());
    // Deleting again is not an error: the keys are gone either way.
    QVERIFY(run([&](auto cb) { m_store->remove(id, this, cb); }).ok());
}

void TestCredentialStore::unsetIsNotFound()
{
    if (expectNoKeychain())
        QSKIP("runs with a keychain");
    const auto result = run([&](auto cb) { m_store->load(newId(), this, cb); });
    QCOMPARE(result.status, SecretStore::Status::NotFound);
    QVERIFY(result.message.isEmpty());
    QVERIFY(result.remembered);
}

void TestCredentialStore::profilesAreIsolated()
{
    if (expectNoKeychain())
        QSKIP("runs with a keychain");
    const QString a = newId();
    const QString b = newId();
    QVERIFY(run([&](auto cb) {
                m_store->save(a, {QStringLiteral("id-a"), QStringLiteral("key-a")}, this, cb);
            }).ok());
    QVERIFY(run([&](auto cb) {
                m_store->save(b, {QStringLiteral("id-b"), QStringLiteral("key-b")}, this, cb);
            }).ok());
    QCOMPARE(run([&](auto cb) { m_store->load(a, this, cb); }).keys.secretKey,
             QStringLiteral("key-a"));
    QCOMPARE(run([&](auto cb) { m_store->load(b, this, cb); }).keys.secretKey,
             QStringLiteral("key-b"));

    QVERIFY(run([&](auto cb) { m_store->remove(a, this, cb); }).ok());
    QCOMPARE(run([&](auto cb) { m_store->load(a, this, cb); }).status,
             SecretStore::Status::NotFound);
    const auto stillB = run([&](auto cb) { m_store->load(b, this, cb); });
    QVERIFY(stillB.ok());
    QCOMPARE(stillB.keys.secretId, QStringLiteral("id-b"));
    run([&](auto cb) { m_store->remove(b, this, cb); });
}

void TestCredentialStore::keysAreScopedByProfileId()
{
    QCOMPARE(CredentialStore::secretIdKey(QStringLiteral("p1")),
             QStringLiteral("profile/p1/secretId"));
    QCOMPARE(CredentialStore::secretKeyKey(QStringLiteral("p1")),
             QStringLiteral("profile/p1/secretKey"));
    InMemorySecretStore memory;
    CredentialStore store(&memory);
    QVERIFY(
        run([&](auto cb) {
            store.save(QStringLiteral("p1"), {QStringLiteral("i"), QStringLiteral("k")}, this, cb);
        }).ok());
    QCOMPARE(memory.keys().size(), 2);
    QVERIFY(memory.contains(QStringLiteral("profile/p1/secretKey")));
}

void TestCredentialStore::errorsArePassedOnWithTheirMessage()
{
    InMemorySecretStore memory;
    CredentialStore store(&memory);
    memory.failWith(SecretStore::Status::Denied, QStringLiteral("refused by the user"));
    const auto denied = run([&](auto cb) { store.load(QStringLiteral("p"), this, cb); });
    QCOMPARE(denied.status, SecretStore::Status::Denied);
    QCOMPARE(denied.message, QStringLiteral("refused by the user"));
    QVERIFY(!store.isSessionOnly());

    memory.failWith(SecretStore::Status::Failed, QStringLiteral("disk full"));
    const auto failed = run([&](auto cb) {
        store.save(QStringLiteral("p"), {QStringLiteral("i"), QStringLiteral("k")}, this, cb);
    });
    QCOMPARE(failed.status, SecretStore::Status::Failed);
    QVERIFY(!store.isSessionOnly());

    // A caller that goes away never hears back, and nothing else breaks.
    int calls = 0;
    auto *context = new QObject;
    store.load(QStringLiteral("p"), context, [&](const CredentialStore::Result &) { ++calls; });
    delete context;
    // The in-memory store answers in order: a later load is the fence.
    const auto fence = run([&](auto cb) { store.load(QStringLiteral("p"), this, cb); });
    QCOMPARE(fence.status, SecretStore::Status::Failed);
    QCOMPARE(calls, 0);
}

void TestCredentialStore::noKeychainKeepsKeysForTheSession()
{
    // Against the real (absent) keychain in the no-bus CTest entry; against a fake otherwise.
    InMemorySecretStore fake;
    fake.failWith(SecretStore::Status::Unavailable, QStringLiteral("no secret service"));
    SecretStore *keychain = expectNoKeychain() ? static_cast<SecretStore *>(m_keychain) : &fake;
    CredentialStore store(keychain);

    const QString id = newId();
    const auto saved = run([&](auto cb) {
        store.save(id, {QStringLiteral("sid"), QStringLiteral("skey")}, this, cb);
    });
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QVERIFY(store.isSessionOnly());
    QVERIFY(!saved.remembered);
    QVERIFY(saved.message.contains(QStringLiteral("session only")));

    const auto loaded = run([&](auto cb) { store.load(id, this, cb); });
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.remembered);
    QCOMPARE(loaded.keys.secretKey, QStringLiteral("skey"));

    QVERIFY(run([&](auto cb) { store.remove(id, this, cb); }).ok());
    QCOMPARE(run([&](auto cb) { store.load(id, this, cb); }).status, SecretStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
