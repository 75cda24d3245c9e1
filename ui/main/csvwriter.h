// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Comma-separated values as RFC 4180 writes them, in UTF-8: records end with CRLF; a field that
// holds a comma, a double quote, CR or LF is put in double quotes, and its double quotes are
// doubled; every other field is written as it is.
//
// Our own, and small: Debian packages no C++ CSV writer that fits Qt (libcsv is C, unmaintained
// since 2013 and works on char buffers; libfccp only parses), and writing is the easy half of
// CSV: these rules are all of it.
//
//   CsvWriter csv;
//   csv.addRecord({tr("Instance ID"), tr("Name")});
//   csv.addRecord({id, name});
//   file.write(csv.data());
class CsvWriter
{
public:
    // Starts the data with a UTF-8 byte order mark, which spreadsheet programs need to read
    // UTF-8 (Chinese names, 广州三区) instead of the system's code page; RFC 4180 allows it.
    explicit CsvWriter(bool byteOrderMark = true);

    void addRecord(const QStringList &fields);
    // One field as RFC 4180 writes it (quoted when it must be).
    static QString field(const QString &value);

    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};
