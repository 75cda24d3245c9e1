#pragma once

#include "api/apiconfig.h"
#include "api/apierror.h"
#include "api/cloudtypes.h"
#include "api/launchpreview.h"
#include "spec/launchspec.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

// The result of one cloud action: a value, or the error that explains why there is none.
template<typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return value.has_value(); }
};

// One action in flight, retries included. It finishes exactly once (success, error, timeout or
// cancel) and deletes itself after its callback has run; hold it in a QPointer.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Stops the call; the callback runs once with an ApiError of kind Cancelled.
    virtual void cancel() = 0;

Q_SIGNALS:
    // A retryable failure happened and the call will try again after `delayMs` (same clientToken,
    // fresh Nonce/Timestamp/Signature). Lets the UI show "retrying (2/4)…".
    void retrying(int attempt, int delayMs, const ApiError &error);
    void finished();
};

// The cloud as the product needs it, the same for API 2.0 and API 3.0: the wizard, the launcher,
// the tracker and the table talk to this and never to a protocol.
//
// Every method is asynchronous. `context` scopes the callback like a connection's context: when
// it is destroyed first, the callback never runs. Callbacks run on the caller's thread, from the
// event loop, never from inside the method call itself.
class CloudApi : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    using QObject::QObject;

    virtual ApiConfig::Version version() const = 0;

    // RunInstancesHour / RunInstances(POSTPAID_BY_HOUR). spec.clientToken must be set; it is sent
    // unchanged on every retry. Yields the new instance ids.
    virtual ApiCall *runInstances(const LaunchSpec &spec, QObject *context,
                                  Callback<QStringList> done) = 0;
    // What runInstances(spec) would send, built by the backend's own request builder but never
    // sent: for the review page. A synchronous, pure function (no network). Without a
    // clientToken the preview shows LaunchPreview::tokenPlaceholder(); a password appears only
    // as LaunchPreview::Mask. spec.goodsNum is one request's count (≤ InstanceCount::PerRequest).
    // When the backend could not send the spec (e.g. a zone with no API 3.0 name), problem says
    // why.
    virtual LaunchPreview previewRunInstances(const LaunchSpec &spec) const = 0;
    // Pre-flight check (API 3.0 DryRun). Yields true when the service would accept the launch.
    // Backends without one answer with an ApiError of kind Refused.
    virtual ApiCall *dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done) = 0;
    virtual bool supportsDryRun() const = 0;

    // At most 100 ids; with no ids, one page of all instances (offset/limit ≤ 100).
    virtual ApiCall *describeInstances(const QStringList &instanceIds, int offset, int limit,
                                       QObject *context, Callback<InstancePage> done) = 0;
    virtual ApiCall *returnInstance(const QString &instanceId, QObject *context,
                                    Callback<bool> done) = 0;

    virtual ApiCall *describeZones(QObject *context, Callback<QList<Zone>> done) = 0;
    virtual ApiCall *describeImages(int imageType, QObject *context,
                                    Callback<QList<Image>> done) = 0;
    virtual ApiCall *describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done) = 0;
    virtual ApiCall *describeVpcs(QObject *context, Callback<QList<Vpc>> done) = 0;
    virtual ApiCall *describeSubnets(const QString &vpcId, QObject *context,
                                     Callback<QList<Subnet>> done) = 0;
    virtual ApiCall *inquirePrice(const LaunchSpec &spec, QObject *context,
                                  Callback<Price> done) = 0;
};
