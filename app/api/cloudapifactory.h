// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"

class CloudApi;
class QObject;
class Transport;

// Picks the backend for a profile's protocol version. `transport` is not owned and must outlive
// the backend. Returns null for a version this build has no backend for.
class CloudApiFactory
{
public:
    static CloudApi *create(const ApiConfig &config, Transport *transport,
                            QObject *parent = nullptr);
};
