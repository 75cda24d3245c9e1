// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/endpointcheck.h"

#include <QTest>

class TestEndpointCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
};

void TestEndpointCheck::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("url");

    QTest::newRow("empty: Tencent's hosts") << QString() << true << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << true << QString();
    QTest::newRow("https") << QStringLiteral("https://cvm.tencentcloudapi.com") << true
                           << QStringLiteral("https://cvm.tencentcloudapi.com");
    QTest::newRow("https with port and path")
        << QStringLiteral(" https://proxy.example.com:8443/tc ") << true
        << QStringLiteral("https://proxy.example.com:8443/tc");
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true
                                      << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("http loopback 127/8")
        << QStringLiteral("http://127.8.9.10") << true << QStringLiteral("http://127.8.9.10");
    QTest::newRow("http loopback v6")
        << QStringLiteral("http://[::1]:9000") << true << QStringLiteral("http://[::1]:9000");
    QTest::newRow("http localhost")
        << QStringLiteral("http://LOCALHOST:1") << true << QStringLiteral("http://localhost:1");
    QTest::newRow("http remote") << QStringLiteral("http://cvm.api.qcloud.com") << false
                                 << QString();
    QTest::newRow("http private lan") << QStringLiteral("http://192.168.1.2") << false << QString();
    QTest::newRow("http lookalike")
        << QStringLiteral("http://127.0.0.1.evil.com") << false << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false << QString();
    QTest::newRow("no scheme") << QStringLiteral("cvm.tencentcloudapi.com") << false << QString();
    QTest::newRow("garbage") << QStringLiteral("https://exa mple.com") << false << QString();
    QTest::newRow("user info") << QStringLiteral("https://id:key@example.com") << false
                               << QString();
    QTest::newRow("query") << QStringLiteral("https://example.com/?a=b") << false << QString();
}

void TestEndpointCheck::check()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, url);
    const EndpointCheck::Result result = EndpointCheck::check(text);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.url.toString(), url);
    if (!ok)
        QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestEndpointCheck)
#include "tst_endpointcheck.moc"
