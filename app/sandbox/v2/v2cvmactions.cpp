// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2cvmactions.h"

#include "catalog/catalog.h"
#include "sandbox/instancestore.h"
#include "sandbox/pricemodel.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/specchecker.h"
#include "sandbox/v2/v2protocol.h"
#include "sandbox/v2/v2reply.h"
#include "sandbox/v2/v2specreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace {

// API 2.0 answers carry Beijing time without a zone suffix.
QString beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

V2CvmActions::V2CvmActions(InstanceStore *store, const Catalog *catalog)
    : m_store(store)
    , m_catalog(catalog)
{}

void V2CvmActions::registerWith(V2Protocol &protocol)
{
    protocol.addAction(QStringLiteral("RunInstancesHour"),
                       [this](const V2Call &call) { return runInstancesHour(call); });
    protocol.addAction(QStringLiteral("DescribeInstances"),
                       [this](const V2Call &call) { return describeInstances(call); });
    protocol.addAction(QStringLiteral("ReturnInstance"),
                       [this](const V2Call &call) { return returnInstance(call); });
    protocol.addAction(QStringLiteral("InquiryInstancePriceHour"),
                       [this](const V2Call &call) { return inquiryInstancePriceHour(call); });
}

int V2CvmActions::statusCode(SandboxInstance::State state)
{
    switch (state) {
    case SandboxInstance::State::Creating:
        return 3;
    case SandboxInstance::State::Running:
        return 2;
    case SandboxInstance::State::CreateFailed:
        return -1;
    case SandboxInstance::State::Returning:
        return 6;
    case SandboxInstance::State::Returned:
        return 5;
    }
    return 1;
}

SandboxReply V2CvmActions::runInstancesHour(const V2Call &call)
{
    const auto read = V2SpecReader::read(call.params, V2SpecReader::runInstancesRequired());
    if (!read.ok())
        return V2Reply::error(V2Reply::InvalidParameter, read.error);
    LaunchSpec spec = read.spec;
    spec.region = call.region;
    if (auto refused = problemWith(spec, {}))
        return *refused;

    const auto result = m_store->create(call.account, spec, call.action);
    if (result.outcome == InstanceStore::CreateResult::Outcome::QuotaExceeded) {
        return V2Reply::error(
            V2Reply::PurchaseFailed,
            tr("Purchase failed: instance quota exceeded. The account has %1 pay-by-hour "
               "instances and may have at most %2; %3 more were asked for. Return instances "
               "you no longer need or ask for a higher quota.")
                .arg(result.alive)
                .arg(m_store->quota())
                .arg(spec.goodsNum));
    }
    return V2Reply::ok(
        {{QLatin1String("unInstanceIds"), QJsonArray::fromStringList(result.instanceIds)}});
}

SandboxReply V2CvmActions::describeInstances(const V2Call &call) const
{
    const V2Params &params = call.params;
    QString error;
    const auto offset = params.integer(QStringLiteral("offset"), 0, 0, 1'000'000, &error);
    const auto limit =
        offset ? params.integer(QStringLiteral("limit"), 20, 1, 100, &error) : std::nullopt;
    const auto status =
        limit ? params.integer(QStringLiteral("status"), 0, -1, 100, &error) : std::nullopt;
    const auto zoneId =
        status ? params.integer(QStringLiteral("zoneId"), 0, 0, 9'999'999, &error) : std::nullopt;
    const auto projectId =
        zoneId ? params.integer(QStringLiteral("projectId"), -1, 0, 1'000'000'000, &error)
               : std::nullopt;
    if (!projectId)
        return V2Reply::error(V2Reply::InvalidParameter, error);

    const QStringList ids = params.list(QStringLiteral("instanceIds"));
    if (ids.size() > 100) {
        return V2Reply::error(V2Reply::InvalidParameter,
                              tr("Invalid parameter instanceIds: at most 100 ids per request."));
    }
    const QStringList lanIps = params.list(QStringLiteral("lanIps"));
    const QString searchWord = params.value(QStringLiteral("searchWord"));
    const bool statusFilter = params.contains(QStringLiteral("status"));
    const qint64 now = m_store->nowMs();

    QJsonArray page;
    int total = 0;
    for (const SandboxInstance &instance : m_store->instances(call.account)) {
        const int code = statusCode(instance.stateAt(now));
        if ((!ids.isEmpty() && !ids.contains(instance.id)) ||
            (!lanIps.isEmpty() && !lanIps.contains(instance.lanIp)) ||
            (statusFilter && code != *status) || (*zoneId && instance.spec.zoneId != *zoneId) ||
            (*projectId >= 0 && instance.spec.projectId != *projectId) ||
            (!searchWord.isEmpty() && !instance.spec.instanceName.contains(searchWord) &&
             !instance.id.contains(searchWord)))
            continue;
        if (total >= *offset && page.size() < *limit)
            page.append(instanceJson(instance, now));
        ++total;
    }
    return V2Reply::ok(
        {{QLatin1String("totalCount"), total}, {QLatin1String("instanceSet"), page}});
}

SandboxReply V2CvmActions::returnInstance(const V2Call &call)
{
    QString error;
    const auto id = call.params.required(QStringLiteral("instanceId"), &error);
    if (!id)
        return V2Reply::error(V2Reply::InvalidParameter, error);
    switch (m_store->returnInstance(call.account, *id)) {
    case InstanceStore::ReturnOutcome::Returning:
        return V2Reply::ok();
    case InstanceStore::ReturnOutcome::NotFound:
        return V2Reply::error(V2Reply::ResourceNotFound,
                              tr("Instance %1 was not found in this account; check the id with "
                                 "DescribeInstances.")
                                  .arg(*id));
    case InstanceStore::ReturnOutcome::NotReturnable:
        break;
    }
    return V2Reply::error(V2Reply::OperationFailed,
                          tr("Instance %1 cannot be returned now: only running instances and "
                             "instances whose creation failed can be returned. Wait until it "
                             "is running, or until the return in progress completes.")
                              .arg(*id));
}

SandboxReply V2CvmActions::inquiryInstancePriceHour(const V2Call &call) const
{
    const auto read = V2SpecReader::read(call.params, V2SpecReader::priceInquiryRequired());
    if (!read.ok())
        return V2Reply::error(V2Reply::InvalidParameter, read.error);
    LaunchSpec spec = read.spec;
    spec.region = call.region;
    static const QStringList priced = {
        QStringLiteral("cpu"),       QStringLiteral("mem"),           QStringLiteral("imageId"),
        QStringLiteral("imageType"), QStringLiteral("storageSize"),   QStringLiteral("storageType"),
        QStringLiteral("bandwidth"), QStringLiteral("bandwidthType"), QStringLiteral("goodsNum"),
        QStringLiteral("rootSize")};
    if (auto refused = problemWith(spec, priced))
        return *refused;

    const Image *image = SandboxData::findImage(spec.imageId);
    const Price price = PriceModel::quote(spec, image && SandboxData::isWindows(*image));
    const QJsonObject data = {
        {QLatin1String("cvm"), QJsonObject{{QLatin1String("price"), price.instancePerHour},
                                           {QLatin1String("price_unit"), QStringLiteral("HOUR")}}},
        {QLatin1String("bandwidth"),
         QJsonObject{{QLatin1String("price"), price.bandwidthPrice},
                     {QLatin1String("price_unit"), price.bandwidthUnit}}}};
    return V2Reply::ok({{QLatin1String("data"), data}});
}

std::optional<SandboxReply> V2CvmActions::problemWith(const LaunchSpec &spec,
                                                      const QStringList &fields) const
{
    const auto problem = SpecChecker::firstProblem(spec, *m_catalog, fields);
    if (!problem)
        return std::nullopt;
    // Every refused parameter is 4000 in API 2.0; codeDesc tells which kind.
    return V2Reply::error(V2Reply::InvalidParameter,
                          tr("Invalid parameter %1: %2").arg(problem->field, problem->message),
                          problem->code);
}

QJsonObject V2CvmActions::instanceJson(const SandboxInstance &instance, qint64 nowMs) const
{
    const LaunchSpec &spec = instance.spec;
    const Image *image = SandboxData::findImage(spec.imageId);
    const bool windows = image && SandboxData::isWindows(*image);
    const auto state = instance.stateAt(nowMs);
    QJsonObject json = {
        {QLatin1String("unInstanceId"), instance.id},
        {QLatin1String("instanceName"),
         spec.instanceName.isEmpty() ? QStringLiteral("未命名") : spec.instanceName},
        {QLatin1String("status"), statusCode(state)},
        {QLatin1String("lanIp"), instance.lanIp},
        {QLatin1String("wanIpSet"), QJsonArray::fromStringList(instance.wanIps)},
        {QLatin1String("cpu"), spec.cpu},
        {QLatin1String("mem"), spec.mem},
        {QLatin1String("bandwidth"), spec.bandwidth},
        {QLatin1String("unImgId"), spec.imageId},
        {QLatin1String("zoneId"), spec.zoneId},
        {QLatin1String("zoneName"), m_catalog->zoneName(spec.zoneId, QLocale(QLocale::Chinese))},
        {QLatin1String("createTime"), beijingTime(instance.createdMs)},
        {QLatin1String("os"), image ? image->osName : QString()},
        {QLatin1String("cvmPayMode"), 2},
        // 1: by traffic, 2: bandwidth by the hour, the two modes an hourly instance can have.
        {QLatin1String("networkPayMode"), spec.bandwidthType == LaunchSpec::PayByTraffic ? 1 : 2},
        {QLatin1String("vpcId"), spec.vpcId},
        {QLatin1String("subnetId"), spec.subnetId},
        {QLatin1String("projectId"), spec.projectId},
        {QLatin1String("instanceType"), spec.instanceType},
        {QLatin1String("diskInfo"),
         QJsonObject{{QLatin1String("rootSize"), spec.rootSize.value_or(windows ? 50 : 20)},
                     {QLatin1String("rootType"), spec.storageType},
                     {QLatin1String("storageSize"), spec.storageSize},
                     {QLatin1String("storageType"), spec.storageType}}}};
    // Not in the published field list: the sandbox says why a creation failed, as API 3.0's
    // LatestOperationErrorMsg does, so the table can show the reason.
    if (state == SandboxInstance::State::CreateFailed)
        json.insert(QLatin1String("failureReason"), instance.failureReason);
    return json;
}
