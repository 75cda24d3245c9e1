// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/v2/v2params.h"

#include <QString>

// One authenticated API 2.0 call, as the action handlers see it.
struct V2Call
{
    QString account; // the SecretId: each one is a separate account with its own instances
    QString action;
    QString region;
    V2Params params;
};
