#include "spec/launchspecjson.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace {

// One entry per key: how to read it into a spec. Reading fails with the key's name and what was
// expected, so a hand-edited template points its author at the exact mistake.
struct FieldReader
{
    const char *key;
    enum Kind { Int, String, Bool } kind;
    std::function<void(LaunchSpec &, const QJsonValue &)> apply;
};

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min() &&
           d <= std::numeric_limits<int>::max();
}

const std::vector<FieldReader> &fieldReaders()
{
    using S = LaunchSpec;
    using V = QJsonValue;
    static const std::vector<FieldReader> readers = {
        {"region", FieldReader::String, [](S &s, const V &v) { s.region = v.toString(); }},
        {"zoneId", FieldReader::Int, [](S &s, const V &v) { s.zoneId = v.toInt(); }},
        {"instanceType", FieldReader::String,
         [](S &s, const V &v) { s.instanceType = v.toString(); }},
        {"cpu", FieldReader::Int, [](S &s, const V &v) { s.cpu = v.toInt(); }},
        {"mem", FieldReader::Int, [](S &s, const V &v) { s.mem = v.toInt(); }},
        {"imageId", FieldReader::String, [](S &s, const V &v) { s.imageId = v.toString(); }},
        {"imageType", FieldReader::Int, [](S &s, const V &v) { s.imageType = v.toInt(); }},
        {"bandwidthType", FieldReader::String,
         [](S &s, const V &v) { s.bandwidthType = v.toString(); }},
        {"bandwidth", FieldReader::Int, [](S &s, const V &v) { s.bandwidth = v.toInt(); }},
        {"wanIp", FieldReader::Bool, [](S &s, const V &v) { s.wanIp = v.toBool(); }},
        {"vpcId", FieldReader::String, [](S &s, const V &v) { s.vpcId = v.toString(); }},
        {"subnetId", FieldReader::String, [](S &s, const V &v) { s.subnetId = v.toString(); }},
        {"isVpcGateway", FieldReader::Bool, [](S &s, const V &v) { s.isVpcGateway = v.toBool(); }},
        {"storageType", FieldReader::Int, [](S &s, const V &v) { s.storageType = v.toInt(); }},
        {"storageSize", FieldReader::Int, [](S &s, const V &v) { s.storageSize = v.toInt(); }},
        {"rootSize", FieldReader::Int, [](S &s, const V &v) { s.rootSize = v.toInt(); }},
        {"goodsNum", FieldReader::Int, [](S &s, const V &v) { s.goodsNum = v.toInt(); }},
        {"keyId", FieldReader::String, [](S &s, const V &v) { s.keyId = v.toString(); }},
        {"needSecurityAgent", FieldReader::Bool,
         [](S &s, const V &v) { s.needSecurityAgent = v.toBool(); }},
        {"needMonitorAgent", FieldReader::Bool,
         [](S &s, const V &v) { s.needMonitorAgent = v.toBool(); }},
        {"projectId", FieldReader::Int, [](S &s, const V &v) { s.projectId = v.toInt(); }},
        {"clientToken", FieldReader::String,
         [](S &s, const V &v) { s.clientToken = v.toString(); }},
        {"instanceName", FieldReader::String,
         [](S &s, const V &v) { s.instanceName = v.toString(); }},
    };
    return readers;
}

QString kindName(FieldReader::Kind kind)
{
    switch (kind) {
    case FieldReader::Int:
        return LaunchSpecJson::tr("a whole number");
    case FieldReader::String:
        return LaunchSpecJson::tr("a text string");
    case FieldReader::Bool:
        return LaunchSpecJson::tr("true or false");
    }
    return {};
}

bool hasKind(const QJsonValue &value, FieldReader::Kind kind)
{
    switch (kind) {
    case FieldReader::Int:
        return isWholeNumber(value);
    case FieldReader::String:
        return value.isString();
    case FieldReader::Bool:
        return value.isBool();
    }
    return false;
}

} // namespace

QJsonObject LaunchSpecJson::write(const LaunchSpec &spec)
{
    QJsonObject o;
    o.insert(QStringLiteral("region"), spec.region);
    o.insert(QStringLiteral("zoneId"), spec.zoneId);
    o.insert(QStringLiteral("instanceType"), spec.instanceType);
    o.insert(QStringLiteral("cpu"), spec.cpu);
    o.insert(QStringLiteral("mem"), spec.mem);
    o.insert(QStringLiteral("imageId"), spec.imageId);
    o.insert(QStringLiteral("imageType"), spec.imageType);
    o.insert(QStringLiteral("bandwidthType"), spec.bandwidthType);
    o.insert(QStringLiteral("bandwidth"), spec.bandwidth);
    if (spec.wanIp)
        o.insert(QStringLiteral("wanIp"), *spec.wanIp);
    o.insert(QStringLiteral("vpcId"), spec.vpcId);
    o.insert(QStringLiteral("subnetId"), spec.subnetId);
    o.insert(QStringLiteral("isVpcGateway"), spec.isVpcGateway);
    o.insert(QStringLiteral("storageType"), spec.storageType);
    o.insert(QStringLiteral("storageSize"), spec.storageSize);
    if (spec.rootSize)
        o.insert(QStringLiteral("rootSize"), *spec.rootSize);
    o.insert(QStringLiteral("goodsNum"), spec.goodsNum);
    o.insert(QStringLiteral("keyId"), spec.keyId);
    o.insert(QStringLiteral("needSecurityAgent"), spec.needSecurityAgent);
    o.insert(QStringLiteral("needMonitorAgent"), spec.needMonitorAgent);
    o.insert(QStringLiteral("projectId"), spec.projectId);
    o.insert(QStringLiteral("clientToken"), spec.clientToken);
    o.insert(QStringLiteral("instanceName"), spec.instanceName);
    return o;
}

LaunchSpecJson::ReadResult LaunchSpecJson::read(const QJsonObject &object)
{
    ReadResult result;
    const auto &readers = fieldReaders();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("password")) {
            result.passwordDropped = true;
            continue;
        }
        const auto reader = std::find_if(readers.begin(), readers.end(), [&](const FieldReader &r) {
            return key == QLatin1String(r.key);
        });
        if (reader == readers.end()) {
            result.errorField = key;
            result.error = tr("Unknown field \"%1\".").arg(key);
            return result;
        }
        if (!hasKind(it.value(), reader->kind)) {
            result.errorField = key;
            result.error = tr("Field \"%1\" must be %2.").arg(key, kindName(reader->kind));
            return result;
        }
        reader->apply(result.spec, it.value());
    }
    return result;
}
