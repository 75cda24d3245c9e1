// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/sandboxservice.h"

#include "catalog/catalog.h"
#include "logging.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxlistener.h"
#include "sandbox/v2/v2bandwidthactions.h"
#include "sandbox/v2/v2cvmactions.h"
#include "sandbox/v2/v2protocol.h"
#include "sandbox/v2/v2resourceactions.h"
#include "sandbox/v3/v3bandwidthactions.h"
#include "sandbox/v3/v3catalogactions.h"
#include "sandbox/v3/v3cvmactions.h"
#include "sandbox/v3/v3protocol.h"
#include "sandbox/v3/v3resourceactions.h"
#include "sandbox/v3/v3securitygroupactions.h"

SandboxService::SandboxService(QObject *parent)
    : SandboxService(Catalog::builtIn(), parent)
{}

SandboxService::SandboxService(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_store(&m_faults)
    , m_v3World(V3World::builtIn())
    , m_v2(std::make_unique<V2Protocol>(&m_accounts, &m_catalog, &m_limiter))
    , m_v2Cvm(std::make_unique<V2CvmActions>(&m_store, &m_catalog))
    , m_v2Resources(std::make_unique<V2ResourceActions>(&m_catalog))
    , m_v3(std::make_unique<V3Protocol>(&m_accounts, &m_v3World.catalog(), &m_limiter))
    , m_v3Cvm(std::make_unique<V3CvmActions>(&m_store, &m_v3World.catalog(), &m_v3World))
    , m_v3Resources(std::make_unique<V3ResourceActions>(&m_v3World.catalog()))
    , m_v3Catalog(std::make_unique<V3CatalogActions>(&m_v3World, &m_store))
    , m_v3SecurityGroups(std::make_unique<V3SecurityGroupActions>(&m_v3World))
    , m_v2Bandwidth(std::make_unique<V2BandwidthActions>(&m_store, &m_catalog))
    , m_v3Bandwidth(std::make_unique<V3BandwidthActions>(&m_store, &m_v3World.catalog()))
{
    m_accounts.add(DefaultSecretId, DefaultSecretKey);
    m_v2Cvm->registerWith(*m_v2);
    m_v2Resources->registerWith(*m_v2);
    m_v3Cvm->registerWith(*m_v3);
    m_v3Resources->registerWith(*m_v3);
    m_v3Catalog->registerWith(*m_v3);
    m_v3SecurityGroups->registerWith(*m_v3);
    m_v2Bandwidth->registerWith(*m_v2);
    m_v3Bandwidth->registerWith(*m_v3);
}

SandboxService::~SandboxService()
{
    // Connections first: their pending answers refer to the protocols below.
    stop();
    delete m_server;
    m_server = nullptr;
}

quint16 SandboxService::start(const QHostAddress &host, quint16 port)
{
    stop();
    auto *listener =
        new SandboxListener([this](SandboxListener *accepting) { serveOn(accepting); }, this);
    if (!listener->listen(host, port)) {
        m_error = tr("Cannot listen on %1:%2: %3.")
                      .arg(host.toString())
                      .arg(port)
                      .arg(listener->errorString());
        delete listener;
        return 0;
    }
    m_listener = listener;
    m_host = host;
    m_port = listener->serverPort();
    m_error.clear();
    qCDebug(lcSandbox, "listening on %s:%u", qUtf8Printable(host.toString()), unsigned(m_port));
    return m_port;
}

void SandboxService::serveOn(SandboxListener *listener)
{
    if (m_served == listener)
        return;
    if (!m_server) {
        m_server = new SandboxHttpServer(&m_faults, this);
        m_server->addProtocol(m_v2.get());
        m_server->addProtocol(m_v3.get());
    }
    m_server->bind(listener);
    m_served = listener;
}

void SandboxService::stop()
{
    // The accepted sockets are the listener's children: deleting it closes them all.
    delete m_listener;
    m_listener = nullptr;
    m_served = nullptr;
    m_port = 0;
}

bool SandboxService::isListening() const
{
    return m_listener && m_listener->isListening();
}

QUrl SandboxService::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host.toString());
    url.setPort(m_port);
    return url;
}
