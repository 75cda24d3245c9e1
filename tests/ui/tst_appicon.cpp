// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/appicon.h"

#include <QTest>

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasEveryHicolorSize();
};

void TestAppIcon::hasEveryHicolorSize()
{
    const QIcon icon = AppIcon::icon();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)),
                 qPrintable(QString::number(size)));
        const QPixmap pixmap = icon.pixmap(QSize(size, size));
        QCOMPARE(pixmap.size(), QSize(size, size));
        // Drawn, not empty: the centre of the icon is the white cloud.
        QCOMPARE(pixmap.toImage().pixelColor(size / 2, size / 3).alpha(), 255);
    }
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
