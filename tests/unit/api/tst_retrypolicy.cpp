// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/apierrorfactory.h"
#include "api/retrypolicy.h"

#include <QTest>

#include <algorithm>

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exponentialWithCap()
    {
        RetryPolicy p;
        p.maxAttempts = 10;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.jitter = 0;
        const ApiError e = ApiErrorFactory::transport(QStringLiteral("A"), QStringLiteral("x"));
        QCOMPARE(p.nextDelayMs(1, e), 100);
        QCOMPARE(p.nextDelayMs(2, e), 200);
        QCOMPARE(p.nextDelayMs(4, e), 800);
        QCOMPARE(p.nextDelayMs(5, e), 1000);
        QCOMPARE(p.nextDelayMs(9, e), 1000);
        QCOMPARE(p.nextDelayMs(10, e), -1);
    }

    void jitterStaysInRange()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.jitter = 0.5;
        const ApiError e = ApiErrorFactory::timeout(QStringLiteral("A"), 10);
        p.random = [] { return 0.0; };
        QCOMPARE(p.nextDelayMs(1, e), 500);
        p.random = [] { return 0.999999; };
        QCOMPARE(p.nextDelayMs(1, e), 1000);
        p.random = {};
        for (int i = 0; i < 50; ++i) {
            const int d = p.nextDelayMs(1, e);
            QVERIFY(d >= 500 && d <= 1000);
        }
    }

    void onlyRetryableErrors()
    {
        RetryPolicy p;
        QCOMPARE(p.nextDelayMs(1, ApiErrorFactory::v2Service({}, 4100, {}, {}, 200)), -1);
        QCOMPARE(p.nextDelayMs(1, ApiErrorFactory::malformed({}, {})), -1);
        QCOMPARE(p.nextDelayMs(1, ApiErrorFactory::cancelled({})), -1);
        QCOMPARE(p.nextDelayMs(1, ApiErrorFactory::refused({}, {})), -1);
        QVERIFY(p.nextDelayMs(1, ApiErrorFactory::v2Service({}, 6000, {}, {}, 200)) >= 0);
        QVERIFY(p.nextDelayMs(1, ApiErrorFactory::http({}, 503)) >= 0);
        QCOMPARE(RetryPolicy::never().nextDelayMs(1, ApiErrorFactory::http({}, 503)), -1);
    }

    void rateLimitPausesLonger()
    {
        RetryPolicy p;
        p.baseDelayMs = 10;
        p.pauseDelayMs = 5000;
        const ApiError e = ApiErrorFactory::v2Service({}, 4400, {}, {}, 200);
        QCOMPARE(e.verdict, ApiError::Verdict::RetryAfterPause);
        QVERIFY(p.nextDelayMs(1, e) >= 5000);
    }

    // The floor must not flatten the jitter: rate-limited clients that all waited exactly 5000 ms
    // would come back in step and be limited again.
    void rateLimitJitterSurvivesTheFloor()
    {
        RetryPolicy p;
        p.baseDelayMs = 500;
        p.pauseDelayMs = 5000;
        p.jitter = 0.5;
        const ApiError e = ApiErrorFactory::v3Service(
            QStringLiteral("RunInstances"), QStringLiteral("RequestLimitExceeded"), {}, {}, 200);
        p.random = [] { return 0.0; };
        QCOMPARE(p.nextDelayMs(1, e), 5000);
        p.random = [] { return 0.5; };
        QCOMPARE(p.nextDelayMs(1, e), 6250);
        p.random = [] { return 0.999999; };
        QCOMPARE(p.nextDelayMs(1, e), 7500);

        p.random = {};
        QList<int> delays;
        for (int i = 0; i < 1000; ++i)
            delays << p.nextDelayMs(1 + i % 3, e);
        std::sort(delays.begin(), delays.end());
        QVERIFY(delays.first() >= 5000);
        QVERIFY(delays.last() <= 7500);
        // Spread over most of [5000, 7500], and no moment takes more than a few of the 1000.
        QVERIFY2(delays.last() - delays.first() >= 2000,
                 qPrintable(QStringLiteral("%1..%2").arg(delays.first()).arg(delays.last())));
        int inOneMs = 1;
        int worst = 1;
        for (qsizetype i = 1; i < delays.size(); ++i) {
            inOneMs = delays.at(i) == delays.at(i - 1) ? inOneMs + 1 : 1;
            worst = std::max(worst, inOneMs);
        }
        QVERIFY2(worst <= 10, qPrintable(QString::number(worst)));
        // The upper half gets about half of them.
        const auto upper =
            std::count_if(delays.begin(), delays.end(), [](int d) { return d > 6250; });
        QVERIFY(upper > 350 && upper < 650);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
