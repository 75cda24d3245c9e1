#include "validation/suggestion.h"

#include <functional>

namespace {

bool isInt(const QVariant &v)
{
    return v.typeId() == QMetaType::Int;
}

bool isString(const QVariant &v)
{
    return v.typeId() == QMetaType::QString;
}

bool isBool(const QVariant &v)
{
    return v.typeId() == QMetaType::Bool;
}

} // namespace

bool Suggestion::applyTo(LaunchSpec &spec) const
{
    using Setter = std::function<bool(LaunchSpec &, const QVariant &)>;
    auto intField = [](int LaunchSpec::*member) -> Setter {
        return [member](LaunchSpec &s, const QVariant &v) {
            if (!isInt(v))
                return false;
            s.*member = v.toInt();
            return true;
        };
    };
    auto stringField = [](QString LaunchSpec::*member) -> Setter {
        return [member](LaunchSpec &s, const QVariant &v) {
            if (!isString(v))
                return false;
            s.*member = v.toString();
            return true;
        };
    };
    static const QHash<QString, Setter> setters = {
        {QStringLiteral("zoneId"), intField(&LaunchSpec::zoneId)},
        {QStringLiteral("cpu"), intField(&LaunchSpec::cpu)},
        {QStringLiteral("mem"), intField(&LaunchSpec::mem)},
        {QStringLiteral("imageType"), intField(&LaunchSpec::imageType)},
        {QStringLiteral("storageType"), intField(&LaunchSpec::storageType)},
        {QStringLiteral("storageSize"), intField(&LaunchSpec::storageSize)},
        {QStringLiteral("bandwidth"), intField(&LaunchSpec::bandwidth)},
        {QStringLiteral("goodsNum"), intField(&LaunchSpec::goodsNum)},
        {QStringLiteral("projectId"), intField(&LaunchSpec::projectId)},
        {QStringLiteral("instanceType"), stringField(&LaunchSpec::instanceType)},
        {QStringLiteral("imageId"), stringField(&LaunchSpec::imageId)},
        {QStringLiteral("bandwidthType"), stringField(&LaunchSpec::bandwidthType)},
        {QStringLiteral("vpcId"), stringField(&LaunchSpec::vpcId)},
        {QStringLiteral("subnetId"), stringField(&LaunchSpec::subnetId)},
        {QStringLiteral("keyId"), stringField(&LaunchSpec::keyId)},
        {QStringLiteral("instanceName"), stringField(&LaunchSpec::instanceName)},
        {QStringLiteral("clientToken"), stringField(&LaunchSpec::clientToken)},
        {QStringLiteral("rootSize"),
         [](LaunchSpec &s, const QVariant &v) {
             if (v.isNull())
                 s.rootSize.reset();
             else if (isInt(v))
                 s.rootSize = v.toInt();
             else
                 return false;
             return true;
         }},
        {QStringLiteral("wanIp"),
         [](LaunchSpec &s, const QVariant &v) {
             if (v.isNull())
                 s.wanIp.reset();
             else if (isBool(v))
                 s.wanIp = v.toBool();
             else
                 return false;
             return true;
         }},
        {QStringLiteral("isVpcGateway"),
         [](LaunchSpec &s, const QVariant &v) {
             if (!isBool(v))
                 return false;
             s.isVpcGateway = v.toBool();
             return true;
         }},
        {QStringLiteral("password"),
         [](LaunchSpec &s, const QVariant &v) {
             if (!v.isNull())
                 return false;
             s.password.reset();
             return true;
         }},
    };
    const auto it = setters.constFind(field);
    return it != setters.cend() && (*it)(spec, value);
}
