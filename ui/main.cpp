// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "catalog/catalog.h"
#include "cli/commandline.h"
#include "credentials/credentialstore.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/profilestore.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"
#include "launch/journal.h"
#include "launch/launchcontroller.h"
#include "logging.h"
#include "main/appicon.h"
#include "main/mainwindow.h"
#include "sandbox/sandboxservice.h"
#include "sandbox/v3/v3world.h"
#include "version.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <thread>

int main(int argc, char *argv[])
{
    // One reverse-DNS id names the settings file, the data directory and the desktop entry.
    QCoreApplication::setApplicationName(QStringLiteral(CVM_APPLICATION_ID));
    QCoreApplication::setApplicationVersion(QStringLiteral(CVM_VERSION_STRING));
    QCoreApplication::setOrganizationDomain(QStringLiteral(CVM_ORGANIZATION_DOMAIN));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Answer --help and --version before QApplication exists: they must work without a display.
    const CommandLine commandLine = CommandLine::parse(arguments);
    switch (commandLine.outcome()) {
    case CommandLine::Outcome::ShowVersion:
    case CommandLine::Outcome::ShowHelp:
        QTextStream(stdout) << commandLine.text();
        return 0;
    case CommandLine::Outcome::Error:
        QTextStream(stderr) << commandLine.text();
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }

    // The built-in sandbox's data (the instance catalog and its API 3.0 world: JSON in the
    // resources, about 8 ms to read) is read on another core while QApplication connects to the
    // display, so the first frame does not wait for it. Both are thread-safe statics.
    //
    // Qt takes the first thread that touches its thread data as the main thread: without this
    // call the preload thread sometimes came first ("QApplication was not created in the main()
    // thread", seen once in the package's start check), and the GUI thread was then not Qt's.
    QThread::currentThread();
    std::thread preload([] {
        Catalog::builtIn();
        V3World::builtIn();
    });

    QApplication app(argc, argv);
    // Before the default locale may change (Translations::install): QLocale::setDefault() must
    // not race a thread that reads it.
    preload.join();
    QGuiApplication::setApplicationDisplayName(QStringLiteral(CVM_APPLICATION_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral(CVM_APPLICATION_ID));
    // Before the first widget exists: widgets translate their texts when they are built.
    Translations::install(&app, LanguagePreference::resolve(LanguagePreference::read(QSettings()),
                                                            QLocale::system()));

    // Every service the window works on is built here, once, in the order they depend on each
    // other; they are destroyed in reverse, after the window.
    //
    // The built-in sandbox: the same service as cvm-sandbox, in-process on a free loopback port,
    // so the app works with no account and no network. Its keys are demo keys, not secrets.
    SandboxService sandbox;
    QStringList problems;
    const quint16 sandboxPort = sandbox.start();
    if (sandboxPort == 0) {
        qCWarning(lcUi, "the built-in sandbox did not start: %s",
                  qUtf8Printable(sandbox.errorString()));
        problems << QCoreApplication::translate("main", "The built-in sandbox could not start: %1")
                        .arg(sandbox.errorString());
    }

    KeychainSecretStore keychain;
    CredentialStore credentials(&keychain);
    ProfileStore profiles(&credentials);
    if (sandboxPort != 0) {
        profiles.setSandboxAccess(
            {sandbox.endpoint(),
             {SandboxService::DefaultSecretId, SandboxService::DefaultSecretKey}});
    }

    // One transport for every backend; it outlives the window and so every CloudApi it serves.
    NetworkTransport transport;
    // The journal under AppDataLocation; passwords of launches awaiting an answer wait in the
    // keychain, never in the journal.
    LaunchController controller(Journal::defaultDirectory());
    controller.setSecretStore(&keychain);

    MainWindow::Services services;
    services.profiles = &profiles;
    services.apiFactory = [&transport](const ApiConfig &config) {
        return CloudApiFactory::create(config, &transport);
    };
    services.controller = &controller;
    MainWindow window(services);
    window.applyCommandLine(commandLine);
    if (!problems.isEmpty())
        window.showProblems(problems);
    // Rebuilds the table from the journal; open batches are resent with their own clientTokens.
    controller.start();
    window.show();
    // Decoration the window manager takes whenever it is set: decoding six icon sizes (about
    // 6 ms) waits until the window is on screen. Every window opened later has it from the start.
    QTimer::singleShot(0, &app, [] { QApplication::setWindowIcon(AppIcon::icon()); });
    if (!commandLine.templatePath().isEmpty())
        window.openTemplate(commandLine.templatePath());
    return QApplication::exec();
}
