// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentials/credentialstore.h"
#include "credentials/inmemorysecretstore.h"
#include "credentials/profilestore.h"
#include "launch/launchcontroller.h"
#include "main/mainwindow.h"

#include <QTemporaryDir>

// The services main.cpp builds for MainWindow, owned here for a widget test: accounts over an
// in-memory keychain (no environment profile), and a LaunchController on a private journal in a
// temporary directory, with that keychain as its SecretStore. Nothing touches the real keychain
// or the developer's journal. Tests that need the real keychain build their own services, as
// main.cpp does.
//
//   WindowServices services;
//   MainWindow window(services.services());
//   services.controller.start();
class WindowServices
{
public:
    // `apiFactory` empty: profiles get no backend (the window shows the account's problem).
    explicit WindowServices(ProfilesDialog::ApiFactory apiFactory = {});

    MainWindow::Services services();

    QTemporaryDir journalDirectory;
    InMemorySecretStore secrets;
    CredentialStore credentials{&secrets};
    ProfileStore profiles{&credentials, QProcessEnvironment()};
    LaunchController controller{journalDirectory.path()};

private:
    ProfilesDialog::ApiFactory m_apiFactory;
};
