#pragma once

#include "api/cloudtypes.h"

#include <QByteArrayView>

#include <optional>

// The fast path of V2Parser::describeInstances: a successful DescribeInstances answer read
// straight from its bytes with JsonScanner, without building a QJsonDocument (a 100-instance page
// is read several times faster). It reads only answers the general parser would accept and
// returns nothing for everything else (an error code, a wrong type, a missing field, anything
// JsonScanner leaves alone), so the caller's general parser sees exactly those and words the
// error. Both give the same page for every answer this accepts.
class V2InstancePageReader
{
public:
    static std::optional<InstancePage> read(QByteArrayView body);
};
