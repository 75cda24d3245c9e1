// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"
#include "api/v3/v3responseparser.h"

#include <QByteArrayView>

#include <optional>

// The fast path of V3ResponseParser::describeInstances: a successful API 3.0 DescribeInstances
// page ({"Response":{"TotalCount":N,"InstanceSet":[...],"RequestId":"..."}},
// cvm-api-v3-today.md) read with simdjson's On-Demand API instead of a QJsonDocument. It reads
// only answers the general parser would accept, by the same rules (SimdAnswer, AnswerScalars:
// drifted scalars included), and returns nothing for everything else (Response.Error, a wrong
// or missing field, a repeated or escaped key, anything odd), so the general parser sees
// exactly those and words the error. For every answer this reads, the page is the one
// V3ResponseParser::describeInstancesGeneral() gives (tests/fuzz/fuzz_v3parser and
// tst_v3simdpagereader check it). `zoneIdFor` turns Placement.Zone into the product's zone id.
class V3SimdPageReader
{
public:
    static std::optional<InstancePage> read(QByteArrayView body,
                                            const V3ResponseParser::ZoneIdLookup &zoneIdFor);
};
