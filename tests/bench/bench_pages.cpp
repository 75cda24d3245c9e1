// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// DescribeInstances pages of 100 instances, the one parse that grows with the fleet, in both
// protocols: the general parser (QJsonDocument + AnswerReader) against the simdjson path
// (V2SimdPageReader / V3SimdPageReader via describeInstances()), in one run. The pages carry
// the fields the service sends, most of which the product does not read, so the simdjson path
// pays for checking them too. Report the ratio general / simdjson per protocol.
#include "api/v2/v2parser.h"
#include "api/v3/v3responseparser.h"

#include <benchmark/benchmark.h>

namespace {

QByteArray v2Page()
{
    QByteArray body = R"({"code":0,"message":"","totalCount":100,"instanceSet":[)";
    for (int i = 0; i < 100; ++i) {
        if (i > 0)
            body += ',';
        body += QStringLiteral(R"({"unInstanceId":"ins-%1","instanceName":"web-%2","status":%3,)"
                               R"("lanIp":"10.0.%4.%5","wanIpSet":["119.29.1.%5"],"cpu":2,"mem":4,)"
                               R"("bandwidth":1,"unImgId":"img-31tjrtph","zoneId":100003,)"
                               R"("zoneName":"广州三区","createTime":"2016-06-06 12:00:00",)"
                               R"("os":"CentOS 7.2 64位","cvmPayMode":2,"networkPayMode":2,)"
                               R"("diskInfo":{"rootSize":20,"storageType":1,"storageSize":0}})")
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(i % 3 + 1)
                    .arg(i / 250)
                    .arg(i % 250)
                    .toUtf8();
    }
    return body + "]}";
}

QByteArray v3Page()
{
    QByteArray body = R"({"Response":{"TotalCount":100,"InstanceSet":[)";
    for (int i = 0; i < 100; ++i) {
        if (i > 0)
            body += ',';
        body += QStringLiteral(
                    R"({"InstanceId":"ins-%1","InstanceName":"web-%2","InstanceState":"RUNNING",)"
                    R"("InstanceType":"S5.MEDIUM4","InstanceChargeType":"POSTPAID_BY_HOUR",)"
                    R"("Placement":{"Zone":"ap-guangzhou-3","ProjectId":0,"HostIds":null},)"
                    R"("CPU":2,"Memory":4,"SystemDisk":{"DiskType":"CLOUD_PREMIUM",)"
                    R"("DiskId":"disk-%1","DiskSize":50},"DataDisks":null,)"
                    R"("InternetAccessible":{"InternetChargeType":"TRAFFIC_POSTPAID_BY_HOUR",)"
                    R"("InternetMaxBandwidthOut":5,"PublicIpAssigned":true},)"
                    R"("VirtualPrivateCloud":{"VpcId":"vpc-2ari9m7h","SubnetId":)"
                    R"("subnet-4d4m4sqr","AsVpcGateway":false},)"
                    R"("PrivateIpAddresses":["10.0.%3.%4"],"PublicIpAddresses":["119.29.1.%4"],)"
                    R"("SecurityGroupIds":["sg-05bb4upy"],"LoginSettings":{"KeyIds":null},)"
                    R"("Tags":[],"RestrictState":"NORMAL","ImageId":"img-31tjrtph",)"
                    R"("OsName":"CentOS 7.2 64位","CreatedTime":"2020-09-22T00:00:00Z",)"
                    R"("ExpiredTime":null,"Uuid":"e85f1388-0422-410d-8e50-bef540e78c18",)"
                    R"("LatestOperation":"RunInstances","LatestOperationState":"SUCCESS",)"
                    R"("LatestOperationErrorMsg":null,"IPv6Addresses":null,)"
                    R"("StopChargingMode":"NOT_APPLICABLE","DisasterRecoverGroupId":""})")
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(i / 250)
                    .arg(i % 250)
                    .toUtf8();
    }
    return body + R"(],"RequestId":"3c140219-cfe9-470e-b241-907877d6fb03"}})";
}

int zoneIdFor(const QString &name)
{
    return name == QLatin1String("ap-guangzhou-3") ? 100003 : 0;
}

void v2General(benchmark::State &state)
{
    const QByteArray body = v2Page();
    for (auto _ : state)
        benchmark::DoNotOptimize(V2Parser::describeInstancesGeneral(body));
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(v2General);

void v2Simdjson(benchmark::State &state)
{
    const QByteArray body = v2Page();
    const auto fast = V2Parser::describeInstances(body);
    const auto general = V2Parser::describeInstancesGeneral(body);
    if (!fast.ok() || !general.ok() || fast.value->instances != general.value->instances ||
        fast.value->instances.size() != 100) {
        state.SkipWithError("the page does not parse, or the two paths disagree");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(V2Parser::describeInstances(body));
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(v2Simdjson);

void v3General(benchmark::State &state)
{
    const QByteArray body = v3Page();
    for (auto _ : state)
        benchmark::DoNotOptimize(V3ResponseParser::describeInstancesGeneral(body, zoneIdFor));
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(v3General);

void v3Simdjson(benchmark::State &state)
{
    const QByteArray body = v3Page();
    const auto fast = V3ResponseParser::describeInstances(body, zoneIdFor);
    const auto general = V3ResponseParser::describeInstancesGeneral(body, zoneIdFor);
    if (!fast.ok() || !general.ok() || fast.value->instances != general.value->instances ||
        fast.value->instances.size() != 100) {
        state.SkipWithError("the page does not parse, or the two paths disagree");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(V3ResponseParser::describeInstances(body, zoneIdFor));
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(v3Simdjson);

} // namespace

BENCHMARK_MAIN();
