#include "api/v3/v3responseparser.h"

#include "api/v3/v3requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {

enum class Need { Required, Optional };

// Reads typed fields and remembers the first problem with its path ("InstanceSet[2].CPU"), so a
// malformed answer is reported precisely. Optional fields may be absent or null.
class FieldReader
{
public:
    QString problem;

    bool ok() const { return problem.isEmpty(); }

    QJsonValue value(const QJsonObject &object, const QString &path, const char *key, Need need)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if ((v.isUndefined() || v.isNull()) && need == Need::Required)
            fail(V3ResponseParser::tr("%1 is missing").arg(name(path, key)));
        return v;
    }

    QString string(const QJsonObject &object, const QString &path, const char *key,
                   Need need = Need::Optional)
    {
        const QJsonValue v = value(object, path, key, need);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            fail(V3ResponseParser::tr("%1 is not a text").arg(name(path, key)));
        return {};
    }

    int integer(const QJsonObject &object, const QString &path, const char *key,
                Need need = Need::Optional, int fallback = 0)
    {
        const QJsonValue v = value(object, path, key, need);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min() &&
                d <= std::numeric_limits<int>::max())
                return int(d);
        }
        if (!v.isUndefined() && !v.isNull())
            fail(V3ResponseParser::tr("%1 is not a whole number").arg(name(path, key)));
        return fallback;
    }

    std::optional<double> number(const QJsonObject &object, const QString &path, const char *key,
                                 Need need = Need::Optional)
    {
        const QJsonValue v = value(object, path, key, need);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        if (!v.isUndefined() && !v.isNull())
            fail(V3ResponseParser::tr("%1 is not a number").arg(name(path, key)));
        return std::nullopt;
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const char *key,
                       Need need = Need::Optional)
    {
        const QJsonValue v = value(parent, path, key, need);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            fail(V3ResponseParser::tr("%1 is not an object").arg(name(path, key)));
        return {};
    }

    // An array of objects; reports the first element that is not one.
    QList<QJsonObject> objects(const QJsonObject &parent, const QString &path, const char *key,
                               Need need = Need::Required)
    {
        QList<QJsonObject> result;
        const QJsonValue v = value(parent, path, key, need);
        if (v.isUndefined() || v.isNull())
            return result;
        if (!v.isArray()) {
            fail(V3ResponseParser::tr("%1 is not a list").arg(name(path, key)));
            return result;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                fail(V3ResponseParser::tr("%1[%2] is not an object").arg(name(path, key)).arg(i));
                return {};
            }
            result.append(array.at(i).toObject());
        }
        return result;
    }

    QStringList strings(const QJsonObject &parent, const QString &path, const char *key,
                        Need need = Need::Optional)
    {
        QStringList result;
        const QJsonValue v = value(parent, path, key, need);
        if (v.isUndefined() || v.isNull())
            return result;
        if (!v.isArray()) {
            fail(V3ResponseParser::tr("%1 is not a list").arg(name(path, key)));
            return result;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(V3ResponseParser::tr("%1[%2] is not a text").arg(name(path, key)).arg(i));
                return {};
            }
            result.append(array.at(i).toString());
        }
        return result;
    }

    static QString element(const char *key, qsizetype index)
    {
        return QLatin1String(key) + u'[' + QString::number(index) + u']';
    }

private:
    static QString name(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
    }

    void fail(const QString &what)
    {
        if (problem.isEmpty())
            problem = what;
    }
};

template<typename T>
ApiResult<T> failure(const ApiError &error)
{
    ApiResult<T> result;
    result.error = error;
    return result;
}

template<typename T>
ApiResult<T> success(T value)
{
    ApiResult<T> result;
    result.value = std::move(value);
    return result;
}

// The envelope, then `read` on the Response object; a reader problem turns into Malformed.
template<typename T, typename Read>
ApiResult<T> parse(const QByteArray &body, const QString &action, Read read)
{
    const ApiResult<QJsonObject> envelope = V3ResponseParser::response(body, action);
    if (!envelope.ok())
        return failure<T>(envelope.error);
    FieldReader reader;
    T value = read(*envelope.value, reader);
    if (!reader.ok()) {
        ApiError error = ApiErrorFactory::malformed(action, reader.problem);
        error.requestId = envelope.value->value(QLatin1String("RequestId")).toString();
        return failure<T>(error);
    }
    return success<T>(std::move(value));
}

QDateTime timeFromV3(const QString &text)
{
    // "2020-09-22T00:00:00Z"; a time the service formats otherwise is shown as unknown.
    return QDateTime::fromString(text, Qt::ISODate);
}

// Unit prices are JSON numbers; kept as the shortest text that reads back as the same number.
QString priceText(double price)
{
    return QString::number(price, 'g', 15);
}

// A listing page without its TotalCount, for the callers that read one page.
template<typename T>
ApiResult<QList<T>> itemsOf(const ApiResult<ListPage<T>> &page)
{
    ApiResult<QList<T>> result;
    result.error = page.error;
    if (page.ok())
        result.value = page.value->items;
    return result;
}

} // namespace

InstanceState V3ResponseParser::stateFromV3(const QString &instanceState)
{
    if (instanceState == QLatin1String("PENDING"))
        return InstanceState::Creating;
    if (instanceState == QLatin1String("RUNNING"))
        return InstanceState::Running;
    if (instanceState == QLatin1String("LAUNCH_FAILED"))
        return InstanceState::CreateFailed;
    if (instanceState == QLatin1String("STOPPED") || instanceState == QLatin1String("SHUTDOWN"))
        return InstanceState::Stopped;
    if (instanceState == QLatin1String("TERMINATING"))
        return InstanceState::Returning;
    return InstanceState::Busy;
}

ApiResult<QJsonObject> V3ResponseParser::response(const QByteArray &body, const QString &action)
{
    if (body.size() > MaxBodyBytes) {
        return failure<QJsonObject>(ApiErrorFactory::malformed(
            action, tr("The answer is larger than %1 MiB.").arg(MaxBodyBytes >> 20)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return failure<QJsonObject>(
            ApiErrorFactory::malformed(action, tr("The answer is not a JSON object.")));
    }
    const QJsonValue responseValue = document.object().value(QLatin1String("Response"));
    if (!responseValue.isObject()) {
        return failure<QJsonObject>(
            ApiErrorFactory::malformed(action, tr("The answer has no Response object.")));
    }
    const QJsonObject response = responseValue.toObject();
    FieldReader reader;
    const QString requestId = reader.string(response, QStringLiteral("Response"), "RequestId");
    if (response.contains(QLatin1String("Error"))) {
        const QString path = QStringLiteral("Response.Error");
        const QJsonObject errorObject =
            reader.object(response, QStringLiteral("Response"), "Error", Need::Required);
        const QString code = reader.string(errorObject, path, "Code", Need::Required);
        const QString message = reader.string(errorObject, path, "Message");
        if (!reader.ok() || code.isEmpty()) {
            ApiError error = ApiErrorFactory::malformed(
                action, reader.ok() ? tr("Response.Error.Code is empty") : reader.problem);
            error.requestId = requestId;
            return failure<QJsonObject>(error);
        }
        return failure<QJsonObject>(
            ApiErrorFactory::v3Service(action, code, message, requestId, 200));
    }
    if (!reader.ok())
        return failure<QJsonObject>(ApiErrorFactory::malformed(action, reader.problem));
    return success(response);
}

ApiResult<QStringList> V3ResponseParser::runInstances(const QByteArray &body)
{
    const QString action = QStringLiteral("RunInstances");
    ApiResult<QStringList> result =
        parse<QStringList>(body, action, [](const QJsonObject &r, FieldReader &f) {
            return f.strings(r, QStringLiteral("Response"), "InstanceIdSet", Need::Required);
        });
    if (result.ok() && result.value->isEmpty())
        return failure<QStringList>(ApiErrorFactory::malformed(
            action, tr("Response.InstanceIdSet is empty: no instance was named.")));
    return result;
}

ApiResult<bool> V3ResponseParser::dryRun(const QByteArray &body)
{
    ApiResult<QJsonObject> envelope = response(body, QStringLiteral("RunInstances"));
    if (envelope.ok() || envelope.error.codeString == QLatin1String("DryRunOperation"))
        return success(true);
    return failure<bool>(envelope.error);
}

ApiResult<InstancePage> V3ResponseParser::describeInstances(const QByteArray &body,
                                                            const ZoneIdLookup &zoneIdFor)
{
    return parse<InstancePage>(
        body, QStringLiteral("DescribeInstances"), [&](const QJsonObject &r, FieldReader &f) {
            InstancePage page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount", Need::Required);
            const QList<QJsonObject> set = f.objects(r, root, "InstanceSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QJsonObject &o = set.at(i);
                const QString path = root + u'.' + FieldReader::element("InstanceSet", i);
                InstanceInfo info;
                info.instanceId = f.string(o, path, "InstanceId", Need::Required);
                info.name = f.string(o, path, "InstanceName");
                info.rawState = f.string(o, path, "InstanceState", Need::Required);
                info.state = stateFromV3(info.rawState);
                const QString errorMessage = f.string(o, path, "LatestOperationErrorMsg");
                if (info.state == InstanceState::CreateFailed)
                    info.failureReason = errorMessage;
                info.zoneName =
                    f.string(f.object(o, path, "Placement"), path + u".Placement", "Zone");
                info.zoneId = zoneIdFor && !info.zoneName.isEmpty() ? zoneIdFor(info.zoneName) : 0;
                info.cpu = f.integer(o, path, "CPU");
                info.mem = f.integer(o, path, "Memory");
                const QStringList lanIps = f.strings(o, path, "PrivateIpAddresses");
                info.lanIp = lanIps.value(0);
                info.wanIps = f.strings(o, path, "PublicIpAddresses");
                info.imageId = f.string(o, path, "ImageId");
                info.osName = f.string(o, path, "OsName");
                info.createTime = timeFromV3(f.string(o, path, "CreatedTime"));
                page.instances.append(info);
            }
            return page;
        });
}

ApiResult<bool> V3ResponseParser::terminateInstances(const QByteArray &body)
{
    return parse<bool>(body, QStringLiteral("TerminateInstances"),
                       [](const QJsonObject &, FieldReader &) { return true; });
}

ApiResult<QList<Zone>> V3ResponseParser::describeZones(const QByteArray &body)
{
    return parse<QList<Zone>>(
        body, QStringLiteral("DescribeZones"), [](const QJsonObject &r, FieldReader &f) {
            QList<Zone> zones;
            const QString root = QStringLiteral("Response");
            const QList<QJsonObject> set = f.objects(r, root, "ZoneSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = root + u'.' + FieldReader::element("ZoneSet", i);
                Zone zone;
                zone.apiName = f.string(set.at(i), path, "Zone", Need::Required);
                zone.zoneName = f.string(set.at(i), path, "ZoneName");
                // ZoneId is a numeric string ("100003"), the API 2.0 id of the same zone.
                zone.zoneId = f.string(set.at(i), path, "ZoneId").toInt();
                const QString state = f.string(set.at(i), path, "ZoneState");
                zone.available = state.isEmpty() || state == QLatin1String("AVAILABLE");
                zones.append(zone);
            }
            return zones;
        });
}

ApiResult<ListPage<Image>> V3ResponseParser::describeImagesPage(const QByteArray &body)
{
    return parse<ListPage<Image>>(
        body, QStringLiteral("DescribeImages"), [](const QJsonObject &r, FieldReader &f) {
            ListPage<Image> page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount", Need::Optional, -1);
            const QList<QJsonObject> set = f.objects(r, root, "ImageSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = root + u'.' + FieldReader::element("ImageSet", i);
                Image image;
                image.imageId = f.string(set.at(i), path, "ImageId", Need::Required);
                image.name = f.string(set.at(i), path, "ImageName");
                image.description = f.string(set.at(i), path, "ImageDescription");
                image.imageType =
                    V3RequestBuilder::imageTypeFromV3(f.string(set.at(i), path, "ImageType"));
                image.osName = f.string(set.at(i), path, "OsName");
                image.createTime = timeFromV3(f.string(set.at(i), path, "CreatedTime"));
                page.items.append(image);
            }
            return page;
        });
}

ApiResult<ListPage<KeyPair>> V3ResponseParser::describeKeyPairsPage(const QByteArray &body)
{
    return parse<ListPage<KeyPair>>(
        body, QStringLiteral("DescribeKeyPairs"), [](const QJsonObject &r, FieldReader &f) {
            ListPage<KeyPair> page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount", Need::Optional, -1);
            const QList<QJsonObject> set = f.objects(r, root, "KeyPairSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = root + u'.' + FieldReader::element("KeyPairSet", i);
                page.items.append({f.string(set.at(i), path, "KeyId", Need::Required),
                                   f.string(set.at(i), path, "KeyName")});
            }
            return page;
        });
}

ApiResult<ListPage<Vpc>> V3ResponseParser::describeVpcsPage(const QByteArray &body)
{
    return parse<ListPage<Vpc>>(
        body, QStringLiteral("DescribeVpcs"), [](const QJsonObject &r, FieldReader &f) {
            ListPage<Vpc> page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount", Need::Optional, -1);
            const QList<QJsonObject> set = f.objects(r, root, "VpcSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = root + u'.' + FieldReader::element("VpcSet", i);
                page.items.append({f.string(set.at(i), path, "VpcId", Need::Required),
                                   f.string(set.at(i), path, "VpcName"),
                                   f.string(set.at(i), path, "CidrBlock")});
            }
            return page;
        });
}

ApiResult<ListPage<Subnet>> V3ResponseParser::describeSubnetsPage(const QByteArray &body,
                                                                  const ZoneIdLookup &zoneIdFor)
{
    return parse<ListPage<Subnet>>(
        body, QStringLiteral("DescribeSubnets"), [&](const QJsonObject &r, FieldReader &f) {
            ListPage<Subnet> page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount", Need::Optional, -1);
            const QList<QJsonObject> set = f.objects(r, root, "SubnetSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QJsonObject &o = set.at(i);
                const QString path = root + u'.' + FieldReader::element("SubnetSet", i);
                Subnet subnet;
                subnet.subnetId = f.string(o, path, "SubnetId", Need::Required);
                subnet.vpcId = f.string(o, path, "VpcId");
                subnet.name = f.string(o, path, "SubnetName");
                subnet.cidrBlock = f.string(o, path, "CidrBlock");
                const QString zone = f.string(o, path, "Zone");
                const int zoneId = zoneIdFor && !zone.isEmpty() ? zoneIdFor(zone) : 0;
                if (zoneId != 0)
                    subnet.zoneIds.append(zoneId);
                subnet.availableIps =
                    f.integer(o, path, "AvailableIpAddressCount", Need::Optional, -1);
                page.items.append(subnet);
            }
            return page;
        });
}

ApiResult<Price> V3ResponseParser::inquiryPriceRunInstances(const QByteArray &body)
{
    return parse<Price>(
        body, QStringLiteral("InquiryPriceRunInstances"), [](const QJsonObject &r, FieldReader &f) {
            Price price;
            const QString root = QStringLiteral("Response.Price");
            const QJsonObject priceObject =
                f.object(r, QStringLiteral("Response"), "Price", Need::Required);
            const QJsonObject instance =
                f.object(priceObject, root, "InstancePrice", Need::Required);
            const QString instancePath = root + u".InstancePrice";
            // Pay-by-hour prices come as UnitPrice, and UnitPriceDiscount when a discount
            // applies: the discounted one is what the operator will pay.
            const auto unit = f.number(instance, instancePath, "UnitPrice");
            const auto discounted = f.number(instance, instancePath, "UnitPriceDiscount");
            if (!discounted && !unit) {
                f.value(instance, instancePath, "UnitPrice", Need::Required);
                return price;
            }
            price.instancePerHour = priceText(discounted ? *discounted : *unit);

            const QJsonObject bandwidth = f.object(priceObject, root, "BandwidthPrice");
            const QString bandwidthPath = root + u".BandwidthPrice";
            const auto bwUnit = f.number(bandwidth, bandwidthPath, "UnitPrice");
            const auto bwDiscounted = f.number(bandwidth, bandwidthPath, "UnitPriceDiscount");
            if (bwDiscounted || bwUnit) {
                price.bandwidthPrice = priceText(bwDiscounted ? *bwDiscounted : *bwUnit);
                price.bandwidthUnit = f.string(bandwidth, bandwidthPath, "ChargeUnit");
            }
            return price;
        });
}

ApiResult<QList<Image>> V3ResponseParser::describeImages(const QByteArray &body)
{
    return itemsOf(describeImagesPage(body));
}

ApiResult<QList<KeyPair>> V3ResponseParser::describeKeyPairs(const QByteArray &body)
{
    return itemsOf(describeKeyPairsPage(body));
}

ApiResult<QList<Vpc>> V3ResponseParser::describeVpcs(const QByteArray &body)
{
    return itemsOf(describeVpcsPage(body));
}

ApiResult<QList<Subnet>> V3ResponseParser::describeSubnets(const QByteArray &body,
                                                           const ZoneIdLookup &zoneIdFor)
{
    return itemsOf(describeSubnetsPage(body, zoneIdFor));
}
