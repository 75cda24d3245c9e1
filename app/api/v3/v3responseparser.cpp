// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3responseparser.h"

#include "api/answerreader.h"
#include "api/answerscalars.h"
#include "api/v3/v3requestbuilder.h"
#include "api/v3/v3simdpagereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace {

using Need = AnswerReader::Need;

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
    AnswerReader reader;
    T value = read(*envelope.value, reader);
    if (!reader.ok()) {
        ApiError error = ApiErrorFactory::malformed(action, reader.problem());
        error.requestId = AnswerReader::textOf(envelope.value->value(QLatin1String("RequestId")))
                              .value_or(QString());
        return failure<T>(error);
    }
    return success<T>(std::move(value));
}

// The price paid per unit in an InquiryPrice* answer's InstancePrice or BandwidthPrice: pay-by-
// hour prices come as UnitPrice, and UnitPriceDiscount when a discount applies, which is what
// the operator will pay. Neither: no price, and UnitPrice is reported missing when `need` says
// it must be there.
std::optional<QString> paidUnitPrice(AnswerReader &f, const QJsonObject &price, const QString &path,
                                     Need need)
{
    const auto unit = f.decimal(price, path, "UnitPrice");
    const auto discounted = f.decimal(price, path, "UnitPriceDiscount");
    if (!discounted && !unit) {
        if (need == Need::Required)
            f.decimal(price, path, "UnitPrice", Need::Required);
        return std::nullopt;
    }
    return AnswerScalars::decimalText(discounted ? *discounted : *unit);
}

} // namespace

QDateTime V3ResponseParser::timeFromV3(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

namespace {

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
        return failure<QJsonObject>(ApiErrorFactory::notAnObject(action, body, parseError));
    }
    const QJsonValue responseValue = document.object().value(QLatin1String("Response"));
    if (!responseValue.isObject()) {
        return failure<QJsonObject>(
            ApiErrorFactory::malformed(action, tr("The answer has no Response object.")));
    }
    const QJsonObject response = responseValue.toObject();
    AnswerReader reader;
    const QString requestId = reader.text(response, QStringLiteral("Response"), "RequestId");
    if (response.contains(QLatin1String("Error"))) {
        const QString path = QStringLiteral("Response.Error");
        const QJsonObject errorObject =
            reader.object(response, QStringLiteral("Response"), "Error", Need::Required)
                .value_or(QJsonObject());
        const QString code = reader.text(errorObject, path, "Code", Need::Required);
        const QString message = reader.text(errorObject, path, "Message");
        if (!reader.ok() || code.isEmpty()) {
            ApiError error = ApiErrorFactory::malformed(
                action, reader.ok() ? tr("Response.Error.Code is empty") : reader.problem());
            error.requestId = requestId;
            return failure<QJsonObject>(error);
        }
        return failure<QJsonObject>(
            ApiErrorFactory::v3Service(action, code, message, requestId, 200));
    }
    if (!reader.ok())
        return failure<QJsonObject>(ApiErrorFactory::malformed(action, reader.problem()));
    return success(response);
}

ApiResult<QStringList> V3ResponseParser::runInstances(const QByteArray &body)
{
    const QString action = QStringLiteral("RunInstances");
    ApiResult<QStringList> result =
        parse<QStringList>(body, action, [](const QJsonObject &r, AnswerReader &f) {
            return f.texts(r, QStringLiteral("Response"), "InstanceIdSet", Need::Required);
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
    // Nearly every answer is a well-formed page: those are read with simdjson, and everything
    // else gets the general parser's verdict and wording.
    if (body.size() <= MaxBodyBytes) {
        if (std::optional<InstancePage> page = V3SimdPageReader::read(body, zoneIdFor))
            return success(std::move(*page));
    }
    return describeInstancesGeneral(body, zoneIdFor);
}

ApiResult<InstancePage> V3ResponseParser::describeInstancesGeneral(const QByteArray &body,
                                                                   const ZoneIdLookup &zoneIdFor)
{
    return parse<InstancePage>(
        body, QStringLiteral("DescribeInstances"), [&](const QJsonObject &r, AnswerReader &f) {
            InstancePage page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount", Need::Required).value_or(0);
            const QList<QJsonObject> set = f.objects(r, root, "InstanceSet", Need::Required);
            const QString setPath = root + QStringLiteral(".InstanceSet");
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QJsonObject &o = set.at(i);
                const QString path = AnswerReader::element(setPath, i);
                InstanceInfo info;
                info.instanceId = f.text(o, path, "InstanceId", Need::Required);
                info.name = f.text(o, path, "InstanceName");
                info.rawState = f.text(o, path, "InstanceState", Need::Required);
                info.state = stateFromV3(info.rawState);
                const QString errorMessage = f.text(o, path, "LatestOperationErrorMsg");
                if (info.state == InstanceState::CreateFailed)
                    info.failureReason = errorMessage;
                info.zoneName = f.text(f.object(o, path, "Placement").value_or(QJsonObject()),
                                       path + u".Placement", "Zone");
                info.zoneId = zoneIdFor && !info.zoneName.isEmpty() ? zoneIdFor(info.zoneName) : 0;
                info.cpu = f.integer(o, path, "CPU").value_or(0);
                info.mem = f.integer(o, path, "Memory").value_or(0);
                info.lanIp = f.texts(o, path, "PrivateIpAddresses").value(0);
                info.wanIps = f.texts(o, path, "PublicIpAddresses");
                info.bandwidth =
                    f.integer(f.object(o, path, "InternetAccessible").value_or(QJsonObject()),
                              path + u".InternetAccessible", "InternetMaxBandwidthOut")
                        .value_or(-1);
                info.imageId = f.text(o, path, "ImageId");
                info.osName = f.text(o, path, "OsName");
                info.createTime = timeFromV3(f.text(o, path, "CreatedTime"));
                page.instances.append(info);
            }
            return page;
        });
}

ApiResult<bool> V3ResponseParser::terminateInstances(const QByteArray &body)
{
    return parse<bool>(body, QStringLiteral("TerminateInstances"),
                       [](const QJsonObject &, AnswerReader &) { return true; });
}

ApiResult<QList<Zone>> V3ResponseParser::describeZones(const QByteArray &body)
{
    return parse<QList<Zone>>(
        body, QStringLiteral("DescribeZones"), [](const QJsonObject &r, AnswerReader &f) {
            QList<Zone> zones;
            const QString root = QStringLiteral("Response");
            const QList<QJsonObject> set = f.objects(r, root, "ZoneSet", Need::Required);
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = AnswerReader::element(root + QStringLiteral(".ZoneSet"), i);
                Zone zone;
                zone.apiName = f.text(set.at(i), path, "Zone", Need::Required);
                zone.zoneName = f.text(set.at(i), path, "ZoneName");
                // ZoneId is documented as a numeric text ("100003"), the API 2.0 id of the same
                // zone; it also comes as a number.
                zone.zoneId = f.integer(set.at(i), path, "ZoneId").value_or(0);
                const QString state = f.text(set.at(i), path, "ZoneState");
                zone.available = state.isEmpty() || state == QLatin1String("AVAILABLE");
                zones.append(zone);
            }
            return zones;
        });
}

ApiResult<QList<Region>> V3ResponseParser::describeRegions(const QByteArray &body)
{
    return parse<QList<Region>>(
        body, QStringLiteral("DescribeRegions"), [](const QJsonObject &r, AnswerReader &f) {
            QList<Region> regions;
            const QString root = QStringLiteral("Response");
            const QList<QJsonObject> set = f.objects(r, root, "RegionSet", Need::Required);
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = AnswerReader::element(root + QStringLiteral(".RegionSet"), i);
                Region region;
                region.region = f.text(set.at(i), path, "Region", Need::Required);
                region.regionName = f.text(set.at(i), path, "RegionName");
                const QString state = f.text(set.at(i), path, "RegionState");
                region.available = state.isEmpty() || state == QLatin1String("AVAILABLE");
                regions.append(region);
            }
            return regions;
        });
}

ApiResult<ListPage<Image>> V3ResponseParser::describeImagesPage(const QByteArray &body)
{
    return parse<ListPage<Image>>(
        body, QStringLiteral("DescribeImages"), [](const QJsonObject &r, AnswerReader &f) {
            ListPage<Image> page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount").value_or(-1);
            const QList<QJsonObject> set = f.objects(r, root, "ImageSet", Need::Required);
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = AnswerReader::element(root + QStringLiteral(".ImageSet"), i);
                const QJsonObject &o = set.at(i);
                Image image;
                image.imageId = f.text(o, path, "ImageId", Need::Required);
                image.name = f.text(o, path, "ImageName");
                image.description = f.text(o, path, "ImageDescription");
                image.imageType = V3RequestBuilder::imageTypeFromV3(f.text(o, path, "ImageType"));
                image.osName = f.text(o, path, "OsName");
                image.createTime = timeFromV3(f.text(o, path, "CreatedTime"));
                page.items.append(image);
            }
            return page;
        });
}

ApiResult<ListPage<KeyPair>> V3ResponseParser::describeKeyPairsPage(const QByteArray &body)
{
    return parse<ListPage<KeyPair>>(
        body, QStringLiteral("DescribeKeyPairs"), [](const QJsonObject &r, AnswerReader &f) {
            ListPage<KeyPair> page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount").value_or(-1);
            const QList<QJsonObject> set = f.objects(r, root, "KeyPairSet", Need::Required);
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = AnswerReader::element(root + QStringLiteral(".KeyPairSet"), i);
                page.items.append({f.text(set.at(i), path, "KeyId", Need::Required),
                                   f.text(set.at(i), path, "KeyName")});
            }
            return page;
        });
}

ApiResult<ListPage<Vpc>> V3ResponseParser::describeVpcsPage(const QByteArray &body)
{
    return parse<ListPage<Vpc>>(
        body, QStringLiteral("DescribeVpcs"), [](const QJsonObject &r, AnswerReader &f) {
            ListPage<Vpc> page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount").value_or(-1);
            const QList<QJsonObject> set = f.objects(r, root, "VpcSet", Need::Required);
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QString path = AnswerReader::element(root + QStringLiteral(".VpcSet"), i);
                page.items.append({f.text(set.at(i), path, "VpcId", Need::Required),
                                   f.text(set.at(i), path, "VpcName"),
                                   f.text(set.at(i), path, "CidrBlock")});
            }
            return page;
        });
}

ApiResult<ListPage<Subnet>> V3ResponseParser::describeSubnetsPage(const QByteArray &body,
                                                                  const ZoneIdLookup &zoneIdFor)
{
    return parse<ListPage<Subnet>>(
        body, QStringLiteral("DescribeSubnets"), [&](const QJsonObject &r, AnswerReader &f) {
            ListPage<Subnet> page;
            const QString root = QStringLiteral("Response");
            page.totalCount = f.integer(r, root, "TotalCount").value_or(-1);
            const QList<QJsonObject> set = f.objects(r, root, "SubnetSet", Need::Required);
            for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
                const QJsonObject &o = set.at(i);
                const QString path = AnswerReader::element(root + QStringLiteral(".SubnetSet"), i);
                Subnet subnet;
                subnet.subnetId = f.text(o, path, "SubnetId", Need::Required);
                subnet.vpcId = f.text(o, path, "VpcId");
                subnet.name = f.text(o, path, "SubnetName");
                subnet.cidrBlock = f.text(o, path, "CidrBlock");
                const QString zone = f.text(o, path, "Zone");
                const int zoneId = zoneIdFor && !zone.isEmpty() ? zoneIdFor(zone) : 0;
                if (zoneId != 0)
                    subnet.zoneIds.append(zoneId);
                subnet.availableIps = f.integer(o, path, "AvailableIpAddressCount").value_or(-1);
                page.items.append(subnet);
            }
            return page;
        });
}

ApiResult<Price> V3ResponseParser::inquiryPriceRunInstances(const QByteArray &body)
{
    return parse<Price>(
        body, QStringLiteral("InquiryPriceRunInstances"),
        [](const QJsonObject &r, AnswerReader &f) {
            Price price;
            const QString root = QStringLiteral("Response.Price");
            const QJsonObject priceObject =
                f.object(r, QStringLiteral("Response"), "Price", Need::Required)
                    .value_or(QJsonObject());
            const QJsonObject instance =
                f.object(priceObject, root, "InstancePrice", Need::Required)
                    .value_or(QJsonObject());
            const auto instancePrice =
                paidUnitPrice(f, instance, root + u".InstancePrice", Need::Required);
            if (!instancePrice)
                return price;
            price.instancePerHour = *instancePrice;

            const QJsonObject bandwidth =
                f.object(priceObject, root, "BandwidthPrice").value_or(QJsonObject());
            const QString bandwidthPath = root + u".BandwidthPrice";
            if (const auto bandwidthPrice =
                    paidUnitPrice(f, bandwidth, bandwidthPath, Need::Optional)) {
                price.bandwidthPrice = *bandwidthPrice;
                price.bandwidthUnit = f.text(bandwidth, bandwidthPath, "ChargeUnit");
            }
            return price;
        });
}

ApiResult<bool> V3ResponseParser::resetInstancesInternetMaxBandwidth(const QByteArray &body)
{
    return parse<bool>(body, QStringLiteral("ResetInstancesInternetMaxBandwidth"),
                       [](const QJsonObject &, AnswerReader &) { return true; });
}

ApiResult<Price>
V3ResponseParser::inquiryPriceResetInstancesInternetMaxBandwidth(const QByteArray &body)
{
    return parse<Price>(body, QStringLiteral("InquiryPriceResetInstancesInternetMaxBandwidth"),
                        [](const QJsonObject &r, AnswerReader &f) {
                            Price price;
                            const QString root = QStringLiteral("Response.Price");
                            const QJsonObject priceObject =
                                f.object(r, QStringLiteral("Response"), "Price", Need::Required)
                                    .value_or(QJsonObject());
                            const QJsonObject bandwidth =
                                f.object(priceObject, root, "BandwidthPrice", Need::Required)
                                    .value_or(QJsonObject());
                            const QString path = root + u".BandwidthPrice";
                            const auto paid = paidUnitPrice(f, bandwidth, path, Need::Required);
                            if (!paid)
                                return price;
                            price.bandwidthPrice = *paid;
                            price.bandwidthUnit =
                                f.text(bandwidth, path, "ChargeUnit", Need::Required);
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
