// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3offerrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

V3Request request(const QString &service, const char *action, const QJsonObject &body)
{
    return {service, QString::fromLatin1(action),
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

QJsonObject filter(const char *name, const QString &value)
{
    return {{QStringLiteral("Name"), QLatin1String(name)},
            {QStringLiteral("Values"), QJsonArray{value}}};
}

const QString PostPaidByHour = QStringLiteral("POSTPAID_BY_HOUR");

} // namespace

V3Request V3OfferRequests::describeZoneInstanceConfigInfos(const QString &zone)
{
    return request(
        V3Request::CvmService, "DescribeZoneInstanceConfigInfos",
        {{QStringLiteral("Filters"),
          QJsonArray{filter("zone", zone), filter("instance-charge-type", PostPaidByHour)}}});
}

V3Request V3OfferRequests::describeInstanceFamilyConfigs()
{
    return request(V3Request::CvmService, "DescribeInstanceFamilyConfigs", {});
}

V3Request V3OfferRequests::describeDiskConfigQuota(const DiskConfigQuery &query)
{
    QJsonObject body{{QStringLiteral("InquiryType"), QStringLiteral("INQUIRY_CVM_CONFIG")},
                     {QStringLiteral("DiskChargeType"), PostPaidByHour}};
    if (!query.zone.isEmpty())
        body.insert(QStringLiteral("Zones"), QJsonArray{query.zone});
    if (!query.family.isEmpty())
        body.insert(QStringLiteral("InstanceFamilies"), QJsonArray{query.family});
    if (query.cpu > 0)
        body.insert(QStringLiteral("CPU"), query.cpu);
    if (query.memory > 0)
        body.insert(QStringLiteral("Memory"), query.memory);
    if (query.usage && *query.usage != DiskConfig::Usage::Unknown)
        body.insert(QStringLiteral("DiskUsage"), DiskConfig::usageText(*query.usage));
    return request(V3Request::CbsService, "DescribeDiskConfigQuota", body);
}

V3Request V3OfferRequests::describeAccountQuota(const QString &zone)
{
    QJsonArray filters;
    if (!zone.isEmpty())
        filters.append(filter("zone", zone));
    filters.append(filter("quota-type", QStringLiteral("PostPaidQuotaSet")));
    return request(V3Request::CvmService, "DescribeAccountQuota",
                   {{QStringLiteral("Filters"), filters}});
}

V3Request V3OfferRequests::describeSecurityGroups(const QString &nameFilter, int offset, int limit)
{
    QJsonObject body{{QStringLiteral("Offset"), QString::number(offset)},
                     {QStringLiteral("Limit"), QString::number(limit)}};
    if (!nameFilter.isEmpty())
        body.insert(QStringLiteral("Filters"),
                    QJsonArray{filter("security-group-name", nameFilter)});
    return request(V3Request::VpcService, "DescribeSecurityGroups", body);
}

V3Request V3OfferRequests::describeSecurityGroupPolicies(const QString &securityGroupId)
{
    return request(V3Request::VpcService, "DescribeSecurityGroupPolicies",
                   {{QStringLiteral("SecurityGroupId"), securityGroupId}});
}
