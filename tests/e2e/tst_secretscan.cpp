// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Issue 8's secret scan: a whole sandbox launch through the app as main.cpp composes it, on a
// stored profile whose keys were saved through CredentialStore into the real keychain, with an
// instance password typed into the wizard. Afterwards neither the SecretKey nor the password is
// in the settings file, the journal, the app data directory, anywhere under the test's home, or
// in any message the process logged. The scan is first shown to find a planted secret.
#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "credentials/accountsession.h"
#include "credentials/credentialstore.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/profilestore.h"
#include "isolatedhome.h"
#include "launch/instancemodel.h"
#include "launch/journal.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "launch/statustracker.h"
#include "main/mainwindow.h"
#include "sandbox/sandboxservice.h"
#include "secretscan.h"
#include "testpaths.h"
#include "wizard/launchwizard.h"
#include "wizardwalk.h"

#include <QAction>
#include <QApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

IsolatedHome *g_home = nullptr;
QtMessageHandler g_previousHandler = nullptr;
QMutex g_logMutex;
QStringList g_log;

// Every message of the process is kept for the scan; warnings and worse are passed on as usual.
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log << QString::fromUtf8(context.category) + QLatin1String(": ") + message;
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

QStringList recordedLog()
{
    const QMutexLocker lock(&g_logMutex);
    return g_log;
}

// A password the Linux rules accept, new on every run so that no earlier run can be found.
QString freshPassword()
{
    return QStringLiteral("Xk9!%1").arg(QRandomGenerator::global()->bounded(10000000, 99999999));
}

} // namespace

class TstSecretScan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxService> m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<LaunchController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    QStringList scannedPaths() const
    {
        return {QSettings().fileName(), Journal::defaultDirectory(),
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), g_home->path()};
    }

private slots:
    void initTestCase()
    {
        TestPaths::isolateStandardPaths();
        // Debug output of every category is recorded too (and not printed).
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    // The scan finds a planted secret in each form it looks for, in files and in the log.
    void scanFindsAPlantedSecret()
    {
        const QString secret = freshPassword();
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QCOMPARE(SecretScan::filesContaining({scratch.path()}, secret).size(), 0);
        const QList<QByteArray> forms = SecretScan::forms(secret);
        QVERIFY(forms.size() >= 4);
        for (int i = 0; i < forms.size(); ++i) {
            QFile file(scratch.filePath(QStringLiteral("nested/dir%1/file").arg(i)));
            QVERIFY(QDir().mkpath(QFileInfo(file).path()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("before " + forms.at(i) + " after");
        }
        QVERIFY(SecretScan::filesContaining({scratch.path()}, secret).size() >= forms.size());
        QVERIFY(SecretScan::filesContaining({scratch.path()}, freshPassword()).isEmpty());

        QVERIFY(SecretScan::linesContaining(recordedLog(), secret).isEmpty());
        qDebug("planted: %s", qPrintable(secret));
        QCOMPARE(SecretScan::linesContaining(recordedLog(), secret).size(), 1);
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }

    void keyedLaunchLeavesNoSecret()
    {
        constexpr int Count = 2;
        const QString secretKey = SandboxService::DefaultSecretKey;
        const QString password = freshPassword();

        m_sandbox = std::make_unique<SandboxService>();
        m_sandbox->store().setPendingMs(300);
        QVERIFY(m_sandbox->start() != 0);

        m_keychain = std::make_unique<KeychainSecretStore>();
        m_credentials = std::make_unique<CredentialStore>(m_keychain.get());
        m_profiles = std::make_unique<ProfileStore>(m_credentials.get());
        m_profiles->setSandboxAccess(
            {m_sandbox->endpoint(),
             {SandboxService::DefaultSecretId, SandboxService::DefaultSecretKey}});

        // A keyed profile of the operator's own, pointed at the sandbox, keys in the keychain.
        Profile profile = Profile::newAccount();
        profile.name = QStringLiteral("e2e keyed");
        profile.version = ApiConfig::Version::V2;
        profile.region = QStringLiteral("ap-guangzhou");
        profile.endpoint = m_sandbox->endpoint().toString();
        std::optional<CredentialStore::Result> saved;
        m_credentials->save(profile.id, {SandboxService::DefaultSecretId, secretKey}, this,
                            [&saved](const CredentialStore::Result &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
        QVERIFY2(saved->ok(), qPrintable(saved->message));
        QVERIFY2(saved->remembered, "the keys must be in the real keychain, not session-only");
        QCOMPARE(m_profiles->save(profile), QString());
        QVERIFY(m_profiles->setActive(profile.id));

        m_transport = std::make_unique<NetworkTransport>();
        NetworkTransport *transport = m_transport.get();
        m_controller = std::make_unique<LaunchController>(Journal::defaultDirectory());
        m_controller->setSecretStore(m_keychain.get());
        MainWindow::Services services;
        services.profiles = m_profiles.get();
        services.apiFactory = [transport](const ApiConfig &config) {
            return CloudApiFactory::create(config, transport);
        };
        services.controller = m_controller.get();
        m_window = std::make_unique<MainWindow>(services);
        LaunchController *controller = m_window->launchController();
        controller->tracker()->setIntervals(100, 400);
        controller->start();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->api() != nullptr, 10000);
        QCOMPARE(m_window->session()->profileId(), profile.id);

        m_window->findChild<QAction *>(QStringLiteral("newLaunchAction"))->trigger();
        auto *wizard = m_window->findChild<LaunchWizard *>();
        QVERIFY(wizard);
        WalkChoices choices;
        choices.count = Count;
        choices.password = password;
        WizardWalk::toReview(wizard, choices);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy finished(controller->launcher(), &Launcher::launchFinished);
        QVERIFY(WizardWalk::pressNext(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);

        // The keys signed real requests: the sandbox created the instances for this account.
        InstanceModel *model = controller->model();
        const auto running = [model] {
            int n = 0;
            for (int row = 0; row < model->rowCount(); ++row) {
                n += model->data(model->index(row, 0), InstanceModel::StateRole).toInt() ==
                     int(InstanceState::Running);
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(running(), Count, 15000);
        QCOMPARE(m_sandbox->store().instances(SandboxService::DefaultSecretId).size(), Count);

        // Close the app the way it ends, so that everything it writes on the way out is written.
        wizard->close();
        m_window.reset();
        m_controller.reset();
        m_transport.reset();
        m_profiles.reset();
        m_credentials.reset();
        m_keychain.reset();
        m_sandbox.reset();
        QSettings().sync();

        QVERIFY(QFileInfo::exists(QSettings().fileName()));
        QVERIFY(!QDir(Journal::defaultDirectory()).isEmpty());
        const QStringList paths = scannedPaths();
        const QStringList keyHits = SecretScan::filesContaining(paths, secretKey);
        QVERIFY2(keyHits.isEmpty(), qPrintable(keyHits.join(QLatin1String(", "))));
        const QStringList passwordHits = SecretScan::filesContaining(paths, password);
        QVERIFY2(passwordHits.isEmpty(), qPrintable(passwordHits.join(QLatin1String(", "))));

        const QStringList log = recordedLog();
        // The scan covers the app's own log lines: the requests and the launch were logged.
        QVERIFY(!log.filter(QStringLiteral("cvm.api: sending RunInstancesHour")).isEmpty());
        QVERIFY(!log.filter(QStringLiteral("cvm.launch: launch ")).isEmpty());
        QVERIFY(SecretScan::linesContaining(log, secretKey).isEmpty());
        QVERIFY(SecretScan::linesContaining(log, password).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // Before QApplication: settings, the journal and the app data go to a private home.
    IsolatedHome home;
    if (!home.isValid())
        return 1;
    g_home = &home;
    QCoreApplication::setApplicationName(QStringLiteral("cvm-launcher-e2e"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("example.org"));
    QApplication app(argc, argv);
    TstSecretScan test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretscan.moc"
