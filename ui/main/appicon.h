// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QIcon>

// The application icon, from the same artwork that packaging/linux installs into the hicolor
// theme, compiled in so that the window has it even when the app is not installed.
class AppIcon
{
public:
    static QIcon icon();
};
