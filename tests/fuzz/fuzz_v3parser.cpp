// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Feeds arbitrary answers to every API 3.0 parser, the live offer's too (DescribeZoneInstance-
// ConfigInfos, DescribeInstanceFamilyConfigs, cbs DescribeDiskConfigQuota, DescribeAccountQuota,
// vpc DescribeSecurityGroups and DescribeSecurityGroupPolicies). The first byte chooses the
// action (modulo the number of actions); the rest is the body. Each parser must answer with a value
// or with an error that says what went wrong, never crash or hang; the envelope reader must agree
// with the action parsers about whether the answer is an error at all. DescribeInstances answers
// are also read by the simdjson path alone (V3SimdPageReader), which must agree with the general
// parser whenever it reads one.
#include "api/v3/v3offerparser.h"
#include "api/v3/v3responseparser.h"
#include "api/v3/v3simdpagereader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

template<typename T>
void check(const ApiResult<T> &r)
{
    if (r.ok())
        return;
    if (r.error.action.isEmpty() || (r.error.message.isEmpty() && r.error.codeString.isEmpty()))
        std::abort();
}

int zoneIdFor(const QString &name)
{
    return name == QLatin1String("ap-guangzhou-3") ? 100003 : 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 17) {
    case 0:
        check(V3ResponseParser::runInstances(body));
        break;
    case 1:
        check(V3ResponseParser::dryRun(body));
        break;
    case 2: {
        check(V3ResponseParser::describeInstances(body, zoneIdFor));
        // Whatever the simdjson path reads, the general parser must read the same way.
        if (const std::optional<InstancePage> page = V3SimdPageReader::read(body, zoneIdFor)) {
            const auto general = V3ResponseParser::describeInstancesGeneral(body, zoneIdFor);
            if (!general.ok() || general.value->totalCount != page->totalCount ||
                general.value->instances != page->instances)
                std::abort();
        }
        break;
    }
    case 3:
        check(V3ResponseParser::terminateInstances(body));
        break;
    case 4:
        check(V3ResponseParser::describeZones(body));
        break;
    case 5:
        check(V3ResponseParser::describeImages(body));
        break;
    case 6:
        check(V3ResponseParser::describeKeyPairs(body));
        break;
    case 7:
        check(V3ResponseParser::describeVpcs(body));
        break;
    case 8:
        check(V3ResponseParser::describeSubnets(body, zoneIdFor));
        break;
    case 9:
        check(V3ResponseParser::inquiryPriceRunInstances(body));
        break;
    case 10:
        check(V3ResponseParser::response(body, QStringLiteral("RunInstances")));
        break;
    case 11:
        check(V3OfferParser::describeZoneInstanceConfigInfos(body));
        break;
    case 12:
        check(V3OfferParser::describeInstanceFamilyConfigs(body));
        break;
    case 13:
        check(V3OfferParser::describeDiskConfigQuota(body));
        break;
    case 14:
        check(V3OfferParser::describeAccountQuota(body));
        break;
    case 15:
        check(V3OfferParser::describeSecurityGroups(body));
        break;
    case 16:
        check(V3OfferParser::describeSecurityGroupPolicies(body));
        break;
    }
    return 0;
}
