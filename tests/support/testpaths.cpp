// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "testpaths.h"

#include <QDir>
#include <QStandardPaths>

QString TestPaths::dataFile(const QString &relativePath)
{
    return QDir(QStringLiteral(CVM_TEST_DATA_DIR)).filePath(relativePath);
}

void TestPaths::isolateStandardPaths()
{
    QStandardPaths::setTestModeEnabled(true);
}
