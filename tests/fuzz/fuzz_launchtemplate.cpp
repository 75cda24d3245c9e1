// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Feeds arbitrary bytes to the template loader: it must answer with a spec or an error, never
// crash, and a spec it accepts must survive a save/load round trip unchanged.
#include "spec/launchtemplate.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto loaded =
        LaunchTemplate::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!loaded.ok())
        return 0;
    const auto again = LaunchTemplate::parse(LaunchTemplate::serialize(loaded.spec));
    if (!again.ok() || !(again.spec == loaded.spec))
        std::abort();
    return 0;
}
