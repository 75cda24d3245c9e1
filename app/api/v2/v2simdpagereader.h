// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"

#include <QByteArrayView>

#include <optional>

// The fast path of V2Parser::describeInstances: a successful API 2.0 DescribeInstances page
// ({"code":0,"totalCount":N,"instanceSet":[...]}, cvm-api.md) read with simdjson's On-Demand
// API instead of a QJsonDocument. It reads only answers the general parser would accept, by
// the same rules (SimdAnswer, AnswerScalars: drifted scalars included), and returns nothing for
// everything else (an error code, a wrong or missing field, a repeated or escaped key, anything
// odd), so the general parser sees exactly those and words the error. For every answer this
// reads, the page is the one V2Parser::describeInstancesGeneral() gives (tests/fuzz/
// fuzz_v2parser and tst_v2simdpagereader check it).
class V2SimdPageReader
{
public:
    static std::optional<InstancePage> read(QByteArrayView body);
};
