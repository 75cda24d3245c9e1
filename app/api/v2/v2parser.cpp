#include "api/v2/v2parser.h"

#include "api/apierrorfactory.h"
#include "api/v2/v2fields.h"
#include "api/v2/v2instancepagereader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

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

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith('<') &&
           (start.contains("<html") || start.contains("<!doctype") || start.contains("<head") ||
            start.contains("<body") || start.contains("<title"));
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
        if (httpStatus != 200) {
            out.error = ApiErrorFactory::http(action, httpStatus);
        } else if (body.trimmed().isEmpty()) {
            out.error = ApiErrorFactory::malformed(action, tr("The answer is empty."), httpStatus);
        } else if (looksLikeHtml(body)) {
            out.error = ApiErrorFactory::malformed(
                action, tr("The answer is an HTML page, not JSON; is the endpoint right?"),
                httpStatus);
        } else if (parseError.error != QJsonParseError::NoError) {
            out.error = ApiErrorFactory::malformed(action,
                                                   tr("The answer is not valid JSON (%1 at byte "
                                                      "%2).")
                                                       .arg(parseError.errorString())
                                                       .arg(parseError.offset),
                                                   httpStatus);
        } else {
            out.error = ApiErrorFactory::malformed(
                action, tr("The answer is JSON but not an object."), httpStatus);
        }
        return out;
    }
    const QJsonObject object = doc.object();
    const QJsonValue code = object.value(QLatin1String("code"));
    if (code.isUndefined() && httpStatus != 200) {
        out.error = ApiErrorFactory::http(action, httpStatus);
        return out;
    }
    V2Fields f;
    const int codeValue = f.requiredInt(object, {}, "code");
    const QString message = f.optionalString(object, {}, "message");
    if (!f.ok()) {
        out.error = ApiErrorFactory::malformed(action, f.error(), httpStatus);
        return out;
    }
    if (codeValue != 0) {
        // codeDesc is a string code on newer answers; a non-string one is ignored, not fatal:
        // the numeric code already says what happened.
        const QJsonValue desc = object.value(QLatin1String("codeDesc"));
        out.error = ApiErrorFactory::v2Service(
            action, codeValue, desc.isString() ? desc.toString() : QString(), message, httpStatus);
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
    V2Fields f

#define V2_FINISH(T, value)                                                                        \
    if (!f.ok())                                                                                   \
        return failure<T>(ApiErrorFactory::malformed(action, f.error(), httpStatus));              \
    return success<T>(value)

ApiResult<QStringList> V2Parser::runInstancesHour(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(QStringList, "RunInstancesHour");
    const QStringList ids =
        f.stringList(f.requiredArray(root, {}, "unInstanceIds"), QStringLiteral("unInstanceIds"));
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
    // Nearly every answer is a well-formed page: those are read without a QJsonDocument, and
    // everything else gets the general parser's verdict and wording.
    if (httpStatus == 200 && body.size() <= ApiErrorFactory::MaxBodyBytes) {
        if (std::optional<InstancePage> page = V2InstancePageReader::read(body))
            return success<InstancePage>(std::move(*page));
    }
    return describeInstancesGeneral(body, httpStatus);
}

ApiResult<InstancePage> V2Parser::describeInstancesGeneral(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(InstancePage, "DescribeInstances");
    InstancePage page;
    page.totalCount = f.requiredInt(root, {}, "totalCount");
    const QJsonArray set = f.requiredArray(root, {}, "instanceSet");
    page.instances.reserve(set.size());
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("instanceSet[") + QString::number(i) + u']';
        const QJsonObject o = f.objectAt(set, QStringLiteral("instanceSet"), i);
        InstanceInfo info;
        info.instanceId = f.requiredString(o, path, "unInstanceId");
        const int status = f.requiredInt(o, path, "status");
        info.state = stateForStatus(status);
        info.rawState = QString::number(status);
        info.name = f.optionalString(o, path, "instanceName");
        info.lanIp = f.optionalString(o, path, "lanIp");
        info.wanIps = f.stringList(f.optionalArray(o, path, "wanIpSet"), path + u".wanIpSet");
        info.cpu = f.optionalInt(o, path, "cpu").value_or(0);
        info.mem = f.optionalInt(o, path, "mem").value_or(0);
        info.imageId = f.optionalString(o, path, "unImgId");
        info.zoneId = f.optionalInt(o, path, "zoneId").value_or(0);
        info.zoneName = f.optionalString(o, path, "zoneName");
        info.osName = f.optionalString(o, path, "os");
        info.createTime = f.optionalTime(o, path, "createTime");
        // Documented as an array, shown as an object in the published example: take both.
        const QJsonValue disk = o.value(QLatin1String("diskInfo"));
        if (!disk.isUndefined() && !disk.isNull() && !disk.isObject() && !disk.isArray())
            f.fail(V2Fields::join(path, "diskInfo"),
                   tr("expected an object or an array, found %1").arg(V2Fields::typeName(disk)));
        if (f.ok() && info.instanceId.isEmpty())
            f.fail(V2Fields::join(path, "unInstanceId"), tr("empty"));
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
    QJsonArray set;
    // One zone asked for: the docs show zoneSet as a bare object.
    const QJsonValue v = root.value(QLatin1String("zoneSet"));
    if (v.isObject())
        set.append(v);
    else
        set = f.requiredArray(root, {}, "zoneSet");
    QList<Zone> zones;
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("zoneSet[%1]").arg(i);
        const QJsonObject o = f.objectAt(set, QStringLiteral("zoneSet"), i);
        Zone z;
        z.zoneId = f.requiredInt(o, path, "zoneId");
        z.zoneName = f.requiredString(o, path, "zoneName");
        zones.append(z);
    }
    V2_FINISH(QList<Zone>, zones);
}

ApiResult<ListPage<Image>> V2Parser::describeImagesPage(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(ListPage<Image>, "DescribeImages");
    ListPage<Image> page;
    page.totalCount = f.requiredInt(root, {}, "totalCount");
    const QJsonArray set = f.requiredArray(root, {}, "imageSet");
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("imageSet[%1]").arg(i);
        const QJsonObject o = f.objectAt(set, QStringLiteral("imageSet"), i);
        Image img;
        img.imageId = f.requiredString(o, path, "unImgId");
        img.name = f.optionalString(o, path, "imageName");
        img.description = f.optionalString(o, path, "imageDescription");
        img.imageType = f.optionalInt(o, path, "imageType").value_or(0);
        img.osName = f.optionalString(o, path, "osName");
        img.createTime = f.optionalTime(o, path, "createTime");
        page.items.append(img);
    }
    V2_FINISH(ListPage<Image>, page);
}

ApiResult<ListPage<KeyPair>> V2Parser::describeKeyPairsPage(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(ListPage<KeyPair>, "DescribeKeyPairs");
    const QJsonObject data = f.requiredObject(root, {}, "data");
    ListPage<KeyPair> page;
    page.totalCount = f.requiredInt(data, QStringLiteral("data"), "totalCount");
    const QJsonArray set = f.requiredArray(data, QStringLiteral("data"), "sshSet");
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("data.sshSet[%1]").arg(i);
        const QJsonObject o = f.objectAt(set, QStringLiteral("data.sshSet"), i);
        KeyPair k;
        k.keyId = f.requiredString(o, path, "keyId");
        k.name = f.optionalString(o, path, "keyName");
        page.items.append(k);
    }
    V2_FINISH(ListPage<KeyPair>, page);
}

ApiResult<ListPage<Vpc>> V2Parser::describeVpcExPage(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(ListPage<Vpc>, "DescribeVpcEx");
    const QJsonArray set = f.requiredArray(root, {}, "data");
    ListPage<Vpc> page;
    // The documentation shows no totalCount here; answers that carry one are read to it.
    page.totalCount = f.optionalInt(root, {}, "totalCount").value_or(-1);
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("data[%1]").arg(i);
        const QJsonObject o = f.objectAt(set, QStringLiteral("data"), i);
        Vpc v;
        v.vpcId = f.requiredString(o, path, "unVpcId");
        v.name = f.optionalString(o, path, "vpcName");
        v.cidrBlock = f.optionalString(o, path, "cidrBlock");
        page.items.append(v);
    }
    V2_FINISH(ListPage<Vpc>, page);
}

ApiResult<ListPage<Subnet>> V2Parser::describeSubnetExPage(const QByteArray &body,
                                                           const QString &vpcId, int httpStatus)
{
    V2_ENVELOPE(ListPage<Subnet>, "DescribeSubnetEx");
    const QJsonArray set = f.requiredArray(root, {}, "data");
    ListPage<Subnet> page;
    // The documentation shows no totalCount here; answers that carry one are read to it.
    page.totalCount = f.optionalInt(root, {}, "totalCount").value_or(-1);
    for (qsizetype i = 0; i < set.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("data[%1]").arg(i);
        const QJsonObject o = f.objectAt(set, QStringLiteral("data"), i);
        Subnet s;
        s.subnetId = f.requiredString(o, path, "unSubnetId");
        s.name = f.optionalString(o, path, "subnetName");
        s.cidrBlock = f.optionalString(o, path, "cidrBlock");
        s.vpcId = f.optionalString(o, path, "unVpcId");
        if (s.vpcId.isEmpty())
            s.vpcId = vpcId;
        s.zoneIds = f.intList(f.optionalArray(o, path, "zoneIds"), path + u".zoneIds");
        if (const auto zone = f.optionalInt(o, path, "zoneId"); zone && s.zoneIds.isEmpty())
            s.zoneIds.append(*zone);
        s.availableIps = f.optionalInt(o, path, "availableIPNum").value_or(-1);
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
    const QJsonObject data = f.requiredObject(root, {}, "data");
    const QJsonObject cvm = f.requiredObject(data, QStringLiteral("data"), "cvm");
    Price p;
    p.instancePerHour = f.requiredString(cvm, QStringLiteral("data.cvm"), "price");
    if (const auto bw = f.optionalObject(data, QStringLiteral("data"), "bandwidth")) {
        p.bandwidthPrice = f.requiredString(*bw, QStringLiteral("data.bandwidth"), "price");
        p.bandwidthUnit = f.optionalString(*bw, QStringLiteral("data.bandwidth"), "price_unit");
    }
    bool numeric = false;
    if (f.ok() && (p.instancePerHour.toDouble(&numeric), !numeric))
        f.fail(QStringLiteral("data.cvm.price"),
               tr("\"%1\" is not a price").arg(p.instancePerHour));
    if (f.ok() && !p.bandwidthPrice.isEmpty() && (p.bandwidthPrice.toDouble(&numeric), !numeric))
        f.fail(QStringLiteral("data.bandwidth.price"),
               tr("\"%1\" is not a price").arg(p.bandwidthPrice));
    V2_FINISH(Price, p);
}

ApiResult<bool> V2Parser::returnInstance(const QByteArray &body, int httpStatus)
{
    V2_ENVELOPE(bool, "ReturnInstance");
    Q_UNUSED(root);
    V2_FINISH(bool, true);
}
