// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "api/listpage.h"

#include <QByteArray>
#include <QCoreApplication>

// Pure parsers for the API 3.0 answers behind the live offer (cvm-api-v3-today.md §1–§4).
// The envelope is V3ResponseParser::response(): a service error comes back as kind Service with
// its verdict, anything the protocol does not document as kind Malformed naming the field.
//
// Scalars are read leniently because the services drift between revisions: a number may come
// as a numeric string ("4" for Memory) and an id or text as a number (ProjectId 0 or "0"). Both
// forms are accepted; any other type, or a required field missing, is Malformed.
class V3OfferParser
{
    Q_DECLARE_TR_FUNCTIONS(V3OfferParser)

public:
    // InstanceTypeQuotaSet. Items of another charge type than POSTPAID_BY_HOUR are dropped (the
    // request asked for pay-by-hour only). InvalidParameterValue.ZoneNotSupported is an empty
    // list, not an error: the zone sells nothing to this account (as Terraform's provider
    // reads it, service_tencentcloud_cvm.go).
    static ApiResult<QList<InstanceTypeOffer>>
    describeZoneInstanceConfigInfos(const QByteArray &body);
    // InstanceFamilyConfigSet.
    static ApiResult<QList<InstanceFamilyLabel>>
    describeInstanceFamilyConfigs(const QByteArray &body);
    // DiskConfigSet (cbs).
    static ApiResult<QList<DiskConfig>> describeDiskConfigQuota(const QByteArray &body);
    // AccountQuotaOverview: Region and AccountQuota.PostPaidQuotaSet.
    static ApiResult<AccountQuota> describeAccountQuota(const QByteArray &body);
    // SecurityGroupSet and TotalCount (vpc).
    static ApiResult<ListPage<SecurityGroup>> describeSecurityGroups(const QByteArray &body);
    // SecurityGroupPolicySet (vpc).
    static ApiResult<SecurityGroupPolicies> describeSecurityGroupPolicies(const QByteArray &body);
};
