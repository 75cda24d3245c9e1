// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Feeds arbitrary bytes to the journal entry reader: it must answer with a record or an error,
// never crash or allocate without bound, and a record it accepts must survive a write/read round
// trip unchanged (what start-up reads is what the next write keeps).
#include "launch/launchrecordjson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto read =
        LaunchRecordJson::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!read.ok())
        return 0;
    const auto again = LaunchRecordJson::read(LaunchRecordJson::write(read.record));
    if (!again.ok() || !(again.record == read.record))
        std::abort();
    return 0;
}
