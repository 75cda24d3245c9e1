// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// Where the test fixtures live, and an isolated home for tests that touch settings or data.
namespace TestPaths {

// A file under tests/data.
QString dataFile(const QString &relativePath);

// Points QStandardPaths at a private temporary tree (test mode) so a test never reads or writes
// the developer's real settings, journal or keychain-related files.
void isolateStandardPaths();

} // namespace TestPaths
