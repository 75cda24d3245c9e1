// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/appicon.h"

#include "version.h"

#include <QPixmap>

QIcon AppIcon::icon()
{
    // PNG sizes rather than the SVG: they need no image format plugin and are hinted for small
    // sizes, where the window manager and task bar draw the icon. Pixmaps rather than
    // QIcon::addFile(): addFile sniffs each file's format, which loads every image format plugin
    // installed (gif, ico, jpeg...) for files that are known to be PNG.
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addPixmap(
            QPixmap(QStringLiteral(":/icons/%1x%1/apps/" CVM_APPLICATION_ID ".png").arg(size)));
    return icon;
}
