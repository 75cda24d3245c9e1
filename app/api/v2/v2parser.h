// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "api/cloudtypes.h"
#include "api/listpage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

// Pure parsers of API 2.0 answers (cvm-api.md): bytes and HTTP status in, a typed result or an
// ApiError out. They accept the documented shapes, the quirks the documentation itself shows
// (diskInfo as an object or an array, zoneSet as an object when one zone is asked for) and the
// service's scalar drift (a number as a numeric string and back: AnswerReader), and reject
// everything else with a Malformed error that says what was wrong and where. They never throw
// or crash.
class V2Parser
{
    Q_DECLARE_TR_FUNCTIONS(V2Parser)

public:
    // The common envelope: size cap, JSON object, integer `code` (0 or "0"), text `message`; a
    // service error for code != 0 (also when it comes as text, "4000"), an HTTP error for a
    // non-200 status without one.
    struct Envelope
    {
        QJsonObject object;
        std::optional<ApiError> error;
    };
    static Envelope envelope(const QString &action, const QByteArray &body, int httpStatus);

    static ApiResult<QStringList> runInstancesHour(const QByteArray &body, int httpStatus = 200);
    static ApiResult<InstancePage> describeInstances(const QByteArray &body, int httpStatus = 200);
    // describeInstances() without its fast path (V2SimdPageReader, simdjson): the reference the
    // tests and the fuzzer hold the fast path to.
    static ApiResult<InstancePage> describeInstancesGeneral(const QByteArray &body,
                                                            int httpStatus = 200);
    static ApiResult<QList<Zone>> describeAvailabilityZones(const QByteArray &body,
                                                            int httpStatus = 200);
    static ApiResult<QList<Image>> describeImages(const QByteArray &body, int httpStatus = 200);
    static ApiResult<QList<KeyPair>> describeKeyPairs(const QByteArray &body, int httpStatus = 200);
    static ApiResult<QList<Vpc>> describeVpcEx(const QByteArray &body, int httpStatus = 200);
    // `vpcId` fills Subnet::vpcId when the answer does not name the VPC.
    static ApiResult<QList<Subnet>> describeSubnetEx(const QByteArray &body, const QString &vpcId,
                                                     int httpStatus = 200);
    static ApiResult<Price> inquiryInstancePriceHour(const QByteArray &body, int httpStatus = 200);
    static ApiResult<bool> returnInstance(const QByteArray &body, int httpStatus = 200);
    // {"code": 0, "message": "ok"}: nothing else to read (doc api/229/1345).
    static ApiResult<bool> updateInstanceBandwidthHour(const QByteArray &body,
                                                       int httpStatus = 200);
    // The listing actions with their totalCount (-1 when DescribeVpcEx/DescribeSubnetEx answer
    // without one), for PagedCall.
    static ApiResult<ListPage<Image>> describeImagesPage(const QByteArray &body,
                                                         int httpStatus = 200);
    static ApiResult<ListPage<KeyPair>> describeKeyPairsPage(const QByteArray &body,
                                                             int httpStatus = 200);
    static ApiResult<ListPage<Vpc>> describeVpcExPage(const QByteArray &body, int httpStatus = 200);
    static ApiResult<ListPage<Subnet>>
    describeSubnetExPage(const QByteArray &body, const QString &vpcId, int httpStatus = 200);

    // API 2.0 status code -> the product's state ("any other value" is maintenance: Busy).
    static InstanceState stateForStatus(int status);
    // createTime: "2016-06-06 12:00:00" in Beijing time (the docs' form) or ISO 8601; an invalid
    // QDateTime when it is neither.
    static QDateTime parseTime(const QString &text);
};
