// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "isolatedhome.h"

#include <QDir>

IsolatedHome::IsolatedHome()
{
    if (!m_dir.isValid())
        return;
    const QDir home(m_dir.path());
    const auto point = [&home](const char *variable, const QString &relative) {
        home.mkpath(relative);
        qputenv(variable, QFile::encodeName(home.filePath(relative)));
    };
    point("HOME", QStringLiteral("."));
    point("XDG_CONFIG_HOME", QStringLiteral(".config"));
    point("XDG_DATA_HOME", QStringLiteral(".local/share"));
    point("XDG_CACHE_HOME", QStringLiteral(".cache"));
    point("XDG_STATE_HOME", QStringLiteral(".local/state"));
}
