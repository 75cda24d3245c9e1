// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Drives cvm-sandbox with Tencent's own API 3.0 Node SDK (tencentcloud-sdk-nodejs-cvm),
// unchanged: only its documented httpProfile says where the service is. The SDK signs the Host
// name it connects to without the port, and takes the credential scope's service from the endpoint's first label
// ("127" here); the sandbox finds the action in its cvm, vpc or cbs service then. The vpc and cbs
// actions go through the CommonClient of tencentcloud-sdk-nodejs-common (the package the cvm SDK
// is built on), which signs and sends any action of any service the same way.
// Usage: node tc3_roundtrip.js PATH/TO/cvm-sandbox
'use strict'

const assert = require('assert')
const { spawn } = require('child_process')
const readline = require('readline')
const tencentcloud = require('tencentcloud-sdk-nodejs-cvm')
const { CommonClient } = require('tencentcloud-sdk-nodejs-common')

const SECRET_ID = 'sandbox-secret-id-not-for-real-use'
const SECRET_KEY = 'sandbox-secret-key-not-for-real-use'

function startSandbox (exe) {
  const child = spawn(exe, ['--port', '0', '--pending-ms', '200', '--quota-per-zone', '4'], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout })
    lines.once('line', (line) => {
      const match = /^listening on (http:\/\/\S+)$/.exec(line)
      if (match) resolve({ child, url: new URL(match[1]) })
      else reject(new Error('unexpected first line: ' + line))
    })
    child.once('exit', (code) => reject(new Error('cvm-sandbox exited early with ' + code)))
  })
}

function client (url, secretKey) {
  const Client = tencentcloud.cvm.v20170312.Client
  return new Client({
    credential: { secretId: SECRET_ID, secretKey },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: url.host, protocol: 'http://' } }
  })
}

function commonClient (url, version) {
  return new CommonClient(url.host, version, {
    credential: { secretId: SECRET_ID, secretKey: SECRET_KEY },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: url.host, protocol: 'http://' } }
  })
}

async function refusalOf (promise) {
  try {
    await promise
  } catch (error) {
    return error
  }
  assert.fail('expected a refusal')
}

function assertTypes (object, types, where) {
  for (const [name, type] of Object.entries(types)) {
    const actual = object[name] === null ? 'null' : typeof object[name]
    assert.strictEqual(actual, type, where + '.' + name + ' is ' + JSON.stringify(object[name]))
  }
}

// Today's catalog actions: fields and JSON types as cvm-api-v3-today.md gives them.
async function checkCatalog (cvm, url) {
  const configs = await cvm.DescribeZoneInstanceConfigInfos({
    Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] },
      { Name: 'instance-charge-type', Values: ['POSTPAID_BY_HOUR'] }]
  })
  const items = configs.InstanceTypeQuotaSet
  assert.ok(items.length > 20, JSON.stringify(configs))
  const families = new Set(items.map((item) => item.InstanceFamily))
  for (const family of ['S5', 'S6', 'M6', 'C6', 'SA2']) assert.ok(families.has(family), family)
  for (const old of ['S1', 'S2', 'I1', 'I2', 'M1', 'M2', 'C2']) assert.ok(!families.has(old), old)
  const soldOut = items.find((item) => item.InstanceType === 'S5.MEDIUM4')
  assert.strictEqual(soldOut.Status, 'SOLD_OUT')
  assert.ok(soldOut.SoldOutReason.length > 0)
  const item = items.find((i) => i.InstanceType === 'S5.SMALL2')
  assert.strictEqual(item.Status, 'SELL')
  assertTypes(item, {
    Zone: 'string', InstanceType: 'string', InstanceChargeType: 'string', NetworkCard: 'number',
    Externals: 'object', Cpu: 'number', Memory: 'number', InstanceFamily: 'string', TypeName: 'string',
    LocalDiskTypeList: 'object', Status: 'string', Price: 'object', SoldOutReason: 'string',
    InstanceBandwidth: 'number', InstancePps: 'number', StorageBlockAmount: 'number', CpuType: 'string',
    Gpu: 'number', Fpga: 'number', Remark: 'string', GpuCount: 'number', Frequency: 'string',
    StatusCategory: 'string'
  }, 'InstanceTypeQuotaItem')
  assert.deepStrictEqual([item.Cpu, item.Memory], [1, 2])
  assertTypes(item.Price, { UnitPrice: 'number', UnitPriceDiscount: 'number', ChargeUnit: 'string' }, 'Price')

  const familyConfigs = await cvm.DescribeInstanceFamilyConfigs({})
  const sa5 = familyConfigs.InstanceFamilyConfigSet.find((f) => f.InstanceFamily === 'SA5')
  assert.strictEqual(sa5.InstanceFamilyName, '标准型SA5')

  const quota = await cvm.DescribeAccountQuota({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] })
  assert.strictEqual(typeof quota.AppId, 'number')
  assert.strictEqual(quota.AccountQuotaOverview.Region, 'ap-guangzhou')
  const postPaid = quota.AccountQuotaOverview.AccountQuota.PostPaidQuotaSet
  assert.deepStrictEqual(postPaid, [{ UsedQuota: 2, RemainingQuota: 2, TotalQuota: 4, Zone: 'ap-guangzhou-3' }])

  const vpc = commonClient(url, '2017-03-12')
  const groups = await vpc.request('DescribeSecurityGroups', { Offset: '0', Limit: '2' })
  assert.strictEqual(groups.TotalCount, 3, JSON.stringify(groups))
  assert.strictEqual(groups.SecurityGroupSet.length, 2)
  const defaultGroup = groups.SecurityGroupSet.find((g) => g.IsDefault)
  assertTypes(defaultGroup, {
    SecurityGroupId: 'string', SecurityGroupName: 'string', SecurityGroupDesc: 'string',
    ProjectId: 'string', IsDefault: 'boolean', CreatedTime: 'string'
  }, 'SecurityGroup')
  const rest = await vpc.request('DescribeSecurityGroups', { Offset: '2', Limit: '2' })
  assert.strictEqual(rest.SecurityGroupSet.length, 1)
  const open = await vpc.request('DescribeSecurityGroupPolicies', { SecurityGroupId: defaultGroup.SecurityGroupId })
  const allowAll = open.SecurityGroupPolicySet.Ingress[0]
  assert.deepStrictEqual([allowAll.Protocol, allowAll.Port, allowAll.CidrBlock, allowAll.Action],
    ['ALL', 'all', '0.0.0.0/0', 'ACCEPT'])
  const closed = (await vpc.request('DescribeSecurityGroups', {
    Filters: [{ Name: 'security-group-name', Values: ['sandbox-closed'] }]
  })).SecurityGroupSet[0]
  const shut = await vpc.request('DescribeSecurityGroupPolicies', { SecurityGroupId: closed.SecurityGroupId })
  assert.deepStrictEqual([shut.SecurityGroupPolicySet.Ingress, shut.SecurityGroupPolicySet.Egress], [[], []])

  const cbs = commonClient(url, '2017-03-12')
  const disks = await cbs.request('DescribeDiskConfigQuota', {
    InquiryType: 'INQUIRY_CVM_CONFIG', DiskChargeType: 'POSTPAID_BY_HOUR', Zones: ['ap-guangzhou-3'],
    InstanceFamilies: ['S5'], CPU: 1, Memory: 2, DiskUsage: 'DATA_DISK'
  })
  const ssd = disks.DiskConfigSet.find((d) => d.DiskType === 'CLOUD_SSD')
  assertTypes(ssd, {
    Available: 'boolean', DiskChargeType: 'string', Zone: 'string', InstanceFamily: 'string',
    DiskType: 'string', StepSize: 'number', DiskUsage: 'string', MinDiskSize: 'number',
    MaxDiskSize: 'number', Price: 'object', ExtraPerformanceRange: 'null'
  }, 'DiskConfig')
  assert.deepStrictEqual([ssd.Available, ssd.MinDiskSize], [true, 100])
  const basic = disks.DiskConfigSet.find((d) => d.DiskType === 'CLOUD_BASIC')
  assert.deepStrictEqual([basic.Available, basic.Price], [false, null])
}

async function main () {
  const { child, url } = await startSandbox(process.argv[2])
  let exitCode = null
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
    exitCode = code === null ? signal : code
    resolve()
  }))
  try {
    const cvm = client(url, SECRET_KEY)
    const launch = {
      InstanceChargeType: 'POSTPAID_BY_HOUR',
      Placement: { Zone: 'ap-guangzhou-3' },
      InstanceType: 'S5.SMALL2',
      ImageId: 'img-31tjrtph',
      // Today's launch as the app sends it: every disk type named, a VPC subnet in the zone,
      // a security group.
      SystemDisk: { DiskType: 'CLOUD_BSSD', DiskSize: 50 },
      DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }],
      VirtualPrivateCloud: { VpcId: 'vpc-2ari9m7h', SubnetId: 'subnet-ls9zm1zp' },
      SecurityGroupIds: ['sg-5kd8w2bq'],
      InternetAccessible: {
        InternetChargeType: 'BANDWIDTH_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 1
      },
      InstanceCount: 2,
      InstanceName: 'sdk 测试',
      LoginSettings: { Password: 'Sandbox123!' },
      ClientToken: 'node-tc3-1'
    }
    const run = await cvm.RunInstances(launch)
    assert.strictEqual(run.InstanceIdSet.length, 2, JSON.stringify(run))
    const again = await cvm.RunInstances(launch)
    assert.deepStrictEqual(again.InstanceIdSet, run.InstanceIdSet)

    const described = await cvm.DescribeInstances({ InstanceIds: run.InstanceIdSet })
    assert.strictEqual(described.TotalCount, 2, JSON.stringify(described))
    assert.strictEqual(described.InstanceSet[0].InstanceName, 'sdk 测试')
    assert.strictEqual(described.InstanceSet[0].Placement.Zone, 'ap-guangzhou-3')

    await checkCatalog(cvm, url)

    // What the real service refuses: retired families, SOLD_OUT types, a full zone.
    const retired = await refusalOf(cvm.RunInstances({ ...launch, InstanceType: 'S1.SMALL2', ClientToken: 'node-tc3-2' }))
    assert.strictEqual(retired.code, 'ResourceUnavailable.InstanceType', String(retired))
    const soldOutLaunch = await refusalOf(cvm.RunInstances({ ...launch, InstanceType: 'S5.MEDIUM4', ClientToken: 'node-tc3-3' }))
    assert.strictEqual(soldOutLaunch.code, 'ResourcesSoldOut.SpecifiedInstanceType', String(soldOutLaunch))
    const one = { ...launch, InstanceCount: 1 }
    const refusals = [
      [{ DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 50 }] }, 'InvalidParameterValue.CloudSsdDataDiskSizeTooSmall'],
      [{ DataDisks: [{ DiskSize: 100 }] }, 'UnsupportedOperation.InvalidDisk'],
      [{ SystemDisk: { DiskType: 'LOCAL_BASIC', DiskSize: 50 } }, 'UnsupportedOperation.InvalidDisk'],
      [{ VirtualPrivateCloud: { VpcId: 'vpc-2ari9m7h', SubnetId: 'subnet-7dn2yfvz' } }, 'InvalidParameterValue.SubnetIdZoneIdNotMatch'],
      [{ SecurityGroupIds: ['sg-nosuch12'] }, 'InvalidSecurityGroupId.NotFound']
    ]
    for (const [index, [change, code]] of refusals.entries()) {
      const refused = await refusalOf(cvm.RunInstances({ ...one, ...change, ClientToken: 'node-tc3-r' + index }))
      assert.strictEqual(refused.code, code, JSON.stringify(change) + ': ' + String(refused))
    }
    const overQuota = await refusalOf(cvm.RunInstances({ ...launch, InstanceCount: 3, ClientToken: 'node-tc3-4' }))
    assert.strictEqual(overQuota.code, 'LimitExceeded.InstanceQuota', String(overQuota))

    let refusal = null
    try {
      await client(url, 'not-the-key').DescribeInstances({})
    } catch (error) {
      refusal = error
    }
    assert.ok(refusal, 'a wrong key must be refused')
    assert.strictEqual(refusal.code, 'AuthFailure.SignatureFailure', String(refusal))
    console.log('tencentcloud-sdk-nodejs-cvm round trip against ' + url.href + ': ok')
  } finally {
    child.kill('SIGTERM')
    await exited
  }
  assert.strictEqual(exitCode, 0, 'cvm-sandbox should exit cleanly on SIGTERM')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
