// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/suggestion.h"

#include <QTest>

class TestSuggestion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesEachKind();
    void rejectsWrongTypesAndFields();
};

void TestSuggestion::appliesEachKind()
{
    LaunchSpec s;
    s.rootSize = 40;
    s.wanIp = true;
    s.password = QStringLiteral("abcdefg1");
    QVERIFY((Suggestion{QStringLiteral("mem"), 32, {}}).applyTo(s));
    QCOMPARE(s.mem, 32);
    QVERIFY((Suggestion{QStringLiteral("instanceType"), QStringLiteral("CVM.M2"), {}}).applyTo(s));
    QCOMPARE(s.instanceType, QStringLiteral("CVM.M2"));
    QVERIFY((Suggestion{QStringLiteral("isVpcGateway"), true, {}}).applyTo(s));
    QVERIFY(s.isVpcGateway);
    QVERIFY((Suggestion{QStringLiteral("rootSize"), 50, {}}).applyTo(s));
    QCOMPARE(s.rootSize, std::optional<int>(50));
    QVERIFY((Suggestion{QStringLiteral("rootSize"), QVariant(), {}}).applyTo(s));
    QVERIFY(!s.rootSize);
    QVERIFY((Suggestion{QStringLiteral("wanIp"), false, {}}).applyTo(s));
    QCOMPARE(s.wanIp, std::optional<bool>(false));
    QVERIFY((Suggestion{QStringLiteral("wanIp"), QVariant(), {}}).applyTo(s));
    QVERIFY(!s.wanIp);
    QVERIFY((Suggestion{QStringLiteral("password"), QVariant(), {}}).applyTo(s));
    QVERIFY(!s.password);
}

void TestSuggestion::rejectsWrongTypesAndFields()
{
    const LaunchSpec before;
    LaunchSpec s;
    QVERIFY(!(Suggestion{QStringLiteral("mem"), QStringLiteral("32"), {}}).applyTo(s));
    QVERIFY(!(Suggestion{QStringLiteral("vpcId"), 3, {}}).applyTo(s));
    QVERIFY(!(Suggestion{QStringLiteral("password"), QStringLiteral("x"), {}}).applyTo(s));
    QVERIFY(!(Suggestion{QStringLiteral("region"), QStringLiteral("ap-beijing"), {}}).applyTo(s));
    QVERIFY(!(Suggestion{QStringLiteral("isVpcGateway"), 1, {}}).applyTo(s));
    QCOMPARE(s, before);
}

QTEST_GUILESS_MAIN(TestSuggestion)
#include "tst_suggestion.moc"
