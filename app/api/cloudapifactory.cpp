#include "api/cloudapifactory.h"

#include "api/v2cloudapi.h"

CloudApi *CloudApiFactory::create(const ApiConfig &config, Transport *transport, QObject *parent)
{
    switch (config.version) {
    case ApiConfig::Version::V2:
        return new V2CloudApi(config, transport, parent);
    case ApiConfig::Version::V3:
        break;
    }
    return nullptr;
}
