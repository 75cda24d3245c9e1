// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/lastlaunch.h"

#include "spec/launchtemplate.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString LastLaunch::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("last-launch.json"));
}

bool LastLaunch::exists()
{
    return QFileInfo::exists(filePath());
}

LaunchSpec LastLaunch::load()
{
    if (!QFileInfo::exists(filePath()))
        return {};
    const LaunchTemplate::LoadResult loaded = LaunchTemplate::loadFile(filePath());
    return loaded.ok() ? loaded.spec : LaunchSpec{};
}

QString LastLaunch::save(const LaunchSpec &spec)
{
    QDir().mkpath(QFileInfo(filePath()).absolutePath());
    LaunchSpec stored = spec.withoutSecrets();
    stored.clientToken.clear(); // a token names one launch; the next one needs its own
    return LaunchTemplate::saveFile(filePath(), stored);
}
