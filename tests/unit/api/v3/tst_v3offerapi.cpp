// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The live offer's actions through V3CloudApi (requests, services, signatures) and the API 2.0
// backend's refusal of them.
#include "api/v2/v2cloudapi.h"
#include "api/v3/v3cloudapi.h"
#include "api/v3/v3encoder.h"
#include "faketransport.h"
#include "sandbox/v3/tc3verifier.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString Id = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
const QString Key = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");

ApiConfig config(ApiConfig::Version version)
{
    ApiConfig c;
    c.version = version;
    c.region = QStringLiteral("ap-guangzhou");
    c.secretId = Id;
    c.secretKey = Key;
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

QByteArray fixture(const char *name)
{
    QFile file(TestPaths::dataFile(QStringLiteral("api/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray header(const TransportRequest &r, const char *name)
{
    return Tc3Verifier::headerValue(r.headers, name);
}

QJsonObject body(const TransportRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// Filters as "name=value" pairs, in order.
QStringList filters(const QJsonObject &body)
{
    QStringList out;
    for (const QJsonValue f : body.value(QLatin1String("Filters")).toArray()) {
        const QJsonObject o = f.toObject();
        for (const QJsonValue v : o.value(QLatin1String("Values")).toArray())
            out << o.value(QLatin1String("Name")).toString() + u'=' + v.toString();
    }
    return out;
}

} // namespace

class TestV3OfferApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fake = new FakeTransport(this);
        m_api = new V3CloudApi(config(ApiConfig::Version::V3), m_fake, this);
        m_api->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        delete m_api;
        delete m_fake;
    }

    void zoneConfigsAskForTheZonePayByHour()
    {
        m_fake->enqueue(FakeResponse::json(fixture("v3-zoneinstanceconfiginfos.json")));
        Catcher<QList<InstanceTypeOffer>> c;
        m_api->describeZoneInstanceConfigs(QStringLiteral("ap-guangzhou-6"), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY2(c.last.ok(), qPrintable(c.last.error.message));
        QCOMPARE(c.last.value->size(), 8);
        const TransportRequest &r = m_fake->requests().constFirst();
        QCOMPARE(header(r, "X-TC-Action"), QByteArray("DescribeZoneInstanceConfigInfos"));
        QCOMPARE(r.url.host(), QStringLiteral("cvm.tencentcloudapi.com"));
        QCOMPARE(filters(body(r)),
                 (QStringList{QStringLiteral("zone=ap-guangzhou-6"),
                              QStringLiteral("instance-charge-type=POSTPAID_BY_HOUR")}));
        QVERIFY(verify(r).ok());
    }

    void zoneConfigsNeedAZone()
    {
        Catcher<QList<InstanceTypeOffer>> c;
        m_api->describeZoneInstanceConfigs(QString(), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(c.last.error.kind, ApiError::Kind::Refused);
        QVERIFY(m_fake->requests().isEmpty());
    }

    void diskConfigsGoToCbs()
    {
        m_fake->enqueue(FakeResponse::json(fixture("v3-diskconfigquota.json")));
        Catcher<QList<DiskConfig>> c;
        DiskConfigQuery q{QStringLiteral("ap-guangzhou-6"), QStringLiteral("SA5"), 2, 4,
                          DiskConfig::Usage::SystemDisk};
        m_api->describeDiskConfigQuota(q, this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY2(c.last.ok(), qPrintable(c.last.error.message));
        const TransportRequest &r = m_fake->requests().constFirst();
        QCOMPARE(r.url.host(), QStringLiteral("cbs.tencentcloudapi.com"));
        const auto verdict = verify(r);
        QVERIFY2(verdict.ok(), qPrintable(verdict.message));
        QCOMPARE(verdict.service, QStringLiteral("cbs"));
        const QJsonObject b = body(r);
        QCOMPARE(b.value(QLatin1String("InquiryType")).toString(),
                 QStringLiteral("INQUIRY_CVM_CONFIG"));
        QCOMPARE(b.value(QLatin1String("DiskChargeType")).toString(),
                 QStringLiteral("POSTPAID_BY_HOUR"));
        QCOMPARE(b.value(QLatin1String("Zones")).toArray(),
                 QJsonArray{QStringLiteral("ap-guangzhou-6")});
        QCOMPARE(b.value(QLatin1String("InstanceFamilies")).toArray(),
                 QJsonArray{QStringLiteral("SA5")});
        QCOMPARE(b.value(QLatin1String("CPU")).toInt(), 2);
        QCOMPARE(b.value(QLatin1String("Memory")).toInt(), 4);
        QCOMPARE(b.value(QLatin1String("DiskUsage")).toString(), QStringLiteral("SYSTEM_DISK"));
    }

    void accountQuotaAsksForPostPaid()
    {
        m_fake->enqueue(FakeResponse::json(fixture("v3-accountquota.json")));
        Catcher<AccountQuota> c;
        m_api->describeAccountQuota(QStringLiteral("ap-guangzhou-6"), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(c.last.ok());
        QCOMPARE(filters(body(m_fake->requests().constFirst())),
                 (QStringList{QStringLiteral("zone=ap-guangzhou-6"),
                              QStringLiteral("quota-type=PostPaidQuotaSet")}));
    }

    void securityGroupsPageWithStringsOnVpc()
    {
        m_fake->setHandler([](const TransportRequest &r) {
            const int offset = body(r).value(QLatin1String("Offset")).toString().toInt();
            QJsonArray set;
            for (int i = offset; i < std::min(offset + 100, 130); ++i)
                set.append(QJsonObject{
                    {QStringLiteral("SecurityGroupId"), QStringLiteral("sg-%1").arg(i)}});
            const QJsonObject response{{QStringLiteral("TotalCount"), 130},
                                       {QStringLiteral("SecurityGroupSet"), set},
                                       {QStringLiteral("RequestId"), QStringLiteral("r")}};
            return FakeResponse::json(
                QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}}).toJson());
        });
        Catcher<QList<SecurityGroup>> c;
        m_api->describeSecurityGroups(QStringLiteral("web"), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY2(c.last.ok(), qPrintable(c.last.error.message));
        QCOMPARE(c.last.value->size(), 130);
        QCOMPARE(c.last.value->last().securityGroupId, QStringLiteral("sg-129"));
        QCOMPARE(m_fake->requests().size(), 2);
        const QJsonObject second = body(m_fake->requests().at(1));
        // The vpc service types Offset and Limit as strings.
        QCOMPARE(second.value(QLatin1String("Offset")), QJsonValue(QStringLiteral("100")));
        QCOMPARE(second.value(QLatin1String("Limit")), QJsonValue(QStringLiteral("100")));
        QCOMPARE(filters(second), QStringList{QStringLiteral("security-group-name=web")});
        QCOMPARE(verify(m_fake->requests().at(1)).service, QStringLiteral("vpc"));
    }

    void securityGroupPolicies()
    {
        m_fake->enqueue(FakeResponse::json(fixture("v3-securitygrouppolicies.json")));
        Catcher<SecurityGroupPolicies> c;
        m_api->describeSecurityGroupPolicies(QStringLiteral("sg-05bb4upy"), this, c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(c.last.ok());
        QCOMPARE(body(m_fake->requests().constFirst()).value(QLatin1String("SecurityGroupId")),
                 QJsonValue(QStringLiteral("sg-05bb4upy")));
    }

    void imagesForOneInstanceType()
    {
        m_fake->enqueue(FakeResponse::json(
            R"({"Response":{"TotalCount":1,"ImageSet":[{"ImageId":"img-1"}],"RequestId":"r"}})"));
        Catcher<QList<Image>> c;
        m_api->describeImagesFor(LaunchSpec::PublicImage, QStringLiteral("SA5.MEDIUM2"), this,
                                 c.callback());
        QTRY_COMPARE(c.calls, 1);
        QVERIFY(c.last.ok());
        const QJsonObject b = body(m_fake->requests().constFirst());
        QCOMPARE(b.value(QLatin1String("InstanceType")).toString(), QStringLiteral("SA5.MEDIUM2"));
        QCOMPARE(filters(b), QStringList{QStringLiteral("image-type=PUBLIC_IMAGE")});
    }

    void apiTwoRefusesTheOfferActions()
    {
        V2CloudApi v2(config(ApiConfig::Version::V2), m_fake);
        QList<ApiError> errors;
        const auto keep = [&errors](const auto &result) {
            QVERIFY(!result.ok());
            errors.append(result.error);
        };
        v2.describeZoneInstanceConfigs(QStringLiteral("ap-guangzhou-6"), this, keep);
        v2.describeInstanceFamilies(this, keep);
        v2.describeDiskConfigQuota({}, this, keep);
        v2.describeAccountQuota({}, this, keep);
        v2.describeSecurityGroups({}, this, keep);
        v2.describeSecurityGroupPolicies(QStringLiteral("sg-1"), this, keep);
        v2.describeImagesFor(2, QStringLiteral("SA5.MEDIUM2"), this, keep);
        QCOMPARE(errors.size(), 0); // never inside the call
        QTRY_COMPARE(errors.size(), 7);
        for (const ApiError &e : std::as_const(errors))
            QCOMPARE(e.kind, ApiError::Kind::Refused);
        QVERIFY(errors.first().message.contains(QLatin1String("API 2.0")));
        QVERIFY(errors.first().message.contains(QLatin1String("DescribeZoneInstanceConfigInfos")));
        QVERIFY(m_fake->requests().isEmpty());
    }

private:
    Tc3Verifier::Result verify(const TransportRequest &r) const
    {
        Tc3Verifier::Request received;
        received.method = r.method;
        received.path = r.url.path().toUtf8();
        received.body = r.body;
        received.headers = r.headers;
        received.headers.append({"Content-Type", r.contentType});
        received.host = V3Encoder::hostHeader(r.url);
        return Tc3Verifier::verify(
            received,
            [](const QString &id) {
                return id == Id ? std::optional<QString>(Key) : std::optional<QString>();
            },
            m_now);
    }

    FakeTransport *m_fake = nullptr;
    V3CloudApi *m_api = nullptr;
    qint64 m_now = 1'700'000'000;
};

QTEST_GUILESS_MAIN(TestV3OfferApi)
#include "tst_v3offerapi.moc"
