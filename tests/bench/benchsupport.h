// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"
#include "api/networktransport.h"
#include "sandbox/sandboxservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QUrl>

// What the timed benchmarks against the sandbox (bench_pacing, bench_fleet) share.
namespace BenchSupport {

// The sandbox's default account on API 3.0, in ap-guangzhou, at `endpoint`.
inline ApiConfig sandboxV3Config(const QUrl &endpoint)
{
    ApiConfig config;
    config.version = ApiConfig::Version::V3;
    config.region = QStringLiteral("ap-guangzhou");
    config.endpoint = endpoint;
    config.secretId = SandboxService::DefaultSecretId;
    config.secretKey = SandboxService::DefaultSecretKey;
    return config;
}

// NetworkTransport that notes when each request enters it (ns since reset()), per action.
class CountingTransport : public NetworkTransport
{
public:
    CountingTransport() { m_clock.start(); }

    TransportReply *send(const TransportRequest &request) override
    {
        m_sent[request.action] << m_clock.nsecsElapsed();
        return NetworkTransport::send(request);
    }
    void reset()
    {
        m_sent.clear();
        m_clock.start();
    }
    QList<qint64> sent(const QString &action) const { return m_sent.value(action); }

private:
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_sent;
};

} // namespace BenchSupport
