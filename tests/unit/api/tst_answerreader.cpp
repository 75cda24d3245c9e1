// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/answerreader.h"
#include "api/answerscalars.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestAnswerReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberFromText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QByteArray("253") << true << 253.0;
        QTest::newRow("negative") << QByteArray("-1") << true << -1.0;
        QTest::newRow("decimal") << QByteArray("0.48") << true << 0.48;
        QTest::newRow("exponent") << QByteArray("1E2") << true << 100.0;
        QTest::newRow("zero") << QByteArray("0") << true << 0.0;
        QTest::newRow("empty") << QByteArray() << false << 0.0;
        QTest::newRow("word") << QByteArray("abc") << false << 0.0;
        QTest::newRow("plus") << QByteArray("+1") << false << 0.0;
        QTest::newRow("leading zero") << QByteArray("02") << false << 0.0;
        QTest::newRow("space") << QByteArray(" 2") << false << 0.0;
        QTest::newRow("trailing space") << QByteArray("2 ") << false << 0.0;
        QTest::newRow("dot only") << QByteArray("1.") << false << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << false << 0.0;
        QTest::newRow("infinity") << QByteArray("Infinity") << false << 0.0;
        QTest::newRow("overflow") << QByteArray("1e400") << false << 0.0;
        QTest::newRow("minus only") << QByteArray("-") << false << 0.0;
    }
    void numberFromText()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto parsed =
            AnswerScalars::numberFromText(std::string_view(text.constData(), size_t(text.size())));
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }

    void integers()
    {
        QCOMPARE(AnswerScalars::integer(2.0), 2);
        QCOMPARE(AnswerScalars::integer(-2147483648.0), std::numeric_limits<int>::min());
        QVERIFY(!AnswerScalars::integer(2147483648.0));
        QVERIFY(!AnswerScalars::integer(2.5));
        QCOMPARE(AnswerScalars::integerFromText("4000"), 4000);
        QCOMPARE(AnswerScalars::integerFromText("2.0"), 2);
        QVERIFY(!AnswerScalars::integerFromText("2.5"));
        QVERIFY(!AnswerScalars::integerFromText("99999999999"));
        QVERIFY(!AnswerScalars::integerFromText("four"));
    }

    // Flags drift too (cbs DescribeDiskConfigQuota's "Available":"true"): a boolean, its text or
    // 0/1 read the same; anything else is refused with the path.
    void booleans()
    {
        QCOMPARE(AnswerReader::booleanOf(QJsonValue(true)), std::optional<bool>(true));
        QCOMPARE(AnswerReader::booleanOf(QJsonValue(QStringLiteral("false"))),
                 std::optional<bool>(false));
        QCOMPARE(AnswerReader::booleanOf(QJsonValue(1)), std::optional<bool>(true));
        QCOMPARE(AnswerReader::booleanOf(QJsonValue(QStringLiteral("0"))),
                 std::optional<bool>(false));
        QVERIFY(!AnswerReader::booleanOf(QJsonValue(QStringLiteral("maybe"))));
        QVERIFY(!AnswerReader::booleanOf(QJsonValue(2)));
        QVERIFY(!AnswerReader::booleanOf(QJsonValue(QStringLiteral("TRUE"))));
        AnswerReader reader;
        const QJsonObject o{{QStringLiteral("Available"), QStringLiteral("yes")}};
        QVERIFY(!reader.boolean(o, QStringLiteral("DiskConfigSet[0]"), "Available"));
        QVERIFY2(reader.problem().startsWith(QLatin1String("DiskConfigSet[0].Available: ")),
                 qPrintable(reader.problem()));
    }

    void numbersAsText()
    {
        QCOMPARE(AnswerScalars::textFromNumber(100003), QStringLiteral("100003"));
        QCOMPARE(AnswerScalars::textFromNumber(-1), QStringLiteral("-1"));
        QCOMPARE(AnswerScalars::textFromNumber(-0.0), QStringLiteral("0"));
        QCOMPARE(AnswerScalars::textFromNumber(0.1), QStringLiteral("0.1"));
        QCOMPARE(AnswerScalars::textFromNumber(1e300), QStringLiteral("1e+300"));
        QCOMPARE(AnswerScalars::decimalText(0.48), QStringLiteral("0.48"));
        QCOMPARE(AnswerScalars::decimalText(0.1 + 0.2), QStringLiteral("0.3"));
    }

    // The readers take a number or its text alike, and refuse everything else with the path.
    void driftedScalarsReadTheSame()
    {
        const QJsonObject o = object(R"({"a":2,"b":"2","c":"0.48","d":0.48,"e":100003,)"
                                     R"("f":"ins-1","g":null,"h":[1,"2"],"i":["x",3]})");
        AnswerReader f;
        QCOMPARE(f.integer(o, {}, "a"), 2);
        QCOMPARE(f.integer(o, {}, "b"), 2);
        QCOMPARE(f.decimal(o, {}, "c"), 0.48);
        QCOMPARE(f.decimal(o, {}, "d"), 0.48);
        QCOMPARE(f.text(o, {}, "e"), QStringLiteral("100003"));
        QCOMPARE(f.text(o, {}, "f"), QStringLiteral("ins-1"));
        QCOMPARE(f.text(o, {}, "g"), QString());
        QVERIFY(!f.integer(o, {}, "g"));
        QCOMPARE(f.integers(o, {}, "h"), QList<int>({1, 2}));
        QCOMPARE(f.texts(o, {}, "i"), QStringList({QStringLiteral("x"), QStringLiteral("3")}));
        QVERIFY2(f.ok(), qPrintable(f.problem()));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("other text") << QByteArray(R"({"n":"abc"})")
                                    << QStringLiteral("x.n: expected an integer, found \"abc\"");
        QTest::newRow("fraction") << QByteArray(R"({"n":"2.5"})")
                                  << QStringLiteral("x.n: expected an integer, found \"2.5\"");
        QTest::newRow("fraction number")
            << QByteArray(R"({"n":2.5})") << QStringLiteral("x.n: expected an integer, found 2.5");
        QTest::newRow("overflow") << QByteArray(R"({"n":3000000000})")
                                  << QStringLiteral("x.n: expected an integer, found 3000000000");
        QTest::newRow("overflow text")
            << QByteArray(R"({"n":"3000000000"})")
            << QStringLiteral("x.n: expected an integer, found \"3000000000\"");
        QTest::newRow("boolean") << QByteArray(R"({"n":true})")
                                 << QStringLiteral("x.n: expected an integer, found a boolean");
        QTest::newRow("empty text")
            << QByteArray(R"({"n":""})") << QStringLiteral("x.n: expected an integer, found \"\"");
        QTest::newRow("missing") << QByteArray(R"({"n":null})") << QStringLiteral("x.n: missing");
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        AnswerReader f;
        QVERIFY(!f.integer(object(json.constData()), QStringLiteral("x"), "n",
                           AnswerReader::Need::Required));
        QCOMPARE(f.problem(), problem);
    }

    void otherRefusals()
    {
        const QJsonObject o = object(R"({"t":{},"d":"cheap","l":[1,{}],"s":[true]})");
        AnswerReader text;
        text.text(o, {}, "t");
        QCOMPARE(text.problem(), QStringLiteral("t: expected a string, found an object"));
        AnswerReader decimal;
        decimal.decimal(o, {}, "d");
        QCOMPARE(decimal.problem(), QStringLiteral("d: expected a number, found \"cheap\""));
        AnswerReader list;
        list.integers(o, QStringLiteral("r"), "l");
        QCOMPARE(list.problem(), QStringLiteral("r.l[1]: expected an integer, found an object"));
        AnswerReader texts;
        QVERIFY(texts.texts(o, {}, "s").isEmpty());
        QCOMPARE(texts.problem(), QStringLiteral("s[0]: expected a string, found a boolean"));
    }

    // After the first problem every read is a no-op, and the first problem is the one kept.
    void firstProblemWins()
    {
        const QJsonObject o = object(R"({"a":"x","b":2})");
        AnswerReader f;
        f.integer(o, {}, "a");
        QCOMPARE(f.integer(o, {}, "b"), std::nullopt);
        f.integer(o, {}, "zzz", AnswerReader::Need::Required);
        QVERIFY(f.problem().startsWith(QStringLiteral("a: ")));
    }
};

QTEST_GUILESS_MAIN(TestAnswerReader)
#include "tst_answerreader.moc"
