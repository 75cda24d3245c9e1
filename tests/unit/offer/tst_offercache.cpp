// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3cloudapi.h"
#include "faketransport.h"
#include "offer/offercache.h"

#include <QTest>

namespace {

ApiConfig v3Config()
{
    ApiConfig c;
    c.version = ApiConfig::Version::V3;
    c.region = QStringLiteral("ap-guangzhou");
    c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8123"));
    c.secretId = QStringLiteral("id");
    c.secretKey = QStringLiteral("key");
    return c;
}

const QByteArray Types = R"({"Response":{"InstanceTypeQuotaSet":[{"Zone":"ap-guangzhou-6",)"
                         R"("InstanceType":"SA5.MEDIUM4","InstanceFamily":"SA5","Cpu":2,)"
                         R"("Memory":4,"Status":"SELL"}],"RequestId":"r"}})";
const QByteArray Labels = R"({"Response":{"InstanceFamilyConfigSet":[{"InstanceFamily":"SA5",)"
                          R"("InstanceFamilyName":"标准型SA5"}],"RequestId":"r"}})";
const QByteArray Denied = R"({"Response":{"Error":{"Code":"UnauthorizedOperation",)"
                          R"("Message":"no"},"RequestId":"r"}})";

} // namespace

class TestOfferCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fake = new FakeTransport(this);
        m_api = new V3CloudApi(v3Config(), m_fake, this);
        RetryPolicy once;
        once.maxAttempts = 1;
        m_api->setRetryPolicy(once);
        m_cache = new OfferCache(this);
        m_cache->setClock([this] { return m_now; });
        m_typesAnswer = Types;
        m_labelsAnswer = Labels;
        m_fake->setHandler([this](const TransportRequest &r) {
            return FakeResponse::json(r.action == QLatin1String("DescribeInstanceFamilyConfigs")
                                          ? m_labelsAnswer
                                          : m_typesAnswer);
        });
    }

    void cleanup()
    {
        delete m_cache;
        delete m_api;
        delete m_fake;
    }

    void loadsOnceThenAnswersFromTheCache()
    {
        const OfferCache::Key key{QStringLiteral("p1"), QStringLiteral("ap-guangzhou"),
                                  QStringLiteral("ap-guangzhou-6")};
        ApiResult<ZoneOffer> got;
        int calls = 0;
        auto keep = [&](const ApiResult<ZoneOffer> &r) {
            ++calls;
            got = r;
        };
        QVERIFY(m_cache->load(m_api, key, OfferCache::Mode::UseCache, this, keep));
        QTRY_COMPARE(calls, 1);
        QVERIFY2(got.ok(), qPrintable(got.error.message));
        QCOMPARE(got.value->zone, QStringLiteral("ap-guangzhou-6"));
        QCOMPARE(got.value->types.size(), 1);
        QCOMPARE(got.value->familyLabel(QStringLiteral("SA5")), QStringLiteral("标准型SA5"));
        QCOMPARE(got.value->fetchedAt, m_now);
        QCOMPARE(m_fake->requests().size(), 2);

        m_now = m_now.addSecs(90);
        QCOMPARE(m_cache->ageSeconds(key), qint64(90));
        QVERIFY(!m_cache->load(m_api, key, OfferCache::Mode::UseCache, this, keep));
        QCOMPARE(calls, 1); // never inside the call
        QTRY_COMPARE(calls, 2);
        QCOMPARE(m_fake->requests().size(), 2);
        QCOMPARE(got.value->types.size(), 1);

        // Refresh asks again and restamps.
        m_cache->load(m_api, key, OfferCache::Mode::Refresh, this, keep);
        QTRY_COMPARE(calls, 3);
        QCOMPARE(m_fake->requests().size(), 4);
        QCOMPARE(m_cache->ageSeconds(key), qint64(0));
    }

    void keysAreAccountRegionAndZone()
    {
        const OfferCache::Key a{QStringLiteral("p1"), QStringLiteral("ap-guangzhou"),
                                QStringLiteral("ap-guangzhou-6")};
        OfferCache::Key b = a;
        b.profileId = QStringLiteral("p2");
        OfferCache::Key c = a;
        c.zone = QStringLiteral("ap-guangzhou-7");
        m_cache->insert(a, ZoneOffer());
        m_cache->insert(c, ZoneOffer());
        QVERIFY(m_cache->find(a));
        QVERIFY(!m_cache->find(b));
        QCOMPARE(m_cache->size(), 2);
        m_cache->invalidate(a);
        QVERIFY(!m_cache->find(a));
        QVERIFY(m_cache->find(c));
        m_cache->insert(b, ZoneOffer());
        m_cache->invalidateProfile(QStringLiteral("p1"));
        QCOMPARE(m_cache->size(), 1);
        QVERIFY(m_cache->find(b));
        QCOMPARE(m_cache->ageSeconds(a), qint64(-1));
    }

    // A failed load is an error, with nothing made up and nothing cached.
    void failureIsDeliveredNotReplaced()
    {
        m_typesAnswer = Denied;
        const OfferCache::Key key{QStringLiteral("p1"), QStringLiteral("ap-guangzhou"),
                                  QStringLiteral("ap-guangzhou-6")};
        ApiResult<ZoneOffer> got;
        int calls = 0;
        m_cache->load(m_api, key, OfferCache::Mode::UseCache, this,
                      [&](const ApiResult<ZoneOffer> &r) {
                          ++calls;
                          got = r;
                      });
        QTRY_COMPARE(calls, 1);
        QVERIFY(!got.ok());
        QCOMPARE(got.error.codeString, QStringLiteral("UnauthorizedOperation"));
        QVERIFY(!m_cache->find(key));
    }

    void labelsFailingLeaveFamiliesUnlabelled()
    {
        m_labelsAnswer = Denied;
        const OfferCache::Key key{QStringLiteral("p1"), QStringLiteral("ap-guangzhou"),
                                  QStringLiteral("ap-guangzhou-6")};
        ApiResult<ZoneOffer> got;
        int calls = 0;
        m_cache->load(m_api, key, OfferCache::Mode::UseCache, this,
                      [&](const ApiResult<ZoneOffer> &r) {
                          ++calls;
                          got = r;
                      });
        QTRY_COMPARE(calls, 1);
        QVERIFY(got.ok());
        QCOMPARE(got.value->familyLabel(QStringLiteral("SA5")), QStringLiteral("SA5"));
    }

    void contextGoneMeansNoCallback()
    {
        const OfferCache::Key key{QStringLiteral("p1"), QStringLiteral("ap-guangzhou"),
                                  QStringLiteral("ap-guangzhou-6")};
        auto *context = new QObject;
        int calls = 0;
        m_cache->load(m_api, key, OfferCache::Mode::UseCache, context,
                      [&](const ApiResult<ZoneOffer> &) { ++calls; });
        delete context;
        QTRY_VERIFY(m_cache->find(key)); // the answer is still worth keeping
        QTest::qWait(10);
        QCOMPARE(calls, 0);
    }

private:
    FakeTransport *m_fake = nullptr;
    V3CloudApi *m_api = nullptr;
    OfferCache *m_cache = nullptr;
    QDateTime m_now = QDateTime(QDate(2026, 8, 21), QTime(10, 0), Qt::UTC);
    QByteArray m_typesAnswer;
    QByteArray m_labelsAnswer;
};

QTEST_GUILESS_MAIN(TestOfferCache)
#include "tst_offercache.moc"
