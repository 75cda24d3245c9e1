// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/accountapis.h"
#include "credentials/credentialstore.h"
#include "credentials/inmemorysecretstore.h"
#include "credentials/profilestore.h"
#include "fakecloudapi.h"
#include "testpaths.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

// Every backend AccountApis builds is for one profile's own account: its keys, endpoint, API
// version, and the launch's region.
class TestAccountApis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void buildsFromTheProfilesOwnSettingsInTheLaunchsRegion();
    void aDeletedProfileOrMissingKeysGetAProblemAndNoBackend();
    void profileChangesRebuildTheBackends();

private:
    // A stored profile (API 2.0 on a loopback endpoint, region ap-shanghai) with keys.
    QString addProfile(ProfileStore &profiles, CredentialStore &credentials, bool withKeys);

    QList<ApiConfig> m_built;
    AccountApis::ApiFactory factory()
    {
        return [this](const ApiConfig &config) {
            m_built << config;
            return new FakeCloudApi;
        };
    }
};

void TestAccountApis::initTestCase()
{
    TestPaths::isolateStandardPaths();
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    QCoreApplication::setApplicationName(
        QStringLiteral("org.cvmlauncher.CvmLauncher.tst_accountapis"));
}

void TestAccountApis::init()
{
    QSettings().clear();
    m_built.clear();
}

QString TestAccountApis::addProfile(ProfileStore &profiles, CredentialStore &credentials,
                                    bool withKeys)
{
    Profile profile = Profile::newAccount();
    profile.name = QStringLiteral("Shanghai team");
    profile.version = ApiConfig::Version::V2;
    profile.region = QStringLiteral("ap-shanghai");
    profile.endpoint = QStringLiteral("http://127.0.0.1:9");
    if (!profiles.save(profile).isEmpty())
        return {};
    if (!withKeys)
        return profile.id;
    bool saved = false;
    credentials.save(profile.id, {QStringLiteral("AKIDshanghai"), QStringLiteral("key")}, this,
                     [&saved](const CredentialStore::Result &r) { saved = r.ok(); });
    return QTest::qWaitFor([&saved] { return saved; }, 5000) ? profile.id : QString();
}

void TestAccountApis::buildsFromTheProfilesOwnSettingsInTheLaunchsRegion()
{
    InMemorySecretStore secrets;
    CredentialStore credentials(&secrets);
    ProfileStore profiles(&credentials, QProcessEnvironment());
    const QString id = addProfile(profiles, credentials, true);
    QVERIFY(!id.isEmpty());
    AccountApis accounts(&profiles, factory());
    QSignalSpy changed(&accounts, &AccountApis::changed);

    accounts.request(id, QStringLiteral("ap-guangzhou"));
    QVERIFY(!accounts.api(id, QStringLiteral("ap-guangzhou"))); // the keys load first
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(accounts.api(id, QStringLiteral("ap-guangzhou")));
    QVERIFY(accounts.problem(id, QStringLiteral("ap-guangzhou")).isEmpty());
    QCOMPARE(m_built.size(), 1);
    QCOMPARE(m_built.at(0).secretId, QStringLiteral("AKIDshanghai"));
    QCOMPARE(m_built.at(0).version, ApiConfig::Version::V2);
    QCOMPARE(m_built.at(0).endpoint, QUrl(QStringLiteral("http://127.0.0.1:9")));
    // The launch's region, not the profile's (it may have been edited since the launch).
    QCOMPARE(m_built.at(0).region, QStringLiteral("ap-guangzhou"));
    QCOMPARE(accounts.profileName(id), QStringLiteral("Shanghai team"));

    // No region recorded (an older journal): the profile's own. Built once per pair.
    accounts.request(id, QString());
    accounts.request(id, QString());
    QTRY_COMPARE(m_built.size(), 2);
    QCOMPARE(m_built.at(1).region, QStringLiteral("ap-shanghai"));
    QTest::qWait(20);
    QCOMPARE(m_built.size(), 2);
}

void TestAccountApis::aDeletedProfileOrMissingKeysGetAProblemAndNoBackend()
{
    InMemorySecretStore secrets;
    CredentialStore credentials(&secrets);
    ProfileStore profiles(&credentials, QProcessEnvironment());
    const QString keyless = addProfile(profiles, credentials, false);
    QVERIFY(!keyless.isEmpty());
    AccountApis accounts(&profiles, factory());

    accounts.request(QStringLiteral("0c0ffee0-gone"), QString());
    QVERIFY(!accounts.api(QStringLiteral("0c0ffee0-gone"), QString()));
    QVERIFY(accounts.problem(QStringLiteral("0c0ffee0-gone"), QString())
                .contains(QStringLiteral("no longer exists")));
    QVERIFY(accounts.profileName(QStringLiteral("0c0ffee0-gone")).isEmpty());

    accounts.request(keyless, QString());
    QTRY_VERIFY(!accounts.problem(keyless, QString()).isEmpty());
    QVERIFY(accounts.problem(keyless, QString()).contains(QStringLiteral("SecretId")));
    QVERIFY(!accounts.api(keyless, QString()));
    QVERIFY(m_built.isEmpty()); // never a backend with someone else's keys, or none

    // Keys entered later: request() keeps the verdict, retry() reads the keychain again.
    bool saved = false;
    credentials.save(keyless, {QStringLiteral("AKIDlate"), QStringLiteral("key")}, this,
                     [&saved](const CredentialStore::Result &r) { saved = r.ok(); });
    QTRY_VERIFY(saved);
    accounts.request(keyless, QString());
    QTest::qWait(20);
    QVERIFY(!accounts.api(keyless, QString()));
    accounts.retry(keyless, QString());
    QTRY_VERIFY(accounts.api(keyless, QString()));
    QCOMPARE(m_built.last().secretId, QStringLiteral("AKIDlate"));
}

void TestAccountApis::profileChangesRebuildTheBackends()
{
    InMemorySecretStore secrets;
    CredentialStore credentials(&secrets);
    ProfileStore profiles(&credentials, QProcessEnvironment());
    const QString id = addProfile(profiles, credentials, true);
    QVERIFY(!id.isEmpty());
    AccountApis accounts(&profiles, factory());
    accounts.request(id, QString());
    QTRY_VERIFY(accounts.api(id, QString()));
    QPointer<CloudApi> first = accounts.api(id, QString());

    Profile edited = *profiles.profile(id);
    edited.endpoint = QStringLiteral("http://127.0.0.1:10");
    QVERIFY(profiles.save(edited).isEmpty());
    QTRY_COMPARE(m_built.size(), 2);
    QTRY_VERIFY(accounts.api(id, QString()) && accounts.api(id, QString()) != first.data());
    QCOMPARE(m_built.last().endpoint, QUrl(QStringLiteral("http://127.0.0.1:10")));
    QTRY_VERIFY(first.isNull()); // the old one is deleted

    bool removed = false;
    profiles.remove(id, this, [&removed](const CredentialStore::Result &r) { removed = r.ok(); });
    QTRY_VERIFY(removed);
    QTRY_VERIFY(!accounts.api(id, QString()));
    QVERIFY(accounts.problem(id, QString()).contains(QStringLiteral("no longer exists")));
}

QTEST_GUILESS_MAIN(TestAccountApis)
#include "tst_accountapis.moc"
