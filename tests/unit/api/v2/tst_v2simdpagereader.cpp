// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2parser.h"
#include "api/v2/v2simdpagereader.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

// The simdjson path reads well-formed pages and leaves everything else to the general parser;
// whichever reads an answer, the result is the same.
class TestV2SimdPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheGeneralParser_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("fast");
        QFile file(TestPaths::dataFile(QStringLiteral("api/v2/describeinstances.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow("documented fixture") << file.readAll() << true;
        const QByteArray one = R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"i",)";
        QTest::newRow("escapes and unicode")
            // Not a raw string: moc misreads a backslash before a quote inside one.
            << one + "\"status\":2,\"instanceName\":\"a\\\"b\\\\c\\/d\\n\\t"
                     "\\u7f51\\u7ad9 \\ud83d\\ude00 服务器\",\"os\":\"\\u0041\\b\\f\\r\"}]}"
            << true;
        QTest::newRow("bandwidth") << one + R"("status":2,"bandwidth":8}]})" << true;
        QTest::newRow("bandwidth null") << one + R"("status":2,"bandwidth":null}]})" << true;
        QTest::newRow("bandwidth text") << one + R"("status":2,"bandwidth":"x"}]})" << false;
        QTest::newRow("nulls and empty")
            << one + R"("status":3,"wanIpSet":null,"lanIp":null,"cpu":null,"diskInfo":null,)"
                     R"("createTime":"","instanceName":""}]})"
            << true;
        QTest::newRow("unknown fields, nested")
            << QByteArray(R"({"extra":{"a":[1,2.5,-3,0,-0.25,true,false,null,{"b":"c\u00e9"}],)"
                          R"("e":{}},"code":0,"message":"ok","codeDesc":"Success","totalCount":5,)"
                          R"("instanceSet":[{"vpc":{"id":[]},"unInstanceId":"ins-1","status":-1,)"
                          R"("diskInfo":[{"rootSize":20}],"zoneId":100003,"mem":-0}]})")
            << true;
        QTest::newRow("whitespace everywhere")
            << QByteArray(" \r\n\t{ \"code\" : 0 ,\n\"totalCount\":\t1 , \"instanceSet\" : [ { "
                          "\"unInstanceId\" : \"i\" , \"status\" : 2 , \"wanIpSet\" : [ \"1.2.3.4\""
                          " , \"5.6.7.8\" ] } ] } \n")
            << true;
        QTest::newRow("ISO time") << one + R"("status":2,"createTime":"2016-06-06T12:00:00Z"}]})"
                                  << true;
        QTest::newRow("empty page")
            << QByteArray(R"({"code":0,"totalCount":7,"instanceSet":[]})") << true;
        QTest::newRow("status 2.0") << one + R"("status":2.0}]})" << true;
        QTest::newRow("exponent") << one + R"("status":2,"x":1e2}]})" << true;
        QTest::newRow("escaped NUL") << one + R"("status":2,"os":"a\u0000"}]})" << true;
        // Scalar drift, read the same on both paths.
        QTest::newRow("drift: code and totalCount as text")
            << QByteArray(R"({"code":"0","totalCount":"0","instanceSet":[]})") << true;
        QTest::newRow("drift: status, cpu, zoneId as text")
            << one + R"("status":"2","cpu":"2","mem":"4.0","zoneId":"100003"}]})" << true;
        QTest::newRow("drift: names and ids as numbers")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":42,)"
                          R"("status":2,"instanceName":7,"wanIpSet":[1],"message":5}]})")
            << true;
        // What the general parser words, or refuses where simdjson would not.
        QTest::newRow("drift: fraction as text") << one + R"("status":2,"cpu":"2.5"}]})" << false;
        QTest::newRow("drift: other text") << one + R"("status":"two"}]})" << false;
        QTest::newRow("drift: error code as text")
            << QByteArray(R"({"code":"4000","message":"售罄"})") << false;
        QTest::newRow("underflow QJsonDocument refuses")
            << one + R"("status":2,"x":1e-400}]})" << false;
        QTest::newRow("lax number QJsonDocument takes") << one + R"("status":2,"x":1.}]})" << false;
        QTest::newRow("leading zero") << one + R"("status":02}]})" << false;
        QTest::newRow("repeated key") << one + R"("status":2,"status":3}]})" << false;
        QTest::newRow("repeated top key")
            << QByteArray(R"({"code":0,"code":0,"totalCount":0,"instanceSet":[]})") << false;
        QTest::newRow("escaped key")
            << QByteArray(R"({"\u0063ode":0,"totalCount":0,"instanceSet":[]})") << false;
        QTest::newRow("escaped unknown key") << one + R"("status":2,"\u0073tatus":3}]})" << false;
        QTest::newRow("lone surrogate") << one + R"("status":2,"os":"\ud83d"}]})" << false;
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF{\"code\":0,\"totalCount\":0,\"instanceSet\":[]}") << false;
        QTest::newRow("invalid UTF-8") << one + "\"status\":2,\"os\":\"\xC3\x28\"}]}" << false;
        QTest::newRow("raw control character") << one + "\"status\":2,\"os\":\"a\tb\"}]}" << false;
        QTest::newRow("bad literal in an unknown field")
            << one + R"("status":2,"x":tru}]})" << false;
        QTest::newRow("bad escape in an unknown field")
            << one + R"("status":2,"x":"\q"}]})" << false;
        QTest::newRow("trailing comma") << one + R"("status":2,}]})" << false;
        QTest::newRow("garbage after") << one + R"("status":2}]} x)" << false;
        QTest::newRow("second document after") << one + R"("status":2}]} {})" << false;
        QTest::newRow("service error")
            << QByteArray(R"({"code":5100,"message":"no","totalCount":0,"instanceSet":[]})")
            << false;
        QTest::newRow("code missing")
            << QByteArray(R"({"totalCount":0,"instanceSet":[]})") << false;
        QByteArray deep = one + R"("status":2,"x":)";
        deep += QByteArray(100, '[') + QByteArray(100, ']') + "}]}";
        QTest::newRow("deep nesting") << deep << false;
        QTest::newRow("truncated") << one + R"("status":2)" << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void agreesWithTheGeneralParser()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, fast);
        const std::optional<InstancePage> page = V2SimdPageReader::read(body);
        QCOMPARE(page.has_value(), fast);
        const auto general = V2Parser::describeInstancesGeneral(body);
        const auto result = V2Parser::describeInstances(body);
        QCOMPARE(result.ok(), general.ok());
        if (page) {
            QVERIFY2(general.ok(), qPrintable(general.error.message));
            QCOMPARE(page->totalCount, general.value->totalCount);
            QCOMPARE(page->instances, general.value->instances);
            QCOMPARE(result.value->instances, general.value->instances);
        } else if (!general.ok()) {
            QCOMPARE(result.error.message, general.error.message);
            QCOMPARE(result.error.code, general.error.code);
        } else {
            QCOMPARE(result.value->instances, general.value->instances);
        }
    }

    void bandwidthIsReadWhenGiven()
    {
        const auto page = V2SimdPageReader::read(
            R"({"code":0,"totalCount":2,"instanceSet":[{"unInstanceId":"a","status":2,)"
            R"("bandwidth":8},{"unInstanceId":"b","status":2}]})");
        QVERIFY(page);
        QCOMPARE(page->instances.at(0).bandwidth, 8);
        QCOMPARE(page->instances.at(1).bandwidth, -1); // not said
    }

    // A page of 100, the size the tracker asks for, stays on the fast path.
    void fullPage()
    {
        QByteArray body = R"({"code":0,"message":"","totalCount":250,"instanceSet":[)";
        for (int i = 0; i < 100; ++i) {
            if (i > 0)
                body += ',';
            body += QStringLiteral(R"({"unInstanceId":"ins-%1","status":%2,"cpu":2,"mem":4,)"
                                   R"("zoneId":100003,"createTime":"2016-06-06 12:00:00"})")
                        .arg(i)
                        .arg(i % 7)
                        .toUtf8();
        }
        body += "]}";
        const std::optional<InstancePage> page = V2SimdPageReader::read(body);
        QVERIFY(page);
        QCOMPARE(page->instances.size(), 100);
        QCOMPARE(page->totalCount, 250);
        QCOMPARE(page->instances, V2Parser::describeInstancesGeneral(body).value->instances);
    }
};

QTEST_GUILESS_MAIN(TestV2SimdPageReader)
#include "tst_v2simdpagereader.moc"
