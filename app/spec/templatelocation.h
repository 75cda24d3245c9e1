// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QString>

// Where launch templates are saved and opened: the folder the operator used last (kept in
// QSettings under "templates/folder"), else the Documents folder, else home; and a file name
// that says what the template launches, so the save dialog never starts on an empty name.
class TemplateLocation
{
public:
    // An absolute folder that exists now: the one last remembered while it still exists.
    static QString folder();
    // Remembers the folder of `filePath` (a template just saved or opened) for next time.
    static void remember(const QString &filePath);

    // "web-S5.SMALL2-ap-guangzhou.json": the instance name when there is one, the instance
    // type (with cores and memory for an API 2.0 family, "CVM.S2-2c4g"), and the region. Only
    // letters, digits, '.', '-' and '_' are kept, so it is a valid name on every file system.
    static QString suggestedFileName(const LaunchSpec &spec);
    // folder() joined with suggestedFileName(spec).
    static QString suggestedPath(const LaunchSpec &spec);
};
