// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QString>

// The previous launch's choices, so that the wizard reopens with them. Stored as a launch
// template (so never with a password) in the application's data directory.
namespace LastLaunch {

QString filePath();
// Whether a previous launch was remembered (load() then gives its choices).
bool exists();
// The stored spec, or a fresh one when there is none or it cannot be read.
LaunchSpec load();
// Returns an empty string on success, else a translated error.
QString save(const LaunchSpec &spec);

} // namespace LastLaunch
