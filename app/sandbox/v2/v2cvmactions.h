// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxinstance.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/v2/v2call.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class Catalog;
class InstanceStore;
class V2Protocol;

// The API 2.0 actions on instances: RunInstancesHour, DescribeInstances, ReturnInstance and
// InquiryInstancePriceHour. Parameters are read strictly (V2SpecReader), checked by the shared
// validator (the wizard's own rules) and against the sandbox's world (images, keys, VPCs).
class V2CvmActions
{
    Q_DECLARE_TR_FUNCTIONS(V2CvmActions)

public:
    V2CvmActions(InstanceStore *store, const Catalog *catalog);

    void registerWith(V2Protocol &protocol);

    SandboxReply runInstancesHour(const V2Call &call);
    SandboxReply describeInstances(const V2Call &call) const;
    SandboxReply returnInstance(const V2Call &call);
    SandboxReply inquiryInstancePriceHour(const V2Call &call) const;

    // API 2.0 status codes: 3 创建中, 2 运行中, -1 创建已失败, 6 退还中, 5 已退还.
    static int statusCode(SandboxInstance::State state);

private:
    // The first problem with the spec as a 4000 answer naming the parameter, with the service's
    // finer code as codeDesc (ServiceCodes); nothing when the spec can be launched. `fields`
    // limits the check to those parameters (empty: all).
    std::optional<SandboxReply> problemWith(const LaunchSpec &spec,
                                            const QStringList &fields) const;
    QJsonObject instanceJson(const SandboxInstance &instance, qint64 nowMs) const;

    InstanceStore *m_store;
    const Catalog *m_catalog;
};
