// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/v3/v3request.h"
#include "offer/diskconfigquery.h"

#include <QString>

// Pure builders for the API 3.0 requests behind the live offer (cvm-api-v3-today.md §1–§4):
// instance types per zone, family labels, disk configs (cbs), quota, security groups and their
// rules (vpc). Always pay-by-hour. They do not check their input; the backend does.
class V3OfferRequests
{
public:
    // cvm DescribeZoneInstanceConfigInfos, filters zone and instance-charge-type=POSTPAID_BY_HOUR.
    static V3Request describeZoneInstanceConfigInfos(const QString &zone);
    // cvm DescribeInstanceFamilyConfigs (no parameters).
    static V3Request describeInstanceFamilyConfigs();
    // cbs DescribeDiskConfigQuota, InquiryType=INQUIRY_CVM_CONFIG,
    // DiskChargeType=POSTPAID_BY_HOUR; unset query fields are left out.
    static V3Request describeDiskConfigQuota(const DiskConfigQuery &query);
    // cvm DescribeAccountQuota, filter quota-type=PostPaidQuotaSet and, when set, zone.
    static V3Request describeAccountQuota(const QString &zone);
    // vpc DescribeSecurityGroups. Offset and Limit are strings in the vpc service; a non-empty
    // nameFilter becomes the filter security-group-name.
    static V3Request describeSecurityGroups(const QString &nameFilter, int offset, int limit);
    // vpc DescribeSecurityGroupPolicies.
    static V3Request describeSecurityGroupPolicies(const QString &securityGroupId);
};
