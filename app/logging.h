// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLoggingCategory>

// One logging category per area, so that an operator or a developer can turn on exactly the part
// they need without a rebuild, e.g. QT_LOGGING_RULES="cvm.api.debug=true;cvm.launch.debug=true".
// Debug lines are off by default (QtInfoMsg and above are on). What is logged: action names,
// regions, attempts, launch and batch ids, instance ids and states, counts, durations in ms.
// What never is: SecretId/SecretKey, passwords, request parameters or bodies, signatures.
//
//   cvm.api          requests leaving through the Transport (action, region, attempt)
//   cvm.launch       launches, batches and instance state changes
//   cvm.sandbox      the built-in service: where it listens
//   cvm.credentials  keychain availability (never a key)
//   cvm.catalog      the compiled-in catalog failing its checks at load
//   cvm.ui           start-up of the window and its services
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcLaunch)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
