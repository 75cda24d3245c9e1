// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The sandbox's rate limiter: a token bucket per (SecretId, action) at the real service's rates.
#include "sandbox/ratelimiter.h"

#include <QTest>

#include <memory>

class TstRateLimiter : public QObject
{
    Q_OBJECT

private:
    qint64 m_nowMs = 0;

    // A limiter on a clock the test moves by hand.
    std::unique_ptr<RateLimiter> limiter()
    {
        auto result = std::make_unique<RateLimiter>();
        result->setClock([this] { return m_nowMs; });
        return result;
    }
    static int burst(RateLimiter &limiter, const QString &secretId, const QString &action, int n)
    {
        int accepted = 0;
        for (int i = 0; i < n; ++i)
            accepted += limiter.tryAcquire(secretId, action) ? 1 : 0;
        return accepted;
    }

private slots:
    void init() { m_nowMs = 1'000'000; }

    void serviceRates_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("rate");
        QTest::newRow("RunInstances") << QStringLiteral("RunInstances") << 10;
        QTest::newRow("DescribeInstances") << QStringLiteral("DescribeInstances") << 40;
        QTest::newRow("TerminateInstances") << QStringLiteral("TerminateInstances") << 10;
        QTest::newRow("other v3") << QStringLiteral("DescribeZones") << 20;
        QTest::newRow("v2 RunInstancesHour") << QStringLiteral("RunInstancesHour") << 10;
        QTest::newRow("v2 ReturnInstance") << QStringLiteral("ReturnInstance") << 10;
        QTest::newRow("v2 InquiryInstancePriceHour")
            << QStringLiteral("InquiryInstancePriceHour") << 20;
        QTest::newRow("v2 other") << QStringLiteral("DescribeImages") << 20;
    }
    void serviceRates()
    {
        QFETCH(QString, action);
        QFETCH(int, rate);
        QCOMPARE(RateLimiter::serviceRate(action), rate);
        // A burst takes exactly one second's worth.
        auto l = limiter();
        QCOMPARE(burst(*l, QStringLiteral("AKID1"), action, rate + 5), rate);
    }

    void refillsAtTheRate()
    {
        auto l = limiter();
        const QString id = QStringLiteral("AKID1");
        const QString run = QStringLiteral("RunInstances");
        QCOMPARE(burst(*l, id, run, 10), 10);
        QVERIFY(!l->tryAcquire(id, run));
        m_nowMs += 99; // 0.99 of a token
        QVERIFY(!l->tryAcquire(id, run));
        m_nowMs += 1;
        QVERIFY(l->tryAcquire(id, run));
        QVERIFY(!l->tryAcquire(id, run));
        m_nowMs += 60'000; // a long pause refills no more than a full bucket
        QCOMPARE(burst(*l, id, run, 20), 10);
    }

    void bucketsArePerSecretIdAndAction()
    {
        auto l = limiter();
        QCOMPARE(burst(*l, QStringLiteral("AKID1"), QStringLiteral("RunInstances"), 11), 10);
        QVERIFY(l->tryAcquire(QStringLiteral("AKID2"), QStringLiteral("RunInstances")));
        QVERIFY(l->tryAcquire(QStringLiteral("AKID1"), QStringLiteral("DescribeInstances")));
    }

    void switchedOffAcceptsEverything()
    {
        auto l = limiter();
        QVERIFY(l->isEnabled());
        l->setEnabled(false);
        QCOMPARE(burst(*l, QStringLiteral("AKID1"), QStringLiteral("RunInstances"), 1000), 1000);
    }

    void rateOverride()
    {
        auto l = limiter();
        const QString id = QStringLiteral("AKID1");
        QCOMPARE(burst(*l, id, QStringLiteral("DescribeInstances"), 40), 40);
        l->setRate(QStringLiteral("DescribeInstances"), 2);
        QCOMPARE(l->rate(QStringLiteral("DescribeInstances")), 2);
        QCOMPARE(burst(*l, id, QStringLiteral("DescribeInstances"), 5), 2);
        l->setRate(QStringLiteral("DescribeInstances"), 0); // clamped: never a dead action
        QCOMPARE(l->rate(QStringLiteral("DescribeInstances")), 1);
    }

    void clockGoingBackwardsRefillsNothing()
    {
        auto l = limiter();
        const QString id = QStringLiteral("AKID1");
        QCOMPARE(burst(*l, id, QStringLiteral("RunInstances"), 10), 10);
        m_nowMs -= 5'000;
        QVERIFY(!l->tryAcquire(id, QStringLiteral("RunInstances")));
    }
};

QTEST_GUILESS_MAIN(TstRateLimiter)
#include "tst_ratelimiter.moc"
