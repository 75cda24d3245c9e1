// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/launchrecord.h"
#include "spec/instancecount.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The JSON form of a LaunchRecord in the journal. Reading accepts any bytes: every value's type
// and size is checked, so a damaged or hostile file yields an error, never a crash or a huge
// allocation. The spec goes through LaunchSpecJson, which never writes a password.
class LaunchRecordJson
{
    Q_DECLARE_TR_FUNCTIONS(LaunchRecordJson)

public:
    static constexpr int MaxBatches = 1000; // 100,000 instances in one launch
    static constexpr int MaxBatchSize = InstanceCount::PerRequest; // what the Launcher sends
    static constexpr int MaxTokenLength = 64;                      // ClientToken's limit
    static constexpr int MaxTextLength = 4096;                     // ids, names, error messages
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    struct ReadResult
    {
        LaunchRecord record;
        QString error; // translated, empty when the record was read

        bool ok() const { return error.isEmpty(); }
    };

    static QByteArray write(const LaunchRecord &record);
    static ReadResult read(const QByteArray &bytes);

    static QString stateName(BatchRecord::State state);
};
