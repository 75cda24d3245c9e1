#pragma once

#include "sandbox/sandboxinstance.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/v3/v3call.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class Catalog;
class InstanceStore;
class V3Protocol;

// The API 3.0 actions on instances: RunInstances, DescribeInstances, TerminateInstances and
// InquiryPriceRunInstances, on the same instance store as API 2.0 and through the same checks
// (SpecChecker), with the body read back into a LaunchSpec by V3SpecReader.
class V3CvmActions
{
    Q_DECLARE_TR_FUNCTIONS(V3CvmActions)

public:
    V3CvmActions(InstanceStore *store, const Catalog *catalog);

    void registerWith(V3Protocol &protocol);

    SandboxReply runInstances(const V3Call &call);
    SandboxReply describeInstances(const V3Call &call) const;
    SandboxReply terminateInstances(const V3Call &call);
    SandboxReply inquiryPriceRunInstances(const V3Call &call) const;

    // "PENDING", "RUNNING", ...; empty for instances API 3.0 no longer lists (terminated).
    static QString stateName(SandboxInstance::State state);

private:
    // The spec of a launch body, or the error reply; `fields` as SpecChecker takes them.
    std::optional<SandboxReply> refusal(const V3Call &call, const QStringList &fields,
                                        LaunchSpec *spec) const;
    QJsonObject instanceJson(const SandboxInstance &instance, qint64 nowMs) const;

    InstanceStore *m_store;
    const Catalog *m_catalog;
};
