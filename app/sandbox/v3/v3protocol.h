#pragma once

#include "sandbox/sandboxprotocol.h"
#include "sandbox/v3/v3call.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

class Catalog;
class SandboxAccounts;

// API 3.0 on the sandbox: POST / with a JSON body and the X-TC-* headers, for the cvm, vpc and
// cbs services on one port (the credential scope says which). Checks the TC3 signature with
// Tc3Verifier over the Host the client addressed, then the region and the action, and hands
// the call to the registered handler of (service, action).
class V3Protocol : public SandboxProtocol
{
    Q_DECLARE_TR_FUNCTIONS(V3Protocol)

public:
    using Handler = std::function<SandboxReply(const V3Call &)>;

    V3Protocol(const SandboxAccounts *accounts, const Catalog *catalog);

    void addAction(const QString &service, const QString &action, Handler handler);
    // Tests may replace the clock (seconds since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    bool accepts(const SandboxRequest &request) const override;
    QString actionOf(const SandboxRequest &request) const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply serviceError(int code, const QString &action) const override;

private:
    const SandboxAccounts *m_accounts;
    const Catalog *m_catalog;
    std::function<qint64()> m_clock;
    QHash<QString, Handler> m_handlers; // service + '.' + action
};
