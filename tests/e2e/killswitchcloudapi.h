// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"

// A CloudApi that passes everything to another one, and SIGKILLs the process at the n-th
// runInstances: when the call is made (the batch is "sent" in the journal, the request has not
// left) or when its answer arrives (the service has carried it out, the launcher never learns).
// Test-only: the product has no such hook.
class KillSwitchCloudApi : public CloudApi
{
    Q_OBJECT

public:
    enum class Point { None, AtCall, AtAnswer };

    KillSwitchCloudApi(CloudApi *inner, Point point, int nthCall, QObject *parent = nullptr);

    ApiConfig::Version version() const override;
    LaunchPreview previewRunInstances(const LaunchSpec &spec) const override;
    ApiCall *runInstances(const LaunchSpec &spec, QObject *context,
                          Callback<QStringList> done) override;
    ApiCall *dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done) override;
    bool supportsDryRun() const override;
    ApiCall *describeInstances(const QStringList &instanceIds, int offset, int limit,
                               QObject *context, Callback<InstancePage> done) override;
    ApiCall *returnInstance(const QString &instanceId, QObject *context,
                            Callback<bool> done) override;
    ApiCall *describeZones(QObject *context, Callback<QList<Zone>> done) override;
    ApiCall *describeImages(int imageType, QObject *context, Callback<QList<Image>> done) override;
    ApiCall *describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done) override;
    ApiCall *describeVpcs(QObject *context, Callback<QList<Vpc>> done) override;
    ApiCall *describeSubnets(const QString &vpcId, QObject *context,
                             Callback<QList<Subnet>> done) override;
    ApiCall *inquirePrice(const LaunchSpec &spec, QObject *context, Callback<Price> done) override;

private:
    CloudApi *m_inner;
    Point m_point;
    int m_nthCall;
    int m_calls = 0;
};
