// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Feeds arbitrary answers to every API 2.0 parser. The first byte chooses the action (low
// nibble, modulo the number of actions) and the HTTP status the answer came with (high nibble);
// the rest is the body. Each parser must answer with a value or with an error that says what
// went wrong, never both, never neither, never crash or hang. DescribeInstances answers are also
// read by the simdjson path alone (V2SimdPageReader), which must agree with the general parser
// whenever it reads one (drifted scalars included: numbers as text and text as numbers).
#include "api/v2/v2parser.h"
#include "api/v2/v2simdpagereader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

template<typename T>
void check(const ApiResult<T> &r, int httpStatus)
{
    if (r.ok()) {
        // A success is only ever read from a 200 answer.
        if (httpStatus != 200)
            std::abort();
        return;
    }
    if (r.error.action.isEmpty() || (r.error.message.isEmpty() && r.error.code == 0 &&
                                     r.error.codeString.isEmpty() && r.error.httpStatus == 0))
        std::abort();
}

constexpr int Statuses[] = {200, 200, 200, 200, 200, 200, 200, 200,
                            400, 403, 404, 500, 502, 503, 504, 599};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int action = data[0] & 0x0f;
    const int status = Statuses[data[0] >> 4];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (action % 9) {
    case 0:
        check(V2Parser::runInstancesHour(body, status), status);
        break;
    case 1: {
        check(V2Parser::describeInstances(body, status), status);
        // Whatever the simdjson path reads, the general parser must read the same way.
        if (const std::optional<InstancePage> page = V2SimdPageReader::read(body)) {
            const auto general = V2Parser::describeInstancesGeneral(body);
            if (!general.ok() || general.value->totalCount != page->totalCount ||
                general.value->instances != page->instances)
                std::abort();
        }
        break;
    }
    case 2:
        check(V2Parser::describeAvailabilityZones(body, status), status);
        break;
    case 3:
        check(V2Parser::describeImages(body, status), status);
        break;
    case 4:
        check(V2Parser::describeKeyPairs(body, status), status);
        break;
    case 5:
        check(V2Parser::describeVpcEx(body, status), status);
        break;
    case 6:
        check(V2Parser::describeSubnetEx(body, QStringLiteral("vpc-fuzz"), status), status);
        break;
    case 7:
        check(V2Parser::inquiryInstancePriceHour(body, status), status);
        break;
    case 8:
        check(V2Parser::returnInstance(body, status), status);
        break;
    }
    return 0;
}
