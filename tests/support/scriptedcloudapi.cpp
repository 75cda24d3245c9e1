#include "scriptedcloudapi.h"

#include "api/v2/v2cloudapi.h"
#include "api/v3/v3cloudapi.h"

#include <QTimer>

namespace {

// Runs its delivery exactly once: on release, or with Cancelled on cancel().
class ScriptedCall : public ApiCall
{
public:
    ScriptedCall(std::function<void(const std::optional<ApiError> &)> deliver, QObject *parent)
        : ApiCall(parent)
        , m_deliver(std::move(deliver))
    {}

    void cancel() override
    {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        finish(cancelled);
    }

    void finish(const std::optional<ApiError> &forced = std::nullopt)
    {
        if (m_done)
            return;
        m_done = true;
        m_deliver(forced);
        Q_EMIT finished();
        deleteLater();
    }

private:
    std::function<void(const std::optional<ApiError> &)> m_deliver;
    bool m_done = false;
};

} // namespace

ScriptedCloudApi::ScriptedCloudApi(QObject *parent)
    : CloudApi(parent)
{
    priceFor = [](const LaunchSpec &spec) {
        Price price;
        price.instancePerHour = QString::number(0.12 * spec.cpu + 0.03 * spec.mem, 'f', 2);
        if (spec.bandwidth > 0) {
            price.bandwidthPrice = QString::number(0.06 * spec.bandwidth, 'f', 2);
            price.bandwidthUnit = QStringLiteral("HOUR");
        }
        return price;
    };
}

void ScriptedCloudApi::fillSample()
{
    zones = {{100003, QStringLiteral("广州三区"), QStringLiteral("ap-guangzhou-3"), true},
             {200001, QStringLiteral("上海一区"), QStringLiteral("ap-shanghai-1"), true},
             {700001, QStringLiteral("上海金融一区"), QStringLiteral("ap-shanghai-fsi-1"), true}};
    imagesByType[LaunchSpec::PublicImage] = {{QStringLiteral("img-31tjrtph"),
                                              QStringLiteral("CentOS 7.2 64位"),
                                              QString(),
                                              LaunchSpec::PublicImage,
                                              QStringLiteral("CentOS 7.2 64位"),
                                              {}},
                                             {QStringLiteral("img-pyqx34y1"),
                                              QStringLiteral("Ubuntu 16.04.1 LTS 64位"),
                                              QString(),
                                              LaunchSpec::PublicImage,
                                              QStringLiteral("Ubuntu Server 16.04.1 LTS 64位"),
                                              {}},
                                             {QStringLiteral("img-egif9bvl"),
                                              QStringLiteral("Windows Server 2012 R2 64位"),
                                              QString(),
                                              LaunchSpec::PublicImage,
                                              QStringLiteral("Windows Server 2012 R2 64位"),
                                              {}}};
    imagesByType[LaunchSpec::PrivateImage] = {{QStringLiteral("img-private1"),
                                               QStringLiteral("web-base"),
                                               QString(),
                                               LaunchSpec::PrivateImage,
                                               QStringLiteral("CentOS 7.2 64位"),
                                               {}}};
    keyPairs = {{QStringLiteral("skey-ops00001"), QStringLiteral("ops")},
                {QStringLiteral("skey-dev00002"), QStringLiteral("dev")}};
    vpcs = {
        {QStringLiteral("vpc-main0001"), QStringLiteral("main"), QStringLiteral("10.0.0.0/16")}};
    subnetsByVpc[QStringLiteral("vpc-main0001")] = {{QStringLiteral("subnet-gz300001"),
                                                     QStringLiteral("vpc-main0001"),
                                                     QStringLiteral("gz3"),
                                                     QStringLiteral("10.0.1.0/24"),
                                                     {100003},
                                                     250},
                                                    {QStringLiteral("subnet-sh100001"),
                                                     QStringLiteral("vpc-main0001"),
                                                     QStringLiteral("sh1"),
                                                     QStringLiteral("10.0.2.0/24"),
                                                     {200001},
                                                     120}};
}

void ScriptedCloudApi::failNext(const QString &action, const ApiError &error)
{
    m_failures[action].append(error);
}

int ScriptedCloudApi::pendingCount() const
{
    int count = 0;
    for (const QPointer<ApiCall> &call : m_held)
        count += call ? 1 : 0;
    return count;
}

void ScriptedCloudApi::releaseAll()
{
    const QList<QPointer<ApiCall>> held = std::exchange(m_held, {});
    for (const QPointer<ApiCall> &call : held) {
        if (call) {
            QTimer::singleShot(0, call, [call] {
                if (auto *scripted = dynamic_cast<ScriptedCall *>(call.data()))
                    scripted->finish();
            });
        }
    }
}

ApiError ScriptedCloudApi::transportError(const QString &action)
{
    ApiError error;
    error.kind = ApiError::Kind::Transport;
    error.verdict = ApiError::Verdict::Retryable;
    error.action = action;
    error.message = QStringLiteral("Connection refused");
    return error;
}

template<typename T>
ApiCall *ScriptedCloudApi::answer(const QString &action, const T &value, QObject *context,
                                  Callback<T> done)
{
    calls.append(action);
    std::optional<ApiError> failure;
    if (!m_failures.value(action).isEmpty())
        failure = m_failures[action].takeFirst();
    QPointer<QObject> guard(context);
    auto *call = new ScriptedCall(
        [guard, value, failure, done](const std::optional<ApiError> &forced) {
            if (!guard)
                return;
            ApiResult<T> result;
            if (forced)
                result.error = *forced;
            else if (failure)
                result.error = *failure;
            else
                result.value = value;
            done(result);
        },
        this);
    if (m_hold)
        m_held.append(call);
    else
        QTimer::singleShot(0, call, [call] { call->finish(); });
    return call;
}

ApiCall *ScriptedCloudApi::runInstances(const LaunchSpec &spec, QObject *context,
                                        Callback<QStringList> done)
{
    runRequests.append(spec);
    return answer(QStringLiteral("RunInstancesHour"), instanceIds, context, std::move(done));
}

ApiCall *ScriptedCloudApi::dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done)
{
    dryRunRequests.append(spec);
    return answer(QStringLiteral("DryRun"), true, context, std::move(done));
}

ApiCall *ScriptedCloudApi::describeInstances(const QStringList &ids, int offset, int limit,
                                             QObject *context, Callback<InstancePage> done)
{
    Q_UNUSED(ids);
    Q_UNUSED(offset);
    Q_UNUSED(limit);
    return answer(QStringLiteral("DescribeInstances"), InstancePage{}, context, std::move(done));
}

ApiCall *ScriptedCloudApi::returnInstance(const QString &instanceId, QObject *context,
                                          Callback<bool> done)
{
    Q_UNUSED(instanceId);
    return answer(QStringLiteral("ReturnInstance"), true, context, std::move(done));
}

ApiCall *ScriptedCloudApi::describeZones(QObject *context, Callback<QList<Zone>> done)
{
    return answer(QStringLiteral("DescribeAvailabilityZones"), zones, context, std::move(done));
}

ApiCall *ScriptedCloudApi::describeImages(int imageType, QObject *context,
                                          Callback<QList<Image>> done)
{
    imageRequests.append(imageType);
    return answer(QStringLiteral("DescribeImages"), imagesByType.value(imageType), context,
                  std::move(done));
}

ApiCall *ScriptedCloudApi::describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done)
{
    return answer(QStringLiteral("DescribeKeyPairs"), keyPairs, context, std::move(done));
}

ApiCall *ScriptedCloudApi::describeVpcs(QObject *context, Callback<QList<Vpc>> done)
{
    return answer(QStringLiteral("DescribeVpcEx"), vpcs, context, std::move(done));
}

ApiCall *ScriptedCloudApi::describeSubnets(const QString &vpcId, QObject *context,
                                           Callback<QList<Subnet>> done)
{
    subnetRequests.append(vpcId);
    return answer(QStringLiteral("DescribeSubnetEx"), subnetsByVpc.value(vpcId), context,
                  std::move(done));
}

ApiCall *ScriptedCloudApi::inquirePrice(const LaunchSpec &spec, QObject *context,
                                        Callback<Price> done)
{
    priceRequests.append(spec);
    return answer(QStringLiteral("InquiryInstancePriceHour"), priceFor(spec), context,
                  std::move(done));
}

LaunchPreview ScriptedCloudApi::previewRunInstances(const LaunchSpec &spec) const
{
    if (apiVersion == ApiConfig::Version::V3)
        return V3CloudApi::preview(spec, Catalog::builtIn(), QStringLiteral("ap-guangzhou"));
    return V2CloudApi::preview(spec);
}
