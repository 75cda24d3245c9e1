// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Budgets (medians, Release): signing one request <= 10 us; parsing a 100-instance
// DescribeInstances answer <= 300 us.
#include "api/v2/v2encoder.h"
#include "api/v2/v2parser.h"
#include "api/v2/v2requests.h"
#include "api/v2/v2signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace {

const QString Key = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");

V2Signer::Parameters officialParameters()
{
    return {{QStringLiteral("Action"), QStringLiteral("DescribeInstances")},
            {QStringLiteral("InstanceIds.0"), QStringLiteral("ins-09dx96dg")},
            {QStringLiteral("Nonce"), QStringLiteral("11886")},
            {QStringLiteral("Region"), QStringLiteral("ap-guangzhou")},
            {QStringLiteral("SecretId"), QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA")},
            {QStringLiteral("SignatureMethod"), QStringLiteral("HmacSHA256")},
            {QStringLiteral("Timestamp"), QStringLiteral("1465185768")}};
}

void signOfficialVector(benchmark::State &state)
{
    const V2Signer::Parameters params = officialParameters();
    for (auto _ : state) {
        const QByteArray s = V2Signer::stringToSign(
            "GET", QStringLiteral("cvm.api.qcloud.com/v2/index.php"), params);
        benchmark::DoNotOptimize(V2Signer::signature(s, Key, V2Signer::Algorithm::HmacSHA256));
    }
}
BENCHMARK(signOfficialVector);

void encodeRunInstancesHour(benchmark::State &state)
{
    // A full launch: every field, signature and form encoding, as sent on each attempt.
    LaunchSpec spec;
    spec.zoneId = 100003;
    spec.cpu = 2;
    spec.mem = 4;
    spec.imageId = QStringLiteral("img-31tjrtph");
    spec.imageType = 2;
    spec.bandwidth = 5;
    spec.vpcId = QStringLiteral("vpc-abc");
    spec.subnetId = QStringLiteral("subnet-def");
    spec.storageSize = 100;
    spec.rootSize = 30;
    spec.password = QStringLiteral("Pa55+w/rd=%");
    spec.clientToken = QStringLiteral("0f8c3c1e-6a1d-4c55-8f61-7a2b9e0d3c11");
    spec.instanceName = QStringLiteral("web 服务器");
    const V2Request request = V2Requests::runInstancesHour(spec);
    ApiConfig config;
    config.secretId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA");
    config.secretKey = Key;
    for (auto _ : state)
        benchmark::DoNotOptimize(V2Encoder::encode(request, config, 1465185768, 11886));
}
BENCHMARK(encodeRunInstancesHour);

QByteArray describeAnswer(int count)
{
    QJsonArray set;
    for (int i = 0; i < count; ++i) {
        set.append(QJsonObject{
            {QStringLiteral("unInstanceId"),
             QStringLiteral("ins-%1").arg(i, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("instanceName"), QStringLiteral("web-%1").arg(i)},
            {QStringLiteral("status"), i % 3 + 1},
            {QStringLiteral("lanIp"), QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250)},
            {QStringLiteral("wanIpSet"), QJsonArray{QStringLiteral("119.29.1.%1").arg(i % 250)}},
            {QStringLiteral("cpu"), 2},
            {QStringLiteral("mem"), 4},
            {QStringLiteral("bandwidth"), 1},
            {QStringLiteral("unImgId"), QStringLiteral("img-31tjrtph")},
            {QStringLiteral("zoneId"), 100003},
            {QStringLiteral("zoneName"), QStringLiteral("广州三区")},
            {QStringLiteral("createTime"), QStringLiteral("2016-06-06 12:00:00")},
            {QStringLiteral("os"), QStringLiteral("CentOS 7.2 64位")},
            {QStringLiteral("cvmPayMode"), 2},
            {QStringLiteral("networkPayMode"), 2},
            {QStringLiteral("diskInfo"),
             QJsonObject{{QStringLiteral("rootSize"), 20}, {QStringLiteral("storageSize"), 0}}}});
    }
    const QJsonObject root{{QStringLiteral("code"), 0},
                           {QStringLiteral("message"), QString()},
                           {QStringLiteral("totalCount"), count},
                           {QStringLiteral("instanceSet"), set}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// What the tracker pays per page: the simdjson path (V2SimdPageReader) on a well-formed answer.
void parseDescribeInstances100(benchmark::State &state)
{
    const QByteArray body = describeAnswer(100);
    const auto fast = V2Parser::describeInstances(body);
    const auto general = V2Parser::describeInstancesGeneral(body);
    if (!fast.ok() || !general.ok() || fast.value->instances != general.value->instances ||
        fast.value->instances.size() != 100) {
        state.SkipWithError("the fixture does not parse, or the two paths disagree");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(V2Parser::describeInstances(body));
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(parseDescribeInstances100);

// The general parser alone (QJsonDocument, then typed reads), which judges every other answer.
void parseDescribeInstances100General(benchmark::State &state)
{
    const QByteArray body = describeAnswer(100);
    for (auto _ : state)
        benchmark::DoNotOptimize(V2Parser::describeInstancesGeneral(body));
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(parseDescribeInstances100General);

// The floor under the general parser: Qt's JSON reader alone on the same bytes.
void jsonOnlyDescribeInstances100(benchmark::State &state)
{
    const QByteArray body = describeAnswer(100);
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(body));
}
BENCHMARK(jsonOnlyDescribeInstances100);

} // namespace

BENCHMARK_MAIN();
