// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"
#include "api/apierror.h"
#include "api/cloudtypes.h"
#include "api/launchpreview.h"
#include "offer/accountquota.h"
#include "offer/diskconfig.h"
#include "offer/diskconfigquery.h"
#include "offer/instancefamilylabel.h"
#include "offer/instancetypeoffer.h"
#include "offer/securitygroup.h"
#include "offer/securitygrouppolicies.h"
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
    // The region this backend addresses (ApiConfig::region, "ap-guangzhou"): API 3.0 signs it
    // as X-TC-Region, API 2.0 sends it as Region. Empty when the backend does not say (fakes).
    virtual QString region() const;
    // The same account (keys, endpoint, protocol, transport) addressing `region` instead, owned
    // by `parent`: the wizard lists and prices another region's zones through it. nullptr when
    // this backend cannot (the default), or when `region` is empty. A backend that says its
    // region() can.
    virtual CloudApi *inRegion(const QString &region, QObject *parent) const;

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

    // The listing actions above (images, key pairs, VPCs, subnets) read every page, 100 items a
    // request, until TotalCount (PagedCall).

    // Sets the public bandwidth cap of one pay-by-hour instance to `mbps` (Mbps), effective at
    // once: API 2.0 UpdateInstanceBandwidthHour (doc api/229/1345), API 3.0
    // ResetInstancesInternetMaxBandwidth with InstanceIds.0 and
    // InternetAccessible.InternetMaxBandwidthOut (one instance a request: the service does not
    // change BANDWIDTH_POSTPAID_BY_HOUR bandwidth in batches; StartTime/EndTime are for monthly
    // bandwidth only and never sent). The service refuses an unknown id, a state that cannot
    // change (creating, terminating) and a value outside its range. Backends that cannot answer
    // with an ApiError of kind Refused.
    virtual ApiCall *resetInternetMaxBandwidth(const QString &instanceId, int mbps,
                                               QObject *context, Callback<bool> done);
    // What the instance's public bandwidth would cost at `mbps`: API 3.0
    // InquiryPriceResetInstancesInternetMaxBandwidth, Price.BandwidthPrice{UnitPrice (or
    // UnitPriceDiscount), ChargeUnit} as Price::bandwidthPrice (CNY) and bandwidthUnit ("HOUR",
    // or "GB" for traffic); instancePerHour stays empty. API 2.0 has no such inquiry and refuses
    // (InquiryInstancePriceHour with the launch's spec quotes a new instance's bandwidth instead).
    virtual ApiCall *inquirePriceResetInternetMaxBandwidth(const QString &instanceId, int mbps,
                                                           QObject *context, Callback<Price> done);

    // DescribeImages narrowed to the images `instanceType` (API 3.0 InstanceType, "SA5.MEDIUM2")
    // can boot; an empty instanceType is describeImages(). API 3.0 only: other backends refuse a
    // non-empty one.
    virtual ApiCall *describeImagesFor(int imageType, const QString &instanceType, QObject *context,
                                       Callback<QList<Image>> done);

    // The API 3.0 world: what the service sells now. Backends that do not speak API 3.0 (API 2.0
    // has none of these actions; its world is the compiled-in Catalog) answer an ApiError of kind
    // Refused that says so, from the event loop like any other answer.

    // cvm DescribeZoneInstanceConfigInfos with the filters zone=`zone` and
    // instance-charge-type=POSTPAID_BY_HOUR: every type listed, sold-out ones included.
    virtual ApiCall *describeZoneInstanceConfigs(const QString &zone, QObject *context,
                                                 Callback<QList<InstanceTypeOffer>> done);
    // cvm DescribeRegions (2017-03-12; the page asks callers to move to region:DescribeRegions
    // with Product=cvm, which answers the same RegionSet): every region of the account, with
    // its state. https://cloud.tencent.com/document/api/213/15708
    virtual ApiCall *describeRegions(QObject *context, Callback<QList<Region>> done);
    // cvm DescribeInstanceFamilyConfigs: the family labels of the account and region.
    virtual ApiCall *describeInstanceFamilies(QObject *context,
                                              Callback<QList<InstanceFamilyLabel>> done);
    // cbs DescribeDiskConfigQuota, InquiryType=INQUIRY_CVM_CONFIG, DiskChargeType=POSTPAID_BY_HOUR.
    virtual ApiCall *describeDiskConfigQuota(const DiskConfigQuery &query, QObject *context,
                                             Callback<QList<DiskConfig>> done);
    // cvm DescribeAccountQuota, filters zone=`zone` (all zones when empty) and
    // quota-type=PostPaidQuotaSet.
    virtual ApiCall *describeAccountQuota(const QString &zone, QObject *context,
                                          Callback<AccountQuota> done);
    // vpc DescribeSecurityGroups, every page; with `nameFilter`, only the groups whose name
    // contains it (filter security-group-name).
    virtual ApiCall *describeSecurityGroups(const QString &nameFilter, QObject *context,
                                            Callback<QList<SecurityGroup>> done);
    // vpc DescribeSecurityGroupPolicies of one group.
    virtual ApiCall *describeSecurityGroupPolicies(const QString &securityGroupId, QObject *context,
                                                   Callback<SecurityGroupPolicies> done);

protected:
    // An ApiCall that is never sent and answers `done` from the event loop with an ApiError of
    // kind Refused carrying `why` (translated). Owned by this backend.
    template<typename T>
    ApiCall *refuse(const QString &action, const QString &why, QObject *context, Callback<T> done)
    {
        return refusedCall(action, why, context, [done = std::move(done)](const ApiError &e) {
            ApiResult<T> result;
            result.error = e;
            if (done)
                done(result);
        });
    }
    ApiCall *refusedCall(const QString &action, const QString &why, QObject *context,
                         std::function<void(const ApiError &)> fail);
    // Why this backend refuses an API 3.0 `action` it does not speak (translated), for the
    // defaults above.
    virtual QString notOnThisProtocol(const QString &action) const;
};
