// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2params.h"

#include <QTest>

class TstV2Params : public QObject
{
    Q_OBJECT

private:
    static SandboxRequest request(const QByteArray &method, const QByteArray &query,
                                  const QByteArray &body = {})
    {
        SandboxRequest r;
        r.method = method;
        r.path = QStringLiteral("/v2/index.php");
        r.rawQuery = query;
        r.body = body;
        r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        return r;
    }

private slots:
    void getReadsTheQuery()
    {
        const auto params = V2Params::parse(
            request("GET", "Action=DescribeInstances&instanceName=a+b%2Bc&Signature=x%3D"));
        QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("DescribeInstances"));
        QCOMPARE(params.value(QStringLiteral("instanceName")), QStringLiteral("a b+c"));
        QCOMPARE(params.value(QStringLiteral("Signature")), QStringLiteral("x="));
        QCOMPARE(params.forSigning().size(), 2);
    }

    void postIgnoresTheQuery()
    {
        const auto params =
            V2Params::parse(request("POST", "Action=Evil", "Action=DescribeInstances"));
        QCOMPARE(params.value(QStringLiteral("Action")), QStringLiteral("DescribeInstances"));
        SandboxRequest notForm = request("POST", {}, "Action=DescribeInstances");
        notForm.headers = {{"content-type", "application/json"}};
        QVERIFY(!V2Params::parse(notForm).contains(QStringLiteral("Action")));
    }

    void namesAreSignedNamesAndLastWins()
    {
        const auto params =
            V2Params::parse(request("GET", "instanceIds_1=b&instanceIds.0=a&x=1&x=2"));
        QCOMPARE(params.list(QStringLiteral("instanceIds")),
                 QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(params.value(QStringLiteral("x")), QStringLiteral("2"));
        QCOMPARE(params.forSigning().size(), 3);
    }

    void strictIntegers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QByteArray("12") << true;
        QTest::newRow("negative") << QByteArray("-1") << false;
        QTest::newRow("letters") << QByteArray("abc") << false;
        QTest::newRow("decimal") << QByteArray("1.0") << false;
        QTest::newRow("space") << QByteArray("+1") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("huge") << QByteArray("99999999999") << false;
    }
    void strictIntegers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        const auto params = V2Params::parse(request("GET", "cpu=" + text));
        QString error;
        const auto value = params.integer(QStringLiteral("cpu"), 0, 0, 1000, &error);
        QCOMPARE(value.has_value(), ok);
        QCOMPARE(error.contains(QLatin1String("cpu")), !ok);
    }

    void requiredAndAbsent()
    {
        const auto params = V2Params::parse(request("GET", "a=&b=1"));
        QString error;
        QVERIFY(!params.required(QStringLiteral("a"), &error));
        QVERIFY(error.contains(QLatin1String("a")));
        QCOMPARE(params.integer(QStringLiteral("missing"), 7, 0, 10, &error), 7);
        QVERIFY(!params.integer64(QStringLiteral("Nonce"), &error));
        QVERIFY(error.contains(QLatin1String("Nonce")));
    }
};

QTEST_GUILESS_MAIN(TstV2Params)
#include "tst_v2params.moc"
