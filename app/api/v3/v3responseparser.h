// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"
#include "api/apierrorfactory.h"
#include "api/cloudapi.h"
#include "api/cloudtypes.h"
#include "api/listpage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

// Pure parsers for API 3.0 answers: {"Response": {..., "RequestId": "..."}} on success,
// {"Response": {"Error": {"Code": "...", "Message": "..."}, "RequestId": "..."}} on failure.
// Each yields the product's types (cloudtypes.h) or an ApiError: kind Service with the verdict
// of its code, or kind Malformed for anything the protocol does not document (not JSON, no
// Response object, a field of the wrong type or missing, more than MaxBodyBytes). Scalars may
// drift between a number and its text ("TotalCount":"0", "UnitPrice":"0.48", "ZoneId":100003)
// and read the same either way (AnswerReader, shared with API 2.0).
class V3ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(V3ResponseParser)

public:
    static constexpr qint64 MaxBodyBytes = ApiErrorFactory::MaxBodyBytes;

    // API 3.0 names zones ("ap-guangzhou-3"); the product keys them by numeric id. Returns 0 for
    // an unknown name. Comes from the Catalog.
    using ZoneIdLookup = std::function<int(const QString &v3ZoneName)>;

    static ApiResult<QStringList> runInstances(const QByteArray &body);
    // DryRun's "would succeed" is the error DryRunOperation; a plain success counts too.
    static ApiResult<bool> dryRun(const QByteArray &body);
    // A well-formed page is read with simdjson (V3SimdPageReader), anything else by
    // describeInstancesGeneral(), which words the problem; both give the same page.
    static ApiResult<InstancePage> describeInstances(const QByteArray &body,
                                                     const ZoneIdLookup &zoneIdFor);
    // describeInstances() without its fast path: the reference the tests and the fuzzer hold
    // the fast path to.
    static ApiResult<InstancePage> describeInstancesGeneral(const QByteArray &body,
                                                            const ZoneIdLookup &zoneIdFor);
    static ApiResult<bool> terminateInstances(const QByteArray &body);
    static ApiResult<QList<Zone>> describeZones(const QByteArray &body);
    // Response.RegionSet[] {Region (required), RegionName, RegionState}; a missing state counts
    // as AVAILABLE, any other value as not available.
    static ApiResult<QList<Region>> describeRegions(const QByteArray &body);
    static ApiResult<QList<Image>> describeImages(const QByteArray &body);
    static ApiResult<QList<KeyPair>> describeKeyPairs(const QByteArray &body);
    static ApiResult<QList<Vpc>> describeVpcs(const QByteArray &body);
    static ApiResult<QList<Subnet>> describeSubnets(const QByteArray &body,
                                                    const ZoneIdLookup &zoneIdFor);
    static ApiResult<Price> inquiryPriceRunInstances(const QByteArray &body);
    static ApiResult<bool> resetInstancesInternetMaxBandwidth(const QByteArray &body);
    // Price.BandwidthPrice only (required): bandwidthPrice and bandwidthUnit are set.
    static ApiResult<Price> inquiryPriceResetInstancesInternetMaxBandwidth(const QByteArray &body);
    // The listing actions with their TotalCount (-1 when the answer has none), for PagedCall.
    static ApiResult<ListPage<Image>> describeImagesPage(const QByteArray &body);
    static ApiResult<ListPage<KeyPair>> describeKeyPairsPage(const QByteArray &body);
    static ApiResult<ListPage<Vpc>> describeVpcsPage(const QByteArray &body);
    static ApiResult<ListPage<Subnet>> describeSubnetsPage(const QByteArray &body,
                                                           const ZoneIdLookup &zoneIdFor);

    // PENDING -> Creating, RUNNING -> Running, LAUNCH_FAILED -> CreateFailed, STOPPED and
    // SHUTDOWN -> Stopped, TERMINATING -> Returning, anything else -> Busy.
    static InstanceState stateFromV3(const QString &instanceState);
    // CreatedTime and the like: ISO 8601 in UTC ("2020-09-22T00:00:00Z"); a time written
    // otherwise gives an invalid QDateTime, shown as unknown.
    static QDateTime timeFromV3(const QString &text);

    // The common envelope: the Response object, or the error it carries (kind Service) or the
    // reason it is not one (kind Malformed). Public for the backend and the tests.
    static ApiResult<QJsonObject> response(const QByteArray &body, const QString &action);
};
