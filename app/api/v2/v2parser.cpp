// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2parser.h"

#include "api/answerreader.h"
#include "api/answerscalars.h"
#include "api/apierrorfactory.h"
#include "api/v2/v2simdpagereader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

using Need = AnswerReader::Need;

template<typename T>
ApiResult<T> failure(const ApiError &error)
{
    ApiResult<T> r;
    r.error = error;
    return r;
}

template<typename T>
ApiResult<T> success(T value)
{
    ApiResult<T> r;
    r.value = std::move(value);
    return r;
}

} // namespace

V2Parser::Envelope V2Parser::envelope(const QString &action, const QByteArray &body, int httpStatus)
{
    Envelope out;
    if (body.size() > ApiErrorFactory::MaxBodyBytes) {
        out.error = ApiErrorFactory::malformed(
            action,
            tr("The answer is larger than %1 MiB.").arg(ApiErrorFactory::MaxBodyBytes >> 20),
            httpStatus);
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = httpStatus != 200
                        ? ApiErrorFactory::http(action, httpStatus)
                        : ApiErrorFactory::notAnObject(action, body, parseError, httpStatus);
        return out;
    }
    const QJsonObject object = doc.object();
    const QJsonValue code = object.value(QLatin1String("code"));
    if (code.isUndefined() && httpStatus != 200) {
        out.error = ApiErrorFactory::http(action, httpStatus);
        return out;
    }
    AnswerReader f;
    const int codeValue = f.integer(object, {}, "code", Need::Required).value_or(0);
    const QString message = f.text(object, {}, "message");
    if (!f.ok()) {
        out.error = ApiErrorFactory::malformed(action, f.problem(), httpStatus);
        return out;
    }
    if (codeValue != 0) {
        // codeDesc is a text code on newer answers; one of another kind is ignored, not fatal:
        // the numeric code already says what happened.
        const QString desc =
            AnswerReader::textOf(object.value(QLatin1String("codeDesc"))).value_or(QString());
        out.error = ApiErrorFactory::v2Service(action, codeValue, desc, message, httpStatus);
        return out;
    }
    if (httpStatus != 200) {
        out.error = ApiErrorFactory::http(
            action, httpStatus, tr("HTTP status %1 with a success code.").arg(httpStatus));
        return out;
    }
    out.object = object;
    return out;
}

InstanceState V2Parser::stateForStatus(int status)
{
    switch (status) {
    case -1:
        return InstanceState::CreateFailed;
    case 1:
        return InstanceState::Fault;
    case 2:
        return InstanceState::Running;
    case 3:
        return InstanceState::Creating;
    case 4:
        return InstanceState::Stopped;
    case 5:
        return InstanceState::Returned;
    case 6:
        return InstanceState::Returning;
    default:
        return InstanceState::Busy;
    }
}

#define V2_ENVELOPE(T, actionName)                                                                 \
    const QString action = QStringLiteral(actionName);                                             \
    const Envelope env = envelope(action, body, httpStatus);                                       \
    if (env.error)                                                                                 \
        return failure<T>(*env.error);                                                             \
    const QJsonObject &root = env.object;                                                          \
    AnswerReader f

#define V2_FINISH(T, value)                                                                        \
    if (!f.ok())                                                                                   \
        return failure<T>(ApiErrorFactory::malformed(action, f.problem(), httpStatus));            \
    return success<T>(value)

namespace {

// "yyyy-MM-dd HH:mm:ss" by hand: QDateTime::fromString with a format costs tens of microseconds
// per call, and a 100-instance answer has 100 of them.
QDateTime parseBeijingTime(const QString &text)
{
    if (text.size() != 19 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u' ' ||
        text.at(13) != u':' || text.at(16) != u':')
        return {};
    auto field = [&text](qsizetype from, qsizetype length, bool *ok) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                *ok = false;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    bool ok = true;
    const QDate date(field(0, 4, &ok), field(5, 2, &ok), field(8, 2, &ok));
    const QTime time(field(11, 2, &ok), field(14, 2, &ok), field(17, 2, &ok));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    // API 2.0 writes Beijing time (UTC+8) without saying so.
    return QDateTime(date, time, Qt::OffsetFromUTC, 8 * 3600);
}

QDateTime optionalTime(AnswerReader &f, const QJsonObject &o, const QString &path, const char *key)
{
    const QString text = f.text(o, path, key);
    if (!f.ok() || text.isEmpty())
        return {};
    QDateTime t = V2Parser::parseTime(text);
    if (!t.isValid())
        f.fail(AnswerReader::join(path, key),
               V2Parser::tr("\"%1\" is not a date and time").arg(text));
    return t;
}

// A price in CNY: a decimal, kept as the text the product shows.
QString price(AnswerReader &f, const QJsonObject &o, const QString &path, const char *key,
              Need need)
{
    const std::optional<double> value = f.decimal(o, path, key, need);
    return value ? AnswerScalars::decimalText(*value) : QString();
}

} // namespace

QDateTime V2Parser::parseTime(const QString &text)
{
    const QDateTime t = parseBeijingTime(text);
    return t.isValid() ? t : QDateTime::fromString(text, Qt::ISODate);
}

ApiResult<QStringList> V2Parser::runInstancesHour(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(QStringList, "RunInstancesHour");
    const QStringList ids = f.texts(root, {}, "unInstanceIds", Need::Required);
    if (f.ok() && ids.isEmpty())
        f.fail(QStringLiteral("unInstanceIds"), tr("no instance id in a successful answer"));
    for (const QString &id : ids) {
        if (f.ok() && id.isEmpty())
            f.fail(QStringLiteral("unInstanceIds"), tr("an empty instance id"));
    }
    V2_FINISH(QStringList, ids);
}

ApiResult<InstancePage> V2Parser::describeInstances(const QByteArray &body, int httpStatus)
{
    // Nearly every answer is a well-formed page: those are read with simdjson, and everything
    // else gets the general parser's verdict and wording.
    if (httpStatus == 200 && body.size() <= ApiErrorFactory::MaxBodyBytes) {
        if (std::optional<InstancePage> page = V2SimdPageReader::read(body))
            return success<InstancePage>(std::move(*page));
    }
    return describeInstancesGeneral(body, httpStatus);
}

ApiResult<InstancePage> V2Parser::describeInstancesGeneral(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(InstancePage, "DescribeInstances");
    InstancePage page;
    page.totalCount = f.integer(root, {}, "totalCount", Need::Required).value_or(0);
    const QList<QJsonObject> set = f.objects(root, {}, "instanceSet", Need::Required);
    page.instances.reserve(set.size());
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = AnswerReader::element(QStringLiteral("instanceSet"), i);
        const QJsonObject &o = set.at(i);
        InstanceInfo info;
        info.instanceId = f.text(o, path, "unInstanceId", Need::Required);
        const int status = f.integer(o, path, "status", Need::Required).value_or(0);
        info.state = stateForStatus(status);
        info.rawState = QString::number(status);
        info.name = f.text(o, path, "instanceName");
        info.lanIp = f.text(o, path, "lanIp");
        info.wanIps = f.texts(o, path, "wanIpSet");
        info.cpu = f.integer(o, path, "cpu").value_or(0);
        info.mem = f.integer(o, path, "mem").value_or(0);
        info.bandwidth = f.integer(o, path, "bandwidth").value_or(-1);
        info.imageId = f.text(o, path, "unImgId");
        info.zoneId = f.integer(o, path, "zoneId").value_or(0);
        info.zoneName = f.text(o, path, "zoneName");
        info.osName = f.text(o, path, "os");
        info.createTime = optionalTime(f, o, path, "createTime");
        // Documented as an array, shown as an object in the published example: take both.
        const QJsonValue disk = o.value(QLatin1String("diskInfo"));
        if (!disk.isUndefined() && !disk.isNull() && !disk.isObject() && !disk.isArray())
            f.fail(
                AnswerReader::join(path, "diskInfo"),
                tr("expected an object or an array, found %1").arg(AnswerReader::typeName(disk)));
        if (f.ok() && info.instanceId.isEmpty())
            f.fail(AnswerReader::join(path, "unInstanceId"), tr("empty"));
        page.instances.append(std::move(info));
    }
    if (f.ok() && (page.totalCount < 0 || page.totalCount < set.size()))
        f.fail(QStringLiteral("totalCount"),
               tr("%1 is less than the %2 instances listed").arg(page.totalCount).arg(set.size()));
    V2_FINISH(InstancePage, page);
}

ApiResult<QList<Zone>> V2Parser::describeAvailabilityZones(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(QList<Zone>, "DescribeAvailabilityZones");
    QList<QJsonObject> set;
    // One zone asked for: the docs show zoneSet as a bare object.
    const QJsonValue v = root.value(QLatin1String("zoneSet"));
    if (v.isObject())
        set.append(v.toObject());
    else
        set = f.objects(root, {}, "zoneSet", Need::Required);
    QList<Zone> zones;
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = AnswerReader::element(QStringLiteral("zoneSet"), i);
        Zone z;
        z.zoneId = f.integer(set.at(i), path, "zoneId", Need::Required).value_or(0);
        z.zoneName = f.text(set.at(i), path, "zoneName", Need::Required);
        zones.append(z);
    }
    V2_FINISH(QList<Zone>, zones);
}

ApiResult<ListPage<Image>> V2Parser::describeImagesPage(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(ListPage<Image>, "DescribeImages");
    ListPage<Image> page;
    page.totalCount = f.integer(root, {}, "totalCount", Need::Required).value_or(-1);
    const QList<QJsonObject> set = f.objects(root, {}, "imageSet", Need::Required);
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = AnswerReader::element(QStringLiteral("imageSet"), i);
        const QJsonObject &o = set.at(i);
        Image img;
        img.imageId = f.text(o, path, "unImgId", Need::Required);
        img.name = f.text(o, path, "imageName");
        img.description = f.text(o, path, "imageDescription");
        img.imageType = f.integer(o, path, "imageType").value_or(0);
        img.osName = f.text(o, path, "osName");
        img.createTime = optionalTime(f, o, path, "createTime");
        page.items.append(img);
    }
    V2_FINISH(ListPage<Image>, page);
}

ApiResult<ListPage<KeyPair>> V2Parser::describeKeyPairsPage(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(ListPage<KeyPair>, "DescribeKeyPairs");
    const QString dataPath = QStringLiteral("data");
    const QJsonObject data = f.object(root, {}, "data", Need::Required).value_or(QJsonObject());
    ListPage<KeyPair> page;
    page.totalCount = f.integer(data, dataPath, "totalCount", Need::Required).value_or(-1);
    const QList<QJsonObject> set = f.objects(data, dataPath, "sshSet", Need::Required);
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = AnswerReader::element(QStringLiteral("data.sshSet"), i);
        KeyPair k;
        k.keyId = f.text(set.at(i), path, "keyId", Need::Required);
        k.name = f.text(set.at(i), path, "keyName");
        page.items.append(k);
    }
    V2_FINISH(ListPage<KeyPair>, page);
}

ApiResult<ListPage<Vpc>> V2Parser::describeVpcExPage(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(ListPage<Vpc>, "DescribeVpcEx");
    const QList<QJsonObject> set = f.objects(root, {}, "data", Need::Required);
    ListPage<Vpc> page;
    // The documentation shows no totalCount here; answers that carry one are read to it.
    page.totalCount = f.integer(root, {}, "totalCount").value_or(-1);
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = AnswerReader::element(QStringLiteral("data"), i);
        Vpc v;
        v.vpcId = f.text(set.at(i), path, "unVpcId", Need::Required);
        v.name = f.text(set.at(i), path, "vpcName");
        v.cidrBlock = f.text(set.at(i), path, "cidrBlock");
        page.items.append(v);
    }
    V2_FINISH(ListPage<Vpc>, page);
}

ApiResult<ListPage<Subnet>> V2Parser::describeSubnetExPage(const QByteArray &body,
                                                           const QString &vpcId, int httpStatus)
{
    V2_ENVELOPE(ListPage<Subnet>, "DescribeSubnetEx");
    const QList<QJsonObject> set = f.objects(root, {}, "data", Need::Required);
    ListPage<Subnet> page;
    // The documentation shows no totalCount here; answers that carry one are read to it.
    page.totalCount = f.integer(root, {}, "totalCount").value_or(-1);
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = AnswerReader::element(QStringLiteral("data"), i);
        const QJsonObject &o = set.at(i);
        Subnet s;
        s.subnetId = f.text(o, path, "unSubnetId", Need::Required);
        s.name = f.text(o, path, "subnetName");
        s.cidrBlock = f.text(o, path, "cidrBlock");
        s.vpcId = f.text(o, path, "unVpcId");
        if (s.vpcId.isEmpty())
            s.vpcId = vpcId;
        s.zoneIds = f.integers(o, path, "zoneIds");
        if (const auto zone = f.integer(o, path, "zoneId"); zone && s.zoneIds.isEmpty())
            s.zoneIds.append(*zone);
        s.availableIps = f.integer(o, path, "availableIPNum").value_or(-1);
        page.items.append(s);
    }
    V2_FINISH(ListPage<Subnet>, page);
}

namespace {

// A listing page without its totalCount, for the callers that read one page.
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

ApiResult<QList<Image>> V2Parser::describeImages(const QByteArray &body, int httpStatus)
{
    return itemsOf(describeImagesPage(body, httpStatus));
}

ApiResult<QList<KeyPair>> V2Parser::describeKeyPairs(const QByteArray &body, int httpStatus)
{
    return itemsOf(describeKeyPairsPage(body, httpStatus));
}

ApiResult<QList<Vpc>> V2Parser::describeVpcEx(const QByteArray &body, int httpStatus)
{
    return itemsOf(describeVpcExPage(body, httpStatus));
}

ApiResult<QList<Subnet>> V2Parser::describeSubnetEx(const QByteArray &body, const QString &vpcId,
                                                    int httpStatus)
{
    return itemsOf(describeSubnetExPage(body, vpcId, httpStatus));
}

ApiResult<Price> V2Parser::inquiryInstancePriceHour(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(Price, "InquiryInstancePriceHour");
    const QString dataPath = QStringLiteral("data");
    const QJsonObject data = f.object(root, {}, "data", Need::Required).value_or(QJsonObject());
    const QJsonObject cvm = f.object(data, dataPath, "cvm", Need::Required).value_or(QJsonObject());
    Price p;
    p.instancePerHour = price(f, cvm, QStringLiteral("data.cvm"), "price", Need::Required);
    if (const auto bw = f.object(data, dataPath, "bandwidth")) {
        const QString bwPath = QStringLiteral("data.bandwidth");
        p.bandwidthPrice = price(f, *bw, bwPath, "price", Need::Required);
        p.bandwidthUnit = f.text(*bw, bwPath, "price_unit");
    }
    V2_FINISH(Price, p);
}

ApiResult<bool> V2Parser::returnInstance(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(bool, "ReturnInstance");
    Q_UNUSED(root);
    V2_FINISH(bool, true);
}

ApiResult<bool> V2Parser::updateInstanceBandwidthHour(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(bool, "UpdateInstanceBandwidthHour");
    Q_UNUSED(root);
    V2_FINISH(bool, true);
}
