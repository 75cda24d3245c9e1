// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3reply.h"

#include <QUuid>

namespace {

SandboxReply wrap(QJsonObject response)
{
    response.insert(QLatin1String("RequestId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return SandboxReply::json({{QLatin1String("Response"), response}});
}

} // namespace

SandboxReply V3Reply::ok(QJsonObject fields)
{
    return wrap(std::move(fields));
}

SandboxReply V3Reply::error(const QString &code, const QString &message)
{
    return wrap({{QLatin1String("Error"), QJsonObject{{QLatin1String("Code"), code},
                                                      {QLatin1String("Message"), message}}}});
}
