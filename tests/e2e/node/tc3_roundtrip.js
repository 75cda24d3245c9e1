// Drives cvm-sandbox with Tencent's own API 3.0 Node SDK (tencentcloud-sdk-nodejs-cvm),
// unchanged: only its documented httpProfile says where the service is. The SDK signs the Host
// name it connects to without the port, and takes the credential scope's service from the endpoint's first label
// ("127" here); the sandbox finds the action in its cvm or vpc service then.
// Usage: node tc3_roundtrip.js PATH/TO/cvm-sandbox
'use strict'

const assert = require('assert')
const { spawn } = require('child_process')
const readline = require('readline')
const tencentcloud = require('tencentcloud-sdk-nodejs-cvm')

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

function client (url, secretKey) {
  const Client = tencentcloud.cvm.v20170312.Client
  return new Client({
    credential: { secretId: SECRET_ID, secretKey },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: url.host, protocol: 'http://' } }
  })
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
      InstanceType: 'S1.SMALL2',
      ImageId: 'img-31tjrtph',
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
