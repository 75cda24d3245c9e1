#include "main/appicon.h"

#include "version.h"

QIcon AppIcon::icon()
{
    // PNG sizes rather than the SVG: they need no image format plugin and are hinted for small
    // sizes, where the window manager and task bar draw the icon.
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/" CVM_APPLICATION_ID ".png").arg(size),
                     QSize(size, size));
    }
    return icon;
}
