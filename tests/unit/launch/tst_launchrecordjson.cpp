// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launchrecordjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

namespace {

LaunchRecord sampleRecord()
{
    LaunchRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt =
        QDateTime::fromString(QStringLiteral("2026-11-27T09:00:00.123Z"), Qt::ISODateWithMs);
    record.profileId = QStringLiteral("p1");
    record.region = QStringLiteral("ap-shanghai");
    record.needsPassword = true;
    record.spec.zoneId = 100003;
    record.spec.cpu = 2;
    record.spec.mem = 4;
    record.spec.goodsNum = 150;
    record.spec.instanceName = QStringLiteral("网站");
    for (int i = 0; i < 2; ++i) {
        BatchRecord batch;
        batch.count = i == 0 ? 100 : 50;
        batch.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.batches << batch;
    }
    record.batches[0].state = BatchRecord::State::Answered;
    for (int i = 0; i < 100; ++i)
        record.batches[0].instanceIds << QStringLiteral("ins-%1").arg(i, 8, 10, QLatin1Char('0'));
    record.batches[1].state = BatchRecord::State::Failed;
    record.batches[1].error = QStringLiteral("售罄 sold out");
    return record;
}

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(LaunchRecordJson::write(sampleRecord())).object();
}

QByteArray withLaunchValue(const QString &key, const QJsonValue &value)
{
    QJsonObject root = sampleObject();
    QJsonObject launch = root.value(QLatin1String("launch")).toObject();
    launch.insert(key, value);
    root.insert(QStringLiteral("launch"), launch);
    return QJsonDocument(root).toJson();
}

QByteArray withBatchValue(const QString &key, const QJsonValue &value)
{
    QJsonObject root = sampleObject();
    QJsonObject launch = root.value(QLatin1String("launch")).toObject();
    QJsonArray batches = launch.value(QLatin1String("batches")).toArray();
    QJsonObject batch = batches.at(0).toObject();
    batch.insert(key, value);
    batches.replace(0, batch);
    launch.insert(QStringLiteral("batches"), batches);
    root.insert(QStringLiteral("launch"), launch);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestLaunchRecordJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips();
    void rejects_data();
    void rejects();
    void dropsAPasswordWrittenIn();
    void readsJournalsFromBeforeTheSweep();
    void readsJournalsFromBeforeTheRegion();
    void keepsThePriceAndTheArchiveFlag();
    void survivesRandomBytes();
    void survivesMutatedRecords();
};

void TestLaunchRecordJson::roundTrips()
{
    LaunchRecord record = sampleRecord();
    for (bool removed : {false, true}) {
        record.passwordsRemoved = removed;
        const LaunchRecordJson::ReadResult read =
            LaunchRecordJson::read(LaunchRecordJson::write(record));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.record, record);
    }
}

void TestLaunchRecordJson::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QJsonArray tooManyIds;
    for (int i = 0; i < 101; ++i)
        tooManyIds.append(QStringLiteral("ins-x"));
    QJsonArray tooManyBatches;
    for (int i = 0; i < LaunchRecordJson::MaxBatches + 1; ++i)
        tooManyBatches.append(sampleObject()
                                  .value(QLatin1String("launch"))
                                  .toObject()
                                  .value(QLatin1String("batches"))
                                  .toArray()
                                  .at(1));

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"launch":{}})");
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"cvm-launcher-journal","version":2,"launch":{}})");
    QTest::newRow("id not a uuid") << withLaunchValue(QStringLiteral("id"), QStringLiteral("x"));
    QTest::newRow("id a number") << withLaunchValue(QStringLiteral("id"), 5);
    QTest::newRow("bad time") << withLaunchValue(QStringLiteral("createdAt"), QStringLiteral("y"));
    QTest::newRow("needsPassword text")
        << withLaunchValue(QStringLiteral("needsPassword"), QStringLiteral("yes"));
    QTest::newRow("passwordsRemoved number")
        << withLaunchValue(QStringLiteral("passwordsRemoved"), 1);
    QTest::newRow("spec array") << withLaunchValue(QStringLiteral("spec"), QJsonArray());
    QTest::newRow("spec bad field") << withLaunchValue(
        QStringLiteral("spec"), QJsonObject{{QStringLiteral("cpu"), QStringLiteral("two")}});
    QTest::newRow("no batches") << withLaunchValue(QStringLiteral("batches"), QJsonArray());
    QTest::newRow("too many batches") << withLaunchValue(QStringLiteral("batches"), tooManyBatches);
    QTest::newRow("batch count 0") << withBatchValue(QStringLiteral("count"), 0);
    QTest::newRow("batch count 101") << withBatchValue(QStringLiteral("count"), 101);
    QTest::newRow("batch count 1.5") << withBatchValue(QStringLiteral("count"), 1.5);
    QTest::newRow("token empty") << withBatchValue(QStringLiteral("clientToken"), QString());
    QTest::newRow("token too long")
        << withBatchValue(QStringLiteral("clientToken"), QString(65, QLatin1Char('a')));
    QTest::newRow("unknown state") << withBatchValue(QStringLiteral("state"), QStringLiteral("z"));
    QTest::newRow("ids not array") << withBatchValue(QStringLiteral("instanceIds"), 3);
    QTest::newRow("too many ids") << withBatchValue(QStringLiteral("instanceIds"), tooManyIds);
    QTest::newRow("error not text") << withBatchValue(QStringLiteral("error"), QJsonArray());
    QTest::newRow("region a number") << withLaunchValue(QStringLiteral("region"), 4);
    QTest::newRow("price text") << withLaunchValue(QStringLiteral("pricePerInstanceHour"),
                                                   QStringLiteral("0.36"));
    QTest::newRow("price negative") << withLaunchValue(QStringLiteral("pricePerInstanceHour"), -1);
    QTest::newRow("archived number") << withLaunchValue(QStringLiteral("archived"), 1);
}

void TestLaunchRecordJson::rejects()
{
    QFETCH(QByteArray, bytes);
    const LaunchRecordJson::ReadResult read = LaunchRecordJson::read(bytes);
    QVERIFY(!read.ok());
}

void TestLaunchRecordJson::dropsAPasswordWrittenIn()
{
    QJsonObject spec = sampleObject()
                           .value(QLatin1String("launch"))
                           .toObject()
                           .value(QLatin1String("spec"))
                           .toObject();
    spec.insert(QStringLiteral("password"), QStringLiteral("Xy9!secret"));
    const LaunchRecordJson::ReadResult read =
        LaunchRecordJson::read(withLaunchValue(QStringLiteral("spec"), spec));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(!read.record.spec.password.has_value());
}

void TestLaunchRecordJson::readsJournalsFromBeforeTheSweep()
{
    // Journals written before "passwordsRemoved" existed may still have keychain entries.
    QJsonObject root = sampleObject();
    QJsonObject launch = root.value(QLatin1String("launch")).toObject();
    QVERIFY(launch.contains(QLatin1String("passwordsRemoved")));
    launch.remove(QStringLiteral("passwordsRemoved"));
    root.insert(QStringLiteral("launch"), launch);
    const LaunchRecordJson::ReadResult read = LaunchRecordJson::read(QJsonDocument(root).toJson());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.record.needsPassword);
    QVERIFY(!read.record.passwordsRemoved);
}

void TestLaunchRecordJson::readsJournalsFromBeforeTheRegion()
{
    // Written before the region was recorded: the launch keeps its profile, without a region
    // (its instances are then asked about in the profile's region).
    QJsonObject root = sampleObject();
    QJsonObject launch = root.value(QLatin1String("launch")).toObject();
    QCOMPARE(launch.value(QLatin1String("region")).toString(), QStringLiteral("ap-shanghai"));
    launch.remove(QStringLiteral("region"));
    root.insert(QStringLiteral("launch"), launch);
    const LaunchRecordJson::ReadResult read = LaunchRecordJson::read(QJsonDocument(root).toJson());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.record.profileId, QStringLiteral("p1"));
    QVERIFY(read.record.region.isEmpty());
}

void TestLaunchRecordJson::keepsThePriceAndTheArchiveFlag()
{
    LaunchRecord record = sampleRecord();
    record.pricePerInstanceHour = 0.36;
    record.archived = true;
    const QByteArray bytes = LaunchRecordJson::write(record);
    const LaunchRecordJson::ReadResult read = LaunchRecordJson::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.record.pricePerInstanceHour, std::optional<double>(0.36));
    QVERIFY(read.record.archived);
    // Still version 1: a journal without the keys (written before them) reads as no price,
    // not archived; and one that has them is written only when they are set.
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QLatin1String("version")).toInt(), 1);
    const QJsonObject plain = sampleObject().value(QLatin1String("launch")).toObject();
    QVERIFY(!plain.contains(QLatin1String("pricePerInstanceHour")));
    QVERIFY(!plain.contains(QLatin1String("archived")));
    const LaunchRecordJson::ReadResult old =
        LaunchRecordJson::read(LaunchRecordJson::write(sampleRecord()));
    QVERIFY(old.ok());
    QVERIFY(!old.record.pricePerInstanceHour);
    QVERIFY(!old.record.archived);
}

void TestLaunchRecordJson::survivesRandomBytes()
{
    QRandomGenerator random(20261127); // fixed: a failure can be replayed
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes(int(random.bounded(200)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        const LaunchRecordJson::ReadResult read = LaunchRecordJson::read(bytes);
        QVERIFY(!read.ok());
    }
}

void TestLaunchRecordJson::survivesMutatedRecords()
{
    QRandomGenerator random(7);
    const QByteArray valid = LaunchRecordJson::write(sampleRecord());
    int accepted = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes = valid;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e)
            bytes[int(random.bounded(int(bytes.size())))] = char(random.bounded(256));
        const LaunchRecordJson::ReadResult read = LaunchRecordJson::read(bytes);
        if (read.ok()) {
            ++accepted;
            // Whatever got through still obeys the limits the loader promises.
            QVERIFY(!read.record.batches.isEmpty());
            for (const BatchRecord &batch : read.record.batches) {
                QVERIFY(batch.count >= 1 && batch.count <= LaunchRecordJson::MaxBatchSize);
                QVERIFY(batch.instanceIds.size() <= LaunchRecordJson::MaxBatchSize);
                QVERIFY(!batch.clientToken.isEmpty());
            }
        } else {
            QVERIFY(!read.error.isEmpty());
        }
    }
    QVERIFY(accepted < 3000);
}

QTEST_GUILESS_MAIN(TestLaunchRecordJson)
#include "tst_launchrecordjson.moc"
