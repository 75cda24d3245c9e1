// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/instancestore.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxaccounts.h"
#include "sandbox/v3/v3world.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class Catalog;
class SandboxHttpServer;
class SandboxListener;
class V2BandwidthActions;
class V2CvmActions;
class V2Protocol;
class V2ResourceActions;
class V3BandwidthActions;
class V3CatalogActions;
class V3CvmActions;
class V3Protocol;
class V3ResourceActions;
class V3SecurityGroupActions;

// The whole sandbox in one object, for cvm-sandbox and for the app's built-in "Sandbox" profile:
//
//   SandboxService sandbox;                       // default keys, 3 s pending, no faults
//   const quint16 port = sandbox.start();         // 127.0.0.1, a free port; 0 on failure
//   config.endpoint = sandbox.endpoint();          // http://127.0.0.1:PORT
//   config.secretId = SandboxService::DefaultSecretId; ...
//
// Runs on the thread it lives in, entirely event-driven (no thread of its own, nothing blocks).
// Every protocol shares one instance store, one account list, one fault injector and one rate
// limiter. API 2.0 sells the seed's world (the Catalog); API 3.0 today's (V3World: current
// families, SOLD_OUT types, 30 pay-by-hour instances per zone unless
// v3World().setQuotaPerZone() says otherwise).
//
// Rate limits are ON by default, as on the real service (RateLimiter: RunInstances 10/s,
// DescribeInstances 40/s, TerminateInstances 10/s, other actions 20/s, per SecretId and action;
// over it: RequestLimitExceeded, API 2.0 code 4400). Tests and drills that burst turn them off
// with setRateLimited(false); rateLimiter().setRate() changes one action's rate. The HTTP
// server behind the port is built when the first client connects (see SandboxListener), so
// start() costs little more than the listen() itself.
class SandboxService : public QObject
{
    Q_OBJECT

public:
    static inline const QString DefaultSecretId = SandboxAccounts::DefaultSecretId;
    static inline const QString DefaultSecretKey = SandboxAccounts::DefaultSecretKey;

    // Accepts the default key pair until accounts() is changed.
    explicit SandboxService(QObject *parent = nullptr);
    SandboxService(const Catalog &catalog, QObject *parent = nullptr);
    ~SandboxService() override;

    // Listens on host:port (port 0: a free one) and returns the bound port, or 0 with
    // errorString() set. Only loopback unless the caller passes another address on purpose.
    quint16 start(const QHostAddress &host = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening and closes every open connection; start() may be called again.
    void stop();

    bool isListening() const;
    quint16 port() const { return m_port; }
    QHostAddress host() const { return m_host; }
    // The base URL a client uses: http://HOST:PORT (v2 requests go to <endpoint>/v2/index.php,
    // v3 requests of every service to <endpoint>/).
    QUrl endpoint() const;
    QString errorString() const { return m_error; }

    SandboxAccounts &accounts() { return m_accounts; }
    InstanceStore &store() { return m_store; }
    FaultInjector &faults() { return m_faults; }
    // The API 3.0 world; its quota per zone may be changed at any time.
    V3World &v3World() { return m_v3World; }
    RateLimiter &rateLimiter() { return m_limiter; }
    bool isRateLimited() const { return m_limiter.isEnabled(); }
    void setRateLimited(bool on) { m_limiter.setEnabled(on); }

private:
    // The HTTP server, built on first use, bound to `listener` if it is not yet.
    void serveOn(SandboxListener *listener);

    const Catalog &m_catalog;
    SandboxAccounts m_accounts;
    FaultInjector m_faults;
    RateLimiter m_limiter;
    InstanceStore m_store;
    V3World m_v3World; // before the API 3.0 objects, which keep pointers into it
    std::unique_ptr<V2Protocol> m_v2;
    std::unique_ptr<V2CvmActions> m_v2Cvm;
    std::unique_ptr<V2ResourceActions> m_v2Resources;
    std::unique_ptr<V3Protocol> m_v3;
    std::unique_ptr<V3CvmActions> m_v3Cvm;
    std::unique_ptr<V3ResourceActions> m_v3Resources;
    std::unique_ptr<V3CatalogActions> m_v3Catalog;
    std::unique_ptr<V3SecurityGroupActions> m_v3SecurityGroups;
    std::unique_ptr<V2BandwidthActions> m_v2Bandwidth;
    std::unique_ptr<V3BandwidthActions> m_v3Bandwidth;
    SandboxHttpServer *m_server = nullptr;
    SandboxListener *m_listener = nullptr;
    SandboxListener *m_served = nullptr; // the listener m_server is bound to
    QHostAddress m_host;
    quint16 m_port = 0;
    QString m_error;
};
