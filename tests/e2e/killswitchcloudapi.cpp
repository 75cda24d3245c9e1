// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "killswitchcloudapi.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>

KillSwitchCloudApi::KillSwitchCloudApi(CloudApi *inner, Point point, int nthCall, QObject *parent)
    : CloudApi(parent)
    , m_inner(inner)
    , m_point(point)
    , m_nthCall(nthCall)
{}

ApiConfig::Version KillSwitchCloudApi::version() const
{
    return m_inner->version();
}

LaunchPreview KillSwitchCloudApi::previewRunInstances(const LaunchSpec &spec) const
{
    return m_inner->previewRunInstances(spec);
}

ApiCall *KillSwitchCloudApi::runInstances(const LaunchSpec &spec, QObject *context,
                                          Callback<QStringList> done)
{
    const bool chosen = ++m_calls == m_nthCall;
    if (chosen && m_point == Point::AtCall)
        std::raise(SIGKILL);
    if (chosen && m_point == Point::AtAnswer) {
        return m_inner->runInstances(spec, context, [](const ApiResult<QStringList> &result) {
            // Only a real answer: a transport error would not prove the service acted.
            if (result.ok())
                std::raise(SIGKILL);
            std::fputs("kill switch: the chosen batch failed, nothing to kill for\n", stderr);
            std::_Exit(4);
        });
    }
    return m_inner->runInstances(spec, context, std::move(done));
}

ApiCall *KillSwitchCloudApi::dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done)
{
    return m_inner->dryRun(spec, context, std::move(done));
}

bool KillSwitchCloudApi::supportsDryRun() const
{
    return m_inner->supportsDryRun();
}

ApiCall *KillSwitchCloudApi::describeInstances(const QStringList &instanceIds, int offset,
                                               int limit, QObject *context,
                                               Callback<InstancePage> done)
{
    return m_inner->describeInstances(instanceIds, offset, limit, context, std::move(done));
}

ApiCall *KillSwitchCloudApi::returnInstance(const QString &instanceId, QObject *context,
                                            Callback<bool> done)
{
    return m_inner->returnInstance(instanceId, context, std::move(done));
}

ApiCall *KillSwitchCloudApi::describeZones(QObject *context, Callback<QList<Zone>> done)
{
    return m_inner->describeZones(context, std::move(done));
}

ApiCall *KillSwitchCloudApi::describeImages(int imageType, QObject *context,
                                            Callback<QList<Image>> done)
{
    return m_inner->describeImages(imageType, context, std::move(done));
}

ApiCall *KillSwitchCloudApi::describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done)
{
    return m_inner->describeKeyPairs(context, std::move(done));
}

ApiCall *KillSwitchCloudApi::describeVpcs(QObject *context, Callback<QList<Vpc>> done)
{
    return m_inner->describeVpcs(context, std::move(done));
}

ApiCall *KillSwitchCloudApi::describeSubnets(const QString &vpcId, QObject *context,
                                             Callback<QList<Subnet>> done)
{
    return m_inner->describeSubnets(vpcId, context, std::move(done));
}

ApiCall *KillSwitchCloudApi::inquirePrice(const LaunchSpec &spec, QObject *context,
                                          Callback<Price> done)
{
    return m_inner->inquirePrice(spec, context, std::move(done));
}
