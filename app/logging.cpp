// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "logging.h"

// Debug output is opt-in (QtInfoMsg): a normal run prints only what the operator must know.
Q_LOGGING_CATEGORY(lcApi, "cvm.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLaunch, "cvm.launch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "cvm.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "cvm.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "cvm.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "cvm.ui", QtInfoMsg)
