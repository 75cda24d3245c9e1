// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/cloudapi.h"

#include "api/apierrorfactory.h"
#include "api/retryingcall.h"

ApiCall *CloudApi::refusedCall(const QString &action, const QString &why, QObject *context,
                               std::function<void(const ApiError &)> fail)
{
    // A RetryingCall with a refusal never touches the transport: it only delivers, from the
    // event loop, honouring the context like every other call.
    auto deliver = [fail = std::move(fail)](const ApiError *error) {
        if (error && fail)
            fail(*error);
    };
    return new RetryingCall(nullptr, action, RetryPolicy(), context, {}, {}, std::move(deliver),
                            ApiErrorFactory::refused(action, why), this);
}

QString CloudApi::notOnThisProtocol(const QString &action) const
{
    return tr("%1 is an API 3.0 action; this connection does not speak it.").arg(action);
}

QString CloudApi::region() const
{
    return {};
}

CloudApi *CloudApi::inRegion(const QString &region, QObject *parent) const
{
    Q_UNUSED(region);
    Q_UNUSED(parent);
    return nullptr;
}

ApiCall *CloudApi::describeRegions(QObject *context, Callback<QList<Region>> done)
{
    const QString action = QStringLiteral("DescribeRegions");
    return refuse<QList<Region>>(action, notOnThisProtocol(action), context, std::move(done));
}

ApiCall *CloudApi::describeImagesFor(int imageType, const QString &instanceType, QObject *context,
                                     Callback<QList<Image>> done)
{
    if (instanceType.isEmpty())
        return describeImages(imageType, context, std::move(done));
    return refuse<QList<Image>>(
        QStringLiteral("DescribeImages"),
        tr("This connection cannot list the images of one instance type; list all images "
           "instead."),
        context, std::move(done));
}

ApiCall *CloudApi::describeZoneInstanceConfigs(const QString &zone, QObject *context,
                                               Callback<QList<InstanceTypeOffer>> done)
{
    Q_UNUSED(zone);
    const QString action = QStringLiteral("DescribeZoneInstanceConfigInfos");
    return refuse<QList<InstanceTypeOffer>>(action, notOnThisProtocol(action), context,
                                            std::move(done));
}

ApiCall *CloudApi::describeInstanceFamilies(QObject *context,
                                            Callback<QList<InstanceFamilyLabel>> done)
{
    const QString action = QStringLiteral("DescribeInstanceFamilyConfigs");
    return refuse<QList<InstanceFamilyLabel>>(action, notOnThisProtocol(action), context,
                                              std::move(done));
}

ApiCall *CloudApi::describeDiskConfigQuota(const DiskConfigQuery &query, QObject *context,
                                           Callback<QList<DiskConfig>> done)
{
    Q_UNUSED(query);
    const QString action = QStringLiteral("DescribeDiskConfigQuota");
    return refuse<QList<DiskConfig>>(action, notOnThisProtocol(action), context, std::move(done));
}

ApiCall *CloudApi::describeAccountQuota(const QString &zone, QObject *context,
                                        Callback<AccountQuota> done)
{
    Q_UNUSED(zone);
    const QString action = QStringLiteral("DescribeAccountQuota");
    return refuse<AccountQuota>(action, notOnThisProtocol(action), context, std::move(done));
}

ApiCall *CloudApi::describeSecurityGroups(const QString &nameFilter, QObject *context,
                                          Callback<QList<SecurityGroup>> done)
{
    Q_UNUSED(nameFilter);
    const QString action = QStringLiteral("DescribeSecurityGroups");
    return refuse<QList<SecurityGroup>>(action, notOnThisProtocol(action), context,
                                        std::move(done));
}

ApiCall *CloudApi::describeSecurityGroupPolicies(const QString &securityGroupId, QObject *context,
                                                 Callback<SecurityGroupPolicies> done)
{
    Q_UNUSED(securityGroupId);
    const QString action = QStringLiteral("DescribeSecurityGroupPolicies");
    return refuse<SecurityGroupPolicies>(action, notOnThisProtocol(action), context,
                                         std::move(done));
}

ApiCall *CloudApi::resetInternetMaxBandwidth(const QString &instanceId, int mbps, QObject *context,
                                             Callback<bool> done)
{
    Q_UNUSED(instanceId);
    Q_UNUSED(mbps);
    return refuse<bool>(QStringLiteral("ResetInstancesInternetMaxBandwidth"),
                        tr("This connection cannot change the public bandwidth of an instance."),
                        context, std::move(done));
}

ApiCall *CloudApi::inquirePriceResetInternetMaxBandwidth(const QString &instanceId, int mbps,
                                                         QObject *context, Callback<Price> done)
{
    Q_UNUSED(instanceId);
    Q_UNUSED(mbps);
    const QString action = QStringLiteral("InquiryPriceResetInstancesInternetMaxBandwidth");
    return refuse<Price>(action, notOnThisProtocol(action), context, std::move(done));
}
