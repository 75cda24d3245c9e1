// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "windowservices.h"

WindowServices::WindowServices(ProfilesDialog::ApiFactory apiFactory)
    : m_apiFactory(std::move(apiFactory))
{
    controller.setSecretStore(&secrets);
}

MainWindow::Services WindowServices::services()
{
    MainWindow::Services services;
    services.profiles = &profiles;
    services.apiFactory = m_apiFactory;
    services.controller = &controller;
    return services;
}
