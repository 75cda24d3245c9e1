// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/v3/v3launchnames.h"
#include "api/v3/v3request.h"
#include "spec/launchspec.h"
#include "spec/specfield.h"

#include <QJsonObject>
#include <QStringList>

// Pure builders for the API 3.0 requests the product sends (cvm-api.md §3). They do not check
// the spec (the validator does) nor the limits of the call (the backend does); they only say it
// the API 3.0 way. RunInstances' body is driven by the field table (SpecFieldInfo::v3Path).
class V3RequestBuilder
{
public:
    // RunInstances with InstanceChargeType POSTPAID_BY_HOUR. With dryRun the service only checks
    // parameters, quota and stock.
    static V3Request runInstances(const LaunchSpec &spec, const V3LaunchNames &names,
                                  bool dryRun = false);
    // The launch's parameters without the login settings (the price does not depend on them and
    // a password has no business in a price inquiry), the ClientToken and DryRun.
    static V3Request inquiryPriceRunInstances(const LaunchSpec &spec, const V3LaunchNames &names);
    static V3Request describeInstances(const QStringList &instanceIds, int offset, int limit);
    static V3Request terminateInstances(const QStringList &instanceIds);
    // ResetInstancesInternetMaxBandwidth / its price inquiry for one instance:
    // {"InstanceIds": [id], "InternetAccessible": {"InternetMaxBandwidthOut": mbps}}. Never
    // StartTime/EndTime: they are for monthly (BANDWIDTH_PREPAID) bandwidth only.
    static V3Request resetInstancesInternetMaxBandwidth(const QString &instanceId, int mbps);
    static V3Request inquiryPriceResetInstancesInternetMaxBandwidth(const QString &instanceId,
                                                                    int mbps);
    static V3Request describeZones();
    // cvm DescribeRegions: no parameters (the region header is the backend's, and ignored).
    static V3Request describeRegions();
    // imageType 1-4 as in LaunchSpec; 0 lists every type. A non-empty instanceType
    // ("SA5.MEDIUM2") keeps the images that type can boot (DescribeImages InstanceType).
    static V3Request describeImages(int imageType, int offset = 0, int limit = 100,
                                    const QString &instanceType = {});
    static V3Request describeKeyPairs(int offset = 0, int limit = 100);
    static V3Request describeVpcs(int offset = 0, int limit = 100);
    static V3Request describeSubnets(const QString &vpcId, int offset = 0, int limit = 100);

    // PRIVATE_IMAGE, PUBLIC_IMAGE, MARKET_IMAGE, SHARED_IMAGE for LaunchSpec's 1-4; empty else.
    static QString v3ImageType(int imageType);
    static int imageTypeFromV3(const QString &v3ImageType); // 0 when unknown

    // The RunInstances body value of one field: API 3.0's name from `names` where the seed's
    // value has none (zone, InstanceType, disk and charge types), else the spec's value as
    // SpecFields::requestValue() gives it; undefined when the field is not sent.
    static QJsonValue v3Value(const LaunchSpec &spec, const V3LaunchNames &names, SpecField field);

private:
    // The launch's body from the field table; without the login settings and the ClientToken
    // unless withLogin.
    static QJsonObject launchObject(const LaunchSpec &spec, const V3LaunchNames &names,
                                    bool withLogin);
};
