// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/keychainsecretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// Runs against the real Secret Service that scripts/run-tests.sh starts (gnome-keyring in a
// private D-Bus session). A second CTest entry runs noKeychainIsUnavailable with the session bus
// pointing nowhere.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void unsetKeyIsNotFound();
    void removingUnsetKeyIsNotFound();
    void answersLaterAndOnce();
    void destroyedContextGetsNoCallback();
    void noKeychainIsUnavailable();

private:
    SecretStore::Result run(const std::function<void(SecretStore::Callback)> &op);
    bool expectNoKeychain() const { return qEnvironmentVariableIsSet("CVM_EXPECT_NO_KEYCHAIN"); }

    KeychainSecretStore *m_store = nullptr;
    QString m_prefix;
};

SecretStore::Result
TestKeychainSecretStore::run(const std::function<void(SecretStore::Callback)> &op)
{
    int calls = 0;
    SecretStore::Result result;
    op([&](const SecretStore::Result &r) {
        ++calls;
        result = r;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 20000))
        qFatal("the keychain never answered");
    QTest::qWait(0);
    if (calls != 1)
        qFatal("the keychain answered %d times", calls);
    return result;
}

void TestKeychainSecretStore::initTestCase()
{
    // Our own service name, so a developer's real entries are never touched.
    m_store = new KeychainSecretStore(QStringLiteral("org.cvmlauncher.CvmLauncher.tests"), this);
    m_prefix = QStringLiteral("test/%1/").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (expectNoKeychain())
        return;
    const auto probe =
        run([&](auto cb) { m_store->read(m_prefix + QStringLiteral("probe"), this, cb); });
    if (probe.status == SecretStore::Status::Unavailable) {
        if (qEnvironmentVariableIsSet("CVM_IN_TEST_SESSION"))
            QFAIL(qPrintable(u"scripts/run-tests.sh should provide a keychain: " + probe.error));
        QSKIP("no Secret Service here: run the tests with scripts/run-tests.sh");
    }
    QCOMPARE(probe.status, SecretStore::Status::NotFound);
}

void TestKeychainSecretStore::writeReadRemove()
{
    if (expectNoKeychain())
        QSKIP("runs with a keychain");
    const QString key = m_prefix + QStringLiteral("secretKey");
    const QString secret = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE-密钥");
    QCOMPARE(run([&](auto cb) { m_store->write(key, secret, this, cb); }).status,
             SecretStore::Status::Ok);
    const auto read = run([&](auto cb) { m_store->read(key, this, cb); });
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret.value_or(QString()), secret);
    QCOMPARE(run([&](auto cb) { m_store->remove(key, this, cb); }).status, SecretStore::Status::Ok);
    const auto after = run([&](auto cb) { m_store->read(key, this, cb); });
    QCOMPARE(after.status, SecretStore::Status::NotFound);
    QVERIFY(!after.secret.has_value());
}

void TestKeychainSecretStore::unsetKeyIsNotFound()
{
    if (expectNoKeychain())
        QSKIP("runs with a keychain");
    const auto result =
        run([&](auto cb) { m_store->read(m_prefix + QStringLiteral("never-set"), this, cb); });
    QCOMPARE(result.status, SecretStore::Status::NotFound);
    QVERIFY(result.error.isEmpty());
}

void TestKeychainSecretStore::removingUnsetKeyIsNotFound()
{
    if (expectNoKeychain())
        QSKIP("runs with a keychain");
    const auto result =
        run([&](auto cb) { m_store->remove(m_prefix + QStringLiteral("never-set"), this, cb); });
    QVERIFY2(result.status == SecretStore::Status::NotFound ||
                 result.status == SecretStore::Status::Ok,
             qPrintable(result.error));
}

void TestKeychainSecretStore::answersLaterAndOnce()
{
    // A local context: answers after a failed check never touch a dead stack frame.
    QObject context;
    int calls = 0;
    m_store->read(m_prefix + QStringLiteral("never-set"), &context,
                  [&calls](const SecretStore::Result &) { ++calls; });
    QCOMPARE(calls, 0); // never from inside the call
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000);
    // A second operation queued behind the first is the fence: no late second answer.
    int fence = 0;
    m_store->read(m_prefix + QStringLiteral("never-set"), &context,
                  [&fence](const SecretStore::Result &) { ++fence; });
    QTRY_COMPARE_WITH_TIMEOUT(fence, 1, 20000);
    QCOMPARE(calls, 1);
}

void TestKeychainSecretStore::destroyedContextGetsNoCallback()
{
    QObject fenceContext;
    int calls = 0;
    auto *context = new QObject;
    m_store->write(m_prefix + QStringLiteral("ctx"), QStringLiteral("x"), context,
                   [&calls](const SecretStore::Result &) { ++calls; });
    delete context;
    // A second operation queued behind the first tells when the first has finished.
    int after = 0;
    m_store->remove(m_prefix + QStringLiteral("ctx"), &fenceContext,
                    [&after](const SecretStore::Result &) { ++after; });
    QTRY_COMPARE_WITH_TIMEOUT(after, 1, 20000);
    QCOMPARE(calls, 0);
}

void TestKeychainSecretStore::noKeychainIsUnavailable()
{
    if (!expectNoKeychain())
        QSKIP("runs in its own CTest entry with no session bus");
    for (const auto &op :
         {std::function<void(SecretStore::Callback)>([&](auto cb) {
              m_store->write(m_prefix + QStringLiteral("k"), QStringLiteral("v"), this, cb);
          }),
          std::function<void(SecretStore::Callback)>(
              [&](auto cb) { m_store->read(m_prefix + QStringLiteral("k"), this, cb); }),
          std::function<void(SecretStore::Callback)>(
              [&](auto cb) { m_store->remove(m_prefix + QStringLiteral("k"), this, cb); })}) {
        const auto result = run(op);
        QVERIFY2(result.status == SecretStore::Status::Unavailable, qPrintable(result.error));
        qInfo("%s", qPrintable(result.error)); // what the operator would read
    }
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
