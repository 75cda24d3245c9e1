// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2specreader.h"

#include <limits>

namespace {

constexpr int kMaxInt = std::numeric_limits<int>::max();

} // namespace

const QStringList &V2SpecReader::runInstancesRequired()
{
    static const QStringList names = {QStringLiteral("zoneId"),    QStringLiteral("cpu"),
                                      QStringLiteral("mem"),       QStringLiteral("imageId"),
                                      QStringLiteral("imageType"), QStringLiteral("storageSize")};
    return names;
}

const QStringList &V2SpecReader::priceInquiryRequired()
{
    static const QStringList names = {QStringLiteral("cpu"), QStringLiteral("mem"),
                                      QStringLiteral("imageId"), QStringLiteral("imageType"),
                                      QStringLiteral("storageSize")};
    return names;
}

V2SpecReader::Result V2SpecReader::read(const V2Params &params, const QStringList &required)
{
    Result result;
    QString &error = result.error;
    for (const QString &name : required) {
        if (!params.required(name, &error))
            return result;
    }

    LaunchSpec &spec = result.spec;
    auto number = [&](const char *name, int *target, int min = 0) {
        const auto value = params.integer(QLatin1String(name), *target, min, kMaxInt, &error);
        if (value)
            *target = *value;
        return value.has_value();
    };
    auto flag = [&](const char *name, bool fallback, bool *target) {
        const auto value = params.integer(QLatin1String(name), fallback ? 1 : 0, 0, 1, &error);
        if (value)
            *target = *value == 1;
        return value.has_value();
    };
    auto text = [&](const char *name, QString *target) {
        if (params.contains(QLatin1String(name)))
            *target = params.value(QLatin1String(name));
    };

    text("Region", &spec.region);
    text("instanceType", &spec.instanceType);
    text("imageId", &spec.imageId);
    text("bandwidthType", &spec.bandwidthType);
    text("vpcId", &spec.vpcId);
    text("subnetId", &spec.subnetId);
    text("keyId", &spec.keyId);
    text("clientToken", &spec.clientToken);
    text("instanceName", &spec.instanceName);
    if (params.contains(QStringLiteral("password")))
        spec.password = params.value(QStringLiteral("password"));

    if (!number("zoneId", &spec.zoneId) || !number("cpu", &spec.cpu) || !number("mem", &spec.mem) ||
        !number("imageType", &spec.imageType) || !number("bandwidth", &spec.bandwidth) ||
        !number("storageType", &spec.storageType) || !number("storageSize", &spec.storageSize) ||
        !number("goodsNum", &spec.goodsNum) || !number("projectId", &spec.projectId) ||
        !flag("isVpcGateway", false, &spec.isVpcGateway) ||
        !flag("needSecurityAgent", true, &spec.needSecurityAgent) ||
        !flag("needMonitorAgent", true, &spec.needMonitorAgent))
        return result;

    if (params.contains(QStringLiteral("wanIp"))) {
        bool wanIp = true;
        if (!flag("wanIp", true, &wanIp))
            return result;
        spec.wanIp = wanIp;
    }
    if (params.contains(QStringLiteral("rootSize"))) {
        int rootSize = 0;
        if (!number("rootSize", &rootSize))
            return result;
        spec.rootSize = rootSize;
    }
    return result;
}
