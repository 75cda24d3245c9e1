// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Feeds arbitrary API 3.0 requests to the sandbox's request handling, without sockets: the
// protocol layer (TC3 signature, action, region) and then the actions of today's world, which
// read the JSON body into a LaunchSpec (V3SpecReader), ask the world (V3World: types, disks,
// subnets, security groups, quota) and validate it.
//
// Input: the first byte picks the action (modulo the list below), the rest is the JSON body. The
// request is always signed as a client would sign it (TC3-HMAC-SHA256 with the sandbox's keys),
// so the fuzzed body reaches the action's readers. The answer must always be HTTP 200 with a JSON
// object {"Response": {... "RequestId"}}, and an authentic request must never be refused for its
// signature.
#include "api/v3/tc3signer.h"
#include "sandbox/faultinjector.h"
#include "sandbox/instancestore.h"
#include "sandbox/sandboxaccounts.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/v3/v3catalogactions.h"
#include "sandbox/v3/v3cvmactions.h"
#include "sandbox/v3/v3protocol.h"
#include "sandbox/v3/v3resourceactions.h"
#include "sandbox/v3/v3securitygroupactions.h"
#include "sandbox/v3/v3world.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const QString Host = QStringLiteral("127.0.0.1:8080");

struct Action
{
    const char *service;
    const char *name;
};

// Every action the API 3.0 side serves that reads its body.
constexpr Action Actions[] = {
    {"cvm", "RunInstances"},
    {"cvm", "InquiryPriceRunInstances"},
    {"cvm", "DescribeInstances"},
    {"cvm", "TerminateInstances"},
    {"cvm", "DescribeZones"},
    {"cvm", "DescribeImages"},
    {"cvm", "DescribeKeyPairs"},
    {"cvm", "DescribeZoneInstanceConfigInfos"},
    {"cvm", "DescribeInstanceFamilyConfigs"},
    {"cvm", "DescribeAccountQuota"},
    {"cbs", "DescribeDiskConfigQuota"},
    {"vpc", "DescribeVpcs"},
    {"vpc", "DescribeSubnets"},
    {"vpc", "DescribeSecurityGroups"},
    {"vpc", "DescribeSecurityGroupPolicies"},
};

struct Sandbox
{
    SandboxAccounts accounts;
    FaultInjector faults;
    InstanceStore store{&faults};
    const V3World &world = V3World::builtIn();
    V3Protocol protocol{&accounts, &world.catalog()}; // no rate limit: every input is read
    V3CvmActions cvm{&store, &world.catalog(), &world};
    V3ResourceActions resources{&world.catalog()};
    V3CatalogActions catalog{&world, &store};
    V3SecurityGroupActions groups{&world};

    Sandbox()
    {
        accounts.add(SandboxAccounts::DefaultSecretId, SandboxAccounts::DefaultSecretKey);
        cvm.registerWith(protocol);
        resources.registerWith(protocol);
        catalog.registerWith(protocol);
        groups.registerWith(protocol);
    }
};

SandboxRequest signedRequest(const Action &action, const QByteArray &body)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SandboxRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/");
    r.host = Host;
    r.body = body;
    r.headers = {{"Host", Host.toUtf8()},
                 {"Content-Type", Tc3Signer::JsonContentType},
                 {"X-TC-Action", QByteArray(action.name)},
                 {"X-TC-Version", "2017-03-12"},
                 {"X-TC-Region", "ap-guangzhou"},
                 {"X-TC-Timestamp", QByteArray::number(now)},
                 {"Authorization",
                  Tc3Signer::authorizeJsonPost(SandboxAccounts::DefaultSecretId,
                                               SandboxAccounts::DefaultSecretKey,
                                               QLatin1String(action.service), Host, now, body)}};
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // A fresh sandbox for every input, so that a crash replays from its input alone.
    Sandbox sandbox;
    const Action &action = Actions[data[0] % std::size(Actions)];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const SandboxReply reply = sandbox.protocol.handle(signedRequest(action, body));
    if (reply.httpStatus != 200)
        std::abort();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        std::abort();
    const QJsonObject response = doc.object().value(QLatin1String("Response")).toObject();
    if (!response.value(QLatin1String("RequestId")).isString())
        std::abort();
    const QString code =
        response.value(QLatin1String("Error")).toObject().value(QLatin1String("Code")).toString();
    if (code.startsWith(QLatin1String("AuthFailure")))
        std::abort();
    return 0;
}
