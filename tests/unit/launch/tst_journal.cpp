// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/journal.h"
#include "launch/launchrecordjson.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

LaunchRecord sampleRecord()
{
    LaunchRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.profileId = QStringLiteral("p1");
    record.spec.zoneId = 100003;
    record.spec.cpu = 1;
    record.spec.mem = 2;
    record.spec.goodsNum = 2;
    record.spec.imageId = QStringLiteral("img-31tjrtph");
    BatchRecord batch;
    batch.count = 2;
    batch.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.state = BatchRecord::State::Answered;
    batch.instanceIds = {QStringLiteral("ins-00000001"), QStringLiteral("ins-00000002")};
    record.batches << batch;
    return record;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoads();
    void loadsOldestFirst();
    void neverWritesThePassword();
    void damagedEntryIsMovedAsideAndReported();
    void entryUnderAnotherNameIsMovedAside();
    void oversizedEntryIsMovedAside();
    void saveReportsAnUnwritableDirectory();
    void defaultDirectoryIsUnderAppData();
};

void TestJournal::savesAndLoads()
{
    QTemporaryDir dir;
    Journal journal(dir.path() + QStringLiteral("/sub/journal"));
    const LaunchRecord record = sampleRecord();
    QString error;
    QVERIFY2(journal.save(record, &error), qPrintable(error));
    QVERIFY(QFile::exists(journal.filePath(record.id)));
    const QList<LaunchRecord> loaded = journal.load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0), record);

    LaunchRecord changed = record;
    changed.batches[0].state = BatchRecord::State::Failed;
    changed.batches[0].error = QStringLiteral("sold out");
    QVERIFY(journal.save(changed));
    QCOMPARE(journal.load().at(0), changed);
    // QSaveFile leaves no temporary files behind.
    QCOMPARE(QDir(journal.directory()).entryList(QDir::Files).size(), 1);
}

void TestJournal::loadsOldestFirst()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    LaunchRecord newer = sampleRecord();
    LaunchRecord older = sampleRecord();
    older.createdAt = newer.createdAt.addSecs(-3600);
    QVERIFY(journal.save(newer));
    QVERIFY(journal.save(older));
    const QList<LaunchRecord> loaded = journal.load();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).id, older.id);
    QCOMPARE(loaded.at(1).id, newer.id);
}

void TestJournal::neverWritesThePassword()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    LaunchRecord record = sampleRecord();
    record.spec.password = QStringLiteral("Xy9!unique-pw-7731");
    QVERIFY(journal.save(record));
    QFile file(journal.filePath(record.id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("unique-pw"));
}

void TestJournal::damagedEntryIsMovedAsideAndReported()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    const LaunchRecord good = sampleRecord();
    QVERIFY(journal.save(good));
    const QString damagedPath =
        journal.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    static const char damagedBytes[] = "{\"format\": \"cvm-launcher-journal\", \"vers\xff\x00";
    writeFile(damagedPath, QByteArray(damagedBytes, sizeof damagedBytes - 1));

    QSignalSpy damaged(&journal, &Journal::damagedEntry);
    const QList<LaunchRecord> loaded = journal.load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).id, good.id);
    QCOMPARE(damaged.size(), 1);
    QCOMPARE(damaged.at(0).at(0).toString(), damagedPath);
    const QString movedTo = damaged.at(0).at(1).toString();
    QVERIFY(movedTo.startsWith(damagedPath + QStringLiteral(".damaged-")));
    QVERIFY(QFile::exists(movedTo));
    QVERIFY(!QFile::exists(damagedPath));
    QVERIFY(damaged.at(0).at(2).toString().contains(movedTo));

    // Moved aside once: the next start loads quietly and keeps the evidence.
    QSignalSpy again(&journal, &Journal::damagedEntry);
    QCOMPARE(journal.load().size(), 1);
    QCOMPARE(again.size(), 0);
    QVERIFY(QFile::exists(movedTo));
}

void TestJournal::entryUnderAnotherNameIsMovedAside()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    const LaunchRecord record = sampleRecord();
    const QString wrongPath = journal.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    writeFile(wrongPath, LaunchRecordJson::write(record));
    QSignalSpy damaged(&journal, &Journal::damagedEntry);
    QVERIFY(journal.load().isEmpty());
    QCOMPARE(damaged.size(), 1);
    QVERIFY(!QFile::exists(wrongPath));
}

void TestJournal::oversizedEntryIsMovedAside()
{
    QTemporaryDir dir;
    Journal journal(dir.path());
    const QString path = journal.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(LaunchRecordJson::MaxFileSize + 1)); // sparse: costs no disk
    }
    QSignalSpy damaged(&journal, &Journal::damagedEntry);
    QVERIFY(journal.load().isEmpty());
    QCOMPARE(damaged.size(), 1);
    QVERIFY(!QFile::exists(path));
}

void TestJournal::saveReportsAnUnwritableDirectory()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    writeFile(blocker, "x");
    Journal journal(blocker + QStringLiteral("/journal")); // a directory under a file
    QString error;
    QVERIFY(!journal.save(sampleRecord(), &error));
    QVERIFY(!error.isEmpty());
}

void TestJournal::defaultDirectoryIsUnderAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Journal::defaultDirectory().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
