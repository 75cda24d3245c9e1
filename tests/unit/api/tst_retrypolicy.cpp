#include "api/apierrorfactory.h"
#include "api/retrypolicy.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
