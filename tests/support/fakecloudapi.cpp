#include "fakecloudapi.h"

#include "api/v2/v2cloudapi.h"

#include <QTimer>

namespace {

class FakeApiCall : public ApiCall
{
public:
    using ApiCall::ApiCall;

    void cancel() override
    {
        if (m_done || !m_cancel)
            return;
        m_done = true;
        m_cancel();
        Q_EMIT finished();
        deleteLater();
    }
    void complete()
    {
        if (m_done)
            return;
        m_done = true;
        if (m_run)
            m_run();
        Q_EMIT finished();
        deleteLater();
    }
    void emitRetrying(int attempt)
    {
        ApiError error;
        error.kind = ApiError::Kind::Transport;
        error.verdict = ApiError::Verdict::Retryable;
        error.message = QStringLiteral("connection reset");
        Q_EMIT retrying(attempt, 0, error);
    }

    std::function<void()> m_run;
    std::function<void()> m_cancel;
    bool m_done = false;
};

ApiError refused(const QString &action)
{
    ApiError error;
    error.kind = ApiError::Kind::Refused;
    error.action = action;
    error.message = QStringLiteral("not implemented by the fake");
    return error;
}

} // namespace

FakeCloudApi::FakeCloudApi(QObject *parent)
    : CloudApi(parent)
{}

template<typename T>
ApiCall *FakeCloudApi::answer(QObject *context, Callback<T> done, ApiResult<T> result, int delayMs,
                              int retries)
{
    auto *call = new FakeApiCall(this);
    QPointer<QObject> guard(context);
    call->m_run = [guard, done, result] {
        if (guard)
            done(result);
    };
    call->m_cancel = [guard, done] {
        ApiResult<T> cancelled;
        cancelled.error.kind = ApiError::Kind::Cancelled;
        if (guard)
            done(cancelled);
    };
    // Retries happen inside the call, as in the real backends: the caller only sees signals.
    for (int attempt = 1; attempt <= retries; ++attempt)
        QTimer::singleShot(0, call, [call, attempt] { call->emitRetrying(attempt); });
    QTimer::singleShot(delayMs, call, [call] { call->complete(); });
    return call;
}

ApiCall *FakeCloudApi::runInstances(const LaunchSpec &spec, QObject *context,
                                    Callback<QStringList> done)
{
    if (onRun)
        onRun(spec);
    const int callIndex = int(runCalls.size());
    runCalls << RunCall{spec};
    const RunScript script = callIndex < runScripts.size()
                                 ? runScripts.at(callIndex)
                                 : RunScript{{}, 0, defaultDelayMs, false};
    ApiResult<QStringList> result;
    if (script.error) {
        result.error = *script.error;
    } else {
        QStringList &ids = idsOfToken[spec.clientToken];
        if (ids.isEmpty()) {
            for (int i = 0; i < spec.goodsNum; ++i) {
                InstanceInfo info;
                info.instanceId = QStringLiteral("ins-%1").arg(m_nextId++, 8, 10, QLatin1Char('0'));
                info.name = spec.instanceName;
                info.state = InstanceState::Creating;
                info.rawState = QStringLiteral("3");
                info.zoneId = spec.zoneId;
                info.cpu = spec.cpu;
                info.mem = spec.mem;
                instances.insert(info.instanceId, info);
                ids << info.instanceId;
            }
        }
        result.value = ids;
    }
    if (script.hang)
        return new FakeApiCall(this);
    return answer(context, done, result, script.delayMs, script.retries);
}

ApiCall *FakeCloudApi::describeInstances(const QStringList &instanceIds, int, int, QObject *context,
                                         Callback<InstancePage> done)
{
    describeCalls << instanceIds;
    ApiResult<InstancePage> result;
    if (describeError) {
        result.error = *describeError;
    } else {
        InstancePage page;
        for (const QString &id : instanceIds) {
            const auto it = instances.constFind(id);
            if (it != instances.constEnd() && it->state != InstanceState::Returned)
                page.instances << *it;
        }
        page.totalCount = int(page.instances.size());
        result.value = page;
    }
    return answer(context, done, result, defaultDelayMs);
}

ApiCall *FakeCloudApi::returnInstance(const QString &instanceId, QObject *context,
                                      Callback<bool> done)
{
    returnCalls << instanceId;
    ApiResult<bool> result;
    if (instances.contains(instanceId)) {
        instances[instanceId].state = InstanceState::Returning;
        instances[instanceId].rawState = QStringLiteral("6");
        result.value = true;
    } else {
        result.error.kind = ApiError::Kind::Service;
        result.error.code = 5000;
        result.error.message = QStringLiteral("instance not found");
    }
    return answer(context, done, result, defaultDelayMs);
}

void FakeCloudApi::setState(const QStringList &ids, InstanceState state, const QString &reason)
{
    for (const QString &id : ids) {
        auto it = instances.find(id);
        if (it == instances.end())
            continue;
        it->state = state;
        it->failureReason = reason;
    }
}

ApiCall *FakeCloudApi::dryRun(const LaunchSpec &, QObject *context, Callback<bool> done)
{
    return answer(context, done, ApiResult<bool>{{}, refused(QStringLiteral("DryRun"))}, 0);
}

ApiCall *FakeCloudApi::describeZones(QObject *context, Callback<QList<Zone>> done)
{
    return answer(context, done, ApiResult<QList<Zone>>{{}, refused(QStringLiteral("Zones"))}, 0);
}

ApiCall *FakeCloudApi::describeImages(int, QObject *context, Callback<QList<Image>> done)
{
    return answer(context, done, ApiResult<QList<Image>>{{}, refused(QStringLiteral("Images"))}, 0);
}

ApiCall *FakeCloudApi::describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done)
{
    return answer(context, done, ApiResult<QList<KeyPair>>{{}, refused(QStringLiteral("KeyPairs"))},
                  0);
}

ApiCall *FakeCloudApi::describeVpcs(QObject *context, Callback<QList<Vpc>> done)
{
    return answer(context, done, ApiResult<QList<Vpc>>{{}, refused(QStringLiteral("Vpcs"))}, 0);
}

ApiCall *FakeCloudApi::describeSubnets(const QString &, QObject *context,
                                       Callback<QList<Subnet>> done)
{
    return answer(context, done, ApiResult<QList<Subnet>>{{}, refused(QStringLiteral("Subnets"))},
                  0);
}

ApiCall *FakeCloudApi::inquirePrice(const LaunchSpec &, QObject *context, Callback<Price> done)
{
    return answer(context, done, ApiResult<Price>{{}, refused(QStringLiteral("Price"))}, 0);
}

LaunchPreview FakeCloudApi::previewRunInstances(const LaunchSpec &spec) const
{
    return V2CloudApi::preview(spec);
}
