// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"

#include <QTest>

#include <optional>

// Runs one CloudApi call to its end, for a test's own look at the service (the product never
// waits). Empty when the call did not finish within the timeout.
template<typename T, typename Start>
std::optional<ApiResult<T>> finishCall(Start start, int timeoutMs = 10000)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    start(&context, [&result](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}
