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
