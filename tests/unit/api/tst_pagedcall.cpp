// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The one paging loop, alone (its rule) and behind both backends' listings: 250 items over three
// pages, a TotalCount that lies, a page that fails, cancel and a context that goes away.
#include "api/pagedcall.h"
#include "api/v2/v2cloudapi.h"
#include "api/v3/v3cloudapi.h"
#include "faketransport.h"
#include "v2wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTest>

namespace {

ApiConfig config(ApiConfig::Version version)
{
    ApiConfig c;
    c.version = version;
    c.region =
        version == ApiConfig::Version::V3 ? QStringLiteral("ap-guangzhou") : QStringLiteral("gz");
    c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8123"));
    c.secretId = QStringLiteral("id");
    c.secretKey = QStringLiteral("key");
    return c;
}

template<typename T>
struct Catcher
{
    int calls = 0;
    ApiResult<T> last;
    CloudApi::Callback<T> callback()
    {
        return [this](const ApiResult<T> &r) {
            ++calls;
            last = r;
        };
    }
};

int v3Offset(const TransportRequest &r)
{
    const QJsonValue v = QJsonDocument::fromJson(r.body).object().value(QLatin1String("Offset"));
    return v.isString() ? v.toString().toInt() : v.toInt();
}

// An API 3.0 DescribeImages answer: `total` images exist; the page at `offset` holds up to 100
// of them, or `pageSize` when given (a service that ignores Limit).
QByteArray v3Images(int offset, int total, int claimedTotal, int pageSize = 100)
{
    QJsonArray set;
    for (int i = offset; i < std::min(offset + pageSize, total); ++i)
        set.append(QJsonObject{{QStringLiteral("ImageId"), QStringLiteral("img-%1").arg(i)}});
    const QJsonObject response{{QStringLiteral("TotalCount"), claimedTotal},
                               {QStringLiteral("ImageSet"), set},
                               {QStringLiteral("RequestId"), QStringLiteral("r")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}}).toJson();
}

} // namespace

class TestPagedCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fake = new FakeTransport(this); }
    void cleanup() { delete m_fake; }

    void rule_data()
    {
        QTest::addColumn<int>("received");
        QTest::addColumn<int>("lastPage");
        QTest::addColumn<int>("totalCount");
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("next");
        const int more = int(PagedCall::Next::More);
        const int complete = int(PagedCall::Next::Complete);
        const int tooMany = int(PagedCall::Next::TooManyPages);
        QTest::newRow("full page, more to come") << 100 << 100 << 250 << 1 << more;
        QTest::newRow("short page ends") << 250 << 50 << 250 << 3 << complete;
        QTest::newRow("empty page ends, whatever the total")
            << 200 << 0 << 1000000 << 3 << complete;
        QTest::newRow("total reached on a full page") << 200 << 100 << 200 << 2 << complete;
        QTest::newRow("no total: full page asks again") << 100 << 100 << -1 << 1 << more;
        QTest::newRow("no total: short page ends") << 130 << 30 << -1 << 2 << complete;
        QTest::newRow("lying total stops at the cap")
            << 5000 << 100 << 1000000 << PagedCall::MaxPages << tooMany;
    }

    void rule()
    {
        QFETCH(int, received);
        QFETCH(int, lastPage);
        QFETCH(int, totalCount);
        QFETCH(int, pages);
        QFETCH(int, next);
        QCOMPARE(int(PagedCall::next(received, lastPage, totalCount, PagedCall::PageSize, pages)),
                 next);
    }

    void v3Reads250ImagesOverThreePages()
    {
        V3CloudApi api(config(ApiConfig::Version::V3), m_fake);
        m_fake->setHandler([](const TransportRequest &r) {
            return FakeResponse::json(v3Images(v3Offset(r), 250, 250));
        });
        Catcher<QList<Image>> c;
        api.describeImages(LaunchSpec::PublicImage, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY2(c.last.ok(), qPrintable(c.last.error.message));
        QCOMPARE(c.last.value->size(), 250);
        QCOMPARE(c.last.value->at(249).imageId, QStringLiteral("img-249"));
        QList<int> offsets;
        for (const TransportRequest &r : m_fake->requests())
            offsets << v3Offset(r);
        QCOMPARE(offsets, (QList<int>{0, 100, 200}));
    }

    void v3ExactMultipleEndsOnTotal()
    {
        V3CloudApi api(config(ApiConfig::Version::V3), m_fake);
        m_fake->setHandler([](const TransportRequest &r) {
            return FakeResponse::json(v3Images(v3Offset(r), 200, 200));
        });
        Catcher<QList<Image>> c;
        api.describeImages(0, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.value->size(), 200);
        QCOMPARE(m_fake->requests().size(), 2); // no third, empty request
    }

    void v3LyingTotalCannotLoopForever()
    {
        V3CloudApi api(config(ApiConfig::Version::V3), m_fake);
        // Always a full page of the same items and a total that never arrives.
        m_fake->setHandler(
            [](const TransportRequest &) { return FakeResponse::json(v3Images(0, 100, 1000000)); });
        Catcher<QList<Image>> c;
        api.describeImages(0, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.calls, 1, 20000);
        QVERIFY(!c.last.ok());
        QCOMPARE(c.last.error.kind, ApiError::Kind::Malformed);
        QCOMPARE(c.last.error.action, QStringLiteral("DescribeImages"));
        QCOMPARE(m_fake->requests().size(), PagedCall::MaxPages);
    }

    void v3LyingTotalWithAnEmptyPageEnds()
    {
        V3CloudApi api(config(ApiConfig::Version::V3), m_fake);
        m_fake->setHandler([](const TransportRequest &r) {
            return FakeResponse::json(v3Images(v3Offset(r), 200, 1000000));
        });
        Catcher<QList<Image>> c;
        api.describeImages(0, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(c.last.ok());
        QCOMPARE(c.last.value->size(), 200);
        QCOMPARE(m_fake->requests().size(), 3);
    }

    void aFailingPageFailsTheList()
    {
        V3CloudApi api(config(ApiConfig::Version::V3), m_fake);
        RetryPolicy once;
        once.maxAttempts = 1;
        api.setRetryPolicy(once);
        m_fake->setHandler([](const TransportRequest &r) {
            if (v3Offset(r) == 100)
                return FakeResponse::json(
                    R"({"Response":{"Error":{"Code":"UnauthorizedOperation","Message":"m"},)"
                    R"("RequestId":"r"}})");
            return FakeResponse::json(v3Images(v3Offset(r), 250, 250));
        });
        Catcher<QList<Image>> c;
        api.describeImages(0, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(!c.last.ok());
        QCOMPARE(c.last.error.codeString, QStringLiteral("UnauthorizedOperation"));
        QCOMPARE(m_fake->requests().size(), 2);
    }

    void v2Reads250KeyPairsAndVpcs()
    {
        V2CloudApi api(config(ApiConfig::Version::V2), m_fake);
        m_fake->setHandler([](const TransportRequest &r) {
            const auto p = V2Wire::decodeForm(r.body);
            const int offset = V2Wire::value(p, QStringLiteral("offset")).toInt();
            const int limit = V2Wire::value(p, QStringLiteral("limit")).toInt();
            QJsonArray set;
            for (int i = offset; i < std::min(offset + limit, 250); ++i) {
                if (V2Wire::value(p, QStringLiteral("Action")) == QLatin1String("DescribeKeyPairs"))
                    set.append(
                        QJsonObject{{QStringLiteral("keyId"), QStringLiteral("skey-%1").arg(i)}});
                else
                    set.append(
                        QJsonObject{{QStringLiteral("unVpcId"), QStringLiteral("vpc-%1").arg(i)}});
            }
            QJsonObject answer{{QStringLiteral("code"), 0}, {QStringLiteral("message"), QString()}};
            if (V2Wire::value(p, QStringLiteral("Action")) == QLatin1String("DescribeKeyPairs"))
                answer.insert(QStringLiteral("data"),
                              QJsonObject{{QStringLiteral("totalCount"), 250},
                                          {QStringLiteral("sshSet"), set}});
            else
                answer.insert(QStringLiteral("data"), set); // no totalCount: short page ends
            return FakeResponse::json(QJsonDocument(answer).toJson());
        });
        Catcher<QList<KeyPair>> keys;
        Catcher<QList<Vpc>> vpcs;
        api.describeKeyPairs(this, keys.callback());
        api.describeVpcs(this, vpcs.callback());
        QTRY_COMPARE(keys.calls + vpcs.calls, 2);
        QVERIFY2(keys.last.ok(), qPrintable(keys.last.error.message));
        QVERIFY2(vpcs.last.ok(), qPrintable(vpcs.last.error.message));
        QCOMPARE(keys.last.value->size(), 250);
        QCOMPARE(vpcs.last.value->size(), 250);
        QCOMPARE(vpcs.last.value->at(249).vpcId, QStringLiteral("vpc-249"));
        QCOMPARE(m_fake->requests().size(), 6);
    }

    void cancelStopsBetweenPages()
    {
        V3CloudApi api(config(ApiConfig::Version::V3), m_fake);
        m_fake->setHandler([](const TransportRequest &r) {
            FakeResponse response = FakeResponse::json(v3Images(v3Offset(r), 250, 250));
            response.delayMs = 200; // slower than QTRY_COMPARE looks
            return response;
        });
        Catcher<QList<Image>> c;
        QPointer<ApiCall> call = api.describeImages(0, this, c.callback());
        QTRY_COMPARE(m_fake->requests().size(), 2);
        call->cancel();
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY(call.isNull());
        QTest::qWait(400);
        QCOMPARE(m_fake->requests().size(), 2);
        QCOMPARE(c.calls, 1);
    }

    void contextGoneMeansNoCallback()
    {
        V3CloudApi api(config(ApiConfig::Version::V3), m_fake);
        m_fake->setHandler([](const TransportRequest &r) {
            FakeResponse response = FakeResponse::json(v3Images(v3Offset(r), 250, 250));
            response.delayMs = 200; // the context goes before the first page is back
            return response;
        });
        auto *context = new QObject;
        int calls = 0;
        QPointer<ApiCall> call =
            api.describeImages(0, context, [&calls](const ApiResult<QList<Image>> &) { ++calls; });
        QTRY_COMPARE(m_fake->requests().size(), 1);
        delete context;
        QTRY_VERIFY(call.isNull());
        QTest::qWait(300);
        QCOMPARE(calls, 0);
        QCOMPARE(m_fake->requests().size(), 1);
    }

private:
    FakeTransport *m_fake = nullptr;
};

QTEST_GUILESS_MAIN(TestPagedCall)
#include "tst_pagedcall.moc"
