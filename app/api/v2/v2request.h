// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/v2/v2signer.h"

#include <QString>

// One API 2.0 action before the common parameters and the signature are added: which module
// serves it, its name and its own parameters. Built by V2Requests, sent by V2Encoder.
struct V2Request
{
    enum class Module { Cvm, Image, Vpc };

    Module module = Module::Cvm;
    QString action;
    V2Signer::Parameters parameters; // the action's own parameters, in the order built
    QString region;                  // overrides the profile's region when set
    QString refusal;                 // when set, the input cannot be sent; a translated reason
};
