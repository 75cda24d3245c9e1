// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// RFC 4180 as CsvWriter writes it: CRLF after every record, quotes around fields with a comma,
// a quote, CR or LF, quotes doubled inside, UTF-8 with a byte order mark for spreadsheets.
#include "main/csvwriter.h"

#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainFieldsAreWrittenAsTheyAre();
    void fieldsThatNeedQuotesGetThem_data();
    void fieldsThatNeedQuotesGetThem();
    void recordsEndWithCrlfAfterAByteOrderMark();
    void chineseTextIsUtf8();
};

void TestCsvWriter::plainFieldsAreWrittenAsTheyAre()
{
    QCOMPARE(CsvWriter::field(QStringLiteral("ins-8e7bf56c")), QStringLiteral("ins-8e7bf56c"));
    QCOMPARE(CsvWriter::field(QString()), QString());
    QCOMPARE(CsvWriter::field(QStringLiteral("a b;c\t'd'")), QStringLiteral("a b;c\t'd'"));
}

void TestCsvWriter::fieldsThatNeedQuotesGetThem_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("comma") << QStringLiteral("203.0.113.1, 203.0.113.2")
                           << QStringLiteral("\"203.0.113.1, 203.0.113.2\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("newline") << QStringLiteral("line 1\nline 2")
                             << QStringLiteral("\"line 1\nline 2\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
}

void TestCsvWriter::fieldsThatNeedQuotesGetThem()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(value), written);
}

void TestCsvWriter::recordsEndWithCrlfAfterAByteOrderMark()
{
    CsvWriter csv;
    csv.addRecord({QStringLiteral("Instance ID"), QStringLiteral("Name")});
    csv.addRecord({QStringLiteral("ins-1"), QStringLiteral("web, \"blue\"\nsecond line")});
    csv.addRecord({QString(), QString()});
    QCOMPARE(csv.data(), QByteArray("\xEF\xBB\xBF"
                                    "Instance ID,Name\r\n"
                                    "ins-1,\"web, \"\"blue\"\"\nsecond line\"\r\n"
                                    ",\r\n"));
    CsvWriter bare(false);
    bare.addRecord({QStringLiteral("a")});
    QCOMPARE(bare.data(), QByteArray("a\r\n"));
}

void TestCsvWriter::chineseTextIsUtf8()
{
    CsvWriter csv(false);
    csv.addRecord({QStringLiteral("广州三区"), QStringLiteral("运行中，很好")});
    QCOMPARE(csv.data(), QStringLiteral("广州三区,运行中，很好\r\n").toUtf8());
    // A full-width comma is text, not a separator: no quotes.
    QCOMPARE(CsvWriter::field(QStringLiteral("甲，乙")), QStringLiteral("甲，乙"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
