// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/csvwriter.h"

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::field(const QString &value)
{
    const bool quoted = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') ||
                        value.contains(u'\n');
    if (!quoted)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

void CsvWriter::addRecord(const QStringList &fields)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &value : fields)
        written << field(value);
    m_data += written.join(u',').toUtf8();
    m_data += "\r\n";
}
