// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/cloudapifactory.h"

#include "api/v2/v2cloudapi.h"
#include "api/v3/v3cloudapi.h"

CloudApi *CloudApiFactory::create(const ApiConfig &config, Transport *transport, QObject *parent)
{
    switch (config.version) {
    case ApiConfig::Version::V2:
        return new V2CloudApi(config, transport, parent);
    case ApiConfig::Version::V3:
        return new V3CloudApi(config, transport, parent);
    }
    return nullptr;
}
