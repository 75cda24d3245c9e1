// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Drives cvm-sandbox with Tencent's own API 2.0 Node SDK (qcloudapi-sdk), unchanged: the SDK is
// only told where the service is (protocol http, host 127.0.0.1:PORT) through its documented
// options. Usage: node sdk_roundtrip.js PATH/TO/cvm-sandbox
'use strict'

const assert = require('assert')
const { spawn } = require('child_process')
const readline = require('readline')
const QcloudApi = require('qcloudapi-sdk')

const SECRET_ID = 'sandbox-secret-id-not-for-real-use'
const SECRET_KEY = 'sandbox-secret-key-not-for-real-use'

function startSandbox (exe) {
  const child = spawn(exe, ['--port', '0', '--pending-ms', '200'], {
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

function client (url, options) {
  // serviceType/baseHost would build https://cvm.api.qcloud.com; `host` and `protocol` are the
  // SDK's own options for another endpoint, and it signs for the host it is given.
  return new QcloudApi(Object.assign({
    SecretId: SECRET_ID,
    SecretKey: SECRET_KEY,
    Region: 'ap-guangzhou',
    protocol: 'http',
    host: url.host,
    path: '/v2/index.php'
  }, options))
}

function call (api, data, opts) {
  return new Promise((resolve, reject) => {
    api.request(data, opts || api.defaults, (error, body) => {
      if (error) reject(error)
      else resolve(body)
    })
  })
}

async function until (what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return
    if (Date.now() > deadline) throw new Error('timed out waiting for ' + what)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function main () {
  const { child, url } = await startSandbox(process.argv[2])
  let exitCode = null
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
    exitCode = code === null ? signal : code
    resolve()
  }))
  try {
    for (const signatureMethod of ['sha1', 'sha256']) {
      for (const method of ['POST', 'GET']) {
        const api = client(url, { signatureMethod, method })
        const zones = await call(api, { Action: 'DescribeAvailabilityZones' })
        assert.strictEqual(zones.code, 0, JSON.stringify(zones))
        assert.ok(zones.zoneSet.some((z) => z.zoneId === 100003))
      }
    }
    const api = client(url, { signatureMethod: 'sha256' })

    const images = await call(api, { Action: 'DescribeImages', imageType: 2 })
    assert.strictEqual(images.code, 0, JSON.stringify(images))
    assert.ok(images.imageSet.some((i) => i.unImgId === 'img-31tjrtph'))

    const keys = await call(api, { Action: 'DescribeKeyPairs' })
    assert.strictEqual(keys.code, 0)
    const vpcs = await call(api, { Action: 'DescribeVpcEx' })
    assert.strictEqual(vpcs.code, 0)
    const subnets = await call(api, { Action: 'DescribeSubnetEx', vpcId: vpcs.data[0].unVpcId })
    assert.strictEqual(subnets.code, 0)
    assert.ok(subnets.data.length > 0)

    const launch = {
      zoneId: 100003, cpu: 1, mem: 2, imageId: 'img-31tjrtph', imageType: 2,
      storageType: 2, storageSize: 50, bandwidth: 1, goodsNum: 2
    }
    const price = await call(api, Object.assign({ Action: 'InquiryInstancePriceHour' }, launch))
    assert.strictEqual(price.code, 0, JSON.stringify(price))
    assert.strictEqual(typeof price.data.cvm.price, 'string')

    const run = await call(api, Object.assign({
      Action: 'RunInstancesHour', instanceName: 'sdk 测试', clientToken: 'node-sdk-1'
    }, launch))
    assert.strictEqual(run.code, 0, JSON.stringify(run))
    assert.strictEqual(run.unInstanceIds.length, 2)
    for (const id of run.unInstanceIds) assert.match(id, /^ins-[a-z0-9]{8}$/)
    const again = await call(api, Object.assign({
      Action: 'RunInstancesHour', instanceName: 'sdk 测试', clientToken: 'node-sdk-1'
    }, launch))
    assert.deepStrictEqual(again.unInstanceIds, run.unInstanceIds)

    // The SDK flattens arrays as instanceIds.0, instanceIds.1.
    const describe = () => call(api, { Action: 'DescribeInstances', instanceIds: run.unInstanceIds })
    const first = await describe()
    assert.strictEqual(first.code, 0, JSON.stringify(first))
    assert.strictEqual(first.totalCount, 2)
    assert.strictEqual(first.instanceSet[0].instanceName, 'sdk 测试')
    await until('运行中', async () => (await describe()).instanceSet.every((i) => i.status === 2), 10000)

    const returned = await call(api, { Action: 'ReturnInstance', instanceId: run.unInstanceIds[0] })
    assert.strictEqual(returned.code, 0, JSON.stringify(returned))
    await until('已退还', async () => (await describe()).instanceSet.some((i) => i.status === 5), 10000)

    const wrongKey = client(url, { SecretKey: 'not-the-key' })
    const refused = await call(wrongKey, { Action: 'DescribeInstances' })
    assert.strictEqual(refused.code, 4100)
    const unknown = await call(api, { Action: 'NoSuchAction' })
    assert.notStrictEqual(unknown.code, 0)
    console.log('qcloudapi-sdk round trip against ' + url.href + ': ok')
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
