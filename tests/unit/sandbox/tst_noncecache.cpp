// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/noncecache.h"

#include <QTest>

class TstNonceCache : public QObject
{
    Q_OBJECT

private slots:
    void refusesReuseWithinTheWindow()
    {
        NonceCache cache(100);
        QVERIFY(cache.remember(QStringLiteral("a"), QStringLiteral("1"), 1000));
        QVERIFY(!cache.remember(QStringLiteral("a"), QStringLiteral("1"), 1050));
        QVERIFY(cache.remember(QStringLiteral("b"), QStringLiteral("1"), 1050));
        QVERIFY(cache.remember(QStringLiteral("a"), QStringLiteral("2"), 1050));
        QVERIFY(!cache.remember(QStringLiteral("a"), QStringLiteral("1"), 1099));
        QVERIFY(cache.remember(QStringLiteral("a"), QStringLiteral("1"), 1100));
    }
};

QTEST_GUILESS_MAIN(TstNonceCache)
#include "tst_noncecache.moc"
