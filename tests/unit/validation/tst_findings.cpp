// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/findings.h"

#include <QTest>

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookups();
    void empty();
};

namespace {
Finding make(const char *field, Finding::Severity severity, const char *code)
{
    return Finding{QLatin1String(field), severity, QLatin1String(code), QStringLiteral("m"), {}};
}
} // namespace

void TestFindings::lookups()
{
    const Findings f = {make("password", Finding::Severity::Info, "generated"),
                        make("rootSize", Finding::Severity::Warning, "osUnknown"),
                        make("mem", Finding::Severity::Error, "ratio"),
                        make("goodsNum", Finding::Severity::Error, "range"),
                        make("mem", Finding::Severity::Error, "required")};
    QVERIFY(f.hasErrors());
    QCOMPARE(f.firstError()->field, QStringLiteral("mem"));
    QCOMPARE(f.firstError()->code, QStringLiteral("ratio"));
    QCOMPARE(f.forField(QStringLiteral("mem")).size(), 2);
    QCOMPARE(f.errors().size(), 3);
    QVERIFY(f.hasError(QStringLiteral("goodsNum")));
    QVERIFY(!f.hasError(QStringLiteral("rootSize")));
    QCOMPARE(f.find(QStringLiteral("rootSize"), QStringLiteral("osUnknown"))->severity,
             Finding::Severity::Warning);
    QVERIFY(!f.find(QStringLiteral("rootSize"), QStringLiteral("range")));
    QCOMPARE(f.fieldsWithErrors(),
             QStringList({QStringLiteral("mem"), QStringLiteral("goodsNum")}));
}

void TestFindings::empty()
{
    const Findings f = {make("password", Finding::Severity::Info, "generated")};
    QVERIFY(!f.hasErrors());
    QVERIFY(!f.firstError());
    QVERIFY(Findings().fieldsWithErrors().isEmpty());
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
