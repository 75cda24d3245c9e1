#include "api/v2/jsonscanner.h"

#include <QTest>

class TestJsonScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsMembersInOrder()
    {
        JsonScanner json(R"({"a":1,"b":"x","c":[true,null,{}],"d":-2147483648})");
        QByteArrayView key;
        QVERIFY(json.enterObject());
        QVERIFY(json.nextMember(&key));
        QCOMPARE(key, "a");
        QCOMPARE(json.readInt(), std::optional<int>(1));
        QVERIFY(json.nextMember(&key));
        QCOMPARE(json.readString(), std::optional<QString>(QStringLiteral("x")));
        QVERIFY(json.nextMember(&key));
        QCOMPARE(json.peek(), JsonScanner::Kind::Array);
        QVERIFY(json.skipValue());
        QVERIFY(json.nextMember(&key));
        QCOMPARE(key, "d");
        QCOMPARE(json.readInt(), std::optional<int>(std::numeric_limits<int>::min()));
        QVERIFY(!json.nextMember(&key));
        QVERIFY(json.finish());
    }

    void integersOnlyInRange_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("read");
        QTest::newRow("zero") << QByteArray("0") << true;
        QTest::newRow("minus zero") << QByteArray("-0") << true;
        QTest::newRow("int max") << QByteArray("2147483647") << true;
        QTest::newRow("int max + 1") << QByteArray("2147483648") << false;
        QTest::newRow("huge") << QByteArray("123456789012345678901234567890") << false;
        QTest::newRow("fraction") << QByteArray("1.0") << false;
        QTest::newRow("exponent") << QByteArray("1e3") << false;
        QTest::newRow("leading zero") << QByteArray("01") << false;
        QTest::newRow("plus") << QByteArray("+1") << false;
        QTest::newRow("string") << QByteArray("\"1\"") << false;
        QTest::newRow("minus alone") << QByteArray("-") << false;
    }
    void integersOnlyInRange()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, read);
        const QByteArray array = "[" + text + "]";
        JsonScanner json(array);
        QVERIFY(json.enterArray());
        QVERIFY(json.nextElement());
        QCOMPARE(json.readInt().has_value(), read);
        QCOMPARE(json.failed(), !read);
    }

    void givesUpAndStaysGivenUp()
    {
        JsonScanner json(R"({"a":[1,],"b":2})");
        QByteArrayView key;
        QVERIFY(json.enterObject());
        QVERIFY(json.nextMember(&key));
        QVERIFY(!json.skipValue()); // the trailing comma
        QVERIFY(json.failed());
        QVERIFY(!json.nextMember(&key));
        QVERIFY(!json.readInt());
        QVERIFY(!json.readString());
        QCOMPARE(json.peek(), JsonScanner::Kind::End);
        QVERIFY(!json.finish());
    }

    void nestingIsBounded()
    {
        const auto nested = [](int depth) -> QByteArray {
            return QByteArray(depth, '[') + QByteArray(depth, ']');
        };
        const QByteArray deepest = nested(JsonScanner::MaxDepth);
        JsonScanner deepEnough(deepest);
        QVERIFY(deepEnough.skipValue());
        QVERIFY(deepEnough.finish());
        const QByteArray deeper = nested(JsonScanner::MaxDepth + 1);
        JsonScanner tooDeep(deeper);
        QVERIFY(!tooDeep.skipValue());
    }

    void stringsDecodeEscapesAndUtf8()
    {
        JsonScanner json(QByteArrayView("[\"\\u00e9\\ud83d\\ude00\\/\\\"网\"]"));
        QVERIFY(json.enterArray());
        QVERIFY(json.nextElement());
        QCOMPARE(json.readString(),
                 std::optional<QString>(QString::fromUtf8("é\xF0\x9F\x98\x80/\"网")));
        QVERIFY(!json.nextElement());
        QVERIFY(json.finish());
    }

    void finishWantsTheWholeText()
    {
        JsonScanner open(R"({"a":1)");
        QVERIFY(open.enterObject());
        QByteArrayView key;
        QVERIFY(open.nextMember(&key));
        QVERIFY(open.readInt());
        QVERIFY(!open.finish());

        JsonScanner extra("{} {}");
        QVERIFY(extra.skipValue());
        QVERIFY(!extra.finish());
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
