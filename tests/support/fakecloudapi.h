#pragma once

#include "api/cloudapi.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>

#include <functional>

// A CloudApi that answers from the event loop like a real backend, with a small world of
// instances behind it. RunInstances is idempotent per clientToken as the service is: the same
// token gets the same ids and creates nothing new. Each call can be scripted: an error, retrying
// signals before the answer, a delay, or a hook that runs while the request "leaves".
class FakeCloudApi : public CloudApi
{
    Q_OBJECT

public:
    struct RunCall
    {
        LaunchSpec spec; // as sent, password included
    };
    struct RunScript
    {
        std::optional<ApiError> error; // answer with this instead of ids
        int retries = 0;               // emit retrying() this many times first
        int delayMs = 0;
        bool hang = false; // never answer: the request is lost with the process
    };

    explicit FakeCloudApi(QObject *parent = nullptr);

    ApiConfig::Version version() const override { return ApiConfig::Version::V2; }
    // The API 2.0 backend's own preview: the fake speaks API 2.0.
    LaunchPreview previewRunInstances(const LaunchSpec &spec) const override;
    ApiCall *runInstances(const LaunchSpec &spec, QObject *context,
                          Callback<QStringList> done) override;
    ApiCall *dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done) override;
    bool supportsDryRun() const override { return false; }
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

    // Scripting. Run scripts are used in call order (the n-th runInstances call gets script n);
    // calls beyond the scripts succeed after `defaultDelayMs`.
    QList<RunScript> runScripts;
    int defaultDelayMs = 0;
    // Runs synchronously inside runInstances(), i.e. at the moment the request "leaves".
    std::function<void(const LaunchSpec &)> onRun;
    // When set, describeInstances answers with this error.
    std::optional<ApiError> describeError;

    // What was asked.
    QList<RunCall> runCalls;
    QList<QStringList> describeCalls;
    QStringList returnCalls;

    // The world.
    QMap<QString, InstanceInfo> instances;  // by id
    QHash<QString, QStringList> idsOfToken; // clientToken -> ids
    void setState(const QStringList &ids, InstanceState state, const QString &reason = {});
    int createdCount() const { return int(instances.size()); }

private:
    template<typename T>
    ApiCall *answer(QObject *context, Callback<T> done, ApiResult<T> result, int delayMs,
                    int retries = 0);

    int m_nextId = 1;
};
